// Strict date and time text: what files and the command line accept, and what they write.
#include "core/DateText.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace mb {

namespace {
bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

// Fixed-width digits without QString::arg or a format string: these run once per imported value.
void putDigits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
}

// "YYYY-MM-DD" into out[0..9]; false for an invalid date or a year without four digits. The calendar
// arithmetic once (getDate), not once for each of year(), month() and day().
bool putDate(char* out, QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 0 || y > 9999)
        return false;
    putDigits(out, y, 4);
    out[4] = '-';
    putDigits(out + 5, m, 2);
    out[7] = '-';
    putDigits(out + 8, d, 2);
    return true;
}
} // namespace

QDate firstAcceptedDate()
{
    return {1900, 1, 1};
}

QDate lastAcceptedDate()
{
    return {2200, 12, 31};
}

std::optional<QString> dateRangeProblem(QDate date)
{
    if (date >= firstAcceptedDate() && date <= lastAcceptedDate())
        return std::nullopt;
    return QCoreApplication::translate("DateText", "The date %1 lies outside the dates MoodBiome accepts, %2 to %3.")
        .arg(date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("?"), isoDate(firstAcceptedDate()),
             isoDate(lastAcceptedDate()));
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const auto y = text.mid(0, 4), m = text.mid(5, 2), d = text.mid(8, 2);
    if (!allDigits(y) || !allDigits(m) || !allDigits(d))
        return std::nullopt;
    const QDate date(y.toInt(), m.toInt(), d.toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QTime> parseHourMinute(QStringView text)
{
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    const auto h = text.mid(0, 2), m = text.mid(3, 2);
    if (!allDigits(h) || !allDigits(m))
        return std::nullopt;
    const QTime time(h.toInt(), m.toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

bool writeIsoDate(QDate date, char (&out)[10])
{
    return putDate(out, date);
}

bool writeHourMinute(QTime time, char (&out)[5])
{
    if (!time.isValid())
        return false;
    putDigits(out, time.hour(), 2);
    out[2] = ':';
    putDigits(out + 3, time.minute(), 2);
    return true;
}

bool writeIsoUtc(const QDateTime& dt, char (&out)[20])
{
    const QDateTime utc = dt.timeSpec() == Qt::UTC ? dt : dt.toUTC();
    if (!utc.isValid() || !putDate(out, utc.date()))
        return false;
    const QTime t = utc.time();
    out[10] = 'T';
    putDigits(out + 11, t.hour(), 2);
    out[13] = ':';
    putDigits(out + 14, t.minute(), 2);
    out[16] = ':';
    putDigits(out + 17, t.second(), 2);
    out[19] = 'Z';
    return true;
}

QString isoDate(QDate date)
{
    char text[10];
    return writeIsoDate(date, text) ? QString::fromLatin1(text, 10) : date.toString(Qt::ISODate);
}

QString hourMinute(QTime time)
{
    char text[5];
    return writeHourMinute(time, text) ? QString::fromLatin1(text, 5) : time.toString(u"HH:mm");
}

QString isoUtc(const QDateTime& dt)
{
    char text[20];
    return writeIsoUtc(dt, text) ? QString::fromLatin1(text, 20) : dt.toUTC().toString(Qt::ISODate);
}

QString localDateTimeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(clock().timeZone());
    return isoDate(local.date()) + u' ' + hourMinute(local.time());
}

QDateTime localToUtc(QDate date, std::optional<QTime> time, const QTimeZone& zone)
{
    const QTime at = time.value_or(QTime(12, 0));
    const QDateTime local(date, at, zone);
    if (local.isValid() || !date.isValid() || !at.isValid())
        return local.toUTC();
    // A local time skipped by a DST change moves forward by the gap: it is read with the offset before the change.
    // (Qt 6.4 makes such a time invalid, and its toUTC() reads the local fields as UTC; later Qt resolves it so.)
    const QDateTime fields(date, at, Qt::UTC);
    return fields.addSecs(-zone.offsetFromUtc(fields.addDays(-1)));
}

} // namespace mb

namespace mb {

QDateTime LocalToUtc::operator()(QDate date, std::optional<QTime> time)
{
    auto it = m_offsets.constFind(date.toJulianDay());
    if (it == m_offsets.cend()) {
        // Offsets lie within a day either way, so two UTC days around the local date cover all of it.
        const QDateTime from(date.addDays(-1), QTime(0, 0), Qt::UTC);
        const QDateTime to(date.addDays(2), QTime(0, 0), Qt::UTC);
        const QDateTime next = m_zone.hasTransitions() ? m_zone.nextTransition(from).atUtc : QDateTime();
        std::optional<int> offset;
        if (!next.isValid() || next >= to)
            offset = m_zone.offsetFromUtc(from);
        it = m_offsets.insert(date.toJulianDay(), offset);
    }
    if (!*it || !date.isValid())
        return localToUtc(date, time, m_zone);
    return QDateTime(date, time.value_or(QTime(12, 0)), Qt::UTC).addSecs(-**it);
}

} // namespace mb
