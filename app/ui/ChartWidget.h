// Our one chart widget: the only place that knows QCustomPlot. Daily values, rolling means,
// intervention bands, event lines and adherence ticks on a local-date axis; or free-form curves and bands
// for the analysis and cohort views.
#pragma once

#include "core/Series.h"

#include <QColor>
#include <QWidget>

#include <optional>

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
    bool operator==(const ChartZone&) const = default;
};

struct ChartTick {
    QDate day;
    bool taken = true;
    QColor color;
};

// Free-form content for the analysis and cohort charts: curves, filled bands and vertical markers
// on numeric axes (or the local-date axis), instead of a participant's measures.
struct PlotCurve {
    QString id;   // what curveClicked() reports for a clickable curve
    QString name; // legend and hover text
    QColor color;
    QList<QPointF> points; // a NaN y leaves a gap in the line
    double width = 1;
    Qt::PenStyle style = Qt::SolidLine;
    bool line = true;
    bool dots = false;
    bool clickable = false;
    bool inLegend = true; // when it has a name
};

struct PlotBand { // the area between two curves with the same x values
    QString name;
    QColor color;
    QList<QPointF> lower;
    QList<QPointF> upper;
};

struct PlotMarker { // a vertical line across the plot, labelled at the top
    double x = 0;
    QString label;
    QColor color;
};

struct PlotContent {
    QString xLabel;
    QString yLabel;
    bool dateAxis = false;                           // x in dayCoordinate() units, ticks on local days
    std::optional<std::pair<double, double>> yRange; // default: the data's range
    QList<PlotBand> bands;                           // drawn first
    QList<PlotCurve> curves;                         // in drawing order
    QList<PlotMarker> markers;
    QString emptyHint; // shown when no curve has a point
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
    void setVisibleDays(QDate first, QDate last);
    void showLastDays(int days); // ending at the last day with data (or today)
    void showAll();
    // The next content belongs to someone else: show all of it instead of keeping the visible range.
    void resetVisibleRange() { m_hadData = false; }
    QDate visibleFirst() const;
    QDate visibleLast() const;

    enum class Format { Png, Pdf, Svg };
    bool exportTo(const QString& path, Format format, QSize size) const;
    // Draws the chart as vector graphics into target on any painter (a PDF page, a printer), laid out as it
    // would be at logicalSize pixels and scaled to fit.
    void render(QPainter& painter, const QRectF& target, QSize logicalSize) const;
    // What the hover read-out says for a day: date, each measure's value, active interventions.
    QString describeDay(QDate day) const;

    // Switches to free-form content (setContent() switches back to a participant's chart). The owner
    // sets the content again after a language change.
    void setPlot(const PlotContent& content);
    bool isFreeForm() const { return m_freeForm; }
    // The clickable curve within a few pixels of pos (widget coordinates of plot()), or an empty id.
    QString curveAt(QPointF pos) const;
    QPointF pixelOf(double x, double y) const;               // where a plot coordinate is drawn, in plot() coordinates
    QStringList plotCurveIds() const;                        // for tests: the free-form curves drawn, in order
    QList<QPointF> plotCurvePoints(const QString& id) const; // for tests: what a curve drew, gaps left out
    int plotBandCount() const;
    int plotMarkerCount() const;

    // For tests: what is drawn.
    int graphCount() const;
    int bandCount() const;
    int eventCount() const;
    int adherenceTickCount() const;
    int lineSegmentCount(int graph) const; // runs of data between gaps in one graph
    QStringList tickLabels() const;
    QCustomPlot* plot() const { return m_plot; }

signals:
    void curveClicked(const QString& id); // a clickable free-form curve was clicked

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void rangeDays(QDate first, QDate last);
    void rangeLastDays(int days);
    void rangeAll();
    bool showsAll() const;  // the visible range is what rangeAll() set for the current content
    void updateDailyDots(); // discs on the daily values only when the visible days leave room for them
    void updateBandLabels();
    void showHover(QMouseEvent* event);
    QDate dataFirst() const;
    QDate dataLast() const;
    void rebuildPlot();
    void leaveFreeForm();
    void showPlotHover(QMouseEvent* event);
    void connectPlotClicks();

    QCustomPlot* m_plot;
    QList<ChartSeries> m_series;
    QList<ChartBand> m_bands;
    QList<ChartTick> m_ticks;
    QList<ChartZone> m_zones;
    int m_rollingDays = 7;
    int m_bandItems = 0;
    int m_eventItems = 0;
    bool m_hadData = false; // keep the visible range across refreshes of the same data
    bool m_freeForm = false;
    bool m_plotClicksConnected = false;
    PlotContent m_plotContent;
    QPointF m_pressedAt; // a click is a press and release at the same place, not a drag
};

} // namespace mb
