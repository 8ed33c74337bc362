// The CSV tokenizer: one pass over the decoded text, counting physical lines for the messages.
#include "core/CsvReader.h"

#include "core/ImportFields.h"

#include <QFile>
#include <QScopeGuard>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

// The length of the well-formed UTF-8 sequence starting at i (Unicode's table 3-7), or 0 when there is none.
qsizetype utf8SequenceAt(const QByteArray& bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return k < bytes.size() ? static_cast<unsigned char>(bytes[k]) : 0u;
    };
    const auto cont = [](unsigned b, unsigned low = 0x80, unsigned high = 0xBF) {
        return b >= low && b <= high;
    };
    const unsigned b = at(i);
    if (b >= 0xC2 && b <= 0xDF)
        return cont(at(i + 1)) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        const unsigned low = b == 0xE0 ? 0xA0 : 0x80, high = b == 0xED ? 0x9F : 0xBF;
        return cont(at(i + 1), low, high) && cont(at(i + 2)) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const unsigned low = b == 0xF0 ? 0x90 : 0x80, high = b == 0xF4 ? 0x8F : 0xBF;
        return cont(at(i + 1), low, high) && cont(at(i + 2)) && cont(at(i + 3)) ? 4 : 0;
    }
    return 0;
}

} // namespace

std::optional<QByteArray> CsvReader::readFile(const QString& path, QString& error)
{
    // Without O_NONBLOCK, opening a FIFO no one writes to waits forever.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    struct stat info = {};
    if (fd < 0 || fstat(fd, &info) != 0) {
        error = tr("Cannot read “%1”: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return std::nullopt;
    }
    const auto closer = qScopeGuard([fd] { ::close(fd); });
    if (S_ISDIR(info.st_mode)) {
        error = tr("Cannot read “%1”: it is a folder.").arg(path);
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        error = tr("Cannot read “%1”: it is not a regular file (a device, pipe or socket); save the data to a "
                   "file and import that.")
                    .arg(path);
        return std::nullopt;
    }
    const auto tooLarge = [&] {
        error = tr("“%1” is larger than %2 MiB, the most MoodBiome imports at once; split it into smaller files.")
                    .arg(path)
                    .arg(maxFileBytes >> 20);
        return std::nullopt;
    };
    if (info.st_size > maxFileBytes)
        return tooLarge();
    QByteArray bytes(qsizetype(info.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    for (;;) {
        if (done == bytes.size()) {
            if (bytes.size() > maxFileBytes)
                return tooLarge(); // it grew while being read
            bytes.resize(std::min<qsizetype>(bytes.size() + 65536, maxFileBytes + 1));
        }
        const ssize_t n = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = tr("Cannot read “%1”: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
            return std::nullopt;
        }
        if (n == 0)
            break;
        done += n;
    }
    bytes.resize(done);
    return bytes;
}

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

namespace {

// A file with a UTF-16 byte-order mark, decoded; nullopt and error when it is not valid UTF-16.
std::optional<QString> decodeUtf16(const QByteArray& bytes, bool littleEndian, QString& error)
{
    QStringDecoder utf16(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                         QStringDecoder::Flag::Stateless);
    const QString text = utf16(QByteArrayView(bytes).sliced(2));
    if (utf16.hasError() || bytes.size() % 2 != 0) {
        error = CsvReader::tr("The file starts with a UTF-16 byte-order mark but is not valid UTF-16; save it again "
                              "as UTF-8.");
        return std::nullopt;
    }
    // Qt's decoder passes half a surrogate pair on; stored, it would become '?'.
    if (const qsizetype at = firstLoneSurrogate(text); at >= 0) {
        const qsizetype lineStart = text.lastIndexOf(u'\n', at) + 1;
        error = CsvReader::tr("Line %1, character %2 (0x%3): half of a UTF-16 surrogate pair without its other half, "
                              "which is no character, so the file is not valid UTF-16. Correct it, or save the file "
                              "again as UTF-8.")
                    .arg(QStringView(text).first(at).count(u'\n') + 1)
                    .arg(at - lineStart + 1)
                    .arg(QString::number(text[at].unicode(), 16));
        return std::nullopt;
    }
    return text;
}

} // namespace

std::optional<QString> CsvReader::decode(const QByteArray& bytes, CsvDialect& dialect, QString& error)
{
    const QByteArray bom("\xEF\xBB\xBF", 3);
    const bool utf16le = bytes.startsWith("\xFF\xFE"), utf16be = bytes.startsWith("\xFE\xFF");
    dialect.byteOrderMark = bytes.startsWith(bom) || utf16le || utf16be;
    QString text;
    if (utf16le || utf16be) {
        dialect.encoding = utf16le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        const auto decoded = decodeUtf16(bytes, utf16le, error);
        if (!decoded)
            return std::nullopt;
        text = *decoded;
    } else {
        const QByteArray body = dialect.byteOrderMark ? bytes.mid(3) : bytes;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8(body);
        dialect.encoding = TextEncoding::Utf8;
        if (utf8.hasError()) {
            // Not UTF-8 throughout: Windows-1252 only when no byte beyond ASCII reads as UTF-8 either. One
            // stray byte in a UTF-8 file must not turn every accent and emoji of it into mojibake.
            qsizetype invalid = -1;
            bool anyValid = false;
            for (qsizetype i = 0; i < body.size();) {
                if (static_cast<unsigned char>(body[i]) < 0x80) {
                    ++i;
                } else if (const qsizetype length = utf8SequenceAt(body, i)) {
                    anyValid = true;
                    i += length;
                } else {
                    if (invalid < 0)
                        invalid = i;
                    ++i;
                }
            }
            if (anyValid || dialect.byteOrderMark) {
                const QByteArrayView before = QByteArrayView(body).first(invalid);
                const qsizetype lineStart = before.lastIndexOf('\n') + 1;
                error = tr("Line %1, byte %2 (0x%3): the file is UTF-8 but this byte is not, so it cannot be read "
                           "safely as either UTF-8 or Windows-1252. Correct that byte, or save the file again as "
                           "UTF-8.")
                            .arg(before.count('\n') + 1)
                            .arg(invalid - lineStart + 1)
                            .arg(static_cast<unsigned char>(body[invalid]), 2, 16, QLatin1Char('0'));
                return std::nullopt;
            }
            dialect.encoding = TextEncoding::Windows1252;
            text = fromWindows1252(body);
        }
    }
    dialect.utf8 = dialect.encoding == TextEncoding::Utf8;
    const qsizetype firstBreak = text.indexOf(u'\n');
    dialect.crlf = firstBreak > 0 && text[firstBreak - 1] == u'\r';
    return text;
}

QString CsvReader::decode(const QByteArray& bytes, CsvDialect& dialect)
{
    QString error;
    if (auto text = decode(bytes, dialect, error))
        return *text;
    dialect.encoding = TextEncoding::Utf8;
    dialect.utf8 = true;
    return QString::fromUtf8(dialect.byteOrderMark ? bytes.mid(3) : bytes);
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
