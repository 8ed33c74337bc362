// The participant's chart with its controls: which measures, rolling-mean window, range presets, export.
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QSpinBox;
class QToolButton;

namespace mb {

struct ChartOverlay;
struct ChartQuery;
class ParticipantChart;
struct ChartSeries;
struct ChartZone;
class Store;
class Settings;
class Workspace;

class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    // Shows the workspace's participant from now on, re-read whenever their data change.
    void follow(Workspace* workspace);
    // Shows the measures and tags chosen last time, and keeps each new choice in the settings (ui library too).
    void keepChoicesIn(Settings* settings);
    void setStore(Store* store);
    void setParticipant(qint64 participantId);
    qint64 participantId() const { return m_participantId; }
    void refresh(); // re-reads the participant's data
    // What refresh() reads (ui/ChartReading.h).
    ChartQuery currentQuery() const;
    // For an OpenAhead (storage/OpenAhead.h): reads, on the opening's thread, the chart a window that keeps its
    // choices in settings (keepChoicesIn) shows first, for refresh() to take (ChartReadAhead). Ui library too.
    static std::function<void(Store&)> readAhead(const Settings& settings);

    void setSinglePerson(bool single); // the empty chart's hint names what Ctrl+N does
    void setShownMeasures(const QStringList& keys);
    // Tags (by name) drawn as rows of marks under the data, one row each, on the days that have them.
    void setShownTags(const QStringList& names);
    const QStringList& shownTags() const { return m_shownTags; }
    // The tags changed (names, colours): the menu of tags is made again and the chart redrawn.
    void tagsChanged();
    int rollingDays() const;
    ParticipantChart* chart() const { return m_chart; }

signals:
    void shownMeasuresChanged(const QStringList& keys);
    void shownTagsChanged(const QStringList& names);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildMeasureMenu();
    void rebuildTagMenu();
    void exportChart();

    Store* m_store = nullptr;
    qint64 m_participantId = 0;
    QStringList m_shown{QStringLiteral("mood"), QStringLiteral("stress")};
    QStringList m_shownTags;
    static constexpr int defaultRollingDays = 7;
    ParticipantChart* m_chart;
    QToolButton* m_measures;
    QToolButton* m_tags;
    QLabel* m_rollingLabel;
    QSpinBox* m_rolling;
    QToolButton* m_last30;
    QToolButton* m_last90;
    QToolButton* m_lastYear;
    QToolButton* m_all;
    QToolButton* m_export;
};

} // namespace mb
