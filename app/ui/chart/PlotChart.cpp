#include "ui/chart/PlotChart.h"

#include "core/Series.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mb {

PlotChart::PlotChart(QWidget* parent)
    : PlotBase(parent)
{
    setObjectName(QStringLiteral("chartWidget"));
}

void PlotChart::setPlot(const PlotContent& content)
{
    m_content = content;
    const PlotContent& c = m_content;
    clear();
    setAxes({.dateAxis = c.dateAxis, .xLabel = c.xLabel, .left = {.label = c.yLabel}});
    bool anyNamed = false;
    for (const PlotBand& band : c.bands) {
        QColor fill = band.color;
        fill.setAlpha(60);
        addArea({.name = band.name, .fill = fill, .lower = band.lower, .upper = band.upper});
        anyNamed |= !band.name.isEmpty();
    }
    bool anyPoint = false;
    for (const PlotCurve& curve : c.curves) {
        addCurve({.id = curve.id,
                  .name = curve.name,
                  .color = curve.color,
                  .points = curve.points,
                  .width = curve.width,
                  .style = curve.style,
                  .line = curve.line,
                  .dotSize = curve.dots ? 5.0 : 0.0,
                  .clickable = curve.clickable,
                  .inLegend = curve.inLegend,
                  .antialiased = curve.antialiased});
        anyNamed |= curve.inLegend && !curve.name.isEmpty();
        anyPoint |= !curve.points.isEmpty();
    }
    for (const PlotMarker& marker : c.markers)
        addMarker(
            {.label = marker.label, .color = marker.color, .labelColor = marker.color.darker(135), .x = marker.x});
    if (!anyPoint && !c.emptyHint.isEmpty())
        addHint(c.emptyHint);
    setLegendVisible(anyNamed);
    fitRanges();
    replot();
}

// x: the data with a margin; y: the content's range, or the data's with a margin.
void PlotChart::fitRanges()
{
    const auto extent = dataExtent();
    if (extent) {
        const double pad = m_content.dateAxis ? 1.5 : 0.5;
        setXRange(extent->first.x() - pad, extent->second.x() + pad);
    }
    PlotAxes fitted = axes();
    if (m_content.yRange) {
        fitted.left.range = m_content.yRange;
    } else if (extent) {
        const double margin = std::max(0.5, 0.06 * (extent->second.y() - extent->first.y()));
        fitted.left.range = std::pair(extent->first.y() - margin, extent->second.y() + margin);
    }
    setAxes(fitted);
}

QString PlotChart::hoverText(QPointF pos, double x) const
{
    const QString id = curveAt(pos);
    const auto curve = std::find_if(m_content.curves.cbegin(), m_content.curves.cend(),
                                    [&](const PlotCurve& c) { return !id.isEmpty() && c.id == id; });
    if (curve == m_content.curves.cend())
        return {};
    const QLocale locale;
    const QString where = m_content.dateAxis ? locale.toString(dateFromCoordinate(x), QLocale::ShortFormat)
                                             : locale.toString(std::lround(x));
    QString text = curve->name.isEmpty() ? id : curve->name;
    text += u'\n' + m_content.xLabel + QStringLiteral(": ") + where;
    // The curve's value at the nearest point, when there is one within half a unit.
    const auto nearest =
        std::min_element(curve->points.cbegin(), curve->points.cend(),
                         [x](const QPointF& a, const QPointF& b) { return std::abs(a.x() - x) < std::abs(b.x() - x); });
    if (nearest != curve->points.cend() && std::abs(nearest->x() - x) <= 0.5 && std::isfinite(nearest->y()))
        text += u'\n' + m_content.yLabel + QStringLiteral(": ") + locale.toString(nearest->y(), 'f', 1);
    return text;
}

} // namespace mb
