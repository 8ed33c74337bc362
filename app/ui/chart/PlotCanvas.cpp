#include "ui/chart/PlotCanvas.h"

#include <algorithm>
#include <numeric>

namespace mb {

namespace {

constexpr int pixelsPerDayTick = 95; // room for one label of the date axis

} // namespace

void PlotCanvas::fitLegend()
{
    if (!legend || width() <= 0 || legend->wrap() > 2)
        return; // another wrap was chosen on purpose (a page's, in renderTo())
    // The width of the rows with `wrap` items a row (0: all in one); item i goes to column i % wrap.
    const auto rowWidth = [this](int wrap) {
        const int count = legend->itemCount();
        const int perRow = wrap > 0 ? wrap : std::max(count, 1);
        QList<int> columns(perRow, 0);
        for (int i = 0; i < count; ++i)
            if (const QCPAbstractLegendItem* item = legend->item(i))
                columns[i % perRow] = std::max(columns[i % perRow], item->minimumOuterSizeHint().width());
        return std::accumulate(columns.cbegin(), columns.cend(), 0);
    };
    const int room = width() - 16;
    const int wrap = legend->itemCount() <= 1 || rowWidth(0) <= room  ? 0
                     : legend->itemCount() > 2 && rowWidth(2) <= room ? 2
                                                                      : 1;
    if (wrap != legend->wrap()) {
        legend->setWrap(wrap);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

QSize PlotCanvas::minimumSizeHint() const
{
    if (!legend || !legend->visible() || legend->wrap() == 1 || legend->wrap() > 2 || legend->itemCount() < 2)
        return QCustomPlot::minimumSizeHint();
    const int wrap = legend->wrap();
    legend->setWrap(1);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    const QSize hint = QCustomPlot::minimumSizeHint();
    legend->setWrap(wrap);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    return hint;
}

void PlotCanvas::replotWhenShown()
{
    if (isVisible()) {
        m_stale = false;
        replot();
    } else {
        m_stale = true;
    }
}

void PlotCanvas::updateLayout()
{
    fitLegend();
    QCustomPlot::updateLayout();
    // Ticks are made before the layout knows the width; when the width changes the tick count, lay out once
    // more before drawing, so the axis never keeps the count of a narrower (say, hidden) widget.
    for (int pass = 0; pass < 2; ++pass) {
        const auto ticker = xAxis->ticker();
        const int count = std::max(2, axisRect()->width() / pixelsPerDayTick);
        if (!ticker || count == ticker->tickCount())
            return;
        ticker->setTickCount(count);
        QCustomPlot::updateLayout();
    }
}

void PlotCanvas::resizeEvent(QResizeEvent* event)
{
    if (isVisible()) {
        m_stale = false;
        QCustomPlot::resizeEvent(event); // replots at the new size
    } else {
        // The size a widget gets while it is being shown is often not yet the one it is painted at.
        setViewport(rect());
        m_stale = true;
    }
}

void PlotCanvas::paintEvent(QPaintEvent* event)
{
    if (m_stale) {
        m_stale = false;
        replot(rpQueuedRefresh);
    }
    QCustomPlot::paintEvent(event);
}

void MarkRow::drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters, const QCPScatterStyle& style) const
{
    if (style.shape() != QCPScatterStyle::ssSquare || keyAxis()->orientation() != Qt::Horizontal)
        return QCPGraph::drawScatterPlot(painter, scatters, style);
    applyScattersAntialiasingHint(painter);
    style.applyTo(painter, mPen);
    const double size = style.size();
    const double reach = size + style.pen().widthF(); // squares this far apart still touch, outline included
    for (qsizetype first = 0; first < scatters.size();) {
        qsizetype last = first;
        while (last + 1 < scatters.size() && scatters[last + 1].y() == scatters[first].y() &&
               scatters[last + 1].x() >= scatters[last].x() && scatters[last + 1].x() - scatters[last].x() <= reach)
            ++last;
        if (last == first)
            style.drawShape(painter, scatters[first]);
        else
            painter->drawRect(QRectF(scatters[first].x() - size / 2, scatters[first].y() - size / 2,
                                     scatters[last].x() - scatters[first].x() + size, size));
        first = last + 1;
    }
}

} // namespace mb
