// Free-form charts for the analysis and cohort views: curves, filled bands and vertical markers on numeric
// axes (or the local-date axis), turned into primitives of the plot base. The owner sets the content again
// after a language change.
#pragma once

#include "ui/chart/PlotBase.h"

#include <optional>

namespace mb {

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
    bool inLegend = true;    // when it has a name
    bool antialiased = true; // off for a crowd of thin lines (the cohort's participants)
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

class PlotChart : public PlotBase {
    Q_OBJECT
public:
    explicit PlotChart(QWidget* parent = nullptr);

    void setPlot(const PlotContent& content);
    const PlotContent& content() const { return m_content; }

protected:
    // The hovered clickable curve's name, where it is on x and its value at the nearest point.
    QString hoverText(QPointF pos, double x) const override;

private:
    void fitRanges();

    PlotContent m_content;
};

} // namespace mb
