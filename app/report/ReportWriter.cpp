// Lays the report out as one rich-text document paginated on A4; the chart is an inline vector object.
#include "report/ReportWriter.h"

#include "core/AnalysisText.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "core/InsightsText.h"
#include "core/Measure.h"
#include "core/Questionnaire.h"
#include "core/SummaryStatistics.h"
#include "report/ReportChart.h"
#include "report/ReportLanguage.h"
#include "storage/AnalysisLoader.h"
#include "storage/ChainAnchor.h"
#include "storage/ExportWriter.h"
#include "storage/InsightsLoader.h"
#include "storage/ScheduleRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/LanguageManager.h"
#include "ui/RandomisationPlan.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QTranslator>

#include <algorithm>

namespace mb {

namespace {

constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartSizeProperty = QTextFormat::UserProperty + 1;

// Draws the chart where the document has its object character, on whatever painter the page uses.
class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit ChartObject(const ReportChart& chart)
        : m_chart(chart)
    {
    }
    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return format.property(chartSizeProperty).toSizeF();
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&) override
    {
        m_chart.draw(*painter, rect);
    }

private:
    const ReportChart& m_chart;
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

QString number(double value, int decimals = 1)
{
    return ReportWriter::withMinusSigns(QLocale().toString(value, 'f', decimals));
}

// A table with a header row that repeats on every page it spans.
QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                       "style=\"border-collapse: collapse; border-color: #b8c2cc;\" border=\"1\"><thead><tr>");
    for (const QString& h : headers) // "Tau-U" is one word: a non-breaking hyphen keeps it on one line
        html += u"<th align=\"left\" style=\"background-color: #e8eef3;\">" + QString(h).replace(u'-', u'\u2011') +
                u"</th>";
    html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += u"<td>" + cell + u"</td>";
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString section(const QString& title, bool newPage = false)
{
    return u"<h2 style=\"color: #1f4e79; font-size: 13pt; margin-top: 14px;" +
           (newPage ? QStringLiteral(" page-break-before: always;") : QString()) + u"\">" + title.toHtmlEscaped() +
           u"</h2>";
}

QString note(const QString& text)
{
    return u"<p style=\"color: #555555;\">" + text.toHtmlEscaped() + u"</p>";
}

// The first and last day with anything recorded: entries, interventions, questionnaires.
std::pair<QDate, QDate> periodOf(Store& store, qint64 participantId)
{
    QDate first, last;
    auto include = [&](QDate from, QDate to) {
        if (!first.isValid() || from < first)
            first = from;
        if (!last.isValid() || to > last)
            last = to;
    };
    for (const JournalEntry& e : store.journal().entries(participantId))
        include(e.date, e.date);
    for (const Intervention& i : store.interventions().list(participantId))
        include(i.start, i.lastDay(clock().today()));
    for (const QuestionnaireResponse& r : store.questionnaires().list(participantId))
        include(r.date, r.date);
    return {first, last};
}

// The block just before position, outside any table there, or an invalid block.
QTextBlock blockBefore(QTextDocument& document, int position)
{
    QTextBlock block = document.findBlock(position).previous();
    while (block.isValid() && QTextCursor(block).currentTable())
        block = block.previous();
    return block;
}

// The footer's text broken at its " · " separators into as few lines as keep each within width (a part wider than
// that alone is elided in the middle): it never runs into the page number beside it.
QStringList footerLines(const QString& footer, const QFontMetricsF& metrics, double width)
{
    const QString separator = QStringLiteral(" · ");
    QStringList lines;
    QString line;
    for (const QString& part : footer.split(separator)) {
        const QString longer = line.isEmpty() ? part : line + separator + part;
        if (metrics.horizontalAdvance(longer) <= width) {
            line = longer;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        line = metrics.elidedText(part, Qt::ElideMiddle, width);
    }
    lines.append(line);
    return lines;
}

// Paints page after page of the document, with the footer under each: its lines at the left, clear of the room
// the widest page number takes at the right.
int paginate(QTextDocument& document, QPdfWriter& writer, const QString& footer)
{
    QPainter painter(&writer);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(footerFont.pointSizeF() * 0.85);
    const QFontMetricsF metrics(footerFont, &writer);
    const double pageNumberRoom = metrics.horizontalAdvance(ReportWriter::tr("Page %1 of %2").arg(999).arg(999)) +
                                  metrics.horizontalAdvance(QStringLiteral("MMM"));
    const QStringList lines = footerLines(footer, metrics, page.width() - pageNumberRoom);
    const double textHeight = metrics.lineSpacing() * double(lines.size()) + metrics.descent();
    const double footerHeight = std::max(writer.resolution() * 0.35, textHeight / 0.6); // 0.35 inches at least
    document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
    ReportWriter::keepSmallTablesWhole(document, page.height() - footerHeight);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        const double top = i * (page.height() - footerHeight);
        painter.save();
        painter.translate(0, -top);
        document.drawContents(&painter, QRectF(0, top, page.width(), page.height() - footerHeight));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(90, 90, 90));
        const QRectF footerRect(0, page.height() - footerHeight * 0.6, page.width(), footerHeight * 0.6);
        painter.drawLine(QPointF(0, footerRect.top()), QPointF(page.width(), footerRect.top()));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, lines.join(u'\n'));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom,
                         ReportWriter::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    return pages;
}

} // namespace

ReportWriter::ReportWriter(Store& store, qint64 participantId, QString language, const QTranslator& translator)
    : m_store(store)
    , m_participantId(participantId)
    , m_language(std::move(language))
    , m_translator(translator)
{
}

QStringList ReportWriter::chartMeasures() const
{
    // The 0–10 scales with data share one axis and read well together; at most three keep the chart legible.
    QStringList keys;
    for (const Measure& m : m_store.measures().list())
        if (m.kind == MeasureKind::Scale && m.minimum == 0 && m.maximum == 10 && keys.size() < 3 &&
            !m_store.journal().observations(m_participantId, m.key).isEmpty())
            keys.append(m.key);
    return keys.isEmpty() ? QStringList{QStringLiteral("mood")} : keys;
}

int ReportWriter::write(QIODevice& out) const
{
    const ReportLanguage language(m_translator, LanguageManager::localeFor(m_language));
    return writeDocument(out);
}

int ReportWriter::writeDocument(QIODevice& out) const
{
    const auto participant = m_store.participants().byId(m_participantId);
    if (!participant)
        throw StorageError(StorageError::Code::NotFound, tr("That participant does not exist."));
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("MoodBiome report for %1").arg(participant->shownCode()));
    writer.setCreator(QStringLiteral("MoodBiome ") + QStringLiteral(MOODBIOME_VERSION));

    const ReportChart reportChart(m_store, m_participantId, chartMeasures());
    ChartObject chartObject(reportChart);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.documentLayout()->registerHandler(chartObjectType, &chartObject);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    // Words (a date such as 29-06-2026) are never broken inside; a table column grows to hold them.
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(wrapping);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    document.setTextWidth(page.width());

    QTextCursor cursor(&document);
    cursor.insertHtml(headerHtml() + section(tr("Chart")));
    QTextCharFormat chart;
    chart.setObjectType(chartObjectType);
    chart.setProperty(chartSizeProperty, QSizeF(page.width(), page.width() * ReportChart::logicalSize.height() /
                                                                  ReportChart::logicalSize.width()));
    cursor.insertBlock();
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    cursor.insertBlock();
    cursor.insertHtml(html());

    const QLocale locale;
    const QDateTime now = clock().nowLocal();
    QString footer = tr("MoodBiome · %1 · generated %2")
                         .arg(participant->shownCode(), locale.toString(now.date(), QLocale::ShortFormat) + u' ' +
                                                            locale.toString(now.time(), QLocale::ShortFormat));
    // The audit chain the report comes from, for a later verify --anchor.
    if (const ChainHead head = ChainAnchor::head(m_store.database()); head.isValid())
        footer += QStringLiteral(" · ") + tr("Audit chain: %1 events, head %2").arg(head.events).arg(head.shortHash());
    return paginate(document, writer, footer);
}

QString ReportWriter::headerHtml() const
{
    const Participant p = *m_store.participants().byId(m_participantId);
    const auto [first, last] = periodOf(m_store, m_participantId);
    const QLocale locale;
    const QDateTime now = clock().nowLocal();
    QList<QStringList> rows{
        {tr("Participant"), u"<b>" + p.shownCode().toHtmlEscaped() + u"</b>"},
        {tr("Study arm"), p.arm.isEmpty() ? tr("none recorded") : p.arm.toHtmlEscaped()},
        {tr("Enrolled"), dateText(p.enrolled)},
        {tr("Period covered"),
         first.isValid()
             ? tr("%1 to %2 (%n day(s))", nullptr, int(first.daysTo(last) + 1)).arg(dateText(first), dateText(last))
             : tr("no data recorded")},
        {tr("Journal entries"), QString::number(m_store.journal().count(m_participantId))},
        {tr("Generated"),
         locale.toString(now.date(), QLocale::LongFormat) + u", " + locale.toString(now.time(), QLocale::ShortFormat)},
    };
    if (p.isWithdrawn())
        rows.insert(3, {tr("Withdrawn"), dateText(p.withdrawn)});
    if (p.isSelf()) { // single-person mode's self-tracker: no study arm or enrolment unless one was recorded
        if (!p.enrolled.isValid())
            rows.removeAt(2);
        if (p.arm.isEmpty())
            rows.removeAt(1);
    }
    QString html = u"<h1 style=\"color: #1f4e79; font-size: 18pt;\">" + tr("Participant report").toHtmlEscaped() +
                   u"</h1><table cellspacing=\"0\" cellpadding=\"3\">";
    for (const QStringList& row : std::as_const(rows))
        html += u"<tr><td style=\"color: #555555; padding-right: 18px;\">" + row[0].toHtmlEscaped() + u"</td><td>" +
                row[1] + u"</td></tr>";
    html += QStringLiteral("</table>");
    if (!m_store.questionnaires().unacknowledged(m_participantId).isEmpty())
        html += u"<p style=\"color: #a00000; font-weight: bold;\">" +
                tr("A questionnaire safety flag has not been acknowledged by a clinician yet; see the questionnaire "
                   "history.")
                    .toHtmlEscaped() +
                u"</p>";
    return html;
}

QString ReportWriter::html() const
{
    return statisticsHtml() + interventionsHtml() + questionnairesHtml() + analysisHtml() + insightsHtml() +
           RandomisationPlanText::reportHtml(m_store, m_participantId, LanguageManager::localeFor(m_language)) +
           note(tr("Self-recorded data, summarised without judgement: a change over time is not evidence that an "
                   "intervention caused it."));
}

namespace {
// The participant's interventions with a randomised schedule (none when a schedule cannot be read: the report's
// schedule section says why).
QSet<qint64> randomisedInterventions(Store& store, qint64 participantId)
{
    QSet<qint64> ids;
    try {
        for (const RandomisationSchedule& s : ScheduleRepository(store.database()).forParticipant(participantId))
            ids.insert(s.interventionId);
    } catch (const StorageError&) {
        return {}; // reportHtml() says which schedule cannot be read
    }
    return ids;
}
} // namespace

QString ReportWriter::analysisHtml() const
{
    const QList<InterventionAnalysis> analyses = loadParticipantAnalyses(m_store, m_participantId);
    const auto rows = summarizeForReport(analyses, LanguageManager::localeFor(m_language));
    if (rows.isEmpty())
        return {};
    const QSet<qint64> randomised = randomisedInterventions(m_store, m_participantId);
    QString html = section(tr("N-of-1 analysis: before and during each intervention"), true);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AnalysisSummaryRow& r = rows[i];
        html += u"<h3 style=\"font-size: 11pt; margin-top: 10px;\">" + escaped(r.intervention) + u" — " +
                escaped(r.measure) + u"</h3>";
        auto text = [](const QString& t) {
            return withMinusSigns(escaped(t));
        };
        html += table({tr("Baseline"), tr("Intervention"), tr("Means")},
                      {{text(r.baseline), text(r.treatment), text(r.means)}});
        html += table({tr("NAP"), tr("Tau"), tr("Tau-U"), tr("Tau-BC"), tr("Hedges' g")},
                      {{text(r.nap), text(r.tau), text(r.tauU), text(r.tauBc), text(r.smd)}});
        html += u"<p>" + text(r.interpretation) + u"</p>";
        if (randomised.contains(analyses[i].intervention.id)) // its A days count as intervention days here
            html += u"<p>" + escaped(RandomisationPlanText::effectSizesNote()) + u"</p>";
        if (!r.caveats.isEmpty())
            html += note(r.caveats.join(u' '));
    }
    return html;
}

QString ReportWriter::insightsHtml() const
{
    constexpr int shownRows = 15;
    const QLocale locale = LanguageManager::localeFor(m_language);
    const Measure& mood = m_store.measures().require(QStringLiteral("mood"));
    const InsightsResult result = loadInsights(m_store, m_participantId, mood.key, defaultInsightLag, m_language);
    if (result.tests == 0)
        return {}; // nothing to compare yet (no tags or other measures, or too few days)
    QString html = section(tr("Insights: what goes with mood"));
    for (const QString& line : InsightsText::headline(result, mood, locale))
        html += u"<p>" + withMinusSigns(escaped(line)) + u"</p>";
    QList<QStringList> rows;
    for (const InsightRow& row : result.rows) {
        if (!row.hasP() || rows.size() == shownRows)
            break;
        const bool tag = row.kind == InsightRow::Kind::Tag;
        const QString effect = tag ? AnalysisText::number(row.difference, locale)
                                   : QStringLiteral("r = ") + AnalysisText::number(row.r, locale);
        const QString ci =
            row.ciLower ? tr("%1 to %2")
                              .arg(AnalysisText::number(row.ciLower, locale), AnalysisText::number(row.ciUpper, locale))
                        : QStringLiteral("—");
        const QString days = tag ? tr("%1 with, %2 without").arg(row.nWith).arg(row.nWithout) : QString::number(row.n);
        rows.append({escaped(row.label), escaped(InsightsText::lagText(row.lag)), days, withMinusSigns(effect),
                     withMinusSigns(ci), escaped(InsightsText::pText(row.p, locale)),
                     escaped(InsightsText::pText(row.pAdjusted, locale))});
    }
    if (!rows.isEmpty())
        html +=
            table({tr("Factor"), tr("When"), tr("Days"), tr("Difference / r"), tr("95% CI"), tr("p"), tr("Adjusted p")},
                  rows);
    const qsizetype left = result.rows.size() - rows.size();
    if (left > 0)
        html += note(tr("%n more row(s) not shown (less certain, or not enough days).", "", int(left)));
    return html + note(InsightsText::caveat());
}

QString ReportWriter::statisticsHtml() const
{
    QList<QStringList> rows;
    for (const Measure& m : m_store.measures().list()) {
        QList<double> values;
        for (const Observation& o : m_store.journal().observations(m_participantId, m.key))
            values.append(o.value);
        const auto s = summarize(values);
        if (!s)
            continue;
        const QString unit = MeasureText::unitSymbol(m);
        rows.append({m.label(m_language).toHtmlEscaped() +
                         (unit.isEmpty() ? QString()
                                         : u" <span style=\"color: #777777;\">(" + unit.toHtmlEscaped() + u")</span>"),
                     QString::number(s->n), number(s->mean), s->sd ? number(*s->sd) : QStringLiteral("—"),
                     number(s->minimum), number(s->maximum)});
    }
    const QString body = rows.isEmpty()
                             ? note(tr("No values recorded."))
                             : table({tr("Measure"), tr("n"), tr("Mean"), tr("SD"), tr("Min"), tr("Max")}, rows);
    return section(tr("Summary statistics over the period")) + body;
}

QString ReportWriter::interventionsHtml() const
{
    QList<QStringList> rows;
    const QDate today = clock().today();
    for (const Intervention& i : m_store.interventions().list(m_participantId)) {
        const QString end = i.isEvent() ? tr("one day") : i.isOngoing() ? tr("ongoing") : dateText(i.end);
        rows.append({InterventionText::kindName(i.kind).toHtmlEscaped(), escaped(i.name),
                     escaped(InterventionText::doseText(i)), dateText(i.start), end,
                     QString::number(i.start.daysTo(i.lastDay(today)) + 1)});
    }
    const QString body = rows.isEmpty()
                             ? note(tr("No interventions recorded."))
                             : table({tr("Kind"), tr("Name"), tr("Dose"), tr("Start"), tr("End"), tr("Days")}, rows);
    // Interventions and questionnaires start a page: a clinician reads them as one overview, and a heading
    // is never left alone at the foot of the chart page.
    return section(tr("Interventions"), true) + body;
}

QString ReportWriter::questionnairesHtml() const
{
    QList<QStringList> rows;
    const QList<QuestionnaireResponse> responses = m_store.questionnaires().list(m_participantId); // newest first
    for (auto it = responses.crbegin(); it != responses.crend(); ++it) {
        const InstrumentDefinition& def = instrumentDefinition(it->instrument);
        const QuestionnaireScore score = scoreAnswers(it->instrument, it->answers);
        QString flag;
        if (it->flagged) {
            flag = u"<span style=\"color: #a00000; font-weight: bold;\">" +
                   QuestionnaireText::flagWarning(def.flagKey).toHtmlEscaped() + u"</span><br>" +
                   (it->acknowledgement
                        ? tr("Acknowledged by %1 on %2.")
                              .arg(it->acknowledgement->by,
                                   dateText(it->acknowledgement->atUtc.toTimeZone(clock().timeZone()).date()))
                              .toHtmlEscaped()
                        : u"<b>" + tr("Not yet acknowledged.").toHtmlEscaped() + u"</b>");
        }
        rows.append({dateText(it->date), def.name.toHtmlEscaped(),
                     QuestionnaireText::scoreSummary(score).toHtmlEscaped(),
                     flag.isEmpty() ? tr("none").toHtmlEscaped() : flag});
    }
    const QString body = rows.isEmpty()
                             ? note(tr("No questionnaires recorded."))
                             : table({tr("Date"), tr("Questionnaire"), tr("Score and band"), tr("Safety flag")}, rows);
    return section(tr("Questionnaire history")) + body;
}

std::optional<QString> ReportWriter::writeFile(Store& store, qint64 participantId, const QString& path,
                                               const QString& language, const QTranslator& translator, int* pages)
{
    ExportTarget file(path); // private (0600), atomic, and never replaces a device or FIFO
    try {
        if (!file.open())
            return tr("Cannot write “%1”: %2").arg(path, file.errorString());
        const int written = ReportWriter(store, participantId, language, translator).write(file.device());
        if (!file.commit())
            return tr("Cannot write “%1”: %2").arg(path, file.errorString());
        if (pages)
            *pages = written;
    } catch (const StorageError& e) {
        return e.message();
    }
    return std::nullopt;
}

std::optional<QString> ReportWriter::writeFile(Store& store, qint64 participantId, const QString& path,
                                               const QString& language, int* pages)
{
    QTranslator translator;
    loadTranslation(translator, language);
    return writeFile(store, participantId, path, language, translator, pages);
}

bool ReportWriter::loadTranslation(QTranslator& translator, const QString& language)
{
    return LanguageManager::available().contains(language) &&
           translator.load(QStringLiteral(":/i18n/moodbiome_%1.qm").arg(language));
}

// A table shorter than half a page is never split: it starts a page, with the heading above it when that
// heading is close by. Longer tables flow on, their header row repeated.
void ReportWriter::keepSmallTablesWhole(QTextDocument& document, double pageHeight)
{
    auto* layout = document.documentLayout();
    for (int round = 0; round < 20; ++round) {
        bool moved = false;
        for (QTextFrame* frame : document.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table)
                continue;
            const QRectF box = layout->frameBoundingRect(table);
            const int firstPage = int(box.top() / pageHeight);
            const int lastPage = int((box.bottom() - 1) / pageHeight);
            if (firstPage == lastPage || box.height() > pageHeight / 2)
                continue;
            // Up to the nearest heading before the table, over text and small tables in between.
            QTextBlock start = blockBefore(document, table->firstPosition() - 1);
            for (QTextBlock b = start; b.isValid(); b = blockBefore(document, b.position())) {
                if (b.blockFormat().headingLevel() > 0) {
                    if (box.bottom() - layout->blockBoundingRect(b).top() < pageHeight / 2)
                        start = b;
                    break;
                }
                if (box.bottom() - layout->blockBoundingRect(b).top() > pageHeight / 2)
                    break;
            }
            if (!start.isValid() || start.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            QTextBlockFormat format = start.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(start).setBlockFormat(format);
            moved = true;
            break; // the layout below has moved: measure again
        }
        if (!moved)
            return;
    }
}

QString ReportWriter::withMinusSigns(QString text)
{
    // A hyphen before a digit, at the start or after a space, bracket, sign or separator, is a minus.
    static const QRegularExpression hyphen(QStringLiteral("(^|[\\s(\\[=:;,/~≈<>])-(?=[0-9.,])"));
    return text.replace(hyphen, QStringLiteral("\\1\u2212"));
}

} // namespace mb

#include "ReportWriter.moc"
