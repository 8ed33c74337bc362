// Choosing a cohort, loading and aligning it on a worker thread, and drawing its lines, mean and band.
#include "ui/CohortView.h"

#include "storage/SiteMerge.h"
#include "storage/Store.h"
#include "ui/AnalysisPanel.h"
#include "ui/BackgroundJob.h"
#include "ui/LanguageManager.h"
#include "ui/Palette.h"
#include "ui/RowOrRows.h"
#include "ui/Workspace.h"
#include "ui/chart/PlotChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace mb {

namespace {

constexpr int defaultDaysBefore = 28;
constexpr int defaultDaysAfter = 56;
constexpr int maximumDays = 730;
enum GroupBy { ByName = 0, ByKind = 1 };

// (day, value) pairs as a line that breaks where more than two days pass without a value.
QList<QPointF> lineThrough(const QList<std::pair<int, double>>& values)
{
    QList<QPointF> points;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0 && values[i].first - values[i - 1].first > 3)
            points.append({values[i].first - 0.5, qQNaN()});
        points.append({double(values[i].first), values[i].second});
    }
    return points;
}

QList<QPointF> memberLine(const QList<CohortDay>& days, qsizetype member)
{
    QList<std::pair<int, double>> values;
    for (const CohortDay& day : days)
        if (const auto& v = day.values[member])
            values.append({day.day, *v});
    return lineThrough(values);
}

QList<QPointF> meanLine(const QList<CohortDay>& days)
{
    QList<std::pair<int, double>> values;
    for (const CohortDay& day : days)
        if (day.mean)
            values.append({day.day, *day.mean});
    return lineThrough(values);
}

// The interval where it exists; NaN elsewhere, so the band has holes rather than bridges.
PlotBand intervalBand(const QList<CohortDay>& days, const QString& name, const QColor& color)
{
    PlotBand band{name, color, {}, {}};
    for (const CohortDay& day : days) {
        band.lower.append({double(day.day), day.ciLower.value_or(qQNaN())});
        band.upper.append({double(day.day), day.ciUpper.value_or(qQNaN())});
    }
    return band;
}

// A scale's whole range; otherwise the participants' values. Never the band: with two participants its
// t-based interval is wide enough to squash everything else.
std::optional<std::pair<double, double>> valueRange(const Measure* measure, const QList<CohortDay>& days)
{
    if (measure && measure->kind == MeasureKind::Scale)
        return std::pair{measure->minimum - 0.5, measure->maximum + 0.5};
    std::optional<std::pair<double, double>> range;
    for (const CohortDay& day : days)
        for (const auto& v : day.values)
            if (v)
                range = range ? std::pair{std::min(range->first, *v), std::max(range->second, *v)} : std::pair{*v, *v};
    if (!range)
        return range;
    const double margin = std::max(0.5, 0.06 * (range->second - range->first));
    return std::pair{range->first - margin, range->second + margin};
}

} // namespace

CohortView::CohortView(QWidget* parent)
    : QWidget(parent)
    , m_groupLabel(new QLabel)
    , m_choiceLabel(new QLabel)
    , m_groupBy(new QComboBox)
    , m_choice(new QComboBox)
    , m_measureLabel(new QLabel)
    , m_measure(new QComboBox)
    , m_beforeLabel(new QLabel)
    , m_before(new QSpinBox)
    , m_afterLabel(new QLabel)
    , m_after(new QSpinBox)
    , m_showLines(new QCheckBox)
    , m_siteLabel(new QLabel)
    , m_site(new QComboBox)
    , m_chart(new PlotChart)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("cohortView"));
    m_groupBy->setObjectName(QStringLiteral("cohortGroupBy"));
    m_choice->setObjectName(QStringLiteral("cohortIntervention"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(14); // the window may be narrow; the list shows the whole name
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(10);
    m_measure->setObjectName(QStringLiteral("cohortMeasure"));
    m_before->setObjectName(QStringLiteral("daysBefore"));
    m_after->setObjectName(QStringLiteral("daysAfter"));
    m_summary->setObjectName(QStringLiteral("cohortSummary"));
    m_showLines->setObjectName(QStringLiteral("showParticipantLines"));
    m_showLines->setChecked(true);
    connect(m_showLines, &QCheckBox::toggled, this, [this] { display(m_members, m_days, QString()); });
    m_summary->setWordWrap(true);
    m_before->setRange(0, maximumDays);
    m_before->setValue(defaultDaysBefore);
    m_after->setRange(0, maximumDays);
    m_after->setValue(defaultDaysAfter);
    m_groupLabel->setBuddy(m_groupBy);
    m_choiceLabel->setBuddy(m_choice);
    m_measureLabel->setBuddy(m_measure);
    m_beforeLabel->setBuddy(m_before);
    m_afterLabel->setBuddy(m_after);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this](int group) {
        m_choiceLabel->setText(group == 1 ? tr("&Kind:") : tr("Inter&vention:"));
        if (m_filling)
            return;
        fillChoices();
        load();
    });
    auto choose = [this] {
        if (!m_filling)
            load();
    };
    connect(m_choice, &QComboBox::currentIndexChanged, this, choose);
    connect(m_measure, &QComboBox::currentIndexChanged, this, choose);
    connect(m_before, &QSpinBox::valueChanged, this, choose);
    connect(m_after, &QSpinBox::valueChanged, this, choose);
    m_site->setObjectName(QStringLiteral("cohortSite"));
    m_siteLabel->setBuddy(m_site);
    connect(m_site, &QComboBox::currentIndexChanged, this, choose);
    connect(m_chart, &PlotChart::curveClicked, this,
            [this](const QString& id) { emit participantActivated(id.toLongLong()); });

    layOut();
    retranslate();
    display({}, {}, QString());
}

// Two rows of controls where there is room, each group under the one before where there is not (Dutch beside the
// participant list).
void CohortView::layOut()
{
    QHBoxLayout* choice = RowOrRows::line({m_choiceLabel, m_choice});
    choice->setStretch(1, 1);
    choice->addSpacing(12);
    QHBoxLayout* measure = RowOrRows::line({m_measureLabel, m_measure});
    measure->addStretch(1); // alone on its row: at its size, on the left
    auto* bar = new RowOrRows({{RowOrRows::line({m_groupLabel, m_groupBy})}, {choice, 1}, {measure}});
    bar->setObjectName(QStringLiteral("cohortChoice"));
    // The window around the start on a row of its own: one row would not fit a 1024-pixel screen.
    QHBoxLayout* days = RowOrRows::line({m_beforeLabel, m_before, m_afterLabel, m_after});
    days->addSpacing(12);
    days->addStretch(1);
    QHBoxLayout* lines = RowOrRows::line({m_showLines});
    lines->addStretch(1);
    lines->addWidget(m_siteLabel);
    lines->addWidget(m_site);
    auto* window = new RowOrRows({{days}, {lines, 1}});
    window->setObjectName(QStringLiteral("cohortWindow"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(window);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
}

CohortView::~CohortView()
{
    delete m_job; // cancels and waits while this view is still whole
}

void CohortView::follow(Workspace* workspace)
{
    connect(workspace, &Workspace::storeChanged, this, &CohortView::setStore);
    for (auto changed : {&Workspace::entriesChanged, &Workspace::interventionsChanged})
        connect(workspace, changed, this, &CohortView::refresh);
    connect(workspace, &Workspace::participantsChanged, this, &CohortView::refresh);
    setStore(workspace->store());
}

void CohortView::setStore(Store* store)
{
    delete m_job;
    m_job = nullptr;
    m_store = store;
    m_reloadWhenDone = false;
    if (m_store) {
        m_job = new BackgroundJob(*m_store, this);
        connect(m_job, &BackgroundJob::failed, this, [this](const QString& message) { display({}, {}, message); });
        connect(m_job, &BackgroundJob::finished, this, [this] {
            if (m_reloadWhenDone) {
                m_reloadWhenDone = false;
                load();
            }
        });
    }
    refresh();
}

void CohortView::refresh()
{
    if (parentWidget() && !isVisible()) {
        m_deferred = true;
        return;
    }
    m_deferred = false;
    m_filling = true;
    const QString key = m_measure->currentData().toString();
    m_measure->clear();
    if (m_store)
        AnalysisPanel::fillMeasures(m_measure, *m_store, key.isEmpty() ? QStringLiteral("mood") : key);
    fillSites();
    m_filling = false;
    fillChoices();
    load();
}

void CohortView::fillSites()
{
    const QString keep = site();
    m_site->clear();
    const QStringList sites = m_store ? SiteMerge::sites(*m_store) : QStringList();
    m_site->addItem(tr("all sites"), QString());
    for (const QString& code : sites)
        m_site->addItem(code, code);
    m_site->setCurrentIndex(std::max(0, m_site->findData(keep)));
    m_siteLabel->setVisible(!sites.isEmpty());
    m_site->setVisible(!sites.isEmpty());
}

void CohortView::setSite(const QString& siteCode)
{
    m_site->setCurrentIndex(std::max(0, m_site->findData(siteCode))); // loads
}

QString CohortView::site() const
{
    return m_site->currentData().toString();
}

void CohortView::fillChoices()
{
    m_filling = true;
    const QVariant keep = m_choice->currentData();
    m_choice->clear();
    if (m_groupBy->currentIndex() == ByKind) {
        for (InterventionKind kind : allInterventionKinds())
            m_choice->addItem(InterventionText::kindName(kind), toString(kind));
    } else if (m_store) {
        for (const QString& name : m_store->interventions().names())
            m_choice->addItem(name, name);
    }
    const int index = m_choice->findData(keep);
    m_choice->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

void CohortView::setSelection(const CohortSelection& selection)
{
    m_filling = true;
    m_groupBy->setCurrentIndex(selection.kind ? ByKind : ByName);
    m_filling = false;
    fillChoices();
    const int index = m_choice->findData(selection.kind ? toString(*selection.kind) : selection.name, Qt::UserRole,
                                         Qt::MatchFixedString);
    if (index >= 0 && index != m_choice->currentIndex())
        m_choice->setCurrentIndex(index); // loads
    else
        load();
}

CohortSelection CohortView::selection() const
{
    const QString choice = m_choice->currentData().toString();
    if (m_groupBy->currentIndex() == ByKind)
        return {QString(), interventionKindFromString(choice)};
    return {choice, std::nullopt};
}

void CohortView::setMeasure(const QString& key)
{
    const int index = m_measure->findData(key);
    if (index >= 0)
        m_measure->setCurrentIndex(index);
}

void CohortView::setDays(int before, int after)
{
    m_filling = true;
    m_before->setValue(before);
    m_after->setValue(after);
    m_filling = false;
    load();
}

bool CohortView::isLoading() const
{
    return m_job && (m_job->isRunning() || m_reloadWhenDone);
}

void CohortView::waitForLoad()
{
    while (isLoading()) {
        m_job->wait();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void CohortView::load()
{
    const CohortSelection chosen = selection();
    const QString key = m_measure->currentData().toString();
    if (!m_job || key.isEmpty() || (chosen.name.isEmpty() && !chosen.kind))
        return display({}, {}, QString());
    if (m_job->isRunning()) { // the newest choice wins once the running load is done
        m_reloadWhenDone = true;
        return;
    }
    const int before = m_before->value();
    const int after = m_after->value();
    const QString siteCode = site();
    BackgroundJob* job = m_job;
    job->start([this, job, chosen, key, before, after, siteCode](Store& store) {
        QList<CohortMember> members = loadCohort(store, chosen, key);
        if (!siteCode.isEmpty()) {
            const QStringList codes = SiteMerge::participantsOfSite(store, siteCode);
            members.removeIf([&](const CohortMember& m) { return !codes.contains(m.code); });
        }
        QList<CohortDay> days = alignCohort(members, before, after);
        job->deliver([this, members = std::move(members), days = std::move(days)] {
            if (!m_reloadWhenDone) // a newer choice is on its way; skip the stale picture
                display(members, days, QString());
        });
    });
}

void CohortView::display(const QList<CohortMember>& members, const QList<CohortDay>& days, const QString& problem)
{
    m_members = members;
    m_days = days;
    const QString measure = m_measure->currentText();
    const QColor color = measureColor(m_measure->currentData().toString());
    PlotContent content;
    content.xLabel = tr("Days since the start (day 0)");
    content.yLabel = measure;
    content.yRange =
        valueRange(m_store ? m_store->measures().byKey(m_measure->currentData().toString()) : nullptr, days);
    content.emptyHint =
        m_store ? tr("Nobody in this cohort has values of %1 around the start.").arg(measure) : tr("No database open.");
    if (!days.isEmpty())
        content.bands.append(intervalBand(days, tr("95% confidence interval of the mean"), color));
    QColor thin = color;
    thin.setAlpha(members.size() > 50 ? 60 : 110);
    // Past this many participants their lines are drawn without antialiasing: 2,000 antialiased lines of a year
    // take longer to rasterise than the replot budget (docs/ARCHITECTURE.md "Performance budgets").
    constexpr qsizetype crowd = 300;
    for (qsizetype i = 0; m_showLines->isChecked() && i < members.size(); ++i) {
        PlotCurve line{QString::number(members[i].participantId), members[i].code, thin, memberLine(days, i)};
        line.clickable = true;
        line.inLegend = false;
        line.antialiased = members.size() <= crowd; // a crowd of lines reads as a haze either way
        content.curves.append(line);
    }
    if (!days.isEmpty()) {
        PlotCurve mean{QStringLiteral("mean"), tr("Cohort mean"), color.darker(130), meanLine(days)};
        mean.width = 2.5;
        content.curves.append(mean);
        content.markers.append({0, tr("Start"), QColor(90, 90, 90)});
    }
    m_chart->setPlot(content);

    if (!problem.isEmpty())
        m_summary->setText(problem);
    else if (!m_store)
        m_summary->clear();
    else if (members.isEmpty())
        m_summary->setText(tr("Nobody has had “%1”.").arg(selectionName()));
    else
        m_summary->setText(tr("%n participant(s) aligned at the start of “%1”. The band is the 95% confidence "
                              "interval of the mean (t-based), on days with at least two values. Click a line to "
                              "open that participant.",
                              "", int(members.size()))
                               .arg(selectionName()));
    emit loaded();
}

QString CohortView::selectionName() const
{
    return m_choice->currentText();
}

QString CohortView::summaryText() const
{
    return m_summary->text();
}

void CohortView::retranslate()
{
    m_groupLabel->setText(tr("&Cohort:"));
    m_choiceLabel->setText(m_groupBy->currentIndex() == 1 ? tr("&Kind:") : tr("Inter&vention:"));
    m_measureLabel->setText(tr("&Measure:"));
    m_beforeLabel->setText(tr("Days &before:"));
    m_afterLabel->setText(tr("afte&r:"));
    m_showLines->setText(tr("Part&icipants’ lines"));
    m_siteLabel->setText(tr("Si&te:"));
    if (m_site->count() > 0)
        m_site->setItemText(0, tr("all sites"));
    m_showLines->setToolTip(tr("Show each participant’s line behind the cohort mean"));
    m_filling = true;
    const int group = std::max(0, m_groupBy->currentIndex());
    m_groupBy->clear();
    m_groupBy->addItem(tr("by intervention"));
    m_groupBy->addItem(tr("by kind"));
    m_groupBy->setCurrentIndex(group);
    m_filling = false;
}

void CohortView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void CohortView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_deferred)
        refresh();
}

} // namespace mb
