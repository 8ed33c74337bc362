// One import pipeline: the file read on a thread of its own, resolved here against the database, then counted
// (dry run, preview) or written all or nothing; re-imports skip values already stored.
#include "storage/Importer.h"

#include "core/Clock.h"
#include "core/CsvReader.h"
#include "core/Tag.h"
#include "storage/BulkJournalWriter.h"
#include "storage/ImportChunkQueue.h"
#include "storage/ImportResolver.h"
#include "storage/InstanceLock.h"
#include "storage/JournalRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Sha256.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "storage/TagRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <thread>

namespace mb {

namespace {

// What the audit event of an import says besides its counts.
QJsonObject auditDetails(const QString& fileName, const ImportSummary& summary)
{
    return {{QStringLiteral("file"), fileName},
            {QStringLiteral("sha256"), summary.sha256},
            {QStringLiteral("format"), toString(summary.format)},
            {QStringLiteral("rows"), summary.rows},
            {QStringLiteral("participants_created"), QJsonArray::fromStringList(summary.participantsCreated)},
            {QStringLiteral("tags_created"), QJsonArray::fromStringList(summary.tagsCreated)},
            {QStringLiteral("skipped_duplicates"), summary.skippedDuplicates},
            {QStringLiteral("entries_tagged"), summary.entriesTagged},
            {QStringLiteral("skipped_questionnaire_totals"), summary.skippedQuestionnaireTotals}};
}

QString importReason(const QString& fileName)
{
    return QStringLiteral("import of %1").arg(fileName);
}

// The reading stage: the file parsed on a thread of its own and handed over in chunks, formatted as rows when
// they are to be written; then the file's fingerprint. Told to stop and joined however the taking ends.
class ImportReader {
public:
    ImportReader(Store& store, const QByteArray& bytes, const ImportOptions& options, bool formatRows)
        : m_parser(store.measures().list(), options)
        , m_bytes(bytes)
    {
        if (formatRows)
            m_formatter.emplace(BulkJournalWriter::measureIds(store.measures()), clock().timeZone());
        m_thread = std::thread([this] { read(); });
    }
    ~ImportReader()
    {
        m_queue.abandon();
        join();
    }
    ImportReader(const ImportReader&) = delete;
    ImportReader& operator=(const ImportReader&) = delete;

    ImportChunkQueue& queue() { return m_queue; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    // Once joined: the batch (its records were handed over), the fingerprint, and whether a row failed to format.
    ImportBatch& batch() { return m_batch; }
    const QString& sha256() const { return m_sha256; }
    bool formatFailed() const { return m_formatFailed; }

private:
    void read()
    {
        m_batch = m_parser.parse(
            m_bytes,
            [this](qint64 done, qint64 total) {
                m_total = total; // before done: whoever reads done, then total, sees done <= total
                m_done = done;
                return !m_queue.abandoned();
            },
            [this](QList<ImportRecord>&& records, const ImportProblems& problems) {
                hand(std::move(records), problems);
            });
        if (!m_queue.abandoned())
            m_sha256 = sha256Hex(m_bytes);
        m_queue.finish();
    }
    void hand(QList<ImportRecord>&& records, const ImportProblems& problems)
    {
        ImportChunk chunk;
        if (m_formatter) {
            chunk.rows.resize(records.size());
            for (qsizetype i = 0; i < records.size() && !m_formatFailed; ++i)
                m_formatFailed = !m_formatter->format(records[i].entry, chunk.rows[i]);
        }
        chunk.records = std::move(records);
        chunk.problems = !problems.isEmpty() || m_formatFailed;
        m_queue.push(std::move(chunk));
    }

    ImportChunkQueue m_queue;
    const ImportParser m_parser;
    const QByteArray m_bytes;
    std::optional<BulkJournalWriter::Formatter> m_formatter;
    ImportBatch m_batch;
    QString m_sha256;
    bool m_formatFailed = false;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::thread m_thread; // last: it starts once everything above is there
};

} // namespace

// The resolving stage and its sink, on the caller's thread: every record resolved, then counted, or written when
// there is a writer.
class Importer::Pipeline {
public:
    Pipeline(Store& store, const ImportOptions& options, const Progress& progress, Stage stage)
        : m_store(store)
        , m_resolver(store, options.participant)
        , m_progress(progress)
        , m_stage(stage)
    {
        ImportProblems ignored;
        m_givenOk = m_resolver.checkGiven(ignored);
        for (const Tag& t : store.tags().list())
            m_tagIds.insert(tagNameKey(t.name), t.id);
    }
    bool givenOk() const { return m_givenOk; }
    bool cancelled() const { return m_cancelled; }
    void writeTo(BulkJournalWriter* writer, const QString& reason)
    {
        m_writer = writer;
        m_reason = reason;
    }

    // Takes every chunk the reader hands over. False when it stopped early: while writing at the first problem
    // or refused participant, or (dry run) when the observer said stop. While writing, the observer saying stop
    // throws ImportCancelled.
    bool consume(ImportReader& reader)
    {
        ImportChunkQueue& queue = reader.queue();
        while (auto chunk = queue.pop()) {
            const bool going = take(*chunk);
            queue.giveBack(std::move(*chunk));
            const bool observed = going && observe(reader);
            if (!observed) {
                queue.abandon();
                if (going && m_writer)
                    throw ImportCancelled();
                m_cancelled = going;
                return false;
            }
        }
        return true;
    }

    // The counts of what was taken; problems those of the file.
    ImportSummary summary(const ImportBatch& batch, const QString& sha256) const
    {
        ImportSummary s;
        s.format = batch.format;
        s.dialect = batch.dialect;
        s.rows = batch.rows;
        s.skippedQuestionnaireTotals = batch.questionnaireTotals;
        s.problems = batch.problems;
        s.sha256 = sha256;
        s.entries = m_entries;
        s.observations = m_observations;
        s.skippedDuplicates = m_skipped;
        s.participantsCreated = m_resolver.newParticipants();
        s.participantCodes = m_resolver.participantCodes();
        s.tagsCreated = m_tagsCreated;
        s.entriesTagged = m_entriesTagged;
        return s;
    }
    // The problems of the database with the file: the given participant, else refused participants.
    void reportProblems(ImportProblems& problems) const
    {
        if (m_resolver.checkGiven(problems))
            m_resolver.reportRefused(problems);
    }

private:
    bool observe(const ImportReader& reader) const
    {
        if (!m_progress)
            return true;
        const qint64 done = reader.done(); // first: see ImportReader::read
        return m_progress(m_stage, done, reader.total());
    }
    bool take(ImportChunk& chunk)
    {
        if (m_writer && chunk.problems)
            return false;
        if (!m_givenOk)
            return true; // nothing to resolve; the dry run reports why
        for (qsizetype i = 0; i < chunk.records.size(); ++i)
            if (!takeRecord(chunk.records[i], m_writer ? &chunk.rows[i] : nullptr))
                return false;
        return true;
    }
    bool takeRecord(const ImportRecord& record, BulkJournalWriter::Row* row)
    {
        std::optional<qint64> id = m_resolver.participant(record);
        if (!id)
            return !m_writer; // refused: the dry run goes on, to count every row of theirs
        if (*id == 0 && m_writer) {
            id = m_store.participants().add(Participant{.code = record.participant}, m_reason);
            m_resolver.created(record.participant, *id);
        }
        const qsizetype values = record.entry.values.size();
        const qsizetype stored = m_resolver.dropStored(record, row);
        m_skipped += stored;
        if ((values > 0 && stored == values) || (values == 0 && m_resolver.storedEntry(record) != 0)) {
            tagStored(record); // every value of this entry (or the note of one without values) is stored already
            return true;
        }
        ++m_entries;
        m_observations += values - stored;
        const auto& tagIds = tagsOf(record.tags);
        if (m_writer)
            row->tagIds = tagIds;
        if (m_writer) {
            row->participantId = *id;
            m_writer->add(std::move(*row));
        }
        return true;
    }
    // Entries stored already keep their values and notes; but where the stored entry is the record's (the same
    // values, and the same note or the note an import before tags made of it: docs/FILE_FORMATS.md "Daylio"), the
    // record's tags are added to it. Written by retag() once the new entries are.
    void tagStored(const ImportRecord& record)
    {
        const qint64 entryId = record.tags.isEmpty() ? 0 : m_resolver.storedEntry(record);
        const auto existing = entryId ? m_store.journal().byId(entryId) : std::nullopt;
        if (!existing || !sameEntryNote(existing->note, record))
            return;
        QList<qint64> ids = existing->tagIds;
        bool added = false;
        for (const QString& name : record.tags) {
            const qint64 id = tag(name);
            if (id == 0 || !ids.contains(id)) {
                ids.append(id);
                added = true;
            }
        }
        if (!added)
            return;
        ++m_entriesTagged;
        if (m_writer)
            m_retag.append({entryId, ids});
    }
    static bool sameEntryNote(const QString& stored, const ImportRecord& record)
    {
        if (stored == record.entry.note)
            return true;
        QStringList lines = stored.split(u'\n');
        const QString last = lines.takeLast(); // "Activities: a, b", in the language of that import
        const qsizetype colon = last.indexOf(QStringLiteral(": "));
        // The old import kept the activities as they were (repeats, commas, runs of spaces); the tags are them
        // cleaned (core/Tag.h cleanTagName): the same words, whatever the case, make the same activities.
        return colon > 0 && words(last.mid(colon + 2)) == words(record.tags.join(u' ')) &&
               lines.join(u'\n') == record.entry.note;
    }
    static QSet<QString> words(const QString& text)
    {
        static const QRegularExpression separators(QStringLiteral("[\\s,;|]+"));
        QSet<QString> result;
        for (const QString& word : text.split(separators, Qt::SkipEmptyParts))
            result.insert(tagNameKey(word));
        return result;
    }

public:
    // Adds the tags tagStored() found to the entries stored already, each an audited change of its tags.
    void retag()
    {
        for (const auto& [entryId, ids] : std::as_const(m_retag))
            m_store.tags().setEntryTags(entryId, ids, m_reason);
    }

private:
    // The id of the tag of that name (case-insensitively), made when the database has none while writing (0 in
    // a dry run). Archived tags are reused.
    // The ids of a record's tags. Rows repeat their tag cell, so the last cell's ids are kept (the list kept
    // with them holds its data, so an equal list is one compared in a step).
    const QVarLengthArray<qint64, 2>& tagsOf(const QStringList& names)
    {
        if (names != m_lastTagNames) {
            m_lastTagIds.clear();
            for (const QString& name : names)
                m_lastTagIds.append(tag(name));
            m_lastTagNames = names;
        }
        return m_lastTagIds;
    }
    qint64 tag(const QString& name)
    {
        if (const auto it = m_tagIdsByName.constFind(name); it != m_tagIdsByName.cend())
            return *it; // the same spelling as before: no case folding per row
        const qint64 id = tagByKey(name);
        m_tagIdsByName.insert(name, id);
        return id;
    }
    qint64 tagByKey(const QString& name)
    {
        const QString key = tagNameKey(name);
        if (const auto it = m_tagIds.constFind(key); it != m_tagIds.cend())
            return *it;
        const qint64 id = m_writer ? m_store.tags().ensure(name, m_reason) : 0;
        m_tagIds.insert(key, id);
        m_tagsCreated.append(name);
        return id;
    }

    Store& m_store;
    ImportResolver m_resolver;
    const Progress& m_progress;
    const Stage m_stage;
    bool m_givenOk = true;
    bool m_cancelled = false;
    BulkJournalWriter* m_writer = nullptr;
    QString m_reason;
    qint64 m_entries = 0;
    qint64 m_observations = 0;
    qint64 m_skipped = 0;
    QHash<QString, qint64> m_tagIds;       // case-folded name -> id (0: to be made)
    QHash<QString, qint64> m_tagIdsByName; // each spelling met -> its id
    QStringList m_lastTagNames;            // the last record's tags, and their ids
    QVarLengthArray<qint64, 2> m_lastTagIds;
    QStringList m_tagsCreated;
    qint64 m_entriesTagged = 0;
    QList<std::pair<qint64, QList<qint64>>> m_retag; // stored entry -> its tags with the file's
};

std::optional<QByteArray> Importer::readFile(const QString& path, QString& error)
{
    if (InstanceLock::isOpenHere(path)) {
        error = tr("“%1” is the MoodBiome database that is open, not a file to import. Choose a CSV file.")
                    .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return CsvReader::readFile(path, error);
}

Importer::Importer(Store& store)
    : m_store(store)
{
}

ImportPlan Importer::prepare(const QByteArray& bytes, const QString& fileName, const ImportOptions& options,
                             const Progress& progress) const
{
    Pipeline pipeline(m_store, options, progress, Stage::Reading);
    ImportReader reader(m_store, bytes, options, false);
    const bool finished = pipeline.consume(reader);
    reader.join();
    ImportPlan plan{.fileName = fileName,
                    .bytes = bytes,
                    .options = options,
                    .sha256 = reader.sha256(),
                    .givenParticipant = options.participant,
                    .batch = std::move(reader.batch()),
                    .summary = {}};
    plan.summary = pipeline.summary(plan.batch, plan.sha256);
    if (!finished || plan.batch.cancelled || (progress && !progress(Stage::Checking, 1, 1))) {
        plan.batch.cancelled = true;
        return plan;
    }
    pipeline.reportProblems(plan.summary.problems);
    return plan;
}

std::optional<ImportSummary> Importer::write(const QByteArray& bytes, const QString& fileName,
                                             const ImportOptions& options, const Progress& progress)
{
    Pipeline pipeline(m_store, options, progress, Stage::Writing);
    if (!pipeline.givenOk())
        return std::nullopt;
    ImportReader reader(m_store, bytes, options, true);
    const BulkJournalWriter::ForeignKeysOff keysCheckedByTheWriter(m_store.database());
    Transaction tx(m_store.database());
    BulkJournalWriter writer = m_store.journal().bulkWriter({.source = fileName, .reason = importReason(fileName)});
    pipeline.writeTo(&writer, importReason(fileName));
    if (!pipeline.consume(reader))
        return std::nullopt; // rolls the write back
    reader.join();
    const ImportBatch& batch = reader.batch();
    if (batch.cancelled || !batch.problems.isEmpty() || reader.formatFailed())
        return std::nullopt;
    ImportSummary summary = pipeline.summary(batch, reader.sha256());
    if (progress && !progress(Stage::Writing, reader.total(), reader.total()))
        throw ImportCancelled();
    writer.finish(auditDetails(fileName, summary));
    pipeline.retag();
    tx.commit();
    summary.written = true;
    return summary;
}

void Importer::refuse(const ImportPlan& plan) const
{
    if (!plan.summary.problems.isEmpty()) {
        const ImportProblem& first = plan.summary.problems.shown().first();
        throw StorageError(StorageError::Code::InvalidInput, tr("Line %1: %2").arg(first.line).arg(first.message));
    }
    throw StorageError(StorageError::Code::InvalidInput,
                       tr("The file has problems; nothing was imported. Correct every line listed and try again."));
}

ImportSummary Importer::commit(const ImportPlan& plan, const Progress& progress)
{
    if (!plan.summary.problems.isEmpty() || plan.batch.cancelled)
        throw StorageError(StorageError::Code::InvalidInput,
                           tr("The file has problems; nothing was imported. Correct every line listed and try again."));
    if (auto summary = write(plan.bytes, plan.fileName, plan.options, progress))
        return *summary;
    // The database has moved on since the plan was made (or the file does not read as it did): say how.
    refuse(prepare(plan.bytes, plan.fileName, plan.options));
}

ImportSummary Importer::run(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, bool dryRun,
                            const Progress& progress)
{
    if (!dryRun)
        if (auto summary = write(bytes, fileName, options, progress))
            return *summary;
    const ImportPlan plan = prepare(bytes, fileName, options, progress);
    if (!dryRun && plan.summary.problems.isEmpty() && !plan.batch.cancelled)
        refuse(plan); // the write found a problem that reading alone does not: nothing was written
    return plan.summary;
}

} // namespace mb
