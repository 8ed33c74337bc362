// Writes RFC 4180 CSV: fields quoted only when they need it, CRLF-free (LF line ends).
#pragma once

#include <QString>
#include <QStringList>

namespace mb {

class CsvWriter {
public:
    explicit CsvWriter(QChar separator = u',')
        : m_separator(separator)
    {
    }
    QString field(const QString& value) const;
    QString row(const QStringList& fields) const; // ends with '\n'

private:
    QChar m_separator;
};

} // namespace mb
