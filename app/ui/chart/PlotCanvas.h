// Private to the plot base (includes qcustomplot.h): the QCustomPlot the base owns, and the graph that draws a
// row of square marks cheaply. Only PlotBase.cpp includes this header.
#pragma once

#include <qcustomplot.h>

namespace mb {

// QCustomPlot with two economies: it lays out twice instead of drawing twice when the width changes the number of
// date ticks, and content set while it is hidden is drawn when it is next painted, at the size it is shown at.
class PlotCanvas : public QCustomPlot {
public:
    using QCustomPlot::QCustomPlot;

    // The legend row wraps into rows of two (a measure's daily line and its mean) when one row would not fit,
    // and into one item a row when two would not.
    void fitLegend();
    // As narrow as the legend can get (one item a row), not as wide as the row it happens to be in now: the width
    // it is given picks its wrap, so a minimum from the current wrap would keep a one-row legend wide forever.
    QSize minimumSizeHint() const override;
    // A replot now when the plot is on screen, else once, when it is next resized or painted.
    void replotWhenShown();

protected:
    void updateLayout() override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_stale = false;
};

// A row of square marks: squares that touch or overlap are drawn as the one rectangle they cover together. At a
// few days a pixel that is a handful of rectangles instead of thousands of squares, each of which costs as much
// to draw as a line across the plot.
class MarkRow : public QCPGraph {
public:
    using QCPGraph::QCPGraph;

protected:
    void drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters,
                         const QCPScatterStyle& style) const override;
};

} // namespace mb
