// Loading and computing the insights (three indexed queries and a few thousand additions: on the GUI thread,
// like the Analysis tab) and showing them.
#include "ui/InsightsPanel.h"

#include "core/AnalysisText.h"
#include "core/InsightsText.h"
#include "storage/InsightsLoader.h"
#include "storage/Store.h"
#include "ui/AnalysisPanel.h"
#include "ui/LanguageManager.h"
#include "ui/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <cmath>

namespace mb {

namespace {

constexpr int rowRole = Qt::UserRole;      // the index into InsightsResult::rows, on the factor's cell
constexpr int sortRole = Qt::UserRole + 1; // the number a column sorts by

// Sorts by the number under sortRole (missing numbers last), not by the text.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& text, std::optional<double> value)
        : QTableWidgetItem(text)
    {
        setData(sortRole, value ? QVariant(*value) : QVariant());
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant a = data(sortRole);
        const QVariant b = other.data(sortRole);
        if (!a.isValid() || !b.isValid())
            return a.isValid() && !b.isValid();
        return a.toDouble() < b.toDouble();
    }
};

std::optional<double> effect(const InsightRow& row)
{
    return row.kind == InsightRow::Kind::Tag ? row.difference : row.r;
}

QStringList headers()
{
    return {InsightsPanel::tr("Factor"),
            InsightsPanel::tr("Kind"),
            InsightsPanel::tr("When"),
            InsightsPanel::tr("Days"),
            InsightsPanel::tr("Mean with / without"),
            InsightsPanel::tr("Difference / r"),
            InsightsPanel::tr("95% CI"),
            InsightsPanel::tr("p"),
            InsightsPanel::tr("Adjusted p")};
}

QList<QTableWidgetItem*> rowItems(const InsightRow& row, qsizetype index, const QLocale& locale)
{
    const bool tag = row.kind == InsightRow::Kind::Tag;
    auto* factor = new QTableWidgetItem(row.label);
    factor->setData(rowRole, qlonglong(index));
    const QString days =
        tag ? InsightsPanel::tr("%1 with, %2 without").arg(row.nWith).arg(row.nWithout) : QString::number(row.n);
    const QString ci =
        row.ciLower ? InsightsPanel::tr("%1 to %2")
                          .arg(AnalysisText::number(row.ciLower, locale), AnalysisText::number(row.ciUpper, locale))
                    : QStringLiteral("—");
    const QString p = row.hasP() ? InsightsText::pText(row.p, locale) : InsightsText::statusText(row.status);
    return {factor,
            new QTableWidgetItem(InsightsText::kindText(row.kind)),
            new NumberItem(InsightsText::lagText(row.lag), row.lag),
            new NumberItem(days, tag ? row.nWith + row.nWithout : row.n),
            new NumberItem(tag ? QStringLiteral("%1 / %2").arg(AnalysisText::number(row.meanWith, locale),
                                                               AnalysisText::number(row.meanWithout, locale))
                               : QStringLiteral("—"),
                           row.meanWith),
            new NumberItem(tag ? AnalysisText::number(row.difference, locale)
                               : QStringLiteral("r = ") + AnalysisText::number(row.r, locale),
                           effect(row)),
            new NumberItem(ci, row.ciLower),
            new NumberItem(p, row.p),
            new NumberItem(InsightsText::pText(row.pAdjusted, locale), row.pAdjusted)};
}

} // namespace

InsightsPanel::InsightsPanel(QWidget* parent)
    : QWidget(parent)
    , m_measureLabel(new QLabel)
    , m_measure(new QComboBox)
    , m_lagLabel(new QLabel)
    , m_maxLag(new QSpinBox)
    , m_headlineTitle(new QLabel)
    , m_headline(new QLabel)
    , m_table(new QTableWidget)
    , m_sentence(new QLabel)
    , m_caveat(new QLabel)
    , m_planTrial(new QPushButton)
{
    setObjectName(QStringLiteral("insightsPanel"));
    m_measure->setObjectName(QStringLiteral("insightsMeasure"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(12);
    m_maxLag->setObjectName(QStringLiteral("insightsMaxLag"));
    m_maxLag->setRange(0, maximumInsightLag);
    m_maxLag->setValue(defaultInsightLag);
    m_measureLabel->setBuddy(m_measure);
    m_lagLabel->setBuddy(m_maxLag);
    m_headline->setObjectName(QStringLiteral("insightsHeadline"));
    m_sentence->setObjectName(QStringLiteral("insightSentence"));
    m_caveat->setObjectName(QStringLiteral("insightsCaveat"));
    m_planTrial->setObjectName(QStringLiteral("planRandomisedTrial"));
    for (QLabel* text : {m_headline, m_sentence, m_caveat}) {
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_headlineTitle->font();
    bold.setBold(true);
    m_headlineTitle->setFont(bold);
    m_table->setObjectName(QStringLiteral("insightsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Every column as wide as what it holds, the factor's name first of all (stretched, it was the one squeezed to
    // "…" when the numbers needed the room); the table scrolls sideways when the window is narrow.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    auto choose = [this] {
        if (!m_filling)
            compute();
    };
    connect(m_measure, &QComboBox::currentIndexChanged, this, choose);
    connect(m_maxLag, &QSpinBox::valueChanged, this, choose);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InsightsPanel::showSelected);
    connect(m_planTrial, &QPushButton::clicked, this, &InsightsPanel::randomisedTrialRequested);
    layOut();
    retranslate();
    refresh();
}

void InsightsPanel::layOut()
{
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measure);
    bar->addSpacing(12);
    bar->addWidget(m_lagLabel);
    bar->addWidget(m_maxLag);
    bar->addStretch(1);
    auto* trial = new QHBoxLayout;
    trial->addWidget(m_caveat, 1);
    trial->addWidget(m_planTrial, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_headlineTitle);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_sentence);
    layout->addLayout(trial);
}

void InsightsPanel::follow(Workspace* workspace)
{
    connect(workspace, &Workspace::storeChanged, this, &InsightsPanel::setStore);
    connect(workspace, &Workspace::participantChanged, this, &InsightsPanel::setParticipant);
    connect(workspace, &Workspace::entriesChanged, this, [this, workspace](qint64 participantId) {
        if (participantId == workspace->participantId())
            refresh();
    });
    setStore(workspace->store());
    setParticipant(workspace->participantId());
}

void InsightsPanel::setStore(Store* store)
{
    m_store = store;
    m_participantId = 0;
    refresh();
}

void InsightsPanel::setParticipant(qint64 participantId)
{
    m_participantId = participantId;
    refresh();
}

void InsightsPanel::refresh()
{
    if (parentWidget() && !isVisible()) {
        m_deferred = true; // computed when the tab is shown
        return;
    }
    m_deferred = false;
    m_filling = true;
    const QString key = measureKey().isEmpty() ? QStringLiteral("mood") : measureKey();
    m_measure->clear();
    if (m_store)
        AnalysisPanel::fillMeasures(m_measure, *m_store, key);
    m_filling = false;
    compute();
}

void InsightsPanel::setMeasure(const QString& key)
{
    const int index = m_measure->findData(key);
    if (index >= 0)
        m_measure->setCurrentIndex(index);
}

void InsightsPanel::setMaxLag(int lag)
{
    m_maxLag->setValue(lag);
}

QString InsightsPanel::measureKey() const
{
    return m_measure->currentData().toString();
}

void InsightsPanel::compute()
{
    m_result = {};
    const Measure* outcome = m_store ? m_store->measures().byKey(measureKey()) : nullptr;
    if (outcome && m_participantId > 0) {
        m_outcome = *outcome;
        m_result = loadInsights(*m_store, m_participantId, outcome->key, m_maxLag->value(), LanguageManager::current());
    }
    showTable();
    showTexts();
}

void InsightsPanel::showTable()
{
    const QSignalBlocker block(m_table);
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_result.rows.size()));
    const QLocale locale;
    for (qsizetype i = 0; i < m_result.rows.size(); ++i) {
        const QList<QTableWidgetItem*> items = rowItems(m_result.rows[i], i, locale);
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(int(i), column, items[column]);
    }
    m_table->setSortingEnabled(true);
    m_table->sortItems(PAdjusted, Qt::AscendingOrder);
}

void InsightsPanel::showTexts()
{
    if (!m_store || m_participantId <= 0)
        m_headline->clear();
    else if (m_result.rows.isEmpty())
        m_headline->setText(tr("No tags or other measures to compare yet: tag your entries (kefir, a walk, a late "
                               "night…) and this tab shows which of them go with a better or worse %1.")
                                .arg(AnalysisText::measureLabel(m_outcome, QLocale()).toLower()));
    else
        m_headline->setText(InsightsText::headline(m_result, m_outcome, QLocale()).join(u'\n'));
    showSelected();
}

void InsightsPanel::showSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    m_sentence->clear();
    if (selected.isEmpty())
        return m_sentence->setText(m_result.rows.isEmpty() ? QString() : tr("Select a row to read it in words."));
    const QTableWidgetItem* factor = m_table->item(selected.first()->row(), Factor);
    const qsizetype index = factor ? factor->data(rowRole).toLongLong() : -1;
    if (index >= 0 && index < m_result.rows.size())
        m_sentence->setText(InsightsText::sentence(m_result.rows[index], m_outcome, m_result.tests, QLocale()));
}

QString InsightsPanel::headlineText() const
{
    return m_headline->text();
}

QString InsightsPanel::sentenceText() const
{
    return m_sentence->text();
}

void InsightsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_deferred)
        refresh();
}

void InsightsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void InsightsPanel::retranslate()
{
    m_measureLabel->setText(tr("&Measure:"));
    m_lagLabel->setText(tr("Up to &days later:"));
    m_maxLag->setToolTip(tr("0: the same day only; 1: also the next day; and so on."));
    m_headlineTitle->setText(tr("What stands out"));
    m_table->setHorizontalHeaderLabels(headers());
    m_table->setAccessibleName(tr("Insights"));
    m_measure->setAccessibleName(tr("Measure"));
    m_maxLag->setAccessibleName(tr("Up to days later"));
    m_caveat->setText(InsightsText::caveat());
    m_planTrial->setText(tr("Plan a randomised &trial…"));
    m_planTrial->setToolTip(tr("Opens the Interventions tab: choose an intervention and “Randomise…” to plan a "
                               "randomised N-of-1 trial (see the manual, “Randomised designs”)."));
}

} // namespace mb
