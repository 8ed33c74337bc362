// Checks an import against the database, then writes it all or nothing; re-imports skip values already stored.
#include "storage/Importer.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "storage/BulkJournalWriter.h"
#include "storage/JournalRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace mb {

namespace {

const QString participantField = QStringLiteral("participant");

struct CodeRows {
    qint64 firstLine = 0;
    qint64 count = 0;
    QDate first;
    QDate last;
};

// What the audit event of an import says besides its counts.
QJsonObject auditDetails(const QString& fileName, const ImportSummary& summary)
{
    return {{QStringLiteral("file"), fileName},
            {QStringLiteral("sha256"), summary.sha256},
            {QStringLiteral("format"), toString(summary.format)},
            {QStringLiteral("rows"), summary.rows},
            {QStringLiteral("participants_created"), QJsonArray::fromStringList(summary.participantsCreated)},
            {QStringLiteral("skipped_duplicates"), summary.skippedDuplicates},
            {QStringLiteral("skipped_questionnaire_totals"), summary.skippedQuestionnaireTotals}};
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Parsed records with their rows already formatted, handed from the reading thread to the writing one.
struct StreamChunk {
    QList<ImportRecord> records;
    std::vector<BulkJournalWriter::Row> rows; // rows[i] is records[i]; participant ids still to be set
    bool problems = false;                    // the file has problems up to here: writing is pointless
};

// A short queue between the two threads: the reader waits when the writer lags, and stops when it gives up.
class ChunkQueue {
public:
    bool push(StreamChunk&& chunk)
    {
        std::vector<StreamChunk> spent; // freed here, on the reading thread, outside the lock
        std::unique_lock lock(m_mutex);
        spent.swap(m_spent);
        m_changed.wait(lock, [this] { return m_chunks.size() < capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }
    std::optional<StreamChunk> pop() // nullopt once the reader has finished and all is taken
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished; });
        if (m_chunks.empty())
            return std::nullopt;
        StreamChunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }
    // A chunk the writer is done with, for the reader to free: the writer is the busier thread.
    void giveBack(StreamChunk&& chunk)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(chunk));
    }
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void abandon()
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_chunks.clear();
        m_changed.notify_all();
    }
    bool abandoned()
    {
        const std::lock_guard lock(m_mutex);
        return m_abandoned;
    }

private:
    static constexpr std::size_t capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<StreamChunk> m_chunks;
    std::vector<StreamChunk> m_spent;
    bool m_finished = false;
    bool m_abandoned = false;
};

// The reading thread, told to stop and joined however the writing ends.
struct ReadingThread {
    ChunkQueue& queue;
    std::thread thread;
    void join()
    {
        if (thread.joinable())
            thread.join();
    }
    ~ReadingThread()
    {
        queue.abandon();
        join();
    }
};

QHash<QString, CodeRows> rowsByCode(const QList<ImportRecord>& records)
{
    QHash<QString, CodeRows> byCode;
    for (const ImportRecord& r : records) {
        CodeRows& c = byCode[r.participant];
        if (c.count++ == 0) {
            c.firstLine = r.line;
            c.first = c.last = r.entry.date;
        }
        c.first = std::min(c.first, r.entry.date);
        c.last = std::max(c.last, r.entry.date);
    }
    return byCode;
}

} // namespace

Importer::Importer(Store& store)
    : m_store(store)
{
}

QString Importer::valueKey(QDate date, const std::optional<QTime>& time, const QString& measure, double value)
{
    return isoDate(date) + u'|' + (time ? hourMinute(*time) : QString()) + u'|' + measure + u'|' +
           QString::number(value, 'g', 17);
}

QSet<QString> Importer::storedValues(const QString& code, QDate from, QDate to) const
{
    QSet<QString> keys;
    m_store.journal().forEachObservation(
        code, from, to, [&](const TidyRow& row) { keys.insert(valueKey(row.date, row.time, row.measure, row.value)); });
    return keys;
}

Importer::Resolved Importer::resolve(const ImportPlan& plan, ImportProblems& problems) const
{
    const ImportBatch& batch = plan.batch;
    Resolved resolved;
    QHash<QString, Participant> known;
    for (const Participant& p : m_store.participants().list(true))
        known.insert(p.code, p);
    const QString& given = plan.givenParticipant;
    if (!given.isEmpty() && (!known.contains(given) || known[given].deleted)) {
        problems.add(0, participantField, tr("There is no participant with code “%1”; add them first.").arg(given));
        return resolved;
    }
    const QHash<QString, CodeRows> byCode = rowsByCode(batch.records);
    QHash<QString, QSet<QString>> stored;
    for (const QString& code : batch.participantCodes()) {
        const CodeRows& rows = byCode[code];
        const auto it = known.constFind(code);
        if (it == known.cend())
            resolved.newParticipants.append(code);
        else if (it->deleted)
            problems.add(rows.firstLine, participantField,
                         tr("The participant %1 was deleted; restore them before importing their data.").arg(code));
        else if (it->isWithdrawn())
            problems.add(rows.firstLine, participantField,
                         tr("%1 withdrew on %2; their journal is read-only, so none of their %n row(s) can be "
                            "imported.",
                            nullptr, int(std::min<qint64>(rows.count, std::numeric_limits<int>::max())))
                             .arg(code, isoDate(it->withdrawn)));
        else
            stored.insert(code, storedValues(code, rows.first, rows.last));
    }
    resolved.records.reserve(batch.records.size());
    for (ImportRecord record : batch.records) {
        const auto values = stored.constFind(record.participant);
        if (values != stored.cend()) {
            record.entry.participantId = known.value(record.participant).id;
            const qsizetype before = record.entry.values.size();
            record.entry.values.removeIf([&](const auto& v) {
                return values->contains(valueKey(record.entry.date, record.entry.time, v.key(), v.value()));
            });
            resolved.duplicates += before - record.entry.values.size();
            if (before > 0 && record.entry.values.isEmpty())
                continue; // every value of this entry is stored already
        }
        resolved.observations += record.entry.values.size();
        resolved.records.append(std::move(record));
    }
    return resolved;
}

ImportSummary Importer::summaryOf(const ImportPlan& plan, const Resolved& resolved) const
{
    ImportSummary summary = plan.summary;
    summary.entries = resolved.records.size();
    summary.observations = resolved.observations;
    summary.participantsCreated = resolved.newParticipants;
    summary.skippedDuplicates = resolved.duplicates;
    return summary;
}

ImportPlan Importer::prepare(const QByteArray& bytes, const QString& fileName, const ImportOptions& options,
                             const Progress& progress) const
{
    ImportPlan plan;
    plan.fileName = fileName;
    plan.givenParticipant = options.participant;
    // The file's fingerprint for the audit trail, on the other core while this one reads the rows.
    auto sha256 = std::async(std::launch::async, [&bytes] { return sha256Hex(bytes); });
    const ImportParser parser(m_store.measures().list(), options);
    plan.batch = parser.parse(
        bytes, [&](qint64 done, qint64 total) { return !progress || progress(Stage::Reading, done, total); });
    plan.sha256 = sha256.get();
    ImportSummary& s = plan.summary;
    s.format = plan.batch.format;
    s.dialect = plan.batch.dialect;
    s.rows = plan.batch.rows;
    s.skippedQuestionnaireTotals = plan.batch.questionnaireTotals;
    s.sha256 = plan.sha256;
    s.problems = plan.batch.problems;
    if (plan.batch.cancelled || (progress && !progress(Stage::Checking, 0, 1))) {
        plan.batch.cancelled = true;
        return plan;
    }
    const Resolved resolved = resolve(plan, s.problems);
    s = summaryOf(plan, resolved);
    return plan;
}

ImportSummary Importer::commit(const ImportPlan& plan, const Progress& progress)
{
    if (!plan.summary.problems.isEmpty() || plan.batch.cancelled)
        throw StorageError(StorageError::Code::InvalidInput,
                           tr("The file has problems; nothing was imported. Correct every line listed and try again."));
    const QString reason = QStringLiteral("import of %1").arg(plan.fileName);
    Transaction tx(m_store.database());
    ImportProblems problems;
    Resolved resolved = resolve(plan, problems); // again, inside the transaction: the database may have moved on
    if (!problems.isEmpty())
        throw StorageError(StorageError::Code::InvalidInput,
                           tr("Line %1: %2").arg(problems.shown().first().line).arg(problems.shown().first().message));
    QHash<QString, qint64> created;
    for (const QString& code : std::as_const(resolved.newParticipants))
        created.insert(code, m_store.participants().add(Participant{.code = code}, reason));
    QList<JournalEntry> entries;
    entries.reserve(resolved.records.size());
    for (const ImportRecord& r : std::as_const(resolved.records)) {
        entries.append(r.entry);
        if (entries.last().participantId == 0)
            entries.last().participantId = created.value(r.participant);
    }
    ImportSummary summary = summaryOf(plan, resolved);
    const QJsonObject details = auditDetails(plan.fileName, summary);
    const qint64 total = entries.size();
    m_store.journal().addMany(
        entries, {.source = plan.fileName, .reason = reason, .details = details, .progress = [&](qsizetype written) {
                      if (progress && !progress(Stage::Writing, written, total))
                          throw ImportCancelled();
                  }});
    if (progress && !progress(Stage::Writing, total, total))
        throw ImportCancelled();
    tx.commit();
    summary.written = true;
    return summary;
}

std::optional<ImportSummary> Importer::streamed(const QByteArray& bytes, const QString& fileName,
                                                const ImportOptions& options)
{
    QHash<QString, Participant> known;
    for (const Participant& p : m_store.participants().list(true))
        known.insert(p.code, p);
    if (!options.participant.isEmpty() && (!known.contains(options.participant) || known[options.participant].deleted))
        return std::nullopt;

    // The reading thread: parse, format, hand over; then the file's fingerprint.
    ChunkQueue queue;
    ImportBatch batch;
    QString sha256;
    ReadingThread reader{
        queue, std::thread([&, measures = m_store.measures().list(),
                            ids = BulkJournalWriter::measureIds(m_store.measures()), zone = clock().timeZone()] {
            BulkJournalWriter::Formatter formatter(ids, zone);
            const ImportParser parser(measures, options);
            bool formatted = true;
            batch = parser.parse(
                bytes, [&](qint64, qint64) { return !queue.abandoned(); },
                [&](QList<ImportRecord>&& records, const ImportProblems& problems) {
                    StreamChunk chunk;
                    chunk.rows.resize(records.size());
                    for (qsizetype i = 0; i < records.size() && formatted; ++i)
                        formatted = formatter.format(records[i].entry, chunk.rows[i]);
                    chunk.records = std::move(records);
                    chunk.problems = !problems.isEmpty() || !formatted;
                    queue.push(std::move(chunk));
                });
            batch.cancelled = batch.cancelled || !formatted;
            if (!queue.abandoned())
                sha256 = sha256Hex(bytes);
            queue.finish();
        })};

    // This thread: participants, values already stored, and the write, in one transaction.
    const QString reason = QStringLiteral("import of %1").arg(fileName);
    ImportSummary summary;
    try {
        const BulkJournalWriter::ForeignKeysOff keysCheckedByTheWriter(m_store.database());
        Transaction tx(m_store.database());
        m_store.journal().writeMany(
            {.source = fileName, .reason = reason}, [&](BulkJournalWriter& writer, QJsonObject& details) {
                QSet<QString> created;
                QHash<QString, QSet<QString>> stored; // of participants there before, read before writing for them
                QString lastCode;
                qint64 lastId = 0;
                const QSet<QString>* lastStored = nullptr;
                bool refused = false;
                while (auto chunk = queue.pop()) {
                    refused = refused || chunk->problems;
                    for (qsizetype i = 0; i < chunk->records.size() && !refused; ++i) {
                        const ImportRecord& r = chunk->records[i];
                        BulkJournalWriter::Row& row = chunk->rows[i];
                        if (lastId == 0 || r.participant != lastCode) {
                            const auto it = known.constFind(r.participant);
                            lastStored = nullptr;
                            if (it == known.cend()) {
                                lastId = m_store.participants().add(Participant{.code = r.participant}, reason);
                                known.insert(r.participant, Participant{.id = lastId, .code = r.participant});
                                created.insert(r.participant);
                            } else if (it->deleted || it->isWithdrawn()) {
                                refused = true; // the second reading says so
                                break;
                            } else {
                                lastId = it->id;
                                if (!created.contains(r.participant)) {
                                    auto values = stored.find(r.participant);
                                    if (values == stored.end())
                                        values = stored.insert(r.participant, storedValues(r.participant, {}, {}));
                                    lastStored = values->isEmpty() ? nullptr : &*values;
                                }
                            }
                            lastCode = r.participant;
                        }
                        row.participantId = lastId;
                        if (lastStored) {
                            const qsizetype before = row.values.size();
                            qsizetype j = 0, kept = 0;
                            for (auto v = r.entry.values.cbegin(); v != r.entry.values.cend(); ++v, ++j)
                                if (!lastStored->contains(valueKey(r.entry.date, r.entry.time, v.key(), v.value())))
                                    row.values[kept++] = row.values[j];
                            row.values.resize(kept);
                            summary.skippedDuplicates += before - kept;
                            if (before > 0 && kept == 0)
                                continue; // every value of this entry is stored already
                        }
                        writer.add(std::move(row));
                    }
                    if (refused)
                        queue.abandon();
                    queue.giveBack(std::move(*chunk));
                }
                reader.join(); // the batch and the fingerprint are complete
                if (refused || batch.cancelled || !batch.problems.isEmpty())
                    throw ImportCancelled(); // rolls the write back
                summary.participantsCreated = QStringList(created.cbegin(), created.cend());
                summary.participantsCreated.sort();
                summary.format = batch.format;
                summary.dialect = batch.dialect;
                summary.rows = batch.rows;
                summary.skippedQuestionnaireTotals = batch.questionnaireTotals;
                summary.sha256 = sha256;
                summary.entries = writer.entryCount();
                summary.observations = writer.observationCount();
                const QJsonObject extra = auditDetails(fileName, summary);
                for (auto it = extra.begin(); it != extra.end(); ++it)
                    details.insert(it.key(), it.value());
            });
        tx.commit();
    } catch (const ImportCancelled&) {
        return std::nullopt;
    }
    summary.written = true;
    return summary;
}

ImportSummary Importer::run(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, bool dryRun,
                            const Progress& progress)
{
    if (!dryRun && !progress)
        if (auto summary = streamed(bytes, fileName, options))
            return *summary;
    const ImportPlan plan = prepare(bytes, fileName, options, progress);
    if (dryRun || !plan.summary.problems.isEmpty() || plan.batch.cancelled)
        return plan.summary;
    return commit(plan, progress);
}

} // namespace mb
