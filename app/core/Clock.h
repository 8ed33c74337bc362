// The clock seam: everything that needs "now" asks a Clock, so tests can move time.
#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace mb {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The zone local calendar dates belong to.
    virtual QTimeZone timeZone() const = 0;

    QDateTime nowLocal() const { return nowUtc().toTimeZone(timeZone()); }
    QDate today() const { return nowLocal().date(); }
};

// Wall-clock time in the system time zone.
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
    QTimeZone timeZone() const override;
};

// A clock that stands still until told to move; for tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime utc, QTimeZone zone = QTimeZone::utc());
    QDateTime nowUtc() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }
    void set(const QDateTime& utc) { m_now = utc.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

// MOODBIOME_NOW (ISO-8601 UTC) fixes "now" for tests and screenshots: nullopt when unset, an
// invalid QDateTime when set but unreadable.
std::optional<QDateTime> nowFromEnvironment();

// The process-wide clock; tests may replace it with setClock().
const Clock& clock();
void setClock(const Clock* clock); // nullptr restores the system clock

} // namespace mb
