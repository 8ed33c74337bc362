// The plot base: the one widget that owns a QCustomPlot (kept private in PlotBase.cpp) and draws typed
// primitives on it. Builders (ParticipantChart, PlotChart) turn their data into primitives; nothing else sees
// a QCustomPlot type.
//
// How a builder adds something to the chart:
//   1. clear() (keeps the axes and the visible range), then setAxes() when they change.
//   2. add the primitives, in drawing order within their kind: addCurve() for a line and/or dots over (x, y)
//      points (a NaN y leaves a gap), addArea() for the shaded area between two curves, addBand() for a
//      shaded x-range across the full height (optionally labelled), addZone() for a shaded y-range across the
//      full width, addMarker() for a vertical line at an x (optionally labelled), addRow() for a row of small
//      marks at a fixed y (adherence ticks, tag marks), addHint() for a centred message.
//   3. replotWhenShown() (or replot()).
// Every primitive is recorded in drawn(), a typed list in drawing order that tests and hover code read; give
// a primitive an id (and a key, e.g. a measure's) to find it there. On the participant chart's date axis x is
// dayCoordinate() (core/Series.h) and a day's band spans dayCoordinate(day) ± 0.5.
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QPainter;

namespace mb {

enum class PlotAxis { Left, Right };

struct PlotCurvePrimitive {
    QString id;   // curveClicked() reports it for a clickable curve
    QString key;  // what the curve belongs to (a measure's key), for tests and builders
    QString name; // legend text
    QColor color;
    QList<QPointF> points; // a NaN y leaves a gap
    PlotAxis axis = PlotAxis::Left;
    double width = 1;
    Qt::PenStyle style = Qt::SolidLine;
    bool line = true;
    double dotSize = 0;         // discs of this diameter on the points; 0: none
    bool dotsWhenRoomy = false; // the discs only while the visible x-range leaves three pixels a unit
    bool clickable = false;
    bool inLegend = true;    // when it has a name
    bool antialiased = true; // off for a crowd of thin lines: rasterised several times faster
};

struct PlotAreaPrimitive { // the area between two curves with the same x values
    QString id;
    QString name; // legend text; none: not in the legend
    QColor fill;  // with its alpha
    QList<QPointF> lower;
    QList<QPointF> upper;
};

struct PlotBandPrimitive { // an x-range across the full height, such as an intervention's days
    QString id;
    QString label;
    QColor fill; // with its alpha
    QColor labelColor;
    double from = 0;
    double to = 0;
};

struct PlotZonePrimitive { // a y-range across the full width, such as a questionnaire's severity band
    QString id;
    QString label; // at the right edge
    QColor fill;   // with its alpha
    QColor labelColor;
    double from = 0;
    double to = 0;
    PlotAxis axis = PlotAxis::Right;
};

struct PlotMarkerPrimitive { // a vertical line at x
    QString id;
    QString label;
    QColor color;
    QColor labelColor;
    double x = 0;
    double width = 1.5;
    Qt::PenStyle style = Qt::DashLine;
};

// Band and marker labels are placed either at the top of the plot, at the primitive's x, or in a stack of
// three rows that keeps the label of a band begun off-screen at the left edge (the participant chart's).
enum class PlotLabels { AtTop, Stacked };

struct PlotRowPrimitive { // a row of small marks at a fixed y: one mark per x
    enum class Shape { Square, Cross };
    QString id;
    QString key;
    QColor color;
    QList<double> xs;
    double y = 0;
    Shape shape = Shape::Square;
    double size = 5;
    QString label; // written at the left edge of the plot, beside the row (drawn()'s name)
};

// What the base drew, one entry per primitive in the order it was added.
struct PlotDrawn {
    enum class Kind { Curve, Area, Band, Zone, Marker, Row, Hint };
    Kind kind = Kind::Curve;
    QString id;
    QString key;
    QString name; // a curve's or area's legend text, a band's, zone's or marker's label, a hint's text
    QColor color;
    QList<QPointF> points; // a curve's points (NaN gaps included), an area's lower then upper, a row's marks
    double from = 0;       // a band's or zone's range, a marker's x (from == to)
    double to = 0;
    PlotAxis axis = PlotAxis::Left;
    bool clickable = false;
    bool visible = true;

    int segments() const;                // runs of points between gaps
    QList<QPointF> finitePoints() const; // the points, gaps left out
};

struct PlotAxisSpec {
    QString label;
    bool visible = true;
    bool grid = true;
    double tickStep = 0; // 0: QCustomPlot's automatic ticks
    std::optional<std::pair<double, double>> range;
};

struct PlotAxes {
    bool dateAxis = true; // x in dayCoordinate() units, ticks on local days
    QString xLabel;
    PlotAxisSpec left;
    PlotAxisSpec right{.visible = false, .grid = false};
};

class PlotBase : public QWidget {
    Q_OBJECT
public:
    explicit PlotBase(QWidget* parent = nullptr);
    ~PlotBase() override;

    void clear(); // every primitive; axes and visible range stay
    void setAxes(const PlotAxes& axes);
    const PlotAxes& axes() const;
    void setLegendVisible(bool visible);
    void setLabelPlacement(PlotLabels placement);

    void addCurve(const PlotCurvePrimitive& curve);
    void addArea(const PlotAreaPrimitive& area);
    void addBand(const PlotBandPrimitive& band);
    void addZone(const PlotZonePrimitive& zone);
    void addMarker(const PlotMarkerPrimitive& marker);
    void addRow(const PlotRowPrimitive& row);
    void addHint(const QString& text); // centred, grey

    // What was drawn, in order; the entries of one kind; the entry with an id (nullptr when none).
    const QList<PlotDrawn>& drawn() const;
    QList<PlotDrawn> drawn(PlotDrawn::Kind kind) const;
    const PlotDrawn* drawnItem(const QString& id) const;
    // The x and y extent of the curves' and areas' finite points, or nothing when there are none.
    std::optional<std::pair<QPointF, QPointF>> dataExtent() const;

    void setXRange(double lower, double upper);
    std::pair<double, double> xRange() const;
    void replot();                  // now
    void replotWhenShown();         // now when on screen, else once when next shown, at the size it is shown at
    QStringList tickLabels() const; // the x-axis labels, laid out at the current size

    // The plot for the keyboard and screen readers: a Tab stop (Qt::StrongFocus) where + and - zoom in and out
    // around the middle, Left and Right move by a tenth of the visible range, and Home calls keyboardHome().
    // Without it the plot is left as QCustomPlot makes it.
    void enableKeyboardNavigation();
    // What a screen reader says on the plot: its accessible name and description.
    void setPlotAccessibleText(const QString& name, const QString& description);
    QWidget* plotWidget() const; // the widget that takes the focus and the mouse

    // The clickable curve within a few pixels of pos (coordinates of the plot child widget), or an empty id.
    QString curveAt(QPointF pos) const;
    QPointF pixelOf(double x, double y) const; // where a plot coordinate is drawn, in the same coordinates

    enum class Format { Png, Pdf, Svg };
    bool exportTo(const QString& path, Format format, QSize size) const;
    // Draws the chart as vector graphics into target on any painter (a PDF page, a printer), laid out as it
    // would be at logicalSize pixels and scaled to fit.
    void renderTo(QPainter& painter, const QRectF& target, QSize logicalSize) const;

signals:
    void curveClicked(const QString& id); // a clickable curve was clicked

protected:
    // The hover read-out at pos (plot widget coordinates) and plot x; empty hides it. Default: none.
    virtual QString hoverText(QPointF pos, double x) const;
    // Home on the focused plot (enableKeyboardNavigation): shows the curves' whole x extent by default.
    virtual void keyboardHome();
    // The visible x range changed: by the mouse, the keyboard or a setter.
    virtual void visibleRangeChanged() {}
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mb
