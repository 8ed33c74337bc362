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
