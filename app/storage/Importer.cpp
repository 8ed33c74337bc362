// Checks an import against the database, then writes it all or nothing; re-imports skip values already stored.
#include "storage/Importer.h"

#include "core/DateText.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <future>

namespace mb {

namespace {

const QString participantField = QStringLiteral("participant");

struct CodeRows {
    qint64 firstLine = 0;
    qint64 count = 0;
    QDate first;
    QDate last;
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
    auto sha256 = std::async(std::launch::async, [&bytes] {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    });
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
    const QJsonObject details{
        {QStringLiteral("file"), plan.fileName},
        {QStringLiteral("sha256"), plan.sha256},
        {QStringLiteral("format"), toString(summary.format)},
        {QStringLiteral("rows"), summary.rows},
        {QStringLiteral("participants_created"), QJsonArray::fromStringList(summary.participantsCreated)},
        {QStringLiteral("skipped_duplicates"), summary.skippedDuplicates},
        {QStringLiteral("skipped_questionnaire_totals"), summary.skippedQuestionnaireTotals}};
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

ImportSummary Importer::run(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, bool dryRun,
                            const Progress& progress)
{
    const ImportPlan plan = prepare(bytes, fileName, options, progress);
    if (dryRun || !plan.summary.problems.isEmpty() || plan.batch.cancelled)
        return plan.summary;
    return commit(plan, progress);
}

} // namespace mb
