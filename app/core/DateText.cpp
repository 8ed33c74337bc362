// Strict date and time text: what files and the command line accept, and what they write.
#include "core/DateText.h"

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

bool fourDigitYear(QDate date)
{
    return date.isValid() && date.year() >= 0 && date.year() <= 9999;
}

// "YYYY-MM-DD" into out[0..9].
void putDate(char* out, QDate date)
{
    putDigits(out, date.year(), 4);
    out[4] = '-';
    putDigits(out + 5, date.month(), 2);
    out[7] = '-';
    putDigits(out + 8, date.day(), 2);
}
} // namespace

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

QString isoDate(QDate date)
{
    if (!fourDigitYear(date))
        return date.toString(Qt::ISODate);
    char text[10];
    putDate(text, date);
    return QString::fromLatin1(text, 10);
}

QString hourMinute(QTime time)
{
    if (!time.isValid())
        return time.toString(u"HH:mm");
    char text[5] = {0, 0, ':', 0, 0};
    putDigits(text, time.hour(), 2);
    putDigits(text + 3, time.minute(), 2);
    return QString::fromLatin1(text, 5);
}

QString isoUtc(const QDateTime& dt)
{
    const QDateTime utc = dt.toUTC();
    if (!fourDigitYear(utc.date()))
        return utc.toString(Qt::ISODate);
    const QTime t = utc.time();
    char text[20] = {};
    putDate(text, utc.date());
    text[10] = 'T';
    putDigits(text + 11, t.hour(), 2);
    text[13] = ':';
    putDigits(text + 14, t.minute(), 2);
    text[16] = ':';
    putDigits(text + 17, t.second(), 2);
    text[19] = 'Z';
    return QString::fromLatin1(text, 20);
}

QDateTime localToUtc(QDate date, std::optional<QTime> time, const QTimeZone& zone)
{
    // A local time skipped by a DST change resolves forward, as Qt does.
    return QDateTime(date, time.value_or(QTime(12, 0)), zone).toUTC();
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
