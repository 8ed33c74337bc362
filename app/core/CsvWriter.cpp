// RFC 4180 field quoting for the CSV exports.
#include "core/CsvWriter.h"

namespace mb {

QString CsvWriter::field(const QString& value) const
{
    const bool needsQuotes = value.contains(m_separator) || value.contains(u'"') || value.contains(u'\n') ||
                             value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

namespace {

// True when text, after any leading single quotes, starts with what a spreadsheet reads as a formula.
bool startsLikeFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    if (i == text.size())
        return false;
    const QChar c = text[i];
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString CsvWriter::spreadsheetSafe(const QString& text)
{
    return startsLikeFormula(text) ? u'\'' + text : text;
}

QString CsvWriter::fromSpreadsheetSafe(const QString& text)
{
    return text.startsWith(u'\'') && startsLikeFormula(text) ? text.mid(1) : text;
}

QString CsvWriter::row(const QStringList& fields) const
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_separator;
        line += field(fields[i]);
    }
    line += u'\n';
    return line;
}

} // namespace mb
