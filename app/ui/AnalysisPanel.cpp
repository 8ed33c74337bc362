// Loading one analysis from the store (a few milliseconds: on the GUI thread) and showing it.
#include "ui/AnalysisPanel.h"

#include "core/AnalysisText.h"
#include "storage/AnalysisLoader.h"
#include "storage/Store.h"
#include "ui/LanguageManager.h"
#include "ui/Palette.h"
#include "ui/RandomisationPlan.h"
#include "ui/RowOrRows.h"
#include "ui/Workspace.h"
#include "ui/chart/PlotChart.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>

#include <cmath>

namespace mb {

namespace {

const QColor baselineColor(110, 110, 110);
const QColor trendColor(60, 60, 60);

// A scale's whole range, so that phases and participants compare at a glance; other measures fit their data.
std::optional<std::pair<double, double>> scaleRange(const Measure& measure)
{
    if (measure.kind != MeasureKind::Scale)
        return std::nullopt;
    return std::pair{measure.minimum - 0.5, measure.maximum + 0.5};
}

QTableWidget* makeTable(const char* name)
{
    auto* table = new QTableWidget;
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setWordWrap(true);
    return table;
}

void setCell(QTableWidget* table, int row, int column, const QString& text, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    table->setItem(row, column, item);
}

// Tall enough for every row, so the tables never scroll inside the scrolling details.
void fitHeight(QTableWidget* table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

// Points of a phase on the date axis, with a NaN where more than two days pass without a value.
QList<QPointF> phasePoints(const QList<DailyPoint>& phase)
{
    QList<QPointF> points;
    for (const auto& segment : splitAtGaps(phase, 2)) {
        if (!points.isEmpty())
            points.append({dayCoordinate(segment.first().date) - 0.5, qQNaN()});
        for (const DailyPoint& p : segment)
            points.append({dayCoordinate(p.date), p.value});
    }
    return points;
}

// The Theil–Sen line at each day with a value: sessions 1..m in the baseline, m + 1.. after it, as
// Tau-BC subtracts it.
QList<QPointF> trendPoints(const Phases& phases, const TrendLine& trend)
{
    QList<QPointF> points;
    int session = 1;
    for (const QList<DailyPoint>* phase : {&phases.baseline, &phases.treatment})
        for (const DailyPoint& p : *phase)
            points.append({dayCoordinate(p.date), trend.at(session++)});
    return points;
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent)
    , m_interventionLabel(new QLabel)
    , m_intervention(new QComboBox)
    , m_measureLabel(new QLabel)
    , m_measure(new QComboBox)
    , m_baselineLabel(new QLabel)
    , m_baselineDays(new QSpinBox)
    , m_chart(new PlotChart)
    , m_phases(makeTable("phaseTable"))
    , m_indices(makeTable("indexTable"))
    , m_interpretationTitle(new QLabel)
    , m_interpretation(new QLabel)
    , m_caveatsTitle(new QLabel)
    , m_caveats(new QLabel)
    , m_randomisation(new RandomisationSection)
{
    setObjectName(QStringLiteral("analysisPanel"));
    m_intervention->setObjectName(QStringLiteral("analysisIntervention"));
    m_intervention->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_intervention->setMinimumContentsLength(14); // the window may be narrow; the list shows the whole name
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(10);
    m_measure->setObjectName(QStringLiteral("analysisMeasure"));
    m_baselineDays->setObjectName(QStringLiteral("baselineDays"));
    m_baselineDays->setRange(minimumBaselineDays, maximumBaselineDays);
    m_baselineDays->setValue(defaultBaselineDays);
    m_interventionLabel->setBuddy(m_intervention);
    m_measureLabel->setBuddy(m_measure);
    m_baselineLabel->setBuddy(m_baselineDays);
    for (QLabel* text : {m_interpretation, m_caveats}) {
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_interpretation->setObjectName(QStringLiteral("interpretation"));
    m_caveats->setObjectName(QStringLiteral("caveats"));
    m_caveats->setTextFormat(Qt::RichText);
    for (QLabel* title : {m_interpretationTitle, m_caveatsTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    auto choose = [this] {
        if (!m_filling)
            analyse();
    };
    connect(m_intervention, &QComboBox::currentIndexChanged, this, choose);
    connect(m_measure, &QComboBox::currentIndexChanged, this, choose);
    connect(m_baselineDays, &QSpinBox::valueChanged, this, choose);

    layOut();
    retranslate();
    refresh();
}

void AnalysisPanel::layOut()
{
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_interventionLabel);
    bar->addWidget(m_intervention, 1);
    bar->addSpacing(12);
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measure);
    bar->addSpacing(12);
    auto* baseline = new QHBoxLayout;
    baseline->addWidget(m_baselineLabel);
    baseline->addWidget(m_baselineDays);
    baseline->addStretch(1);

    auto* tables = new QHBoxLayout;
    tables->addWidget(m_phases, 2, Qt::AlignTop);
    tables->addWidget(m_indices, 3, Qt::AlignTop);
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(tables);
    detailsLayout->addWidget(m_interpretationTitle);
    detailsLayout->addWidget(m_interpretation);
    detailsLayout->addWidget(m_caveatsTitle);
    detailsLayout->addWidget(m_caveats);
    detailsLayout->addWidget(m_randomisation);
    detailsLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    // The baseline goes under the rest when the row has no room (beside the participant list, in Dutch).
    layout->addWidget(new RowOrRows(bar, baseline, 1, 0));
    layout->addWidget(splitter, 1);
}

void AnalysisPanel::follow(Workspace* workspace)
{
    connect(workspace, &Workspace::storeChanged, this, &AnalysisPanel::setStore);
    connect(workspace, &Workspace::participantChanged, this, &AnalysisPanel::setParticipant);
    auto ifShown = [this, workspace](qint64 participantId) {
        if (participantId == workspace->participantId())
            refresh();
    };
    for (auto changed : {&Workspace::entriesChanged, &Workspace::interventionsChanged})
        connect(workspace, changed, this, ifShown);
    setStore(workspace->store());
    setParticipant(workspace->participantId());
}

void AnalysisPanel::setStore(Store* store)
{
    m_store = store;
    m_participantId = 0;
    refresh();
}

void AnalysisPanel::setParticipant(qint64 participantId)
{
    if (participantId == m_participantId)
        return refresh();
    m_participantId = participantId;
    refresh();
}

void AnalysisPanel::refresh()
{
    if (parentWidget() && !isVisible()) {
        m_deferred = true;
        return;
    }
    m_deferred = false;
    m_filling = true;
    const QString key = measureKey().isEmpty() ? QStringLiteral("mood") : measureKey();
    m_measure->clear();
    if (m_store)
        fillMeasures(m_measure, *m_store, key);
    fillInterventions();
    m_filling = false;
    analyse();
}

void AnalysisPanel::fillMeasures(QComboBox* combo, Store& store, const QString& selected)
{
    const QString language = LanguageManager::current();
    for (const Measure& m : store.measures().list())
        combo->addItem(m.label(language), m.key);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(std::max(0, index));
}

void AnalysisPanel::fillInterventions()
{
    const qint64 keep = interventionId();
    m_intervention->clear();
    m_interventions =
        m_store && m_participantId > 0 ? m_store->interventions().list(m_participantId) : QList<Intervention>();
    const QLocale locale;
    for (const Intervention& i : std::as_const(m_interventions))
        m_intervention->addItem(tr("%1, from %2").arg(i.name, locale.toString(i.start, QLocale::ShortFormat)), i.id);
    // The newest intervention is the likeliest question; keep the user's choice across refreshes.
    const int index = m_intervention->findData(keep);
    m_intervention->setCurrentIndex(index >= 0 ? index : int(m_interventions.size()) - 1);
    m_intervention->setEnabled(!m_interventions.isEmpty());
}

void AnalysisPanel::setIntervention(qint64 interventionId)
{
    const int index = m_intervention->findData(interventionId);
    if (index >= 0)
        m_intervention->setCurrentIndex(index);
}

void AnalysisPanel::setMeasure(const QString& key)
{
    const int index = m_measure->findData(key);
    if (index >= 0)
        m_measure->setCurrentIndex(index);
}

void AnalysisPanel::setBaselineDays(int days)
{
    m_baselineDays->setValue(days);
}

qint64 AnalysisPanel::interventionId() const
{
    return m_intervention->currentData().toLongLong();
}

QString AnalysisPanel::measureKey() const
{
    return m_measure->currentData().toString();
}

void AnalysisPanel::analyse()
{
    m_analysis.reset();
    const auto chosen = std::find_if(m_interventions.cbegin(), m_interventions.cend(),
                                     [this](const Intervention& i) { return i.id == interventionId(); });
    if (m_store && chosen != m_interventions.cend() && !measureKey().isEmpty())
        m_analysis = loadAnalysis(*m_store, *chosen, measureKey(), m_baselineDays->value());
    showChart();
    showPhases();
    showIndices();
    showTexts();
    m_randomisation->showAnalysis(m_store, m_analysis);
}

void AnalysisPanel::showChart()
{
    PlotContent content;
    content.dateAxis = true;
    if (!m_analysis) {
        content.emptyHint = m_participantId <= 0 ? tr("Choose a participant to analyse.")
                                                 : tr("No interventions recorded for this participant yet: add one "
                                                      "on the Interventions tab.");
        m_chart->setPlot(content);
        return;
    }
    const InterventionAnalysis& a = *m_analysis;
    const QString measure = AnalysisText::measureLabel(a.measure, QLocale());
    content.yLabel = measure;
    content.yRange = scaleRange(a.measure);
    content.emptyHint = tr("No values of %1 around this intervention.").arg(measure);
    content.curves.append({QStringLiteral("baseline"), tr("Baseline"), baselineColor, phasePoints(a.phases.baseline), 1,
                           Qt::SolidLine, true, true});
    content.curves.append({QStringLiteral("treatment"), tr("With %1").arg(a.intervention.name),
                           measureColor(a.measure.key), phasePoints(a.phases.treatment), 1, Qt::SolidLine, true, true});
    if (a.result.baselineTrend && a.result.computed())
        content.curves.append({QStringLiteral("trend"), tr("Baseline trend (Theil–Sen), continued"), trendColor,
                               trendPoints(a.phases, *a.result.baselineTrend), 1.5, Qt::DashLine, true, false});
    const QColor marker = interventionColor(a.intervention.kind);
    content.markers.append({dayCoordinate(a.intervention.start) - 0.5, a.intervention.name, marker});
    if (!a.intervention.isOngoing() && !a.intervention.isEvent())
        content.markers.append({dayCoordinate(a.intervention.end) + 0.5, tr("end"), marker});
    m_chart->setPlot(content);
}

void AnalysisPanel::showPhases()
{
    m_phases->clearContents();
    m_phases->setRowCount(5);
    m_phases->setColumnCount(2);
    m_phases->setHorizontalHeaderLabels({tr("Baseline"), tr("Intervention")});
    m_phases->setVerticalHeaderLabels({tr("Days"), tr("n"), tr("Mean"), tr("SD"), tr("Median")});
    if (m_analysis) {
        const QLocale locale;
        int column = 0;
        for (const PhaseSummary* phase : {&m_analysis->result.baseline, &m_analysis->result.treatment}) {
            const QString days = phase->n == 0 ? QStringLiteral("—")
                                               : tr("%1 to %2")
                                                     .arg(locale.toString(phase->first, QLocale::ShortFormat),
                                                          locale.toString(phase->last, QLocale::ShortFormat));
            setCell(m_phases, 0, column, days);
            setCell(m_phases, 1, column, locale.toString(phase->n));
            setCell(m_phases, 2, column, AnalysisText::number(phase->mean, locale));
            setCell(m_phases, 3, column, AnalysisText::number(phase->sd, locale));
            setCell(m_phases, 4, column, AnalysisText::number(phase->median, locale));
            ++column;
        }
    }
    fitHeight(m_phases);
}

void AnalysisPanel::showIndices()
{
    m_indices->clearContents();
    m_indices->clearSpans();
    m_indices->setRowCount(5);
    m_indices->setColumnCount(3);
    m_indices->setHorizontalHeaderLabels({tr("Estimate"), tr("95% CI"), tr("SE")});
    m_indices->setVerticalHeaderLabels({tr("NAP"), tr("Tau"), tr("Tau-U"), tr("Tau-BC"), tr("Hedges’ g")});
    const bool neutral = m_analysis && m_analysis->measure.direction == Direction::Neutral;
    const QStringList meanings{
        neutral ? tr("Non-overlap of all pairs: the share of all (baseline day, intervention day) pairs in which the "
                     "intervention day had the higher value (for this measure neither good nor bad); 0.5 means no "
                     "difference.")
                : tr("Non-overlap of all pairs: the share of all (baseline day, intervention day) pairs in which the "
                     "intervention day was better; 0.5 means no difference."),
        tr("NAP rescaled to −1 … 1: 0 means no difference."),
        tr("Tau minus the trend already present in the baseline (Parker et al. 2011); can exceed 1."),
        tr("Tau after removing the baseline’s Theil–Sen trend from both phases (Tarlow 2017)."),
        tr("The difference of the phase means in baseline standard deviations, corrected for small samples.")};
    for (int row = 0; row < meanings.size(); ++row)
        m_indices->verticalHeaderItem(row)->setToolTip(meanings[row]);
    if (m_analysis) {
        const QLocale locale;
        const SingleCaseResult& r = m_analysis->result;
        int row = 0;
        QStringList said; // a reason shared by several indices is written out once, the others point to it
        for (const IndexValue* index : {&r.nap, &r.tau, &r.tauU, &r.tauBc, &r.smd}) {
            if (!index->available() && said.contains(index->reason)) {
                setCell(m_indices, row, 0, tr("— (as above)"), index->reason);
                m_indices->setSpan(row, 0, 1, 3);
            } else if (!index->available()) {
                setCell(m_indices, row, 0, index->reason, index->reason);
                m_indices->setSpan(row, 0, 1, 3);
                said << index->reason;
            } else {
                setCell(m_indices, row, 0, AnalysisText::number(index->estimate, locale), meanings[row]);
                const bool hasInterval = index->ciLower && index->ciUpper;
                setCell(m_indices, row, 1,
                        hasInterval ? tr("%1 to %2")
                                          .arg(AnalysisText::number(index->ciLower, locale),
                                               AnalysisText::number(index->ciUpper, locale))
                                    : QStringLiteral("—"));
                setCell(m_indices, row, 2, AnalysisText::number(index->se, locale),
                        index->se ? QString() : index->reason);
            }
            ++row;
        }
    }
    fitHeight(m_indices);
}

void AnalysisPanel::showTexts()
{
    if (!m_analysis) {
        m_interpretation->clear();
        m_caveats->clear();
        return;
    }
    const QLocale locale;
    m_interpretation->setText(AnalysisText::interpretation(*m_analysis, locale));
    QString list = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString& caveat : AnalysisText::caveats(*m_analysis, locale))
        list += QStringLiteral("<li>%1</li>").arg(caveat.toHtmlEscaped());
    m_caveats->setText(list + QStringLiteral("</ul>"));
}

QString AnalysisPanel::interpretationText() const
{
    return m_interpretation->text();
}

QString AnalysisPanel::caveatsText() const
{
    return m_analysis ? AnalysisText::caveats(*m_analysis, QLocale()).join(u'\n') : QString();
}

void AnalysisPanel::retranslate()
{
    m_interventionLabel->setText(tr("&Intervention:"));
    m_phases->setAccessibleName(tr("Baseline and intervention phase"));
    m_indices->setAccessibleName(tr("Effect sizes"));
    m_measureLabel->setText(tr("&Measure:"));
    m_baselineLabel->setText(tr("&Baseline:"));
    m_baselineDays->setSuffix(tr(" days"));
    m_baselineDays->setToolTip(tr("How many days before the start make up the baseline; only days with a value "
                                  "count."));
    m_interpretationTitle->setText(tr("What this means"));
    m_caveatsTitle->setText(tr("Keep in mind"));
}

void AnalysisPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void AnalysisPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_deferred)
        refresh();
}

} // namespace mb
