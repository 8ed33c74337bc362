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
    return date.toString(Qt::ISODate);
}

QString hourMinute(QTime time)
{
    return time.toString(u"HH:mm");
}

QString isoUtc(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QDateTime localToUtc(QDate date, std::optional<QTime> time, const QTimeZone& zone)
{
    // A local time skipped by a DST change resolves forward, as Qt does.
    return QDateTime(date, time.value_or(QTime(12, 0)), zone).toUTC();
}

} // namespace mb
