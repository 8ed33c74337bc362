// Format names, the capped problem list, and counts over the records read.
#include "core/ImportBatch.h"

#include <QSet>

namespace mb {

namespace {
struct FormatName {
    ImportFormat format;
    const char16_t* name;
};
constexpr FormatName formatNames[] = {{ImportFormat::Auto, u"auto"},
                                      {ImportFormat::Tidy, u"tidy"},
                                      {ImportFormat::Wide, u"wide"},
                                      {ImportFormat::Daylio, u"daylio"}};
} // namespace

QString toString(ImportFormat format)
{
    for (const auto& f : formatNames)
        if (f.format == format)
            return QString::fromUtf16(f.name);
    return QStringLiteral("auto");
}

std::optional<ImportFormat> importFormatFromString(QStringView text)
{
    for (const auto& f : formatNames)
        if (text == QStringView(f.name))
            return f.format;
    return std::nullopt;
}

void ImportProblems::add(qint64 line, const QString& field, const QString& message)
{
    ++m_count;
    if (m_shown.size() < shownLimit)
        m_shown.append({line, field, message});
}

qint64 ImportBatch::observationCount() const
{
    qint64 count = 0;
    for (const ImportRecord& r : records)
        count += r.entry.values.size();
    return count;
}

QStringList ImportBatch::participantCodes() const
{
    QSet<QString> codes;
    for (const ImportRecord& r : records)
        codes.insert(r.participant);
    QStringList sorted(codes.cbegin(), codes.cend());
    sorted.sort();
    return sorted;
}

QString ImportText::formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Tidy:
        return tr("tidy CSV (one value a row)");
    case ImportFormat::Wide:
        return tr("wide CSV (one column per measure)");
    case ImportFormat::Daylio:
        return tr("Daylio export");
    case ImportFormat::Auto:
        break;
    }
    return tr("not recognised");
}

QString ImportText::separatorName(QChar separator)
{
    if (separator == u';')
        return tr("semicolon (;)");
    if (separator == u'\t')
        return tr("tab");
    return tr("comma (,)");
}

QString ImportText::decimalMarkName(const CsvDialect& dialect)
{
    return dialect.decimalComma() ? tr("decimal comma (7,5)") : tr("decimal point (7.5)");
}

QString ImportText::encodingName(const CsvDialect& dialect)
{
    switch (dialect.encoding) {
    case TextEncoding::Utf16LE:
        return tr("UTF-16 (little-endian)");
    case TextEncoding::Utf16BE:
        return tr("UTF-16 (big-endian)");
    case TextEncoding::Windows1252:
        return tr("Windows-1252 (not UTF-8)");
    case TextEncoding::Utf8:
        break;
    }
    return tr("UTF-8");
}

QString ImportText::notShown(qint64 count)
{
    return tr("… and %n more problem(s), not listed.", nullptr, int(std::min<qint64>(count, 1 << 30)));
}

} // namespace mb
