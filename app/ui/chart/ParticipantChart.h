// The participant chart: a builder on the plot base that draws daily values and rolling means of the chosen
// measures, intervention bands, event lines and adherence ticks on a local-date axis, and questionnaire
// severity zones on the right-hand axis. It keeps the range the user chose across refreshes of the same data.
#pragma once

#include "core/Series.h"
#include "ui/chart/PlotBase.h"

#include <QColor>
#include <QDate>
#include <QMap>

namespace mb {

struct ChartSeries {
    QString key;
    QString label; // "Mood"
    QString unit;  // shown on the secondary axis
    QColor color;
    bool secondaryAxis = false; // not a 0–10 scale: drawn against the right axis
    int maxGapDays = 2;         // a longer stretch without data breaks the line
    QList<DailyPoint> daily;
    QList<DailyPoint> rolling;
};

struct ChartBand {
    QString label;
    QColor color;
    QDate first;
    QDate last; // ongoing interventions run to today
    bool event = false;
};

// A horizontal zone on the secondary axis, such as a questionnaire's severity band.
struct ChartZone {
    double from = 0;
    double to = 0;
    QColor color;
    QString label;
    bool operator==(const ChartZone&) const = default;
};

struct ChartTick {
    QDate day;
    bool taken = true;
    QColor color;
};

// More to draw with a participant's data, owned by someone else (planned phases with deviation marks, a row of
// tag marks under the data...): primitives of the plot base, drawn again on every rebuild. On the left axis the
// 0–10 scale runs from -1 to 10.6; adherence ticks are at y = -0.55, so a row of other marks fits at -0.85.
struct ChartOverlay {
    QList<PlotBandPrimitive> bands;
    QList<PlotMarkerPrimitive> markers;
    QList<PlotRowPrimitive> rows;
    bool isEmpty() const { return bands.isEmpty() && markers.isEmpty() && rows.isEmpty(); }
};

class ParticipantChart : public PlotBase {
    Q_OBJECT
public:
    // Ids and keys in drawn(): a measure's curves have its key and the ids "<key>/daily" and "<key>/mean";
    // interventions are bands (or, for events, markers) "intervention/<n>"; adherence is rows keyed "adherence".
    static inline const QString adherenceKey = QStringLiteral("adherence");

    explicit ParticipantChart(QWidget* parent = nullptr);

    void setContent(const QList<ChartSeries>& series, const QList<ChartBand>& bands, const QList<ChartTick>& ticks,
                    int rollingDays);
    // Zones drawn behind the data against the right-hand axis; cleared by an empty list.
    void setZones(const QList<ChartZone>& zones);
    // Sets the overlay called name (drawn after the interventions, overlays in the order of their names);
    // an empty overlay removes it.
    void setOverlay(const QString& name, const ChartOverlay& overlay);
    void setVisibleDays(QDate first, QDate last);
    void showLastDays(int days); // ending at the last day with data (or today)
    void showAll();
    // What the hint on an empty chart tells to press: Ctrl+N is the quick check-in for one person, the full
    // entry form in clinician mode (the default).
    void setSinglePerson(bool single);
    // A chart of questionnaire totals says how to fill one in instead.
    void setShowsQuestionnaires(bool questionnaires);
    // The next content belongs to someone else: show all of it instead of keeping the visible range.
    void resetVisibleRange() { m_hadData = false; }
    QDate visibleFirst() const;
    QDate visibleLast() const;
    // What the hover read-out says for a day: date, each measure's value, active interventions.
    QString describeDay(QDate day) const;

protected:
    void changeEvent(QEvent* event) override;
    QString hoverText(QPointF pos, double x) const override;
    void keyboardHome() override { showAll(); }
    void visibleRangeChanged() override;

private:
    void rebuild();
    // The plot's accessible name ("Chart") and description: the measures, the days with data and their range,
    // the last values, the range shown and the keys. The part about the data is made again on rebuild.
    QString dataSummary() const;
    void updateAccessibleText();
    PlotAxes axesForContent() const;
    void addSeries(const ChartSeries& s);
    void addAdherence();
    void addInterventions();
    void addOverlays();
    void rangeDays(QDate first, QDate last);
    void rangeLastDays(int days);
    void rangeAll();
    bool showsAll() const; // the visible range is what rangeAll() set for the current content
    QDate dataFirst() const;
    QDate dataLast() const;

    QList<ChartSeries> m_series;
    QList<ChartBand> m_bands;
    QList<ChartTick> m_ticks;
    QList<ChartZone> m_zones;
    QMap<QString, ChartOverlay> m_overlays;
    int m_rollingDays = 7;
    bool m_hadData = false; // keep the visible range across refreshes of the same data
    bool m_single = false;
    bool m_questionnaires = false;
    QString m_dataSummary; // dataSummary() of the current content
    QString emptyHint() const;
};

} // namespace mb
