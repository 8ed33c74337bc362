// Field parsing for imports: every accepted form is spelled out; anything else is refused, never guessed.
#include "core/ImportFields.h"

#include "core/DateText.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace mb {

namespace {

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// "31-12-2024" or "31/12/2024": one or two digits for day and month, four for the year.
std::optional<QDate> parseDayFirst(QStringView text, QChar separator)
{
    const qsizetype first = text.indexOf(separator);
    const qsizetype second = first < 0 ? -1 : text.indexOf(separator, first + 1);
    if (second < 0 || text.indexOf(separator, second + 1) >= 0)
        return std::nullopt;
    const QStringView d = text.left(first), m = text.mid(first + 1, second - first - 1), y = text.mid(second + 1);
    if (d.size() > 2 || m.size() > 2 || y.size() != 4 || !allDigits(d) || !allDigits(m) || !allDigits(y))
        return std::nullopt;
    const QDate date(y.toInt(), m.toInt(), d.toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<int> monthNumber(QStringView name)
{
    static const char16_t* const months[] = {u"january",   u"february", u"march",    u"april",
                                             u"may",       u"june",     u"july",     u"august",
                                             u"september", u"october",  u"november", u"december"};
    if (name.size() < 3)
        return std::nullopt;
    for (int i = 0; i < 12; ++i) {
        const QStringView full(months[i]);
        if (full.compare(name, Qt::CaseInsensitive) == 0 ||
            (name.size() == 3 && full.startsWith(name, Qt::CaseInsensitive)))
            return i + 1;
    }
    return std::nullopt;
}

// The common case of an import, without allocating: -?digits with at most one decimal mark followed by digits.
// std::from_chars rounds correctly, as QLocale does, so the result is the same; other text goes the long way.
std::optional<double> parsePlainDecimal(QStringView t, char16_t mark)
{
    char buffer[32] = {};
    if (t.isEmpty() || t.size() > qsizetype(sizeof buffer))
        return std::nullopt;
    qsizetype i = 0;
    if (t[0] == u'-')
        buffer[i++] = '-';
    const qsizetype digitsFrom = i;
    bool seenMark = false;
    for (; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (c >= u'0' && c <= u'9') {
            buffer[i] = char(c);
        } else if (c == mark && !seenMark && i > digitsFrom && i + 1 < t.size()) {
            buffer[i] = '.';
            seenMark = true;
        } else {
            return std::nullopt;
        }
    }
    double value = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + t.size(), value);
    if (t.size() == digitsFrom || error != std::errc() || end != buffer + t.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<QDate> parseImportDate(QStringView text)
{
    const QStringView t = text.trimmed();
    if (const auto iso = parseIsoDate(t))
        return iso;
    if (t.contains(u'/'))
        return parseDayFirst(t, u'/');
    return parseDayFirst(t, u'-');
}

std::optional<QTime> parseImportTime(QStringView text)
{
    QStringView t = text.trimmed();
    std::optional<bool> pm;
    if (t.endsWith(u"am", Qt::CaseInsensitive) || t.endsWith(u"pm", Qt::CaseInsensitive)) {
        pm = t.endsWith(u"pm", Qt::CaseInsensitive);
        t = t.chopped(2).trimmed();
    }
    if (t.size() == 8 && t.endsWith(u":00"))
        t.chop(3); // spreadsheets add seconds; only whole minutes are kept, so only :00 is accepted
    const qsizetype colon = t.indexOf(u':');
    if (colon < 1 || colon > 2 || t.size() - colon != 3)
        return std::nullopt;
    const QStringView h = t.left(colon), m = t.mid(colon + 1);
    if (!allDigits(h) || !allDigits(m))
        return std::nullopt;
    int hour = h.toInt();
    if (pm) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (*pm ? 12 : 0); // 12:05 am is 00:05, 12:05 pm is 12:05
    }
    const QTime time(hour, m.toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

std::optional<QDate> parseDayMonth(QStringView text, int year)
{
    const QStringView t = text.trimmed();
    const qsizetype space = t.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    QStringView a = t.left(space).trimmed(), b = t.mid(space + 1).trimmed();
    if (!allDigits(a))
        std::swap(a, b); // "May 18"
    const auto month = monthNumber(b);
    if (!allDigits(a) || a.size() > 2 || !month)
        return std::nullopt;
    const QDate date(year, *month, a.toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<double> parseImportNumber(QStringView text, bool decimalComma)
{
    if (const auto plain = parsePlainDecimal(text.trimmed(), decimalComma ? u',' : u'.'))
        return plain;
    QString t = text.trimmed().toString();
    if (decimalComma) {
        // "1.000" or "12.500" look like thousands with a decimal comma: refuse rather than guess.
        const qsizetype point = t.indexOf(u'.');
        if (point > 0 && !t.contains(u',') && t.size() - point == 4 && t.left(point) != u"0")
            return std::nullopt;
        t.replace(u',', u'.');
    }
    if (t.isEmpty() || t.contains(u',') || t.contains(u'e', Qt::CaseInsensitive))
        return std::nullopt;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double value = c.toDouble(t, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

qsizetype firstLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i; // a pair: one character
        else if (text[i].isSurrogate())
            return i;
    }
    return -1;
}

} // namespace mb
