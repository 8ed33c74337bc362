// The participant chart as primitives of the plot base: x is whole local days (core/Series).
#include "ui/chart/ParticipantChart.h"

#include "core/Clock.h"
#include "ui/chart/DailyPoints.h"

#include <QEvent>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace mb {

namespace {

constexpr double adherenceRow = -0.55; // below 0 on the 0–10 axis

bool onSecondary(const ChartSeries& s)
{
    return s.secondaryAxis;
}

} // namespace

ParticipantChart::ParticipantChart(QWidget* parent)
    : PlotBase(parent)
{
    setObjectName(QStringLiteral("chartWidget"));
    setLabelPlacement(PlotLabels::Stacked);
    enableKeyboardNavigation();
    rebuild();
}

void ParticipantChart::setContent(const QList<ChartSeries>& series, const QList<ChartBand>& bands,
                                  const QList<ChartTick>& ticks, int rollingDays)
{
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

void ParticipantChart::setZones(const QList<ChartZone>& zones)
{
    if (zones == m_zones)
        return; // nothing to redraw (the participant's chart usually has none)
    m_zones = zones;
    rebuild();
}

QString ParticipantChart::emptyHint() const
{
    if (m_questionnaires)
        return tr("No totals of this questionnaire yet.\nUse the “Fill in …” buttons above to record one.");
    return m_single ? tr("No values recorded for the chosen measures yet.\nPress Ctrl+N to check in, or "
                         "“New entry…” (Alt+N) for the full form.")
                    : tr("No values recorded for the chosen measures yet.\nPress Ctrl+N (or “New entry…”) to "
                         "record an entry.");
}

void ParticipantChart::setShowsQuestionnaires(bool questionnaires)
{
    m_questionnaires = questionnaires;
    rebuild();
}

void ParticipantChart::setSinglePerson(bool single)
{
    if (single == m_single)
        return;
    m_single = single;
    rebuild();
}

void ParticipantChart::setOverlay(const QString& name, const ChartOverlay& overlay)
{
    if (overlay.isEmpty() && !m_overlays.contains(name))
        return;
    if (overlay.isEmpty())
        m_overlays.remove(name);
    else
        m_overlays.insert(name, overlay);
    rebuild();
}

void ParticipantChart::rebuild()
{
    const auto [keepLower, keepUpper] = xRange();
    clear();
    setAxes(axesForContent());
    for (const ChartSeries& s : std::as_const(m_series))
        addSeries(s);
    for (const ChartZone& z : std::as_const(m_zones)) {
        QColor fill = z.color;
        fill.setAlpha(45);
        addZone({.label = z.label, .fill = fill, .labelColor = z.color.darker(160), .from = z.from, .to = z.to});
    }
    addAdherence();
    addInterventions();
    addOverlays();
    if (std::all_of(m_series.cbegin(), m_series.cend(), [](const ChartSeries& s) { return s.daily.isEmpty(); }))
        addHint(emptyHint());
    setLegendVisible(!m_series.isEmpty());
    const bool hasData = dataFirst().isValid();
    if (m_hadData && hasData)
        setXRange(keepLower, keepUpper);
    else
        rangeAll();
    m_hadData = hasData;
    m_dataSummary = dataSummary();
    updateAccessibleText();
    replotWhenShown();
}

QString ParticipantChart::dataSummary() const
{
    if (m_series.isEmpty())
        return tr("No measures chosen.");
    QStringList names;
    QSet<QDate> days;
    QDate first, last;
    for (const ChartSeries& s : m_series) {
        names << s.label;
        for (const DailyPoint& p : s.daily)
            days.insert(p.date);
        if (!s.daily.isEmpty()) {
            first = first.isValid() ? std::min(first, s.daily.first().date) : s.daily.first().date;
            last = std::max(last, s.daily.last().date);
        }
    }
    const QLocale locale;
    const QString measures = names.join(QStringLiteral(", "));
    if (days.isEmpty())
        return tr("%1: no values recorded yet.").arg(measures);
    QStringList lastValues;
    for (const ChartSeries& s : m_series)
        if (const DailyPoint* value = pointOn(s.daily, last))
            lastValues << s.label + u' ' + locale.toString(value->value, 'g', 4);
    return tr("%1 from %2 to %3, %n day(s) with data. Last values, on %4: %5.", nullptr, int(days.size()))
        .arg(measures, locale.toString(first, QLocale::LongFormat), locale.toString(last, QLocale::LongFormat),
             locale.toString(last, QLocale::LongFormat), lastValues.join(QStringLiteral(", ")));
}

void ParticipantChart::updateAccessibleText()
{
    const QLocale locale;
    const QString shown = tr("Shown: %1 to %2.")
                              .arg(locale.toString(visibleFirst(), QLocale::LongFormat),
                                   locale.toString(visibleLast(), QLocale::LongFormat));
    const QString keys = tr("Keys: + and - zoom, Left and Right move, Home shows everything.");
    setPlotAccessibleText(tr("Chart"), m_dataSummary + u' ' + shown + u' ' + keys);
}

void ParticipantChart::visibleRangeChanged()
{
    updateAccessibleText();
}

// Days across; the 0–10 scale in steps of two on the left; other units, or the zones, on the right. Without
// 0–10 series (a questionnaire history, say) the right-hand axis carries the grid alone.
PlotAxes ParticipantChart::axesForContent() const
{
    const bool anySecondary = std::any_of(m_series.cbegin(), m_series.cend(), onSecondary);
    const bool anyPrimary = std::any_of(m_series.cbegin(), m_series.cend(), std::not_fn(onSecondary));
    // Rows of overlays below the adherence ticks widen the axis downwards.
    double bottom = -1.0;
    for (const ChartOverlay& overlay : m_overlays)
        for (const PlotRowPrimitive& row : overlay.rows)
            bottom = std::min(bottom, row.y - 0.3);
    PlotAxes axes;
    axes.left = {.label = tr("Score (0–10)"),
                 .visible = anyPrimary || m_series.isEmpty(),
                 .tickStep = 2,
                 .range = std::pair(bottom, 10.6)};
    QStringList labels;
    double lower = 0, upper = 1;
    for (const ChartSeries& s : m_series) {
        if (!s.secondaryAxis)
            continue;
        labels << (s.unit.isEmpty() ? s.label : QStringLiteral("%1 (%2)").arg(s.label, s.unit));
        for (const QList<DailyPoint>* points : {&s.daily, &s.rolling})
            for (const DailyPoint& p : *points) {
                lower = std::min(lower, p.value);
                upper = std::max(upper, p.value);
            }
    }
    axes.right = {.label = labels.join(QStringLiteral(" · ")),
                  .visible = anySecondary || !m_zones.isEmpty(),
                  .grid = !anyPrimary && anySecondary};
    if (!m_zones.isEmpty())
        axes.right.range = std::pair(m_zones.first().from, m_zones.last().to);
    else if (anySecondary)
        axes.right.range = std::pair(std::min(0.0, lower), upper * 1.08 + 0.5);
    return axes;
}

void ParticipantChart::addSeries(const ChartSeries& s)
{
    const PlotAxis axis = s.secondaryAxis ? PlotAxis::Right : PlotAxis::Left;
    const QString daily = s.key + QStringLiteral("/daily");
    if (s.rolling.isEmpty()) { // scores that are not averaged, such as questionnaire totals
        addCurve({.id = daily,
                  .key = s.key,
                  .name = s.label,
                  .color = s.color,
                  .points = pointsWithGaps(s.daily, s.maxGapDays),
                  .axis = axis,
                  .dotSize = 6});
        return;
    }
    QColor faint = s.color;
    faint.setAlpha(110);
    addCurve({.id = daily,
              .key = s.key,
              .name = tr("%1, daily").arg(s.label),
              .color = faint,
              .points = pointsWithGaps(s.daily, s.maxGapDays),
              .axis = axis,
              .dotSize = 4,
              .dotsWhenRoomy = true});
    addCurve({.id = s.key + QStringLiteral("/mean"),
              .key = s.key,
              .name = tr("%1, %2-day mean").arg(s.label).arg(m_rollingDays),
              .color = s.color,
              .points = pointsWithGaps(s.rolling, s.maxGapDays),
              .axis = axis});
}

// Adherence: one row of ticks under the 0–10 scale, in the intervention's colour; misses in grey.
void ParticipantChart::addAdherence()
{
    QMap<QRgb, QList<double>> taken;
    QList<double> missed;
    for (const ChartTick& t : std::as_const(m_ticks))
        (t.taken ? taken[t.color.rgb()] : missed).append(dayCoordinate(t.day));
    for (auto it = taken.cbegin(); it != taken.cend(); ++it)
        addRow({.key = adherenceKey, .color = QColor::fromRgb(it.key()), .xs = *it, .y = adherenceRow});
    if (!missed.isEmpty())
        addRow({.key = adherenceKey,
                .color = QColor(150, 150, 150),
                .xs = missed,
                .y = adherenceRow,
                .shape = PlotRowPrimitive::Shape::Cross});
}

void ParticipantChart::addInterventions()
{
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        const ChartBand& b = m_bands[i];
        const QString id = QStringLiteral("intervention/%1").arg(i);
        if (b.event) {
            addMarker({.id = id,
                       .label = b.label,
                       .color = b.color,
                       .labelColor = b.color.darker(135),
                       .x = dayCoordinate(b.first),
                       .width = 2});
            continue;
        }
        QColor fill = b.color;
        fill.setAlpha(38);
        addBand({.id = id,
                 .label = b.label,
                 .fill = fill,
                 .labelColor = b.color.darker(135),
                 .from = dayCoordinate(b.first) - 0.5,
                 .to = dayCoordinate(b.last) + 0.5});
    }
}

void ParticipantChart::addOverlays()
{
    for (const ChartOverlay& overlay : std::as_const(m_overlays)) {
        for (const PlotBandPrimitive& band : overlay.bands)
            addBand(band);
        for (const PlotMarkerPrimitive& marker : overlay.markers)
            addMarker(marker);
        for (const PlotRowPrimitive& row : overlay.rows)
            addRow(row);
    }
}

QDate ParticipantChart::dataFirst() const
{
    QDate first;
    for (const ChartSeries& s : m_series)
        if (!s.daily.isEmpty() && (!first.isValid() || s.daily.first().date < first))
            first = s.daily.first().date;
    for (const ChartBand& b : m_bands)
        if (!first.isValid() || b.first < first)
            first = b.first;
    for (const ChartOverlay& overlay : m_overlays) // a plan drawn ahead of the data is part of what there is
        for (const PlotRowPrimitive& row : overlay.rows)
            for (double x : row.xs)
                if (!first.isValid() || dateFromCoordinate(x) < first)
                    first = dateFromCoordinate(x);
    return first;
}

QDate ParticipantChart::dataLast() const
{
    QDate last;
    for (const ChartSeries& s : m_series)
        if (!s.daily.isEmpty() && s.daily.last().date > last)
            last = s.daily.last().date;
    for (const ChartBand& b : m_bands)
        if (b.last > last)
            last = b.last;
    for (const ChartOverlay& overlay : m_overlays)
        for (const PlotRowPrimitive& row : overlay.rows)
            for (double x : row.xs)
                if (dateFromCoordinate(x) > last)
                    last = dateFromCoordinate(x);
    return last;
}

void ParticipantChart::setVisibleDays(QDate first, QDate last)
{
    rangeDays(first, last);
    replot();
}

void ParticipantChart::showLastDays(int days)
{
    rangeLastDays(days);
    replot();
}

void ParticipantChart::showAll()
{
    rangeAll();
    replot();
}

// The range setters below leave the replot to their caller, so that a rebuild draws once.
void ParticipantChart::rangeDays(QDate first, QDate last)
{
    setXRange(dayCoordinate(first) - 0.5, dayCoordinate(last) + 0.5);
}

void ParticipantChart::rangeLastDays(int days)
{
    const QDate last = dataLast().isValid() ? dataLast() : clock().today();
    rangeDays(last.addDays(-(days - 1)), last);
}

void ParticipantChart::rangeAll()
{
    const QDate first = dataFirst(), last = dataLast();
    if (first.isValid())
        rangeDays(first.addDays(-1), last.addDays(1));
    else
        rangeLastDays(30);
}

bool ParticipantChart::showsAll() const
{
    const QDate first = dataFirst(), last = dataLast();
    if (!first.isValid())
        return false;
    const auto [lower, upper] = xRange();
    return std::abs(lower - (dayCoordinate(first.addDays(-1)) - 0.5)) < 1e-6 &&
           std::abs(upper - (dayCoordinate(last.addDays(1)) + 0.5)) < 1e-6;
}

QDate ParticipantChart::visibleFirst() const
{
    return dateFromCoordinate(xRange().first + 0.5);
}

QDate ParticipantChart::visibleLast() const
{
    return dateFromCoordinate(xRange().second - 0.5);
}

QString ParticipantChart::describeDay(QDate day) const
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
    // Labelled rows of overlays (the tags chosen for the chart) that have a mark on the day.
    QStringList marked;
    const double x = dayCoordinate(day);
    for (const ChartOverlay& overlay : m_overlays)
        for (const PlotRowPrimitive& row : overlay.rows)
            if (!row.label.isEmpty() && row.xs.contains(x))
                marked << row.label;
    if (!marked.isEmpty())
        lines << tr("Tags: %1").arg(marked.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}

QString ParticipantChart::hoverText(QPointF, double x) const
{
    return describeDay(dateFromCoordinate(x));
}

void ParticipantChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    PlotBase::changeEvent(event);
}

} // namespace mb
