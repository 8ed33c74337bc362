// The lenient-but-exact reading of dates, times and numbers in imported files (ISO and Dutch Excel forms).
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace mb {

// 2024-12-31, or day first: 31-12-2024, 31/12/2024, 3-2-2025. Impossible dates (2025-02-30) give nullopt.
std::optional<QDate> parseImportDate(QStringView text);
// 20:39, 8:05, 20:39:00, or 12-hour: 10:00 pm, 12:15 AM.
std::optional<QTime> parseImportTime(QStringView text);
// "18 May" or "May 18" (English month names, full or three letters) in the given year.
std::optional<QDate> parseDayMonth(QStringView text, int year);
// 7, -1, 7.5; with decimalComma also 7,5. Thousands separators are refused: with a decimal comma
// "1.000" could mean one or one thousand.
std::optional<double> parseImportNumber(QStringView text, bool decimalComma);
// The index of the first UTF-16 code unit of text that is half of a surrogate pair without its other half, or -1
// when there is none. Such a unit is no character (a JSON "\ud800" or a UTF-16 file can hold one, and Qt passes it
// on); written as UTF-8 it would become '?', so an import refuses it instead.
qsizetype firstLoneSurrogate(QStringView text);

} // namespace mb
