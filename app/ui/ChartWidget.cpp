// Drawing with QCustomPlot: x is whole local days (core/Series), so ticks never drift with DST; also the
// free-form curves, bands and markers of the analysis views.
#include "ui/ChartWidget.h"

#include "core/Clock.h"
#include "core/DayTicks.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QPicture>
#include <QSvgGenerator>
#include <QToolTip>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace mb {

namespace {

constexpr double adherenceRow = -0.55; // below 0 on the 0–10 axis
constexpr int pixelsPerDayTick = 95;   // room for one label of the date axis

// QCustomPlot with two economies: it lays out twice instead of drawing twice when the width changes the number of
// date ticks, and content set while it is hidden is drawn when it is next painted, at the size it is shown at.
class Plot : public QCustomPlot {
public:
    using QCustomPlot::QCustomPlot;

    // The legend row wraps into rows of two (a measure's daily line and its mean) when one row would not fit.
    void fitLegend()
    {
        if (!legend || width() <= 0 || (legend->wrap() != 0 && legend->wrap() != 2))
            return; // another wrap was chosen on purpose (a page's, in render())
        int needed = 0;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (const QCPAbstractLegendItem* item = legend->item(i))
                needed += item->minimumOuterSizeHint().width();
        const int wrap = needed > width() - 16 && legend->itemCount() > 2 ? 2 : 0;
        if (wrap != legend->wrap()) {
            legend->setWrap(wrap);
            legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        }
    }

    // A replot now when the plot is on screen, else once, when it is next resized or painted.
    void replotWhenShown()
    {
        if (isVisible()) {
            m_stale = false;
            replot();
        } else {
            m_stale = true;
        }
    }

protected:
    void updateLayout() override
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
    void resizeEvent(QResizeEvent* event) override
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
    void paintEvent(QPaintEvent* event) override
    {
        if (m_stale) {
            m_stale = false;
            replot(rpQueuedRefresh);
        }
        QCustomPlot::paintEvent(event);
    }

private:
    bool m_stale = false;
};

void replotWhenShown(QCustomPlot* plot)
{
    static_cast<Plot*>(plot)->replotWhenShown();
}

// A row of square ticks, one a day: squares that touch or overlap are drawn as the one rectangle they cover
// together. At a few days a pixel that is a handful of rectangles instead of thousands of squares, each of which
// costs as much to draw as a line across the plot.
class TickRow : public QCPGraph {
public:
    using QCPGraph::QCPGraph;

protected:
    void drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters,
                         const QCPScatterStyle& style) const override
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
};

// Ticks on local midnights from a ladder of calendar steps; labels in the default locale.
class LocalDayTicker : public QCPAxisTicker {
public:
    TickUnit unit() const { return m_unit; }

protected:
    QVector<double> createTickVector(double, const QCPRange& range) override
    {
        const DayTicks ticks = dayTicks(dateFromCoordinate(std::ceil(range.lower)),
                                        dateFromCoordinate(std::floor(range.upper)), tickCount());
        m_unit = ticks.unit;
        QVector<double> result;
        result.reserve(ticks.dates.size());
        for (const QDate& d : ticks.dates)
            result.append(dayCoordinate(d));
        return result;
    }
    int getSubTickCount(double) override { return 0; }
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        return dayTickLabel(dateFromCoordinate(tick), m_unit);
    }

private:
    TickUnit m_unit = TickUnit::Day;
};

// Daily points with NaN between segments, so QCustomPlot leaves a gap where data are missing.
void fillWithGaps(QCPGraph* graph, const QList<DailyPoint>& points, int maxGapDays)
{
    QVector<double> keys, values;
    keys.reserve(points.size() + 16);
    values.reserve(points.size() + 16);
    // The segments of splitAtGaps(), without copying them out first.
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double day = dayCoordinate(points[i].date);
        if (i > 0 && points[i - 1].date.daysTo(points[i].date) - 1 > maxGapDays) {
            keys.append(day - 0.5);
            values.append(qQNaN());
        }
        keys.append(day);
        values.append(points[i].value);
    }
    graph->setData(keys, values, true);
}

const DailyPoint* pointOn(const QList<DailyPoint>& points, QDate day)
{
    const auto it =
        std::lower_bound(points.cbegin(), points.cend(), day, [](const DailyPoint& p, QDate d) { return p.date < d; });
    return it != points.cend() && it->date == day ? &*it : nullptr;
}

void placeOnDays(QCPItemPosition* position, QCustomPlot* plot, double x, double yRatio)
{
    position->setAxes(plot->xAxis, plot->yAxis);
    position->setAxisRect(plot->axisRect());
    position->setTypeX(QCPItemPosition::ptPlotCoords);
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    position->setCoords(x, yRatio);
}

// The participant chart's axes: local days across, the 0–10 scale in steps of two up.
void useDayAxes(QCustomPlot* plot)
{
    plot->xAxis->setTicker(QSharedPointer<LocalDayTicker>::create());
    auto fixed = QSharedPointer<QCPAxisTickerFixed>::create();
    fixed->setTickStep(2);
    fixed->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->yAxis->setTicker(fixed);
    plot->yAxis->setRange(-1, 10.6);
}

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

// The data's extent over every graph on an axis, or nothing when there are no points.
std::optional<QCPRange> extent(QCustomPlot* plot, bool keys)
{
    std::optional<QCPRange> result;
    for (int i = 0; i < plot->graphCount(); ++i) {
        bool found = false;
        const QCPRange r = keys ? plot->graph(i)->getKeyRange(found) : plot->graph(i)->getValueRange(found);
        if (!found)
            continue;
        if (result)
            result->expand(r);
        else
            result = r;
    }
    return result;
}

// How many graphs carry a marking property (what kind of graph they are, for the test accessors).
int graphsMarked(const QCustomPlot* plot, const char* property)
{
    int count = 0;
    for (int i = 0; i < plot->graphCount(); ++i)
        count += plot->graph(i)->property(property).isValid() ? 1 : 0;
    return count;
}

constexpr double clickTolerance = 6; // pixels from a line that still count as on it

} // namespace

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
    , m_plot(new Plot(this))
{
    // QCustomPlot's constructor queues a replot; ours are made when there is something to draw, at the size shown.
    QCoreApplication::removePostedEvents(m_plot, QEvent::MetaCall);
    setObjectName(QStringLiteral("chartWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setMinimumHeight(260);
    m_plot->addLayer(QStringLiteral("bands"), m_plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    useDayAxes(m_plot);
    m_plot->xAxis->grid()->setPen(QPen(QColor(0, 0, 0, 25), 0));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0, 0, 0, 25), 0));
    m_plot->yAxis->grid()->setZeroLinePen(Qt::NoPen);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // The legend goes under the plot, in a row, so it never hides data.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setVisible(true);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartWidget::showHover);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        updateDailyDots();
        updateBandLabels();
    });
    rebuild();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setContent(const QList<ChartSeries>& series, const QList<ChartBand>& bands,
                             const QList<ChartTick>& ticks, int rollingDays)
{
    leaveFreeForm();
    // Showing everything (nothing zoomed, no range picked): the new content is shown whole too, so that
    // entries added on earlier or later days come into view. A range the user chose stays.
    if (showsAll())
        m_hadData = false;
    m_series = series;
    m_bands = bands;
    m_ticks = ticks;
    m_rollingDays = rollingDays;
    rebuild();
}

void ChartWidget::setZones(const QList<ChartZone>& zones)
{
    if (zones == m_zones && !m_freeForm)
        return; // nothing to redraw (the participant's chart usually has none)
    leaveFreeForm();
    m_zones = zones;
    rebuild();
}

void ChartWidget::rebuild()
{
    const QCPRange keep = m_plot->xAxis->range();
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_bandItems = 0;
    m_eventItems = 0;

    m_plot->yAxis->setLabel(tr("Score (0–10)"));
    QStringList secondaryLabels;
    bool anySecondary = false;
    for (const ChartSeries& s : std::as_const(m_series)) {
        QCPAxis* axis = s.secondaryAxis ? m_plot->yAxis2 : m_plot->yAxis;
        anySecondary |= s.secondaryAxis;
        if (s.secondaryAxis)
            secondaryLabels << (s.unit.isEmpty() ? s.label : QStringLiteral("%1 (%2)").arg(s.label, s.unit));
        QColor faint = s.color;
        faint.setAlpha(110);
        QCPGraph* daily = m_plot->addGraph(m_plot->xAxis, axis);
        fillWithGaps(daily, s.daily, s.maxGapDays);
        daily->setAdaptiveSampling(true);
        if (s.rolling.isEmpty()) { // scores that are not averaged, such as questionnaire totals
            daily->setName(s.label);
            daily->setPen(QPen(s.color, 1));
            daily->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.color, s.color, 6));
            continue;
        }
        daily->setName(tr("%1, daily").arg(s.label));
        daily->setPen(QPen(faint, 1));
        daily->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, faint, faint, 4));
        daily->setProperty("dailyDots", true);
        QCPGraph* rolling = m_plot->addGraph(m_plot->xAxis, axis);
        rolling->setName(tr("%1, %2-day mean").arg(s.label).arg(m_rollingDays));
        rolling->setPen(QPen(s.color, 1));
        rolling->setAdaptiveSampling(true);
        fillWithGaps(rolling, s.rolling, s.maxGapDays);
    }
    // Without 0–10 series (a questionnaire history, say) the right-hand axis carries the grid alone.
    const bool anyPrimary =
        std::any_of(m_series.cbegin(), m_series.cend(), [](const ChartSeries& s) { return !s.secondaryAxis; });
    m_plot->yAxis->setVisible(anyPrimary || m_series.isEmpty());
    m_plot->yAxis2->grid()->setVisible(!anyPrimary && anySecondary);
    m_plot->yAxis2->grid()->setPen(m_plot->yAxis->grid()->pen());
    m_plot->yAxis2->setVisible(anySecondary);
    m_plot->yAxis2->setLabel(secondaryLabels.join(QStringLiteral(" · ")));
    if (anySecondary) {
        bool found = false;
        QCPRange range(0, 1);
        for (int i = 0; i < m_plot->graphCount(); ++i)
            if (m_plot->graph(i)->valueAxis() == m_plot->yAxis2) {
                const QCPRange r = m_plot->graph(i)->getValueRange(found, QCP::sdBoth);
                if (found)
                    range.expand(r);
            }
        m_plot->yAxis2->setRange(std::min(0.0, range.lower), range.upper * 1.08 + 0.5);
    }

    for (const ChartZone& z : std::as_const(m_zones)) {
        auto* zone = new QCPItemRect(m_plot);
        zone->setLayer(QStringLiteral("bands"));
        for (QCPItemPosition* corner : {zone->topLeft, zone->bottomRight}) {
            corner->setAxes(m_plot->xAxis, m_plot->yAxis2);
            corner->setAxisRect(m_plot->axisRect());
            corner->setTypeX(QCPItemPosition::ptAxisRectRatio);
            corner->setTypeY(QCPItemPosition::ptPlotCoords);
        }
        zone->topLeft->setCoords(0, z.to);
        zone->bottomRight->setCoords(1, z.from);
        QColor fill = z.color;
        fill.setAlpha(45);
        zone->setBrush(fill);
        zone->setPen(Qt::NoPen);
        auto* label = new QCPItemText(m_plot);
        label->setLayer(QStringLiteral("bands"));
        label->position->setAxes(m_plot->xAxis, m_plot->yAxis2);
        label->position->setAxisRect(m_plot->axisRect());
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.995, (z.from + z.to) / 2);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setText(z.label);
        label->setColor(z.color.darker(160));
        label->setClipToAxisRect(true);
    }
    if (!m_zones.isEmpty()) {
        m_plot->yAxis2->setVisible(true);
        m_plot->yAxis2->setRange(m_zones.first().from, m_zones.last().to);
    }

    // Adherence: one row of ticks under the 0–10 scale, in the intervention's colour; misses in grey.
    QMap<QRgb, QVector<double>> taken;
    QVector<double> missed;
    for (const ChartTick& t : std::as_const(m_ticks))
        (t.taken ? taken[t.color.rgb()] : missed).append(dayCoordinate(t.day));
    auto addTicks = [this](const QVector<double>& days, const QColor& color, QCPScatterStyle::ScatterShape shape) {
        QCPGraph* g = new TickRow(m_plot->xAxis, m_plot->yAxis);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(shape, QPen(color, 1), color, 5));
        g->setData(days, QVector<double>(days.size(), adherenceRow), true);
        g->removeFromLegend();
        g->setProperty("adherence", true);
    };
    for (auto it = taken.cbegin(); it != taken.cend(); ++it)
        addTicks(*it, QColor::fromRgb(it.key()), QCPScatterStyle::ssSquare);
    if (!missed.isEmpty())
        addTicks(missed, QColor(150, 150, 150), QCPScatterStyle::ssCross);

    for (const ChartBand& b : std::as_const(m_bands)) {
        QColor line = b.color;
        if (b.event) {
            auto* marker = new QCPItemLine(m_plot);
            marker->setLayer(QStringLiteral("bands"));
            placeOnDays(marker->start, m_plot, dayCoordinate(b.first), 0);
            placeOnDays(marker->end, m_plot, dayCoordinate(b.first), 1);
            marker->setPen(QPen(line, 2, Qt::DashLine));
            marker->setProperty("event", true);
            ++m_eventItems;
        } else {
            auto* band = new QCPItemRect(m_plot);
            band->setLayer(QStringLiteral("bands"));
            placeOnDays(band->topLeft, m_plot, dayCoordinate(b.first) - 0.5, 0);
            placeOnDays(band->bottomRight, m_plot, dayCoordinate(b.last) + 0.5, 1);
            QColor fill = b.color;
            fill.setAlpha(38);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            band->setProperty("band", true);
            ++m_bandItems;
        }
        auto* label = new QCPItemText(m_plot);
        label->setLayer(QStringLiteral("bands"));
        label->setText(b.label);
        label->setColor(line.darker(135));
        QFont font = m_plot->font();
        font.setBold(true);
        label->setFont(font);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setClipToAxisRect(true);
        label->setProperty("bandIndex", int(&b - m_bands.constData()));
    }

    if (m_series.isEmpty() ||
        std::all_of(m_series.cbegin(), m_series.cend(), [](const ChartSeries& s) { return s.daily.isEmpty(); })) {
        auto* empty = new QCPItemText(m_plot);
        empty->position->setType(QCPItemPosition::ptAxisRectRatio);
        empty->position->setCoords(0.5, 0.45);
        empty->setText(tr("No values recorded for the chosen measures yet.\nPress Ctrl+N (or “New entry…”) to record "
                          "how you feel today."));
        empty->setColor(QColor(120, 120, 120));
        empty->setProperty("emptyHint", true);
    }

    m_plot->legend->setVisible(!m_series.isEmpty());
    const bool hasData = dataFirst().isValid();
    if (m_hadData && hasData)
        m_plot->xAxis->setRange(keep);
    else
        rangeAll();
    m_hadData = hasData;
    updateDailyDots();
    updateBandLabels();
    replotWhenShown(m_plot);
}

void ChartWidget::updateBandLabels()
{
    const QDate visibleFirst = this->visibleFirst();
    int row = 0;
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto* label = qobject_cast<QCPItemText*>(m_plot->item(i));
        if (!label || !label->property("bandIndex").isValid())
            continue;
        const ChartBand& b = m_bands[label->property("bandIndex").toInt()];
        // Keep the label of a band that began off-screen at the left edge, stacked so they do not overlap.
        const double x = b.event ? dayCoordinate(b.first) + 0.3 : dayCoordinate(std::max(b.first, visibleFirst)) - 0.3;
        placeOnDays(label->position, m_plot, x, 0.015 + 0.06 * (row++ % 3));
    }
}

QDate ChartWidget::dataFirst() const
{
    QDate first;
    for (const ChartSeries& s : m_series)
        if (!s.daily.isEmpty() && (!first.isValid() || s.daily.first().date < first))
            first = s.daily.first().date;
    for (const ChartBand& b : m_bands)
        if (!first.isValid() || b.first < first)
            first = b.first;
    return first;
}

QDate ChartWidget::dataLast() const
{
    QDate last;
    for (const ChartSeries& s : m_series)
        if (!s.daily.isEmpty() && s.daily.last().date > last)
            last = s.daily.last().date;
    for (const ChartBand& b : m_bands)
        if (b.last > last)
            last = b.last;
    return last;
}

void ChartWidget::setVisibleDays(QDate first, QDate last)
{
    rangeDays(first, last);
    m_plot->replot();
}

void ChartWidget::showLastDays(int days)
{
    rangeLastDays(days);
    m_plot->replot();
}

void ChartWidget::showAll()
{
    rangeAll();
    m_plot->replot();
}

// The range setters below leave the replot to their caller, so that a rebuild draws once.
void ChartWidget::rangeDays(QDate first, QDate last)
{
    m_plot->xAxis->setRange(dayCoordinate(first) - 0.5, dayCoordinate(last) + 0.5);
}

void ChartWidget::rangeLastDays(int days)
{
    const QDate last = dataLast().isValid() ? dataLast() : clock().today();
    rangeDays(last.addDays(-(days - 1)), last);
}

void ChartWidget::rangeAll()
{
    const QDate first = dataFirst(), last = dataLast();
    if (first.isValid())
        rangeDays(first.addDays(-1), last.addDays(1));
    else
        rangeLastDays(30);
}

bool ChartWidget::showsAll() const
{
    const QDate first = dataFirst(), last = dataLast();
    if (!first.isValid())
        return false;
    const QCPRange range = m_plot->xAxis->range();
    return std::abs(range.lower - (dayCoordinate(first.addDays(-1)) - 0.5)) < 1e-6 &&
           std::abs(range.upper - (dayCoordinate(last.addDays(1)) + 0.5)) < 1e-6;
}

void ChartWidget::updateDailyDots()
{
    // Years of daily dots at a few days a pixel are thousands of overlapping discs that cost most of a
    // replot and show nothing the faint line does not: dots only where there is room for them.
    const int pixels = m_plot->axisRect() ? std::max(m_plot->axisRect()->width(), m_plot->width()) : width();
    const bool dense = m_plot->xAxis->range().size() * 3 > pixels;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph* g = m_plot->graph(i);
        if (!g->property("dailyDots").toBool())
            continue;
        QCPScatterStyle style = g->scatterStyle();
        style.setShape(dense ? QCPScatterStyle::ssNone : QCPScatterStyle::ssDisc);
        g->setScatterStyle(style);
    }
}

QDate ChartWidget::visibleFirst() const
{
    return dateFromCoordinate(m_plot->xAxis->range().lower + 0.5);
}

QDate ChartWidget::visibleLast() const
{
    return dateFromCoordinate(m_plot->xAxis->range().upper - 0.5);
}

QString ChartWidget::describeDay(QDate day) const
{
    QStringList lines{QLocale().toString(day, QLocale::LongFormat)};
    const QLocale locale;
    for (const ChartSeries& s : m_series) {
        const DailyPoint* value = pointOn(s.daily, day);
        const DailyPoint* mean = pointOn(s.rolling, day);
        if (!value)
            continue;
        QString line = tr("%1: %2").arg(s.label, locale.toString(value->value, 'g', 4));
        if (mean)
            line += u' ' + tr("(%1-day mean %2)").arg(m_rollingDays).arg(locale.toString(mean->value, 'f', 1));
        lines << line;
    }
    QStringList active;
    for (const ChartBand& b : m_bands)
        if (day >= b.first && day <= b.last)
            active << b.label;
    if (!active.isEmpty())
        lines << tr("Active: %1").arg(active.join(QStringLiteral(", ")));
    for (const ChartTick& t : m_ticks)
        if (t.day == day && !t.taken)
            lines << tr("Not taken that day");
    return lines.join(u'\n');
}

void ChartWidget::showHover(QMouseEvent* event)
{
    if (m_freeForm)
        return showPlotHover(event);
    if (!m_plot->axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const QDate day = dateFromCoordinate(m_plot->xAxis->pixelToCoord(event->pos().x()));
    QToolTip::showText(event->globalPosition().toPoint(), describeDay(day), m_plot);
}

bool ChartWidget::exportTo(const QString& path, Format format, QSize size) const
{
    switch (format) {
    case Format::Png:
        return m_plot->savePng(path, size.width(), size.height(), 1.0, -1, 144);
    case Format::Pdf:
        return m_plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("MoodBiome"));
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
    m_plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

void ChartWidget::render(QPainter& painter, const QRectF& target, QSize logicalSize) const
{
    // QCustomPlot draws only on its own QCPPainter; recording into a QPicture keeps every line and glyph a
    // vector when the picture is played back on the caller's painter.
    QPicture picture;
    QCPPainter recorder(&picture);
    // A page is narrower than a window: two measures (daily and mean) a legend row, not all in one.
    const int wrap = m_plot->legend->wrap();
    m_plot->legend->setWrap(4);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    m_plot->toPainter(&recorder, logicalSize.width(), logicalSize.height());
    m_plot->legend->setWrap(wrap);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
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

int ChartWidget::graphCount() const
{
    return m_plot->graphCount() - graphsMarked(m_plot, "adherence");
}

int ChartWidget::bandCount() const
{
    return m_bandItems;
}

int ChartWidget::eventCount() const
{
    return m_eventItems;
}

int ChartWidget::adherenceTickCount() const
{
    int count = 0;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (m_plot->graph(i)->property("adherence").isValid())
            count += m_plot->graph(i)->dataCount();
    return count;
}

int ChartWidget::lineSegmentCount(int graph) const
{
    const auto points = m_plot->graph(graph)->data();
    int segments = points->isEmpty() ? 0 : 1;
    for (auto it = points->constBegin(); it != points->constEnd(); ++it)
        segments += qIsNaN(it->value) ? 1 : 0;
    return segments;
}

QStringList ChartWidget::tickLabels() const
{
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    return m_plot->xAxis->tickVectorLabels().toList();
}

void ChartWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !m_freeForm) // free-form owners set their content again
        rebuild();
    QWidget::changeEvent(event);
}

void ChartWidget::setPlot(const PlotContent& content)
{
    if (!m_freeForm) {
        m_series.clear();
        m_bands.clear();
        m_ticks.clear();
        m_zones.clear();
        m_freeForm = true;
        connectPlotClicks();
    }
    m_plotContent = content;
    rebuildPlot();
}

void ChartWidget::leaveFreeForm()
{
    if (!m_freeForm)
        return;
    m_freeForm = false;
    m_plotContent = {};
    // Back to what the constructor set up for a participant's chart.
    useDayAxes(m_plot);
    m_plot->xAxis->setLabel(QString());
    m_hadData = false;
}

void ChartWidget::rebuildPlot()
{
    const PlotContent& c = m_plotContent;
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_bandItems = 0;
    m_eventItems = 0;
    if (c.dateAxis)
        m_plot->xAxis->setTicker(QSharedPointer<LocalDayTicker>::create());
    else
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    m_plot->xAxis->setLabel(c.xLabel);
    m_plot->yAxis->setLabel(c.yLabel);
    m_plot->yAxis->setVisible(true);
    m_plot->yAxis2->setVisible(false);
    m_plot->yAxis2->grid()->setVisible(false);

    bool anyNamed = false;
    for (const PlotBand& band : c.bands) {
        QCPGraph* upper = m_plot->addGraph();
        setPoints(upper, band.upper);
        upper->setPen(Qt::NoPen);
        upper->removeFromLegend();
        QCPGraph* lower = m_plot->addGraph();
        setPoints(lower, band.lower);
        lower->setPen(Qt::NoPen);
        QColor fill = band.color;
        fill.setAlpha(60);
        lower->setBrush(fill);
        lower->setChannelFillGraph(upper);
        lower->setName(band.name);
        lower->setProperty("plotBand", true);
        if (band.name.isEmpty())
            lower->removeFromLegend();
        anyNamed |= !band.name.isEmpty();
    }
    bool anyPoint = false;
    for (const PlotCurve& curve : c.curves) {
        QCPGraph* graph = m_plot->addGraph();
        setPoints(graph, curve.points);
        graph->setPen(curve.line ? QPen(curve.color, curve.width, curve.style) : QPen(Qt::NoPen));
        graph->setLineStyle(curve.line ? QCPGraph::lsLine : QCPGraph::lsNone);
        if (curve.dots)
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, curve.color, curve.color, 5));
        graph->setAdaptiveSampling(true);
        graph->setName(curve.name);
        graph->setProperty("curveId", curve.id);
        graph->setProperty("clickable", curve.clickable);
        const bool listed = curve.inLegend && !curve.name.isEmpty();
        if (!listed)
            graph->removeFromLegend();
        anyNamed |= listed;
        anyPoint |= !curve.points.isEmpty();
    }
    for (const PlotMarker& marker : c.markers) {
        auto* line = new QCPItemLine(m_plot);
        line->setLayer(QStringLiteral("bands"));
        placeOnDays(line->start, m_plot, marker.x, 0);
        placeOnDays(line->end, m_plot, marker.x, 1);
        line->setPen(QPen(marker.color, 1.5, Qt::DashLine));
        line->setProperty("plotMarker", true);
        auto* label = new QCPItemText(m_plot);
        label->setLayer(QStringLiteral("bands"));
        placeOnDays(label->position, m_plot, marker.x, 0.015);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setText(u' ' + marker.label);
        label->setColor(marker.color.darker(135));
        label->setClipToAxisRect(true);
    }
    if (!anyPoint && !c.emptyHint.isEmpty()) {
        auto* empty = new QCPItemText(m_plot);
        empty->position->setType(QCPItemPosition::ptAxisRectRatio);
        empty->position->setCoords(0.5, 0.45);
        empty->setText(c.emptyHint);
        empty->setColor(QColor(120, 120, 120));
        empty->setProperty("emptyHint", true);
    }
    m_plot->legend->setVisible(anyNamed);

    const auto keys = extent(m_plot, true);
    const double pad = c.dateAxis ? 1.5 : 0.5;
    if (keys)
        m_plot->xAxis->setRange(keys->lower - pad, keys->upper + pad);
    if (c.yRange) {
        m_plot->yAxis->setRange(c.yRange->first, c.yRange->second);
    } else if (const auto values = extent(m_plot, false)) {
        const double margin = std::max(0.5, 0.06 * values->size());
        m_plot->yAxis->setRange(values->lower - margin, values->upper + margin);
    }
    m_plot->replot();
}

QString ChartWidget::curveAt(QPointF pos) const
{
    QString best;
    double bestDistance = clickTolerance;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph* graph = m_plot->graph(i);
        if (!graph->property("clickable").toBool())
            continue;
        const double distance = graph->selectTest(pos, false);
        if (distance >= 0 && distance <= bestDistance) {
            bestDistance = distance;
            best = graph->property("curveId").toString();
        }
    }
    return best;
}

QPointF ChartWidget::pixelOf(double x, double y) const
{
    return {m_plot->xAxis->coordToPixel(x), m_plot->yAxis->coordToPixel(y)};
}

QStringList ChartWidget::plotCurveIds() const
{
    QStringList ids;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (m_plot->graph(i)->property("curveId").isValid())
            ids << m_plot->graph(i)->property("curveId").toString();
    return ids;
}

QList<QPointF> ChartWidget::plotCurvePoints(const QString& id) const
{
    QList<QPointF> points;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        if (m_plot->graph(i)->property("curveId").toString() != id)
            continue;
        const auto drawn = m_plot->graph(i)->data();
        for (auto it = drawn->constBegin(); it != drawn->constEnd(); ++it)
            if (!qIsNaN(it->value))
                points.append({it->key, it->value});
    }
    return points;
}

int ChartWidget::plotBandCount() const
{
    return graphsMarked(m_plot, "plotBand");
}

int ChartWidget::plotMarkerCount() const
{
    int count = 0;
    for (int i = 0; i < m_plot->itemCount(); ++i)
        count += m_plot->item(i)->property("plotMarker").isValid() ? 1 : 0;
    return count;
}

void ChartWidget::connectPlotClicks()
{
    if (m_plotClicksConnected)
        return;
    m_plotClicksConnected = true;
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { m_pressedAt = event->position(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* event) {
        if (!m_freeForm || event->button() != Qt::LeftButton ||
            (event->position() - m_pressedAt).manhattanLength() > clickTolerance)
            return;
        const QString id = curveAt(event->position());
        if (!id.isEmpty())
            emit curveClicked(id);
    });
}

void ChartWidget::showPlotHover(QMouseEvent* event)
{
    const QString id = m_plot->axisRect()->rect().contains(event->pos()) ? curveAt(event->position()) : QString();
    if (id.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const auto curve = std::find_if(m_plotContent.curves.cbegin(), m_plotContent.curves.cend(),
                                    [&](const PlotCurve& c) { return c.id == id; });
    if (curve == m_plotContent.curves.cend())
        return;
    const double x = m_plot->xAxis->pixelToCoord(event->position().x());
    const QLocale locale;
    const QString where = m_plotContent.dateAxis ? locale.toString(dateFromCoordinate(x), QLocale::ShortFormat)
                                                 : locale.toString(std::lround(x));
    QString text = curve->name.isEmpty() ? id : curve->name;
    text += u'\n' + m_plotContent.xLabel + QStringLiteral(": ") + where;
    // The curve's value at the nearest point, when there is one within half a unit.
    const auto nearest =
        std::min_element(curve->points.cbegin(), curve->points.cend(),
                         [x](const QPointF& a, const QPointF& b) { return std::abs(a.x() - x) < std::abs(b.x() - x); });
    if (nearest != curve->points.cend() && std::abs(nearest->x() - x) <= 0.5 && std::isfinite(nearest->y()))
        text += u'\n' + m_plotContent.yLabel + QStringLiteral(": ") + locale.toString(nearest->y(), 'f', 1);
    QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

} // namespace mb
