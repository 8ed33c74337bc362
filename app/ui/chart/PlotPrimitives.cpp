// The plot base's primitives: each one onto QCustomPlot and into the typed record of what was drawn.
#include "ui/chart/PlotBaseImpl.h"

#include <algorithm>
#include <cmath>

namespace mb {

namespace {

void setPoints(QCPGraph* graph, const QList<QPointF>& points)
{
    QVector<double> keys, values;
    keys.reserve(points.size());
    values.reserve(points.size());
    for (const QPointF& p : points) {
        keys.append(p.x());
        values.append(p.y());
    }
    graph->setData(keys, values, true);
}

void expand(std::optional<std::pair<QPointF, QPointF>>& extent, const QList<QPointF>& points)
{
    for (const QPointF& p : points) {
        if (!std::isfinite(p.y()))
            continue;
        if (!extent) {
            extent = std::pair{p, p};
            continue;
        }
        extent->first = {std::min(extent->first.x(), p.x()), std::min(extent->first.y(), p.y())};
        extent->second = {std::max(extent->second.x(), p.x()), std::max(extent->second.y(), p.y())};
    }
}

// x as a ratio of the plot's width (0 at the left), y in coordinates of axis.
void placeOnValue(QCPItemPosition* position, QCustomPlot* plot, QCPAxis* axis, double xRatio, double y)
{
    position->setAxes(plot->xAxis, axis);
    position->setAxisRect(plot->axisRect());
    position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    position->setTypeY(QCPItemPosition::ptPlotCoords);
    position->setCoords(xRatio, y);
}

} // namespace

// x in plot coordinates, y as a ratio of the plot's height (0 at the top).
void placeAt(QCPItemPosition* position, QCustomPlot* plot, double x, double yRatio)
{
    position->setAxes(plot->xAxis, plot->yAxis);
    position->setAxisRect(plot->axisRect());
    position->setTypeX(QCPItemPosition::ptPlotCoords);
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    position->setCoords(x, yRatio);
}

int PlotDrawn::segments() const
{
    int segments = points.isEmpty() ? 0 : 1;
    for (const QPointF& p : points)
        segments += qIsNaN(p.y()) ? 1 : 0;
    return segments;
}

QList<QPointF> PlotDrawn::finitePoints() const
{
    QList<QPointF> result;
    result.reserve(points.size());
    for (const QPointF& p : points)
        if (!qIsNaN(p.y()))
            result.append(p);
    return result;
}

QCPItemText* PlotBase::Impl::addLabel(const QString& text, const QColor& color)
{
    auto* label = new QCPItemText(plot);
    label->setLayer(bandsLayer);
    label->setColor(color);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setClipToAxisRect(true);
    if (labels == PlotLabels::Stacked) {
        QFont font = plot->font();
        font.setBold(true);
        label->setFont(font);
        label->setText(text);
    } else {
        label->setText(u' ' + text);
    }
    return label;
}

void PlotBase::addCurve(const PlotCurvePrimitive& c)
{
    QCPGraph* graph = d->plot->addGraph(d->plot->xAxis, d->valueAxis(c.axis));
    setPoints(graph, c.points);
    graph->setPen(c.line ? QPen(c.color, c.width, c.style) : QPen(Qt::NoPen));
    graph->setLineStyle(c.line ? QCPGraph::lsLine : QCPGraph::lsNone);
    if (c.dotSize > 0)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c.color, c.color, c.dotSize));
    graph->setAdaptiveSampling(true);
    graph->setAntialiased(c.antialiased);
    graph->setName(c.name);
    if (!c.inLegend || c.name.isEmpty())
        graph->removeFromLegend();
    if (c.dotsWhenRoomy && c.dotSize > 0)
        d->roomyDots.append(graph);
    if (c.clickable)
        d->clickable.append({graph, c.id});
    d->drawn.append({.kind = PlotDrawn::Kind::Curve,
                     .id = c.id,
                     .key = c.key,
                     .name = c.name,
                     .color = c.color,
                     .points = c.points,
                     .axis = c.axis,
                     .clickable = c.clickable});
}

void PlotBase::addArea(const PlotAreaPrimitive& a)
{
    QCPGraph* upper = d->plot->addGraph();
    setPoints(upper, a.upper);
    upper->setPen(Qt::NoPen);
    upper->removeFromLegend();
    QCPGraph* lower = d->plot->addGraph();
    setPoints(lower, a.lower);
    lower->setPen(Qt::NoPen);
    lower->setBrush(a.fill);
    lower->setChannelFillGraph(upper);
    lower->setName(a.name);
    if (a.name.isEmpty())
        lower->removeFromLegend();
    d->drawn.append(
        {.kind = PlotDrawn::Kind::Area, .id = a.id, .name = a.name, .color = a.fill, .points = a.lower + a.upper});
}

void PlotBase::addBand(const PlotBandPrimitive& b)
{
    auto* band = new QCPItemRect(d->plot);
    band->setLayer(bandsLayer);
    placeAt(band->topLeft, d->plot, b.from, 0);
    placeAt(band->bottomRight, d->plot, b.to, 1);
    band->setBrush(b.fill);
    band->setPen(Qt::NoPen);
    QCPItemText* label = d->addLabel(b.label, b.labelColor);
    if (d->labels == PlotLabels::Stacked)
        d->stacked.append({label, b.from + 0.5, true});
    else
        placeAt(label->position, d->plot, b.from, 0.015);
    d->drawn.append(
        {.kind = PlotDrawn::Kind::Band, .id = b.id, .name = b.label, .color = b.fill, .from = b.from, .to = b.to});
}

void PlotBase::addZone(const PlotZonePrimitive& z)
{
    QCPAxis* axis = d->valueAxis(z.axis);
    auto* zone = new QCPItemRect(d->plot);
    zone->setLayer(bandsLayer);
    placeOnValue(zone->topLeft, d->plot, axis, 0, z.to);
    placeOnValue(zone->bottomRight, d->plot, axis, 1, z.from);
    zone->setBrush(z.fill);
    zone->setPen(Qt::NoPen);
    auto* label = new QCPItemText(d->plot);
    label->setLayer(bandsLayer);
    placeOnValue(label->position, d->plot, axis, 0.995, (z.from + z.to) / 2);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setText(z.label);
    label->setColor(z.labelColor);
    label->setClipToAxisRect(true);
    d->drawn.append({.kind = PlotDrawn::Kind::Zone,
                     .id = z.id,
                     .name = z.label,
                     .color = z.fill,
                     .from = z.from,
                     .to = z.to,
                     .axis = z.axis});
}

void PlotBase::addMarker(const PlotMarkerPrimitive& m)
{
    auto* line = new QCPItemLine(d->plot);
    line->setLayer(bandsLayer);
    placeAt(line->start, d->plot, m.x, 0);
    placeAt(line->end, d->plot, m.x, 1);
    line->setPen(QPen(m.color, m.width, m.style));
    QCPItemText* label = d->addLabel(m.label, m.labelColor);
    if (d->labels == PlotLabels::Stacked)
        d->stacked.append({label, m.x, false});
    else
        placeAt(label->position, d->plot, m.x, 0.015);
    d->drawn.append(
        {.kind = PlotDrawn::Kind::Marker, .id = m.id, .name = m.label, .color = m.color, .from = m.x, .to = m.x});
}

void PlotBase::addRow(const PlotRowPrimitive& r)
{
    QCPGraph* g = new MarkRow(d->plot->xAxis, d->plot->yAxis);
    g->setLineStyle(QCPGraph::lsNone);
    const auto shape =
        r.shape == PlotRowPrimitive::Shape::Square ? QCPScatterStyle::ssSquare : QCPScatterStyle::ssCross;
    g->setScatterStyle(QCPScatterStyle(shape, QPen(r.color, 1), r.color, r.size));
    QList<QPointF> marks;
    marks.reserve(r.xs.size());
    for (double x : r.xs)
        marks.append({x, r.y});
    g->setData(r.xs, QVector<double>(r.xs.size(), r.y), true);
    g->removeFromLegend();
    if (!r.label.isEmpty()) {
        auto* label = new QCPItemText(d->plot);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.005, r.y);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setText(r.label);
        label->setColor(r.color.darker(140));
        label->setClipToAxisRect(true);
        label->setBrush(QColor(255, 255, 255, 190)); // readable over the row's first marks
        label->setPadding(QMargins(2, 0, 2, 0));
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        label->setFont(font);
    }
    d->drawn.append(
        {.kind = PlotDrawn::Kind::Row, .id = r.id, .key = r.key, .name = r.label, .color = r.color, .points = marks});
}

void PlotBase::addHint(const QString& text)
{
    auto* hint = new QCPItemText(d->plot);
    hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    hint->position->setCoords(0.5, 0.45);
    hint->setText(text);
    hint->setColor(QColor(120, 120, 120));
    d->drawn.append({.kind = PlotDrawn::Kind::Hint, .name = text});
}

const QList<PlotDrawn>& PlotBase::drawn() const
{
    return d->drawn;
}

QList<PlotDrawn> PlotBase::drawn(PlotDrawn::Kind kind) const
{
    QList<PlotDrawn> result;
    std::copy_if(d->drawn.cbegin(), d->drawn.cend(), std::back_inserter(result),
                 [kind](const PlotDrawn& item) { return item.kind == kind; });
    return result;
}

const PlotDrawn* PlotBase::drawnItem(const QString& id) const
{
    const auto it =
        std::find_if(d->drawn.cbegin(), d->drawn.cend(), [&id](const PlotDrawn& item) { return item.id == id; });
    return it == d->drawn.cend() ? nullptr : &*it;
}

std::optional<std::pair<QPointF, QPointF>> PlotBase::dataExtent() const
{
    std::optional<std::pair<QPointF, QPointF>> extent;
    for (const PlotDrawn& item : std::as_const(d->drawn))
        if (item.kind == PlotDrawn::Kind::Curve || item.kind == PlotDrawn::Kind::Area)
            expand(extent, item.points);
    return extent;
}

} // namespace mb
