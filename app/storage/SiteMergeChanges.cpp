// A site's changes since its last merge to the rows merged then (an entry corrected or deleted, a withdrawal, an
// intervention ended, a flag acknowledged), found in the site's audit trail and applied at the centre through the
// repositories, so that each is an audited change there. The first change's old values are the row as it was
// merged: a centre row that no longer matches them was changed at the centre too, and the merge is refused.
#include "core/DateText.h"
#include "core/JsonCodec.h"
#include "storage/Database.h"
#include "storage/SiteMergeRun.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace mb {

namespace {

using Code = StorageError::Code;

// One row merged before and changed at the site since, with its image at the site when it was merged (the old
// values of its first change after that merge; empty when only an intervention's adherence ticks changed, which
// follow the site).
struct Change {
    QString table;
    qint64 original = 0;
    qint64 local = 0;
    QJsonObject merged;
};

QList<Change> changesSince(MergeRun& run)
{
    QList<Change> changes;
    if (run.mergedUpTo == 0)
        return changes;
    Statement st = run.site.database().prepare(
        u"SELECT table_name, row_id, old_values FROM audit WHERE id > ?1 AND row_id IS NOT NULL AND action IN "
        u"('insert', 'update', 'delete', 'restore') AND table_name IN ('participant', 'entry', 'intervention', "
        u"'questionnaire_response', 'adherence') ORDER BY id");
    st.bind(1, run.mergedUpTo);
    QHash<QString, qsizetype> seen; // table:original -> index in changes
    QSet<QString> imaged;
    while (st.step()) {
        const bool ticks = st.text(0) == u"adherence"; // its row id is the intervention's
        const QString table = ticks ? QStringLiteral("intervention") : st.text(0);
        const QString key = table + u':' + QString::number(st.int64(1));
        if (!seen.contains(key)) {
            const auto local = siteLocalId(run.db, run.sid, table, st.int64(1));
            if (!local)
                continue; // new since the last merge
            seen.insert(key, changes.size());
            changes.append({table, st.int64(1), *local, {}});
        }
        if (!ticks && !imaged.contains(key)) {
            imaged.insert(key);
            changes[seen.value(key)].merged = QJsonDocument::fromJson(st.bytes(2).toByteArray()).object();
        }
    }
    return changes;
}

// A row image with what differs between two databases for the same row left out: ids of the other database, the
// instant (derived from date and time in each computer's zone), a participant's code (namespaced at the centre);
// tags by name.
QJsonObject comparable(QJsonObject image, const QHash<qint64, QString>& tagNames)
{
    for (const char* key : {"participant_id", "at_utc", "code"})
        image.remove(QLatin1String(key));
    if (image.contains(u"tag_ids")) {
        QStringList names;
        for (const QJsonValue& id : image.take(u"tag_ids").toArray())
            names << tagNames.value(id.toInteger()).toLower();
        names.sort();
        image.insert(u"tags", QJsonArray::fromStringList(names));
    }
    return image;
}

QHash<qint64, QString> tagNames(Store& store)
{
    QHash<qint64, QString> names;
    for (const Tag& t : store.tags().list())
        names.insert(t.id, t.name);
    return names;
}

StorageError changedAtCentre(const MergeRun& run, const QString& what, const QString& field)
{
    return StorageError(Code::InvalidInput,
                        SiteMerge::tr("%1: site %2 changed %3 since its last merge, and the centre changed it too (its "
                                      "%4 differs). Nothing was merged; make the two agree by hand.")
                            .arg(run.sitePath, run.options.siteCode, what, field));
}

// Refuses the merge when the centre's row differs, in a key the site's image has, from the row as merged.
void refuseChangedAtCentre(MergeRun& run, const Change& change, const QJsonObject& centreImage, const QString& what)
{
    const bool tags = change.merged.contains(u"tag_ids");
    const QJsonObject merged = comparable(change.merged, tags ? tagNames(run.site) : QHash<qint64, QString>());
    const QJsonObject here = comparable(centreImage, tags ? tagNames(run.centre) : QHash<qint64, QString>());
    for (auto it = merged.begin(); it != merged.end(); ++it)
        if (here.value(it.key()) != it.value())
            throw changedAtCentre(run, what, it.key());
}

// Whether two images of a row differ in more than their deleted flag and instant.
bool contentDiffers(QJsonObject a, QJsonObject b)
{
    for (QJsonObject* image : {&a, &b}) {
        image->remove(u"deleted");
        image->remove(u"at_utc");
    }
    return a != b;
}

QString participantCode(MergeRun& run, qint64 centreParticipant)
{
    const auto p = run.centre.participants().byId(centreParticipant);
    return p ? p->code : QString();
}

void applyEntry(MergeRun& run, const Change& change)
{
    const auto now = run.site.journal().byId(change.original);
    const auto here = run.centre.journal().byId(change.local);
    if (!now || !here)
        return;
    refuseChangedAtCentre(
        run, change, JsonCodec::entry(*here),
        SiteMerge::tr("the entry of %1 on %2").arg(participantCode(run, here->participantId), isoDate(here->date)));
    JournalEntry target = *now;
    target.id = change.local;
    target.participantId = here->participantId;
    for (qint64& tag : target.tagIds)
        tag = run.tagIds.value(tag);
    std::sort(target.tagIds.begin(), target.tagIds.end());
    const bool edit = contentDiffers(JsonCodec::entry(target), JsonCodec::entry(*here));
    if (!edit && now->deleted == here->deleted)
        return;
    SiteMergeChanges::makeWritable(run, here->participantId);
    JournalRepository& journal = run.centre.journal();
    if (here->deleted && (edit || !now->deleted))
        journal.setDeleted(change.local, false, run.reason);
    if (edit)
        journal.update(target, run.reason);
    if (now->deleted && (edit || !here->deleted))
        journal.setDeleted(change.local, true, run.reason);
    ++run.result.changes;
}

// The centre's ticks of an intervention made the site's: those the site has not cleared first (a shorter
// intervention leaves none outside its days), the others once the intervention has its days.
qint64 syncTicks(MergeRun& run, const Change& change, bool clear)
{
    qint64 changed = 0;
    const auto set = [&](QDate day, std::optional<bool> taken) {
        run.centre.interventions().setAdherence(change.local, day, taken, run.reason);
        ++changed;
    };
    const auto site = run.site.interventions().adherence(change.original, firstAcceptedDate(), lastAcceptedDate());
    const auto here = run.centre.interventions().adherence(change.local, firstAcceptedDate(), lastAcceptedDate());
    for (auto t = here.cbegin(); t != here.cend(); ++t) {
        if (clear && !site.contains(t.key()))
            set(t.key(), std::nullopt);
        if (!clear && site.contains(t.key()) && site.value(t.key()) != t.value())
            set(t.key(), site.value(t.key()));
    }
    if (!clear)
        for (auto t = site.cbegin(); t != site.cend(); ++t)
            if (!here.contains(t.key()))
                set(t.key(), t.value());
    return changed;
}

void applyIntervention(MergeRun& run, const Change& change)
{
    const auto now = run.site.interventions().byId(change.original);
    const auto here = run.centre.interventions().byId(change.local);
    if (!now || !here)
        return;
    if (!change.merged.isEmpty())
        refuseChangedAtCentre(
            run, change, JsonCodec::intervention(*here),
            SiteMerge::tr("the intervention %1 of %2").arg(here->name, participantCode(run, here->participantId)));
    Intervention target = *now;
    target.id = change.local;
    target.participantId = here->participantId;
    const bool edit = contentDiffers(JsonCodec::intervention(target), JsonCodec::intervention(*here));
    InterventionRepository& interventions = run.centre.interventions();
    if (here->deleted && (edit || !now->deleted))
        interventions.setDeleted(change.local, false, run.reason);
    qint64 ticks = syncTicks(run, change, true);
    if (edit)
        interventions.update(target, run.reason);
    ticks += syncTicks(run, change, false);
    if (now->deleted && (edit || !here->deleted))
        interventions.setDeleted(change.local, true, run.reason);
    if (edit || ticks > 0 || now->deleted != here->deleted)
        ++run.result.changes;
}

void applyQuestionnaire(MergeRun& run, const Change& change)
{
    const auto now = run.site.questionnaires().byId(change.original);
    const auto here = run.centre.questionnaires().byId(change.local);
    if (!now || !here)
        return;
    if (change.merged.contains(u"deleted") && change.merged.value(u"deleted").toBool() != here->deleted)
        throw changedAtCentre(
            run,
            SiteMerge::tr("the %1 response of %2 on %3")
                .arg(toString(here->instrument), participantCode(run, here->participantId), isoDate(here->date)),
            QStringLiteral("deleted"));
    QuestionnaireRepository& questionnaires = run.centre.questionnaires();
    const bool acknowledge = now->acknowledgement && !here->acknowledgement;
    if (!acknowledge && now->deleted == here->deleted)
        return;
    if (now->deleted != here->deleted) // an acknowledgement needs no lifted withdrawal
        SiteMergeChanges::makeWritable(run, here->participantId);
    if (here->deleted && !now->deleted)
        questionnaires.setDeleted(change.local, false, run.reason);
    if (acknowledge)
        SiteMergeChanges::acknowledgeAsAtSite(run, change.local, *now->acknowledgement);
    if (now->deleted && !here->deleted)
        questionnaires.setDeleted(change.local, true, run.reason);
    ++run.result.changes;
}

// A participant changed at the site: the state they are left in once their rows are written (settle()).
void applyParticipant(MergeRun& run, const Change& change)
{
    const auto now = run.site.participants().byId(change.original);
    const auto here = run.centre.participants().byId(change.local);
    if (!now || !here)
        return;
    refuseChangedAtCentre(run, change, JsonCodec::participant(*here), SiteMerge::tr("participant %1").arg(here->code));
    Participant target = *now;
    target.id = change.local;
    target.code = here->code;
    run.settle.insert(change.local, target);
    if (target.deleted != here->deleted ||
        contentDiffers(JsonCodec::participant(target), JsonCodec::participant(*here)))
        ++run.result.changes;
}

} // namespace

void SiteMergeChanges::makeWritable(MergeRun& run, qint64 centreParticipant)
{
    const auto p = run.centre.participants().byId(centreParticipant);
    if (!p || !p->isWithdrawn())
        return;
    if (!run.settle.contains(centreParticipant))
        run.settle.insert(centreParticipant, *p);
    Participant taking = *p;
    taking.withdrawn = QDate();
    run.centre.participants().update(taking, run.reason);
}

void SiteMergeChanges::acknowledgeAsAtSite(MergeRun& run, qint64 centreResponse, const FlagAcknowledgement& ack)
{
    run.centre.questionnaires().acknowledge(centreResponse,
                                            SiteMerge::tr("Acknowledged at site %1 by %2 on %3: %4")
                                                .arg(run.options.siteCode, ack.by, isoUtc(ack.atUtc), ack.note),
                                            run.reason);
}

void SiteMergeChanges::apply(MergeRun& run)
{
    const QList<Change> changes = changesSince(run);
    // Participants first: their rows are written under the state they end in (makeWritable keeps it).
    for (const Change& change : changes)
        if (change.table == u"participant")
            applyParticipant(run, change);
    for (const Change& change : changes) {
        if (change.table == u"entry")
            applyEntry(run, change);
        else if (change.table == u"intervention")
            applyIntervention(run, change);
        else if (change.table == u"questionnaire_response")
            applyQuestionnaire(run, change);
    }
}

void SiteMergeChanges::settle(MergeRun& run)
{
    ParticipantRepository& participants = run.centre.participants();
    for (auto it = run.settle.cbegin(); it != run.settle.cend(); ++it) {
        const auto here = participants.byId(it.key());
        if (!here)
            continue;
        const Participant& target = it.value();
        if (here->deleted && !target.deleted)
            participants.setDeleted(it.key(), false, run.reason);
        if (contentDiffers(JsonCodec::participant(target), JsonCodec::participant(*here)))
            participants.update(target, run.reason);
        if (target.deleted && !here->deleted)
            participants.setDeleted(it.key(), true, run.reason);
    }
}

} // namespace mb
