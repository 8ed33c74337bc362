// Reads CSV as real files have it: UTF-8, UTF-16 with a byte-order mark or Windows-1252, CRLF or LF, RFC 4180
// quoting.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace mb {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// How a file is written, as far as reading it is concerned.
struct CsvDialect {
    QChar separator = u',';
    bool byteOrderMark = false;
    bool crlf = false;
    TextEncoding encoding = TextEncoding::Utf8;
    bool utf8 = true; // encoding == Utf8

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
    // The largest file an import reads (256 MiB, some ten million rows): the file is read whole, so this
    // bounds the memory an import can take.
    static constexpr qint64 maxFileBytes = qint64(256) << 20;
    // The bytes of the regular file at path, read without waiting (a FIFO or device is refused, never read);
    // nullopt with error set when it is no regular file, larger than maxFileBytes, or cannot be read.
    static std::optional<QByteArray> readFile(const QString& path, QString& error);

    // Text of the file without a byte-order mark; sets byteOrderMark, encoding, utf8 and crlf of the dialect.
    // The encoding: UTF-16 with its byte-order mark; UTF-8 when the bytes are valid UTF-8; Windows-1252 when
    // no byte beyond ASCII starts a valid UTF-8 sequence (what Excel's plain "CSV" writes). Anything else
    // mixes the two: nullopt, with error naming the line and byte of the first invalid sequence.
    static std::optional<QString> decode(const QByteArray& bytes, CsvDialect& dialect, QString& error);
    // The same, for text MoodBiome wrote itself: what is not valid becomes U+FFFD.
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
