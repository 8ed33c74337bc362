// The participant chart with its controls; what it shows is read by ui/ChartReading (any thread).
#include "ui/ChartView.h"

#include "core/Clock.h"
#include "core/Measure.h"
#include "core/Questionnaire.h"
#include "storage/Store.h"
#include "ui/ChartReading.h"
#include "ui/FileDialogs.h"
#include "ui/LanguageManager.h"
#include "ui/Palette.h"
#include "ui/RowOrRows.h"
#include "ui/chart/ParticipantChart.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
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
    m_rolling->setValue(defaultRollingDays);
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

    auto* choices = new QHBoxLayout;
    choices->addWidget(m_measures);
    choices->addWidget(m_tags);
    choices->addSpacing(12);
    choices->addWidget(m_rollingLabel);
    choices->addWidget(m_rolling);
    choices->addStretch(1);
    auto* range = new QHBoxLayout;
    range->addStretch(1);
    for (QToolButton* b : {m_last30, m_last90, m_lastYear, m_all})
        range->addWidget(b);
    range->addSpacing(12);
    range->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* controls = new RowOrRows(choices, range); // the range buttons and export under the rest when narrow
    controls->setObjectName(QStringLiteral("chartControls"));
    layout->addWidget(controls);
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

void ChartView::setSinglePerson(bool single)
{
    m_chart->setSinglePerson(single);
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
    ChartReading reading;
    if (m_store && m_participantId > 0) {
        const ChartQuery query = currentQuery();
        auto ahead = ChartReadAhead::take(*m_store, query); // the window's first chart, read while it was built
        reading = ahead ? std::move(*ahead) : readChart(*m_store, query);
    }
    m_chart->setOverlay(QStringLiteral("plan"), reading.plan);
    m_chart->setOverlay(QStringLiteral("tagRows"), reading.tagRows);
    m_chart->setContent(reading.series, reading.bands, reading.ticks, m_rolling->value());
    m_chart->setZones(reading.zones);
}

ChartQuery ChartView::currentQuery() const
{
    return {.participantId = m_participantId,
            .measures = m_shown,
            .tags = m_shownTags,
            .rollingDays = m_rolling->value(),
            .today = clock().today(),
            .language = LanguageManager::current()};
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
    const QString path = FileDialogs::getSaveFileName(
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
    m_measures->setText(tr("&Measures"));
    m_measures->setToolTip(tr("Choose the measures to show"));
    m_measures->setAccessibleName(tr("Measures to show"));
    m_tags->setText(tr("&Tags…"));
    m_tags->setToolTip(tr("Choose the tags to show as rows of marks under the data"));
    m_tags->setAccessibleName(tr("Tags to show"));
    m_rollingLabel->setText(tr("&Rolling mean:"));
    m_rolling->setSuffix(tr(" days"));
    m_rolling->setAccessibleName(tr("Rolling mean window in days"));
    m_last30->setText(tr("&30 days"));
    m_last90->setText(tr("&90 days"));
    m_lastYear->setText(tr("1 &year"));
    m_all->setText(tr("A&ll"));
    m_all->setToolTip(tr("Show everything (reset zoom)"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the chart as PNG, PDF or SVG"));
}

} // namespace mb
