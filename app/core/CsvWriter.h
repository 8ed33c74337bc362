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

    // OWASP's rule against formula injection: a text cell that a spreadsheet would run as a formula (it starts
    // with =, +, -, @, a tab or a carriage return, possibly after quotes) gets a single quote in front. Only for
    // text (codes, notes): numbers such as -1.5 are written as they are.
    static QString spreadsheetSafe(const QString& text);
    // The reverse, for imports: the quote spreadsheetSafe() added is removed again.
    static QString fromSpreadsheetSafe(const QString& text);

private:
    QChar m_separator;
};

} // namespace mb
