// The plot base: the QCustomPlot set up once, axes, range, hover, clicks, export (primitives: PlotPrimitives.cpp).
#include "core/Series.h"
#include "ui/chart/LocalDayTicker.h"
#include "ui/chart/PlotBaseImpl.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QPicture>
#include <QSvgGenerator>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace mb {

namespace {

constexpr double clickTolerance = 6; // pixels from a line that still count as on it

// Fixed steps without ticks below zero: rows of marks under a 0–10 scale get room without a "-2" beside them.
class NonNegativeTicker : public QCPAxisTickerFixed {
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override
    {
        QVector<double> ticks = QCPAxisTickerFixed::createTickVector(tickStep, range);
        ticks.removeIf([](double t) { return t < -1e-9; });
        return ticks;
    }
};

void applyAxisSpec(QCPAxis* axis, const PlotAxisSpec& spec, bool newTicker)
{
    if (newTicker) {
        if (spec.tickStep > 0) {
            auto fixed = QSharedPointer<NonNegativeTicker>::create();
            fixed->setTickStep(spec.tickStep);
            fixed->setScaleStrategy(QCPAxisTickerFixed::ssNone);
            axis->setTicker(fixed);
        } else {
            axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        }
    }
    axis->setLabel(spec.label);
    axis->setVisible(spec.visible);
    axis->grid()->setVisible(spec.grid);
    if (spec.range)
        axis->setRange(spec.range->first, spec.range->second);
}

// The legend goes under the plot, in a row, so it never hides data.
void putLegendUnderPlot(QCustomPlot* plot)
{
    auto* legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, legendRow);
    plot->axisRect()->insetLayout()->take(plot->legend);
    legendRow->addElement(0, 0, plot->legend);
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setVisible(true);
}

} // namespace

void PlotBase::Impl::updateRoomyDots()
{
    // Years of daily dots at a few days a pixel are thousands of overlapping discs that cost most of a
    // replot and show nothing the faint line does not: dots only where there is room for them.
    const int pixels = plot->axisRect() ? std::max(plot->axisRect()->width(), plot->width()) : plot->width();
    const bool dense = plot->xAxis->range().size() * 3 > pixels;
    for (QCPGraph* g : std::as_const(roomyDots)) {
        QCPScatterStyle style = g->scatterStyle();
        style.setShape(dense ? QCPScatterStyle::ssNone : QCPScatterStyle::ssDisc);
        g->setScatterStyle(style);
    }
}

void PlotBase::Impl::updateStackedLabels()
{
    const double visibleFirst = dayCoordinate(dateFromCoordinate(plot->xAxis->range().lower + 0.5));
    int row = 0;
    for (const StackedLabel& label : std::as_const(stacked)) {
        // Keep the label of a band that began off-screen at the left edge, stacked so they do not overlap.
        const double x = label.band ? std::max(label.x, visibleFirst) - 0.3 : label.x + 0.3;
        placeAt(label.text->position, plot, x, 0.015 + 0.06 * (row++ % 3));
    }
}

PlotBase::PlotBase(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Impl>())
{
    QCustomPlot* plot = d->plot = new PlotCanvas(this);
    // A line is one drawPolyline, not a drawLine per segment (which QCustomPlot's "fast polylines" hint does, each
    // call setting up the raster engine's line stroker again): the 2,000 cohort lines of a year replot in 72 ms
    // rather than 98-108 ms, and a participant's ten years in 1.3x QCustomPlot's default rather than 1.4x.
    plot->setPlottingHint(QCP::phFastPolylines, false);
    // QCustomPlot's constructor queues a replot; ours are made when there is something to draw, at the size shown.
    QCoreApplication::removePostedEvents(plot, QEvent::MetaCall);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot);
    plot->setObjectName(QStringLiteral("plot"));
    plot->setMinimumHeight(260);
    plot->addLayer(bandsLayer, plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    // Nothing is drawn on the overlay layer (no selection rectangle): its own paint buffer, a window-sized pixmap
    // filled and composited on every replot, would cost memory and time for nothing (a tenth of the first frame).
    plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    plot->xAxis->setTicker(QSharedPointer<LocalDayTicker>::create());
    applyAxisSpec(plot->yAxis, d->axes.left, true);
    applyAxisSpec(plot->yAxis2, d->axes.right, true);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->yAxis2})
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 25), 0));
    plot->yAxis->grid()->setZeroLinePen(Qt::NoPen);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    putLegendUnderPlot(plot);
    plot->setMouseTracking(true);
    connect(plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QString text = d->plot->axisRect()->rect().contains(event->pos())
                                 ? hoverText(event->position(), d->plot->xAxis->pixelToCoord(event->position().x()))
                                 : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, d->plot);
    });
    connect(plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { d->pressedAt = event->position(); });
    connect(plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* event) {
        if (event->button() != Qt::LeftButton || (event->position() - d->pressedAt).manhattanLength() > clickTolerance)
            return;
        const QString id = curveAt(event->position());
        if (!id.isEmpty())
            emit curveClicked(id);
    });
    connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        d->updateRoomyDots();
        d->updateStackedLabels();
        visibleRangeChanged();
    });
}

PlotBase::~PlotBase() = default;

void PlotBase::clear()
{
    d->plot->clearGraphs();
    d->plot->clearItems();
    d->drawn.clear();
    d->roomyDots.clear();
    d->clickable.clear();
    d->stacked.clear();
}

void PlotBase::setAxes(const PlotAxes& axes)
{
    QCustomPlot* plot = d->plot;
    if (axes.dateAxis != d->axes.dateAxis) {
        if (axes.dateAxis)
            plot->xAxis->setTicker(QSharedPointer<LocalDayTicker>::create());
        else
            plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    plot->xAxis->setLabel(axes.xLabel);
    applyAxisSpec(plot->yAxis, axes.left, axes.left.tickStep != d->axes.left.tickStep);
    applyAxisSpec(plot->yAxis2, axes.right, axes.right.tickStep != d->axes.right.tickStep);
    d->axes = axes;
}

const PlotAxes& PlotBase::axes() const
{
    return d->axes;
}

void PlotBase::setLegendVisible(bool visible)
{
    d->plot->legend->setVisible(visible);
}

void PlotBase::setLabelPlacement(PlotLabels placement)
{
    d->labels = placement;
}

void PlotBase::setXRange(double lower, double upper)
{
    d->plot->xAxis->setRange(lower, upper);
}

std::pair<double, double> PlotBase::xRange() const
{
    const QCPRange range = d->plot->xAxis->range();
    return {range.lower, range.upper};
}

void PlotBase::replot()
{
    d->updateRoomyDots();
    d->updateStackedLabels();
    d->plot->replot();
}

void PlotBase::replotWhenShown()
{
    d->updateRoomyDots();
    d->updateStackedLabels();
    d->plot->replotWhenShown();
}

QStringList PlotBase::tickLabels() const
{
    d->plot->replot(QCustomPlot::rpImmediateRefresh);
    return d->plot->xAxis->tickVectorLabels().toList();
}

QString PlotBase::curveAt(QPointF pos) const
{
    QString best;
    double bestDistance = clickTolerance;
    for (const auto& [graph, id] : std::as_const(d->clickable)) {
        const double distance = graph->selectTest(pos, false);
        if (distance >= 0 && distance <= bestDistance) {
            bestDistance = distance;
            best = id;
        }
    }
    return best;
}

QPointF PlotBase::pixelOf(double x, double y) const
{
    return {d->plot->xAxis->coordToPixel(x), d->plot->yAxis->coordToPixel(y)};
}

bool PlotBase::exportTo(const QString& path, Format format, QSize size) const
{
    switch (format) {
    case Format::Png:
        return d->plot->savePng(path, size.width(), size.height(), 1.0, -1, 144);
    case Format::Pdf:
        return d->plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("MoodBiome"));
    case Format::Svg:
        break;
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(QStringLiteral("MoodBiome"));
    QCPPainter painter;
    if (!painter.begin(&svg))
        return false;
    d->plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

void PlotBase::renderTo(QPainter& painter, const QRectF& target, QSize logicalSize) const
{
    // QCustomPlot draws only on its own QCPPainter; recording into a QPicture keeps every line and glyph a
    // vector when the picture is played back on the caller's painter.
    QPicture picture;
    QCPPainter recorder(&picture);
    // A page is narrower than a window: two measures (daily and mean) a legend row, not all in one.
    QCPLegend* legend = d->plot->legend;
    const int wrap = legend->wrap();
    legend->setWrap(4);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    d->plot->toPainter(&recorder, logicalSize.width(), logicalSize.height());
    legend->setWrap(wrap);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    recorder.end();
    // Playing a picture back scales it by the ratio of the two devices' resolutions; undo that here.
    const QPaintDevice* device = painter.device();
    const double dpiX = device ? double(picture.logicalDpiX()) / device->logicalDpiX() : 1.0;
    const double dpiY = device ? double(picture.logicalDpiY()) / device->logicalDpiY() : 1.0;
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(dpiX * target.width() / logicalSize.width(), dpiY * target.height() / logicalSize.height());
    painter.drawPicture(0, 0, picture);
    painter.restore();
}

QString PlotBase::hoverText(QPointF, double) const
{
    return {};
}

void PlotBase::enableKeyboardNavigation()
{
    d->plot->setFocusPolicy(Qt::StrongFocus);
    d->plot->installEventFilter(this);
}

void PlotBase::setPlotAccessibleText(const QString& name, const QString& description)
{
    if (d->plot->accessibleName() != name)
        d->plot->setAccessibleName(name);
    if (d->plot->accessibleDescription() != description)
        d->plot->setAccessibleDescription(description);
}

QWidget* PlotBase::plotWidget() const
{
    return d->plot;
}

void PlotBase::keyboardHome()
{
    if (const auto extent = dataExtent()) {
        setXRange(extent->first.x(), extent->second.x());
        replot();
    }
}

bool PlotBase::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != d->plot || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    QCPAxis* x = d->plot->xAxis;
    switch (key->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on many keyboards
        x->scaleRange(0.8, x->range().center());
        break;
    case Qt::Key_Minus:
        x->scaleRange(1.25, x->range().center());
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const double step = x->range().size() / 10;
        x->moveRange(key->key() == Qt::Key_Left ? -step : step);
        break;
    }
    case Qt::Key_Home:
        keyboardHome();
        return true;
    default:
        return false;
    }
    replot();
    return true;
}

} // namespace mb
