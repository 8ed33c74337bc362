// What the participant chart shows, read from the store in one go and without widgets, so that it can be read on
// any thread: the window's first chart is read on the second core while the window is built (docs/ARCHITECTURE.md,
// "Start-up").
#pragma once

#include "storage/Database.h"
#include "ui/chart/ParticipantChart.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace mb {

class Store;

// Whose chart, and the choices of ChartView that decide what is read.
struct ChartQuery {
    qint64 participantId = 0;
    QStringList measures; // keys of measures and of questionnaire totals, as ChartView shows them
    QStringList tags;     // names of the tags drawn as rows of marks
    int rollingDays = 7;
    QDate today;      // ongoing interventions run to it
    QString language; // of the measures' labels
    bool operator==(const ChartQuery&) const = default;
};

struct ChartReading {
    QList<ChartSeries> series;
    QList<ChartBand> bands;
    QList<ChartTick> ticks;
    QList<ChartZone> zones; // severity bands of one questionnaire shown alone on the right-hand axis
    ChartOverlay plan;      // a randomised plan's A and B days under the adherence ticks
    ChartOverlay tagRows;   // a row of marks for each chosen tag
};

// Reads what query asks for from the store (any thread that may use the store).
ChartReading readChart(Store& store, const ChartQuery& query);

// One reading done ahead of its window, handed to the first chart that asks for the same query on the same
// connection while the file has not changed since it was read (Database::changeStamp). Whoever asks first takes it
// or, asking for something else, drops it: it is used once or never. Any thread.
namespace ChartReadAhead {
void keep(const Store& store, const ChartQuery& query, ChartReading reading, const Database::ChangeStamp& readAt);
std::optional<ChartReading> take(const Store& store, const ChartQuery& query);
std::optional<ChartQuery> waitingFor(); // what the reading kept is for, while nobody has asked
} // namespace ChartReadAhead

} // namespace mb
