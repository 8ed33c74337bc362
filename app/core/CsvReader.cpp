// The CSV tokenizer: one pass over the decoded text, counting physical lines for the messages.
#include "core/CsvReader.h"

#include <QStringDecoder>

namespace mb {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes, …); 0 marks unused bytes.
constexpr char16_t windows1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                          0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        const char16_t high = b >= 0x80 && b < 0xA0 ? windows1252High[b - 0x80] : 0;
        *out++ = QChar(high ? high : char16_t(b));
    }
    return text;
}

} // namespace

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

QString CsvReader::decode(const QByteArray& bytes, CsvDialect& dialect)
{
    const QByteArray bom("\xEF\xBB\xBF", 3);
    dialect.byteOrderMark = bytes.startsWith(bom);
    const QByteArray body = dialect.byteOrderMark ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(body);
    dialect.utf8 = !utf8.hasError();
    if (!dialect.utf8)
        text = fromWindows1252(body);
    const qsizetype firstBreak = text.indexOf(u'\n');
    dialect.crlf = firstBreak > 0 && text[firstBreak - 1] == u'\r';
    return text;
}

QChar CsvReader::detectSeparator(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

CsvReader::CsvReader(QStringView text, QChar separator)
    : m_text(text)
    , m_separator(separator)
{
}

bool CsvReader::atLineEnd() const
{
    return m_pos >= m_text.size() || m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r';
}

void CsvReader::skipLineEnd()
{
    if (m_pos < m_text.size() && m_text[m_pos] == u'\r')
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == u'\n')
        ++m_pos;
    ++m_line;
}

bool CsvReader::next(CsvRecord& record)
{
    if (m_error || m_pos >= m_text.size())
        return false;
    record.line = m_line;
    record.problem.reset();
    // The record's strings are written over rather than made anew: a million rows, six fields each.
    // (Copy-on-write keeps any copy the caller kept of an earlier record intact.)
    qsizetype count = 0;
    for (;;) {
        if (count == record.fields.size())
            record.fields.append(QString());
        QString& field = record.fields[count++];
        field.resize(0);
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            if (!readQuoted(record, field)) {
                record.fields.resize(count);
                return false;
            }
        } else {
            readUnquoted(field);
        }
        if (m_pos < m_text.size() && m_text[m_pos] == m_separator) {
            ++m_pos;
            continue;
        }
        record.fields.resize(count);
        if (!atLineEnd()) {
            // Text after a closing quote ("abc"def): report it and skip to the end of the line.
            if (!record.problem)
                record.problem = tr("Text follows the closing quote of field %1; a field that contains quotes "
                                    "must be quoted whole, with each quote doubled (\"\").")
                                     .arg(record.fields.size());
            while (!atLineEnd())
                ++m_pos;
        }
        skipLineEnd();
        return true;
    }
}

bool CsvReader::readQuoted(CsvRecord& record, QString& field)
{
    const qint64 openedOn = m_line;
    ++m_pos; // the opening quote
    for (;;) {
        const qsizetype quote = m_text.indexOf(u'"', m_pos);
        if (quote < 0) {
            m_errorLine = record.line;
            m_error = openedOn == record.line
                          ? tr("A quote opens on this line and is never closed; add the missing \".")
                          : tr("A quote opens on line %1 and is never closed; add the missing \".").arg(openedOn);
            m_pos = m_text.size();
            return false;
        }
        const QStringView part = m_text.mid(m_pos, quote - m_pos);
        m_line += part.count(u'\n');
        field += part;
        m_pos = quote + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            field += u'"'; // a doubled quote inside quotes
            ++m_pos;
            continue;
        }
        // Line breaks inside a field are kept as LF, whatever the file's line ends.
        field.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        return true;
    }
}

void CsvReader::readUnquoted(QString& field)
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == m_separator || c == u'\n' || c == u'\r')
            break;
        ++m_pos;
    }
    field.append(m_text.mid(start, m_pos - start));
}

} // namespace mb
