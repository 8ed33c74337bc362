// Participants, interventions and adherence through the repositories; entries in bulk.
#include "storage/DemoWriter.h"

#include "storage/BulkJournalWriter.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "storage/TagRepository.h"

#include <future>

namespace mb {

namespace {

// The demo's tag indexes -> the database's tags, made where missing.
QList<qint64> demoTagIds(Store& store, const QString& reason)
{
    QList<qint64> tagIds;
    for (const Tag& tag : demoTags()) {
        const std::optional<Tag> stored = store.tags().byName(tag.name);
        tagIds.append(stored ? stored->id : store.tags().create(tag, reason));
    }
    return tagIds;
}

// The participant and its interventions; their ids.
std::pair<qint64, QList<qint64>> writeRecord(Store& store, const DemoParticipant& p, const QString& reason)
{
    const qint64 participantId = store.participants().add(p.participant, reason);
    QList<qint64> interventionIds;
    for (Intervention i : p.interventions) {
        i.participantId = participantId;
        interventionIds.append(store.interventions().add(i, reason));
    }
    QList<std::tuple<qint64, QDate, bool>> ticks;
    ticks.reserve(p.adherence.size());
    for (const DemoAdherence& a : p.adherence)
        ticks.append({interventionIds[a.intervention], a.day, a.taken});
    store.interventions().setAdherenceMany(participantId, ticks, reason);
    return {participantId, interventionIds};
}

// The largest intervention and response ids before a batch: the rows it adds get larger ones.
std::pair<qint64, qint64> lastIds(const Database& db)
{
    Statement st = db.prepare(u"SELECT (SELECT coalesce(max(id), 0) FROM intervention), "
                              u"(SELECT coalesce(max(id), 0) FROM questionnaire_response)");
    st.step();
    return {st.int64(0), st.int64(1)};
}

// The batch is written with foreign keys off, as an import is (without them it takes a tenth less time), and the
// keys of what the repositories wrote are checked here, set-wise, before the commit: every new intervention and
// response has its participant, and the adherence ticks of the new interventions theirs. The bulk writer checks
// the entries' own.
void checkKeys(const Database& db, std::pair<qint64, qint64> before)
{
    Statement st = db.prepare(u"SELECT EXISTS (SELECT 1 FROM intervention c WHERE c.id > ?1 AND NOT EXISTS "
                              u"(SELECT 1 FROM participant p WHERE p.id = c.participant_id)) "
                              u"OR EXISTS (SELECT 1 FROM adherence c WHERE c.intervention_id > ?1 AND NOT EXISTS "
                              u"(SELECT 1 FROM intervention i WHERE i.id = c.intervention_id)) "
                              u"OR EXISTS (SELECT 1 FROM questionnaire_response c WHERE c.id > ?2 AND NOT EXISTS "
                              u"(SELECT 1 FROM participant p WHERE p.id = c.participant_id))");
    st.bind(1, before.first).bind(2, before.second).step();
    if (st.int64(0) != 0)
        throw StorageError(StorageError::Code::Failed,
                           StorageText::tr("The demo data do not match their participants; nothing was saved."));
}

} // namespace

DemoSummary writeDemo(Store& store, const QList<DemoParticipant>& demo)
{
    const QString reason = QStringLiteral("demo data");
    DemoSummary summary;
    const BulkJournalWriter::LargeCache cache(store.database());       // outlives the transaction
    const BulkJournalWriter::ForeignKeysOff keysOff(store.database()); // so does this; see checkKeys
    const auto before = lastIds(store.database());
    Transaction tx(store.database());
    const QList<qint64> tagIds = demoTagIds(store, reason);
    // Every participant's entries in one bulk write, and their questionnaires in one statement: a trial's worth of
    // demo data is made about as fast as it imports (docs/ARCHITECTURE.md "Performance budgets").
    QList<JournalEntry> entries;
    QList<QuestionnaireResponse> responses;
    qsizetype entryCount = 0, responseCount = 0;
    for (const DemoParticipant& p : demo) {
        entryCount += p.entries.size();
        responseCount += p.responses.size();
    }
    entries.reserve(entryCount);
    responses.reserve(responseCount);
    for (const DemoParticipant& p : demo) {
        const auto [participantId, interventionIds] = writeRecord(store, p, reason);
        for (JournalEntry e : p.entries) {
            e.participantId = participantId;
            for (qint64& tag : e.tagIds)
                tag = tagIds.value(tag);
            entries.append(e);
        }
        for (QuestionnaireResponse r : p.responses) {
            r.participantId = participantId;
            responses.append(r);
        }
        summary.responses += int(p.responses.size());
        ++summary.participants;
        summary.entries += p.entries.size();
        summary.interventions += int(interventionIds.size());
    }
    // The questionnaires are scored and their audit rows made on another core while the entries are written.
    auto prepared = std::async(std::launch::async, [&] { return QuestionnaireRepository::prepare(responses, reason); });
    store.journal().addMany(entries, QStringLiteral("demo"), reason);
    store.questionnaires().addMany(prepared.get());
    checkKeys(store.database(), before);
    tx.commit();
    return summary;
}

} // namespace mb
