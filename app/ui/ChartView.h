// The participant's chart with its controls: which measures, rolling-mean window, range presets, export.
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QToolButton;

namespace mb {

struct ChartOverlay;

class ParticipantChart;
struct ChartSeries;
struct ChartZone;
class Store;
class Workspace;

class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    // Shows the workspace's participant from now on, re-read whenever their data change.
    void follow(Workspace* workspace);
    void setStore(Store* store);
    void setParticipant(qint64 participantId);
    qint64 participantId() const { return m_participantId; }
    void refresh(); // re-reads the participant's data

    void setShownMeasures(const QStringList& keys);
    int rollingDays() const;
    ParticipantChart* chart() const { return m_chart; }

signals:
    void shownMeasuresChanged(const QStringList& keys);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildMeasureMenu();
    // Questionnaire totals the user chose, on the right-hand axis; the severity bands of one shown alone.
    void appendQuestionnaireSeries(QList<ChartSeries>& series, QList<ChartZone>& zones) const;
    ChartOverlay planOverlay() const;
    void exportChart();

    Store* m_store = nullptr;
    qint64 m_participantId = 0;
    QStringList m_shown{QStringLiteral("mood"), QStringLiteral("stress")};
    ParticipantChart* m_chart;
    QToolButton* m_measures;
    QLabel* m_rollingLabel;
    QSpinBox* m_rolling;
    QToolButton* m_last30;
    QToolButton* m_last90;
    QToolButton* m_lastYear;
    QToolButton* m_all;
    QToolButton* m_export;
};

} // namespace mb
