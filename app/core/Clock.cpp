// System and fixed clocks, and the process-wide clock seam.
#include "core/Clock.h"

namespace mb {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QTimeZone SystemClock::timeZone() const
{
    return QTimeZone::systemTimeZone();
}

FixedClock::FixedClock(QDateTime utc, QTimeZone zone)
    : m_now(utc.toUTC())
    , m_zone(std::move(zone))
{
}

std::optional<QDateTime> nowFromEnvironment()
{
    const QString now = qEnvironmentVariable("MOODBIOME_NOW");
    if (now.isEmpty())
        return std::nullopt;
    return QDateTime::fromString(now, Qt::ISODate);
}

namespace {
const SystemClock systemClock;
const Clock* current = &systemClock;
} // namespace

const Clock& clock()
{
    return *current;
}

void setClock(const Clock* c)
{
    current = c ? c : &systemClock;
}

} // namespace mb
