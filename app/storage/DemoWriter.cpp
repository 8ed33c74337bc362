// Participants, interventions and adherence through the repositories; entries in bulk.
#include "storage/DemoWriter.h"

#include "storage/Store.h"
#include "storage/TagRepository.h"

namespace mb {

DemoSummary writeDemo(Store& store, const QList<DemoParticipant>& demo)
{
    const QString reason = QStringLiteral("demo data");
    DemoSummary summary;
    Transaction tx(store.database());
    QList<qint64> tagIds; // the demo's tag indexes -> the database's tags, made where missing
    for (const Tag& tag : demoTags()) {
        const std::optional<Tag> stored = store.tags().byName(tag.name);
        tagIds.append(stored ? stored->id : store.tags().create(tag, reason));
    }
    for (const DemoParticipant& p : demo) {
        const qint64 participantId = store.participants().add(p.participant, reason);
        QList<qint64> interventionIds;
        for (Intervention i : p.interventions) {
            i.participantId = participantId;
            interventionIds.append(store.interventions().add(i, reason));
        }
        QList<JournalEntry> entries = p.entries;
        for (JournalEntry& e : entries) {
            e.participantId = participantId;
            for (qint64& tag : e.tagIds)
                tag = tagIds.value(tag);
        }
        store.journal().addMany(entries, QStringLiteral("demo"), reason);
        store.interventions().setAdherenceMany(
            participantId,
            [&] {
                QList<std::tuple<qint64, QDate, bool>> ticks;
                ticks.reserve(p.adherence.size());
                for (const DemoAdherence& a : p.adherence)
                    ticks.append({interventionIds[a.intervention], a.day, a.taken});
                return ticks;
            }(),
            reason);
        for (QuestionnaireResponse r : p.responses) {
            r.participantId = participantId;
            store.questionnaires().add(r, reason);
        }
        summary.responses += int(p.responses.size());
        ++summary.participants;
        summary.entries += entries.size();
        summary.interventions += int(interventionIds.size());
    }
    tx.commit();
    return summary;
}

} // namespace mb
