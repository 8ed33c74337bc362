// Participants, interventions and adherence through the repositories; entries in bulk.
#include "storage/DemoWriter.h"

#include "storage/BulkJournalWriter.h"
#include "storage/Store.h"
#include "storage/TagRepository.h"

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

} // namespace

DemoSummary writeDemo(Store& store, const QList<DemoParticipant>& demo)
{
    const QString reason = QStringLiteral("demo data");
    DemoSummary summary;
    const BulkJournalWriter::LargeCache cache(store.database()); // outlives the transaction
    Transaction tx(store.database());
    const QList<qint64> tagIds = demoTagIds(store, reason);
    // Every participant's entries in one bulk write, and their questionnaires in one statement: a trial's worth of
    // demo data is made about as fast as it imports (docs/ARCHITECTURE.md "Performance budgets").
    QList<JournalEntry> entries;
    QList<QuestionnaireResponse> responses;
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
    store.journal().addMany(entries, QStringLiteral("demo"), reason);
    store.questionnaires().addMany(responses, reason);
    tx.commit();
    return summary;
}

} // namespace mb
