// Our one chart widget: the only place that knows QCustomPlot. Daily values, rolling means,
// intervention bands, event lines and adherence ticks on a local-date axis.
#pragma once

#include "core/Series.h"

#include <QColor>
#include <QWidget>

class QCustomPlot;
class QPainter;
class QCPAxis;

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
};

struct ChartTick {
    QDate day;
    bool taken = true;
    QColor color;
};

class ChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    void setContent(const QList<ChartSeries>& series, const QList<ChartBand>& bands, const QList<ChartTick>& ticks,
                    int rollingDays);
    // Zones drawn behind the data against the right-hand axis; cleared by an empty list.
    void setZones(const QList<ChartZone>& zones);
    int zoneCount() const { return int(m_zones.size()); }
    void setVisibleDays(QDate first, QDate last);
    void showLastDays(int days); // ending at the last day with data (or today)
    void showAll();
    QDate visibleFirst() const;
    QDate visibleLast() const;

    enum class Format { Png, Pdf, Svg };
    bool exportTo(const QString& path, Format format, QSize size) const;
    // Draws the chart as vector graphics into target on any painter (a PDF page, a printer), laid out as it
    // would be at logicalSize pixels and scaled to fit.
    void render(QPainter& painter, const QRectF& target, QSize logicalSize) const;
    // What the hover read-out says for a day: date, each measure's value, active interventions.
    QString describeDay(QDate day) const;

    // For tests: what is drawn.
    int graphCount() const;
    int bandCount() const;
    int eventCount() const;
    int adherenceTickCount() const;
    int lineSegmentCount(int graph) const; // runs of data between gaps in one graph
    QStringList tickLabels() const;
    QCustomPlot* plot() const { return m_plot; }

signals:
    void visibleRangeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void updateBandLabels();
    void showHover(QMouseEvent* event);
    QDate dataFirst() const;
    QDate dataLast() const;

    QCustomPlot* m_plot;
    QList<ChartSeries> m_series;
    QList<ChartBand> m_bands;
    QList<ChartTick> m_ticks;
    QList<ChartZone> m_zones;
    int m_rollingDays = 7;
    int m_bandItems = 0;
    int m_eventItems = 0;
    bool m_hadData = false; // keep the visible range across refreshes of the same data
};

} // namespace mb
