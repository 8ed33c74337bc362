// Chunked UTF-8 output and the audit row of an export.
#include "storage/ExportWriter.h"

#include "core/DateText.h"
#include "storage/ChainAnchor.h"
#include "storage/Database.h"
#include "storage/InstanceLock.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace mb {

ExportWriter::ExportWriter(QIODevice& out, std::function<void(qint64)> progress)
    : m_out(out)
    , m_progress(std::move(progress))
{
}

void ExportWriter::write(const QString& text)
{
    m_buffer += text;
    if (m_buffer.size() > (1 << 16))
        flush();
}

void ExportWriter::flush()
{
    errno = 0;
    if (m_out.write(m_buffer.toUtf8()) < 0)
        throw StorageError(StorageError::Code::Failed,
                           StorageText::tr("Cannot write the export: %1").arg(writeErrorText(m_out)));
    m_buffer.clear();
    if (m_progress)
        m_progress(m_rows);
}

QDate requireExportable(const Statement& st, const ObservationColumns& columns, const QString& participantCode)
{
    if (!st.isNull(columns.measure) && (!st.isNumber(columns.value) || !std::isfinite(st.real(columns.value))))
        throw StorageError(
            StorageError::Code::Corrupt,
            StorageText::tr("Entry %1 of %2 holds %3 = %4, a value MoodBiome never stores: the database "
                            "was changed outside MoodBiome. Nothing was exported; run verify.")
                .arg(st.text(columns.entryId), participantCode, st.text(columns.measure), st.text(columns.value)));
    return requireExportableDate(st, DatedRow::Entry, columns.entryId, columns.date, participantCode);
}

QDate requireExportableDate(const Statement& st, DatedRow row, int idColumn, int dateColumn,
                            const QString& participantCode)
{
    if (row == DatedRow::InterventionEnd && st.isNull(dateColumn))
        return {};
    const QDate date = st.date(dateColumn);
    if (date.isValid())
        return date;
    QString message;
    switch (row) {
    case DatedRow::Entry:
        message = StorageText::tr("Entry %1 of %2 is dated “%3”, a date MoodBiome never stores: the database was "
                                  "changed outside MoodBiome. Nothing was exported; run verify.");
        break;
    case DatedRow::QuestionnaireResponse:
        message = StorageText::tr("Questionnaire response %1 of %2 is dated “%3”, a date MoodBiome never stores: the "
                                  "database was changed outside MoodBiome. Nothing was exported; run verify.");
        break;
    case DatedRow::InterventionStart:
        message = StorageText::tr("Intervention %1 of %2 starts “%3”, a date MoodBiome never stores: the database "
                                  "was changed outside MoodBiome. Nothing was exported; run verify.");
        break;
    case DatedRow::InterventionEnd:
        message = StorageText::tr("Intervention %1 of %2 ends “%3”, a date MoodBiome never stores: the database was "
                                  "changed outside MoodBiome. Nothing was exported; run verify.");
        break;
    case DatedRow::AdherenceTick:
        message = StorageText::tr("An adherence tick of intervention %1 of %2 is dated “%3”, a date MoodBiome never "
                                  "stores: the database was changed outside MoodBiome. Nothing was exported; run "
                                  "verify.");
        break;
    }
    throw StorageError(StorageError::Code::Corrupt,
                       message.arg(st.text(idColumn), participantCode, st.text(dateColumn)));
}

void forEachDiaryEntry(Store& store, const ExportFilter& filter, qint64 participantId, const QString& participantCode,
                       const std::function<void(const DiaryEntry&)>& visit)
{
    Statement st = store.database().prepare(
        u"SELECT e.id, e.local_date, e.local_time, e.note, m.key, o.value FROM observation o "
        u"JOIN entry e ON e.id = o.entry_id JOIN measure m ON m.id = o.measure_id "
        u"WHERE e.deleted = 0 AND e.participant_id = ?1 AND (?2 = '' OR e.local_date >= ?2) "
        u"AND (?3 = '' OR e.local_date <= ?3) ORDER BY e.local_date, e.local_time, e.id, m.sort_order");
    st.bind(1, participantId);
    st.bind(2, filter.from.isValid() ? isoDate(filter.from) : QStringLiteral(""))
        .bind(3, filter.to.isValid() ? isoDate(filter.to) : QStringLiteral(""));
    std::optional<DiaryEntry> entry;
    qint64 entryId = -1;
    while (st.step()) {
        requireExportable(st, {.entryId = 0, .date = 1, .measure = 4, .value = 5}, participantCode);
        if (st.int64(0) != entryId) {
            if (entry)
                visit(*entry);
            entryId = st.int64(0);
            entry.emplace(DiaryEntry{st.text(1), st.isNull(2) ? QString() : st.text(2), st.text(3), {}});
        }
        entry->values.append({st.text(4), st.real(5)});
    }
    if (entry)
        visit(*entry);
}

void ExportWriter::record(Store& store, const QString& format, const ExportFilter& filter, qint64 rows,
                          const QString& destination)
{
    if (store.database().isReadOnly())
        return;
    QJsonObject details{{QStringLiteral("format"), format},
                        {QStringLiteral("participant"), filter.participantCode},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("output"), destination}};
    if (filter.from.isValid())
        details.insert(QStringLiteral("from"), isoDate(filter.from));
    if (filter.to.isValid())
        details.insert(QStringLiteral("to"), isoDate(filter.to));
    if (filter.includeNames)
        details.insert(QStringLiteral("names"), true);
    if (!filter.fhirSystem.isEmpty())
        details.insert(QStringLiteral("fhir_system"), filter.fhirSystem);
    if (filter.bySite)
        details.insert(QStringLiteral("site_participants"), qint64(filter.siteParticipants.size()));
    if (filter.fhirTransaction)
        details.insert(QStringLiteral("fhir_transaction"), true);
    if (filter.rawCsv && (format == u"tidy" || format == u"wide"))
        details.insert(QStringLiteral("raw"), true);
    // The chain the exported data come from (a CSV file has no place for it).
    details.insert(QStringLiteral("chain_head"), ChainAnchor::head(store.database()).text());
    store.audit().recordEvent(AuditLog::Action::Export, QStringLiteral("export"), details);
}

QString writeErrorText(const QIODevice& device)
{
    if (errno == ENOSPC || device.errorString().contains(QString::fromLocal8Bit(strerror(ENOSPC))))
        return StorageText::tr("the disk is full; free some disk space and try again");
    return device.errorString();
}

namespace {

// Whether the first bytes are text a person or an export wrote: printable UTF-8 (tab and line ends allowed), a
// sequence cut off at the end included.
bool looksLikeText(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = quint8(bytes.at(i));
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
                return false;
            ++i;
            continue;
        }
        const int more = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
        if (more < 0 || c > 0xf4)
            return false;
        for (int k = 1; k <= more && i + k < bytes.size(); ++k)
            if ((quint8(bytes.at(i + k)) & 0xc0) != 0x80)
                return false;
        i += more + 1;
    }
    return true;
}

// A SQLite database: the plain header, or an encrypted file (whose first bytes are random: a whole number of
// SQLCipher pages that begins as neither text nor a PDF).
bool isDatabase(const InstanceLock::Start& start)
{
    if (start.bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return true;
    return start.size > 0 && start.size % 4096 == 0 && !start.bytes.startsWith("%PDF") && !looksLikeText(start.bytes);
}

// The file a symbolic link leads to, through links to links, also when it does not exist yet: QSaveFile replaces
// that file, not the link, so every check is of it.
QString followLinks(QString path)
{
    for (int depth = 0; depth < 40; ++depth) {
        const QFileInfo info(path);
        if (!info.isSymLink())
            break;
        path = info.symLinkTarget();
    }
    return path;
}

} // namespace

ExportTarget::ExportTarget(QString path)
    : m_path(std::move(path))
{
}

ExportTarget::~ExportTarget() = default;

bool ExportTarget::open()
{
    // A database's log or journal holds changes not yet in the database: replacing it loses them (and an open
    // connection deletes the export again when it closes).
    const QString replaced = followLinks(m_path);
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (replaced.endsWith(suffix) && QFileInfo(replaced.chopped(suffix.size())).isFile()) {
            m_error = StorageText::tr("it belongs to the database “%1” beside it, so it was not replaced; choose "
                                      "another file name")
                          .arg(QFileInfo(replaced.chopped(suffix.size())).fileName());
            return false;
        }
    const QByteArray name = QFile::encodeName(m_path);
    struct stat info = {};
    if (stat(name.constData(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
        // O_NONBLOCK: a FIFO without a reader fails (ENXIO) instead of waiting forever. No O_CREAT, no O_TRUNC.
        const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            m_error = errno == ENXIO ? StorageText::tr("it is a pipe that no program reads from")
                                     : QString::fromLocal8Bit(strerror(errno));
            return false;
        }
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        m_direct = std::make_unique<QFile>();
        if (!m_direct->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            m_error = m_direct->errorString();
            return false;
        }
        return true;
    }
    if (const auto start = InstanceLock::readStart(m_path, 16); start && isDatabase(*start)) {
        m_error = StorageText::tr("it is a database (a working file or a backup), which an export never replaces; "
                                  "choose another file name");
        return false;
    }
    m_save = std::make_unique<QSaveFile>(m_path);
    if (!m_save->open(QIODevice::WriteOnly)) {
        m_error = m_save->errorString();
        return false;
    }
    // The temporary file, before a byte is written: the name it gets on commit is private from the start, also
    // when it replaces a file others could read (QSaveFile would give it that file's permissions).
    if (!m_save->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = m_save->errorString();
        m_save->cancelWriting();
        return false;
    }
    return true;
}

QIODevice& ExportTarget::device()
{
    if (m_direct)
        return *m_direct;
    return *m_save;
}

bool ExportTarget::commit()
{
    errno = 0;
    if (m_direct) {
        if (m_direct->flush())
            return true;
        m_error = writeErrorText(*m_direct);
        return false;
    }
    // The last buffered bytes are written here, not in commit(): QSaveFile's commit does not see a write that fails
    // then (a full disk, a file-size limit), and would rename a truncated file over the good one.
    if (m_save->flush() && m_save->error() == QFileDevice::NoError && m_save->commit())
        return true;
    m_error = writeErrorText(*m_save);
    m_save->cancelWriting();
    return false;
}

QString ExportTarget::errorString() const
{
    return m_error;
}

} // namespace mb
