// The participant chart's data: the journal's daily means, questionnaire totals, interventions with their adherence,
// a randomised plan and tag rows. Nothing here touches a widget or the application's palette, so any thread can read.
#include "ui/ChartReading.h"

#include "core/Measure.h"
#include "core/Questionnaire.h"
#include "core/Series.h"
#include "storage/ChartLoader.h"
#include "storage/Store.h"
#include "ui/Palette.h"
#include "ui/QuestionnaireModel.h"
#include "ui/RandomisationPlan.h"
#include "ui/Style.h"

#include <QCoreApplication>

#include <mutex>

namespace mb {

namespace {

constexpr double planRow = -0.85;    // under the adherence ticks (ParticipantChart)
constexpr double firstTagRow = -1.3; // under the plan, one row a tag downwards
constexpr double tagRowStep = 0.45;

void appendMeasureSeries(Store& store, const ChartQuery& query, QList<ChartSeries>& series)
{
    const auto observations = loadObservations(store, query.participantId, query.measures);
    int fallback = 0;
    for (const Measure& m : store.measures().list()) {
        if (!query.measures.contains(m.key))
            continue;
        ChartSeries s;
        s.key = m.key;
        s.label = m.label(query.language);
        s.unit = MeasureText::unitSymbol(m);
        s.color = measureColor(m.key, fallback++);
        s.secondaryAxis = !(m.kind == MeasureKind::Scale && m.minimum == 0 && m.maximum == 10);
        s.daily = dailyMeans(observations.value(m.key));
        s.rolling = rollingMean(s.daily, query.rollingDays);
        series.append(s);
    }
}

// Questionnaire totals the user chose, on the right-hand axis; the severity bands of one shown alone.
void appendQuestionnaireSeries(Store& store, const ChartQuery& query, ChartReading& reading)
{
    const auto responses = store.questionnaires().list(query.participantId);
    const InstrumentDefinition* alone = nullptr;
    int shown = 0;
    for (Instrument instrument : allInstruments()) {
        const InstrumentDefinition& definition = instrumentDefinition(instrument);
        if (!query.measures.contains(definition.exportKey()))
            continue;
        ChartSeries s;
        s.key = definition.exportKey();
        s.label = definition.name;
        // The chart view's words, wherever they are read.
        s.unit = definition.percentFactor ? QCoreApplication::translate("mb::ChartView", "%")
                                          : QCoreApplication::translate("mb::ChartView", "total");
        s.color = measureColor(s.key, 2 + shown);
        s.secondaryAxis = true;
        s.maxGapDays = 366; // questionnaires come weeks apart: join them
        QList<Observation> totals;
        for (const QuestionnaireResponse& r : responses)
            if (r.instrument == instrument)
                totals.append({r.date, double(definition.exportValue(r.total))});
        s.daily = dailyMeans(totals);
        reading.series.append(s);
        alone = ++shown == 1 ? &definition : nullptr;
    }
    const bool otherSecondary = std::any_of(reading.series.cbegin(), reading.series.cend(), [](const ChartSeries& s) {
        return s.secondaryAxis && !s.key.endsWith(u"_total") && !s.key.endsWith(u"_percent");
    });
    if (!alone || otherSecondary)
        return;
    // One questionnaire on the right-hand axis: show its severity bands behind it.
    for (const SeverityBand& band : alone->bands)
        reading.zones.append(
            {double(alone->exportValue(band.minimum)) - 0.5, double(alone->exportValue(band.maximum)) + 0.5,
             QuestionnaireModel::bandColor(*alone, band.key), QuestionnaireText::severityName(band.key)});
}

void appendInterventions(Store& store, const ChartQuery& query, ChartReading& reading)
{
    for (const Intervention& i : store.interventions().list(query.participantId)) {
        const QColor color = interventionColor(i.kind);
        reading.bands.append({i.name, color, i.start, i.lastDay(query.today), i.isEvent()});
        if (!i.tracksAdherence())
            continue;
        const auto adherence = store.interventions().adherence(i.id, i.start, i.lastDay(query.today));
        for (auto it = adherence.cbegin(); it != adherence.cend(); ++it)
            reading.ticks.append({it.key(), it.value(), color});
    }
}

// A randomised plan under the adherence ticks: B days filled, A days pale, in the intervention's colour (days
// ahead included); a cross in the alert colour where the day's tick says the opposite of the plan.
ChartOverlay planOverlay(Store& store, const ChartQuery& query)
{
    ChartOverlay overlay;
    QMap<std::pair<bool, QRgb>, QList<double>> planned;
    QList<double> differs;
    for (const PlannedDay& d : plannedDays(store, query.participantId)) {
        const auto i = store.interventions().byId(d.interventionId);
        QColor color = i ? interventionColor(i->kind) : QColor(Qt::gray);
        if (!d.planB)
            color.setAlpha(80);
        planned[{d.planB, color.rgba()}].append(dayCoordinate(d.day));
        if (d.differs())
            differs.append(dayCoordinate(d.day));
    }
    for (auto it = planned.cbegin(); it != planned.cend(); ++it)
        overlay.rows.append({.id = it.key().first ? QStringLiteral("plan/B") : QStringLiteral("plan/A"),
                             .key = QStringLiteral("plan"),
                             .color = QColor::fromRgba(it.key().second),
                             .xs = *it,
                             .y = planRow});
    if (!differs.isEmpty())
        overlay.rows.append({.id = QStringLiteral("plan/differs"),
                             .key = QStringLiteral("plan"),
                             .color = Style::alertColour(),
                             .xs = differs,
                             .y = planRow,
                             .shape = PlotRowPrimitive::Shape::Cross,
                             .size = 9});
    return overlay;
}

// The chosen tags in the order of the tag list, a row each under the plan: a mark on every day one of the
// participant's entries carries the tag, in the tag's colour, its name at the left edge.
ChartOverlay tagOverlay(Store& store, const ChartQuery& query)
{
    ChartOverlay overlay;
    if (query.tags.isEmpty())
        return overlay;
    const auto days = store.tags().tagDays(query.participantId);
    int row = 0;
    for (const Tag& tag : store.tags().list()) {
        if (!query.tags.contains(tag.name, Qt::CaseInsensitive))
            continue;
        QList<double> xs;
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            if (it->contains(tag.id))
                xs.append(dayCoordinate(it.key()));
        overlay.rows.append({.id = QStringLiteral("tag/") + tag.name,
                             .key = QStringLiteral("tags"),
                             .color = QColor(tag.colour),
                             .xs = xs,
                             .y = firstTagRow - tagRowStep * row++,
                             .size = 7,
                             .label = tag.name});
    }
    return overlay;
}

struct Kept {
    std::mutex mutex;
    std::optional<ChartReading> reading;
    quint64 connection = 0;
    Database::ChangeStamp stamp;
    ChartQuery query;
};

Kept& kept()
{
    static Kept k;
    return k;
}

} // namespace

ChartReading readChart(Store& store, const ChartQuery& query)
{
    ChartReading reading;
    if (query.participantId <= 0)
        return reading;
    appendMeasureSeries(store, query, reading.series);
    appendQuestionnaireSeries(store, query, reading);
    appendInterventions(store, query, reading);
    reading.plan = planOverlay(store, query);
    reading.tagRows = tagOverlay(store, query);
    return reading;
}

namespace ChartReadAhead {

void keep(const Store& store, const ChartQuery& query, ChartReading reading, const Database::ChangeStamp& readAt)
{
    Kept& k = kept();
    const std::lock_guard lock(k.mutex);
    k.reading = std::move(reading);
    k.connection = store.database().serial();
    k.stamp = readAt;
    k.query = query;
}

std::optional<ChartReading> take(const Store& store, const ChartQuery& query)
{
    Kept& k = kept();
    const std::lock_guard lock(k.mutex);
    std::optional<ChartReading> reading = std::exchange(k.reading, std::nullopt);
    if (!reading || k.connection != store.database().serial() || !(k.query == query) ||
        store.database().inTransaction() || !(store.database().changeStamp() == k.stamp))
        return std::nullopt;
    return reading;
}

std::optional<ChartQuery> waitingFor()
{
    Kept& k = kept();
    const std::lock_guard lock(k.mutex);
    return k.reading ? std::optional(k.query) : std::nullopt;
}

} // namespace ChartReadAhead

} // namespace mb
