// Private to the plot base: its state behind the pimpl and the placement helpers its files share. Only the
// base's own .cpp files include this header (it includes qcustomplot.h).
#pragma once

#include "ui/chart/PlotBase.h"
#include "ui/chart/PlotCanvas.h"

namespace mb {

inline const QString bandsLayer = QStringLiteral("bands"); // below the grid: bands, zones, markers, their labels

// x in plot coordinates, y as a ratio of the plot's height (0 at the top).
void placeAt(QCPItemPosition* position, QCustomPlot* plot, double x, double yRatio);

struct PlotBase::Impl {
    struct StackedLabel {
        QCPItemText* text;
        double x;  // a band's first day or a marker's x
        bool band; // a band's label follows the left edge when the band began off-screen
    };

    PlotCanvas* plot = nullptr;
    PlotAxes axes;
    PlotLabels labels = PlotLabels::AtTop;
    QList<PlotDrawn> drawn;
    QList<QCPGraph*> roomyDots;
    QList<std::pair<QCPGraph*, QString>> clickable;
    QList<StackedLabel> stacked;
    QPointF pressedAt; // a click is a press and release at the same place, not a drag

    QCPAxis* valueAxis(PlotAxis axis) const { return axis == PlotAxis::Right ? plot->yAxis2 : plot->yAxis; }
    QCPItemText* addLabel(const QString& text, const QColor& color);
    void updateRoomyDots();
    void updateStackedLabels();
};

} // namespace mb
