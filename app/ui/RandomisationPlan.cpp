// Planned conditions, the test in the Analysis tab and the report section.
#include "ui/RandomisationPlan.h"

#include "core/DateText.h"
#include "storage/ScheduleRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace mb {

namespace {

// The participant's schedules; when one was changed outside MoodBiome (ScheduleRepository refuses it), none, and
// problem says which (a view shows the message rather than a plan it cannot trust).
QList<RandomisationSchedule> schedulesOf(Store& store, qint64 participantId, QString* problem = nullptr)
{
    try {
        return ScheduleRepository(store.database()).forParticipant(participantId);
    } catch (const StorageError& error) {
        if (problem)
            *problem = error.message();
        return {};
    }
}

} // namespace

QList<PlannedDay> plannedDays(Store& store, qint64 participantId)
{
    QList<PlannedDay> days;
    for (const RandomisationSchedule& s : schedulesOf(store, participantId)) {
        const QMap<QDate, bool> ticks = store.interventions().adherence(s.interventionId, s.start, s.lastDay());
        for (int i = 0; i < s.spec.days; ++i) {
            PlannedDay planned;
            planned.day = s.start.addDays(i);
            planned.interventionId = s.interventionId;
            planned.planB = isBCondition(s.assignment[std::size_t(i)]);
            if (const auto tick = ticks.constFind(planned.day); tick != ticks.cend())
                planned.taken = *tick;
            days.append(planned);
        }
    }
    return days;
}

QString RandomisationPlanText::plannedCondition(Store& store, qint64 participantId, QDate day)
{
    QStringList lines;
    QString problem;
    for (const RandomisationSchedule& s : schedulesOf(store, participantId, &problem)) {
        const auto label = s.labelOn(day);
        if (!label)
            continue;
        const auto intervention = store.interventions().byId(s.interventionId);
        if (!intervention)
            continue;
        lines << (isBCondition(*label) ? tr("Randomised plan for this day: %1 — with “%2”.")
                                       : tr("Randomised plan for this day: %1 — without “%2”."))
                     .arg(conditionLabel(*label, s.spec.type), intervention->name);
    }
    if (!problem.isEmpty())
        lines << problem;
    return lines.join(u'\n');
}

QString RandomisationPlanText::scheduleSummary(const RandomisationSchedule& s, const QLocale& locale)
{
    QString plan;
    if (isPhaseDesign(s.spec.type)) {
        QStringList phases;
        std::size_t i = 0;
        while (i < s.assignment.size()) {
            std::size_t j = i;
            while (j < s.assignment.size() && s.assignment[j] == s.assignment[i])
                ++j;
            phases << tr("%1 from %2 (%n day(s))", nullptr, int(j - i))
                          .arg(conditionLabel(s.assignment[i], s.spec.type),
                               locale.toString(s.start.addDays(qint64(i)), QLocale::ShortFormat));
            i = j;
        }
        plan = phases.join(QStringLiteral(" · "));
    } else {
        plan = s.letters();
    }
    return tr("%1, %2 days from %3 (minimum phase %4), seed %5: %6. Locked with SHA-256 %7.")
        .arg(DesignText::designName(s.spec.type))
        .arg(s.spec.days)
        .arg(locale.toString(s.start, QLocale::ShortFormat))
        .arg(s.spec.minPhase)
        .arg(QString::number(s.seed), plan, s.sha256);
}

std::optional<QString> RandomisationPlanText::testReading(Store& store, const InterventionAnalysis& analysis,
                                                          const QLocale& locale)
{
    std::optional<RandomisationSchedule> schedule;
    try {
        schedule = ScheduleRepository(store.database()).forIntervention(analysis.intervention.id);
    } catch (const StorageError& error) {
        return error.message();
    }
    if (!schedule)
        return std::nullopt;
    return scheduleSummary(*schedule, locale) + u"\n\n" +
           testOf(store, *schedule, analysis.intervention.participantId, analysis.measure.key, locale) + u' ' +
           RandomisationText::limits() + u"\n\n" + effectSizesNote();
}

QString RandomisationPlanText::testOf(Store& store, const RandomisationSchedule& schedule, qint64 participantId,
                                      const QString& measureKey, const QLocale& locale)
{
    const ScheduleTest test = testSchedule(store, schedule, participantId, measureKey);
    QStringList text;
    if (test.lockedAfterData)
        text << RandomisationText::lockedAfterData(schedule.lockedUtc, test.firstValue->atUtc, locale);
    if (!test.result)
        text << tr("The test cannot be computed yet: %1").arg(test.problem);
    else
        text << RandomisationText::reading(*test.result, locale);
    return text.join(u' ');
}

QString RandomisationPlanText::effectSizesNote()
{
    return tr("The effect sizes above compare the baseline before the start with everything after it; the "
              "randomisation test compares the planned A days with the planned B days.");
}

QString RandomisationPlanText::reportHtml(Store& store, qint64 participantId, const QLocale& locale)
{
    QString refused;
    const QList<RandomisationSchedule> schedules = schedulesOf(store, participantId, &refused);
    if (schedules.isEmpty() && refused.isEmpty())
        return {};
    QString html = u"<h2 style=\"font-size: 14pt;\">" + tr("Randomised schedules").toHtmlEscaped() + u"</h2>";
    if (!refused.isEmpty())
        html += u"<p>" + refused.toHtmlEscaped() + u"</p>";
    for (const RandomisationSchedule& s : schedules) {
        const auto intervention = store.interventions().byId(s.interventionId);
        if (!intervention)
            continue;
        html += u"<h3 style=\"font-size: 11pt;\">" + intervention->name.toHtmlEscaped() + u"</h3><p>" +
                scheduleSummary(s, locale).toHtmlEscaped() + u' ' +
                tr("Locked on %1; the plan starts on %2.")
                    .arg(locale.toString(s.lockedUtc.toLocalTime().date(), QLocale::ShortFormat),
                         locale.toString(s.start, QLocale::ShortFormat))
                    .toHtmlEscaped() +
                u"</p>";
        for (const QString& key : {QStringLiteral("mood"), QStringLiteral("stress")}) {
            const Measure* measure = store.measures().byKey(key);
            if (!measure)
                continue;
            const QString label = measure->label(locale.language() == QLocale::Dutch ? u"nl" : u"en");
            html += u"<p><b>" + label.toHtmlEscaped() + u":</b> " +
                    testOf(store, s, participantId, key, locale).toHtmlEscaped() + u"</p>";
        }
    }
    return html + u"<p>" + RandomisationText::limits().toHtmlEscaped() + u"</p>";
}

RandomisationSection::RandomisationSection(QWidget* parent)
    : QWidget(parent)
    , m_testTitle(new QLabel)
    , m_test(new QLabel)
    , m_visualTitle(new QLabel)
    , m_visual(new QLabel)
{
    setObjectName(QStringLiteral("randomisationSection"));
    m_test->setObjectName(QStringLiteral("randomisationTest"));
    m_visual->setObjectName(QStringLiteral("visualAnalysis"));
    for (QLabel* text : {m_test, m_visual}) {
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    for (QLabel* title : {m_testTitle, m_visualTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_testTitle);
    layout->addWidget(m_test);
    layout->addWidget(m_visualTitle);
    layout->addWidget(m_visual);
    retranslate();
}

void RandomisationSection::showAnalysis(Store* store, const std::optional<InterventionAnalysis>& analysis)
{
    if (!store || !analysis) {
        m_test->clear();
        m_visual->clear();
        return;
    }
    const QLocale locale;
    const auto reading = RandomisationPlanText::testReading(*store, *analysis, locale);
    m_test->setText(reading.value_or(
        tr("“%1” has no randomised schedule. A schedule drawn before the data are collected (Interventions tab, "
           "“Randomise…”) turns the comparison into a test.")
            .arg(analysis->intervention.name)));
    m_visual->setText(VisualAnalysisText::reading(analysis->visual, locale).join(u"\n\n"));
}

QString RandomisationSection::testText() const
{
    return m_test->text();
}

QString RandomisationSection::visualText() const
{
    return m_visual->text();
}

void RandomisationSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RandomisationSection::retranslate()
{
    m_testTitle->setText(tr("Randomisation test"));
    m_visualTitle->setText(tr("Visual analysis"));
}

} // namespace mb
