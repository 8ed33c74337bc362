// Turning the store's journal, interventions and adherence into the chart's series, bands and ticks.
#include "ui/ChartView.h"

#include "core/Clock.h"
#include "core/Measure.h"
#include "core/Questionnaire.h"
#include "core/Series.h"
#include "storage/ChartLoader.h"
#include "storage/Store.h"
#include "ui/LanguageManager.h"
#include "ui/Palette.h"
#include "ui/QuestionnaireModel.h"
#include "ui/RandomisationPlan.h"
#include "ui/Style.h"
#include "ui/chart/ParticipantChart.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>

namespace mb {

namespace {
constexpr double planRow = -0.85;    // under the adherence ticks (ParticipantChart)
constexpr double firstTagRow = -1.3; // under the plan, one row a tag downwards
constexpr double tagRowStep = 0.45;
} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent)
    , m_chart(new ParticipantChart)
    , m_measures(new QToolButton)
    , m_tags(new QToolButton)
    , m_rollingLabel(new QLabel)
    , m_rolling(new QSpinBox)
    , m_last30(new QToolButton)
    , m_last90(new QToolButton)
    , m_lastYear(new QToolButton)
    , m_all(new QToolButton)
    , m_export(new QToolButton)
{
    setObjectName(QStringLiteral("chartView"));
    m_measures->setObjectName(QStringLiteral("measuresButton"));
    m_measures->setPopupMode(QToolButton::InstantPopup);
    m_measures->setMenu(new QMenu(m_measures));
    m_tags->setObjectName(QStringLiteral("tagsButton"));
    m_tags->setPopupMode(QToolButton::InstantPopup);
    m_tags->setMenu(new QMenu(m_tags));
    m_rolling->setObjectName(QStringLiteral("rollingDays"));
    m_rolling->setRange(1, 90);
    m_rolling->setValue(7);
    m_rollingLabel->setBuddy(m_rolling);
    connect(m_rolling, &QSpinBox::valueChanged, this, &ChartView::refresh);

    auto preset = [this](QToolButton* button, const char* name, auto apply) {
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, apply);
    };
    preset(m_last30, "last30", [this] { m_chart->showLastDays(30); });
    preset(m_last90, "last90", [this] { m_chart->showLastDays(90); });
    preset(m_lastYear, "lastYear", [this] { m_chart->showLastDays(365); });
    preset(m_all, "showAll", [this] { m_chart->showAll(); });
    m_export->setObjectName(QStringLiteral("exportChart"));
    connect(m_export, &QToolButton::clicked, this, &ChartView::exportChart);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_measures);
    bar->addWidget(m_tags);
    bar->addSpacing(12);
    bar->addWidget(m_rollingLabel);
    bar->addWidget(m_rolling);
    bar->addStretch(1);
    for (QToolButton* b : {m_last30, m_last90, m_lastYear, m_all})
        bar->addWidget(b);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    retranslate();
}

void ChartView::setStore(Store* store)
{
    m_store = store;
    m_participantId = 0;
    rebuildMeasureMenu();
    rebuildTagMenu();
    refresh();
}

void ChartView::setParticipant(qint64 participantId)
{
    if (participantId != m_participantId)
        m_chart->resetVisibleRange(); // drawn once, at full range, by refresh()
    m_participantId = participantId;
    refresh();
}

void ChartView::setShownMeasures(const QStringList& keys)
{
    if (keys == m_shown)
        return;
    m_shown = keys;
    rebuildMeasureMenu();
    refresh();
    emit shownMeasuresChanged(m_shown);
}

int ChartView::rollingDays() const
{
    return m_rolling->value();
}

void ChartView::refresh()
{
    QList<ChartSeries> series;
    QList<ChartBand> bands;
    QList<ChartTick> ticks;
    QList<ChartZone> zones;
    if (m_store && m_participantId > 0) {
        const QString language = LanguageManager::current();
        const auto observations = loadObservations(*m_store, m_participantId, m_shown);
        int fallback = 0;
        for (const Measure& m : m_store->measures().list()) {
            if (!m_shown.contains(m.key))
                continue;
            ChartSeries s;
            s.key = m.key;
            s.label = m.label(language);
            s.unit = MeasureText::unitSymbol(m);
            s.color = measureColor(m.key, fallback++);
            s.secondaryAxis = !(m.kind == MeasureKind::Scale && m.minimum == 0 && m.maximum == 10);
            s.daily = dailyMeans(observations.value(m.key));
            s.rolling = rollingMean(s.daily, m_rolling->value());
            series.append(s);
        }
        appendQuestionnaireSeries(series, zones);
        const QDate today = clock().today();
        for (const Intervention& i : m_store->interventions().list(m_participantId)) {
            const QColor color = interventionColor(i.kind);
            bands.append({i.name, color, i.start, i.lastDay(today), i.isEvent()});
            if (!i.tracksAdherence())
                continue;
            const auto adherence = m_store->interventions().adherence(i.id, i.start, i.lastDay(today));
            for (auto it = adherence.cbegin(); it != adherence.cend(); ++it)
                ticks.append({it.key(), it.value(), color});
        }
    }
    m_chart->setOverlay(QStringLiteral("plan"), planOverlay());
    m_chart->setOverlay(QStringLiteral("tagRows"), tagOverlay());
    m_chart->setContent(series, bands, ticks, m_rolling->value());
    m_chart->setZones(zones);
}

// A randomised plan under the adherence ticks: B days filled, A days pale, in the intervention's colour (days
// ahead included); a cross in the alert colour where the day's tick says the opposite of the plan.
ChartOverlay ChartView::planOverlay() const
{
    ChartOverlay overlay;
    if (!m_store || m_participantId <= 0)
        return overlay;
    QMap<std::pair<bool, QRgb>, QList<double>> planned;
    QList<double> differs;
    for (const PlannedDay& d : plannedDays(*m_store, m_participantId)) {
        const auto i = m_store->interventions().byId(d.interventionId);
        QColor color = i ? interventionColor(i->kind) : QColor(Qt::gray);
        if (!d.planB)
            color.setAlpha(80);
        planned[{d.planB, color.rgba()}].append(dayCoordinate(d.day));
        if (d.differs())
            differs.append(dayCoordinate(d.day));
    }
    for (auto it = planned.cbegin(); it != planned.cend(); ++it)
        overlay.rows.append({.id = it.key().first ? QStringLiteral("plan/B") : QStringLiteral("plan/A"),
                             .key = QStringLiteral("plan"),
                             .color = QColor::fromRgba(it.key().second),
                             .xs = *it,
                             .y = planRow});
    if (!differs.isEmpty())
        overlay.rows.append({.id = QStringLiteral("plan/differs"),
                             .key = QStringLiteral("plan"),
                             .color = Style::alertColour(),
                             .xs = differs,
                             .y = planRow,
                             .shape = PlotRowPrimitive::Shape::Cross,
                             .size = 9});
    return overlay;
}

void ChartView::setShownTags(const QStringList& names)
{
    if (names == m_shownTags)
        return;
    m_shownTags = names;
    rebuildTagMenu();
    refresh();
    emit shownTagsChanged(m_shownTags);
}

void ChartView::tagsChanged()
{
    rebuildTagMenu();
    refresh();
}

// The chosen tags in the order of the tag list, a row each under the plan: a mark on every day one of the
// participant's entries carries the tag, in the tag's colour, its name at the left edge.
ChartOverlay ChartView::tagOverlay() const
{
    ChartOverlay overlay;
    if (!m_store || m_participantId <= 0 || m_shownTags.isEmpty())
        return overlay;
    const auto days = m_store->tags().tagDays(m_participantId);
    int row = 0;
    for (const Tag& tag : m_store->tags().list()) {
        if (!m_shownTags.contains(tag.name, Qt::CaseInsensitive))
            continue;
        QList<double> xs;
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            if (it->contains(tag.id))
                xs.append(dayCoordinate(it.key()));
        overlay.rows.append({.id = QStringLiteral("tag/") + tag.name,
                             .key = QStringLiteral("tags"),
                             .color = QColor(tag.colour),
                             .xs = xs,
                             .y = firstTagRow - tagRowStep * row++,
                             .size = 7,
                             .label = tag.name});
    }
    return overlay;
}

void ChartView::rebuildTagMenu()
{
    QMenu* menu = m_tags->menu();
    menu->clear();
    const QList<Tag> tags = m_store ? m_store->tags().list(false) : QList<Tag>();
    m_tags->setEnabled(!tags.isEmpty());
    for (const Tag& tag : tags) {
        QAction* action = menu->addAction(tagDot(tag.colour), tag.name);
        action->setObjectName(QStringLiteral("showTag_") + tag.name);
        action->setCheckable(true);
        action->setChecked(m_shownTags.contains(tag.name, Qt::CaseInsensitive));
        connect(action, &QAction::toggled, this, [this, name = tag.name](bool on) {
            QStringList names = m_shownTags;
            if (on && !names.contains(name, Qt::CaseInsensitive))
                names.append(name);
            else if (!on)
                names.removeIf([&](const QString& n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
            setShownTags(names);
        });
    }
}

void ChartView::appendQuestionnaireSeries(QList<ChartSeries>& series, QList<ChartZone>& zones) const
{
    const auto responses = m_store->questionnaires().list(m_participantId);
    const InstrumentDefinition* alone = nullptr;
    int shown = 0;
    for (Instrument instrument : allInstruments()) {
        const InstrumentDefinition& definition = instrumentDefinition(instrument);
        if (!m_shown.contains(definition.exportKey()))
            continue;
        ChartSeries s;
        s.key = definition.exportKey();
        s.label = definition.name;
        s.unit = definition.percentFactor ? tr("%") : tr("total");
        s.color = measureColor(s.key, 2 + shown);
        s.secondaryAxis = true;
        s.maxGapDays = 366; // questionnaires come weeks apart: join them
        QList<Observation> totals;
        for (const QuestionnaireResponse& r : responses)
            if (r.instrument == instrument)
                totals.append({r.date, double(definition.exportValue(r.total))});
        s.daily = dailyMeans(totals);
        series.append(s);
        alone = ++shown == 1 ? &definition : nullptr;
    }
    const bool otherSecondary = std::any_of(series.cbegin(), series.cend(), [](const ChartSeries& s) {
        return s.secondaryAxis && !s.key.endsWith(u"_total") && !s.key.endsWith(u"_percent");
    });
    if (!alone || otherSecondary)
        return;
    // One questionnaire on the right-hand axis: show its severity bands behind it.
    for (const SeverityBand& band : alone->bands)
        zones.append({double(alone->exportValue(band.minimum)) - 0.5, double(alone->exportValue(band.maximum)) + 0.5,
                      QuestionnaireModel::bandColor(*alone, band.key), QuestionnaireText::severityName(band.key)});
}

void ChartView::rebuildMeasureMenu()
{
    QMenu* menu = m_measures->menu();
    menu->clear();
    if (!m_store)
        return;
    const QString language = LanguageManager::current();
    auto addChoice = [this, menu](const QString& key, const QString& label) {
        QAction* action = menu->addAction(label);
        action->setObjectName(QStringLiteral("show_") + key);
        action->setCheckable(true);
        action->setChecked(m_shown.contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool on) {
            QStringList keys = m_shown;
            if (on && !keys.contains(key))
                keys.append(key);
            else if (!on)
                keys.removeAll(key);
            m_shown.clear(); // force setShownMeasures to act even though the menu already shows it
            setShownMeasures(keys);
        });
    };
    for (const Measure& m : m_store->measures().list())
        addChoice(m.key, m.label(language));
    menu->addSection(tr("Questionnaire totals"));
    for (Instrument instrument : allInstruments()) {
        const InstrumentDefinition& definition = instrumentDefinition(instrument);
        addChoice(definition.exportKey(), definition.name);
    }
}

void ChartView::exportChart()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QDir(pictures).filePath(QStringLiteral("moodbiome-chart.png")),
        tr("PNG image (*.png);;PDF document (*.pdf);;SVG image (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QDialog sizeDialog(this);
    sizeDialog.setWindowTitle(tr("Chart size"));
    auto* width = new QSpinBox;
    auto* height = new QSpinBox;
    width->setRange(300, 8000);
    height->setRange(200, 8000);
    width->setValue(1600);
    height->setValue(900);
    width->setSuffix(tr(" px"));
    height->setSuffix(tr(" px"));
    auto* form = new QFormLayout(&sizeDialog);
    form->addRow(tr("&Width:"), width);
    form->addRow(tr("&Height:"), height);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &sizeDialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &sizeDialog, &QDialog::reject);
    if (sizeDialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const PlotBase::Format format = suffix == u"pdf"   ? PlotBase::Format::Pdf
                                    : suffix == u"svg" ? PlotBase::Format::Svg
                                                       : PlotBase::Format::Png;
    if (!m_chart->exportTo(path, format, QSize(width->value(), height->value())))
        QMessageBox::critical(this, tr("Export failed"), tr("The chart could not be written to “%1”.").arg(path));
}

void ChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildMeasureMenu();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ChartView::retranslate()
{
    m_measures->setText(tr("Measures"));
    m_measures->setToolTip(tr("Choose the measures to show"));
    m_measures->setAccessibleName(tr("Measures to show"));
    m_tags->setText(tr("Tags…"));
    m_tags->setToolTip(tr("Choose the tags to show as rows of marks under the data"));
    m_tags->setAccessibleName(tr("Tags to show"));
    m_rollingLabel->setText(tr("&Rolling mean:"));
    m_rolling->setSuffix(tr(" days"));
    m_rolling->setAccessibleName(tr("Rolling mean window in days"));
    m_last30->setText(tr("30 days"));
    m_last90->setText(tr("90 days"));
    m_lastYear->setText(tr("1 year"));
    m_all->setText(tr("All"));
    m_all->setToolTip(tr("Show everything (reset zoom)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart as PNG, PDF or SVG"));
}

} // namespace mb
