// Reads CSV as real files have it: UTF-8 or Windows-1252, a byte-order mark, CRLF or LF, RFC 4180 quoting.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace mb {

// How a file is written, as far as reading it is concerned.
struct CsvDialect {
    QChar separator = u',';
    bool byteOrderMark = false;
    bool crlf = false;
    bool utf8 = true; // false: not valid UTF-8, read as Windows-1252 (what Excel's plain "CSV" writes)

    // Dutch Excel writes `;` or tab separated files with decimal commas; comma-separated files use points.
    bool decimalComma() const { return separator != u','; }
};

struct CsvRecord {
    qint64 line = 0; // physical line (1-based) where the record starts
    QStringList fields;
    std::optional<QString> problem; // a malformed field that does not stop the reading

    bool isBlank() const; // only empty fields, like the ";;;;" rows Excel leaves
};

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Text of the file without a byte-order mark; sets byteOrderMark, utf8 and crlf of the dialect.
    static QString decode(const QByteArray& bytes, CsvDialect& dialect);
    // The separator of the header line: whichever of , ; and tab occurs most outside quotes (comma when none).
    static QChar detectSeparator(QStringView text);

    CsvReader(QStringView text, QChar separator);

    // The next record; false at the end of the text, or when the text cannot be read any further
    // (an unterminated quote), which error() then describes.
    bool next(CsvRecord& record);
    const std::optional<QString>& error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }

private:
    bool readQuoted(CsvRecord& record, QString& field);
    void readUnquoted(QString& field);
    bool atLineEnd() const;
    void skipLineEnd();

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    std::optional<QString> m_error;
    qint64 m_errorLine = 0;
};

} // namespace mb
