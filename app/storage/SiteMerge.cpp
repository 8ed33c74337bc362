// Rows go in through the repositories, so that the centre's own audit trail and its replay cover them; the
// site_* tables remember where each came from.
#include "storage/SiteMerge.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "core/Participant.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"
#include "storage/SiteMergeRun.h"
#include "storage/SiteReplay.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "storage/Verifier.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace mb {

namespace {

using Code = StorageError::Code;

void remember(Database& db, qint64 site, const QString& table, qint64 original, qint64 local)
{
    Statement st =
        db.prepare(u"INSERT INTO site_row (site_id, table_name, original_id, local_id) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, site).bind(2, table).bind(3, original).bind(4, local).run();
}

qint64 siteId(Database& db, const QString& code)
{
    Statement find = db.prepare(u"SELECT id FROM site WHERE code = ?1");
    find.bind(1, code);
    if (find.step())
        return find.int64(0);
    // X and x would be taken for one another, as participant codes differing only in case would.
    Statement alike = db.prepare(u"SELECT code FROM site WHERE code = ?1 COLLATE NOCASE");
    alike.bind(1, code);
    if (alike.step())
        throw StorageError(Code::InvalidInput,
                           SiteMerge::tr("The site code “%1” differs only in upper or lower case from site “%2”, "
                                         "merged before, so the two would be taken for one another. Use “%2” if it is "
                                         "that site, or a code of its own; nothing was merged.")
                               .arg(code, alike.text(0)));
    Statement insert = db.prepare(u"INSERT INTO site (code, first_merged_utc) VALUES (?1, ?2)");
    insert.bind(1, code).bind(2, isoUtc(clock().nowUtc())).run();
    return db.lastInsertRowId();
}

// Refuses a bad site code, the centre itself and a missing file; then verifies the site in full and refuses a
// damaged one before anything is read from it. Returns the verification, whose chain head the merge records.
VerifyReport checkSite(Store& centre, const QString& sitePath, const SiteMergeOptions& options)
{
    static const QRegularExpression siteCode(QStringLiteral("^[A-Za-z0-9_.-]{1,20}$"));
    if (!siteCode.match(options.siteCode).hasMatch())
        throw StorageError(
            Code::InvalidInput,
            SiteMerge::tr("The site code “%1” must be 1 to 20 letters, digits, - _ or .").arg(options.siteCode));
    if (QFileInfo(sitePath).canonicalFilePath() == QFileInfo(centre.path()).canonicalFilePath())
        throw StorageError(Code::InvalidInput, SiteMerge::tr("%1 is the centre's database itself.").arg(sitePath));
    if (!QFileInfo(sitePath).isFile())
        throw StorageError(Code::NotFound, SiteMerge::tr("The site database %1 does not exist.").arg(sitePath));

    VerifyReport report = Verifier::verifyFile(sitePath, Verifier::Depth::Full, {}, options.passphrase);
    if (!report.ok())
        throw StorageError(Code::Corrupt, SiteMerge::tr("The site database %1 is damaged and was not merged: %2")
                                              .arg(sitePath, Verifier::problem(report)));
    return report;
}

// Whether a participant of the centre, deleted ones included, has code in any upper and lower case: a new one
// may have neither (ParticipantRepository). Codes are ASCII, which NOCASE folds whole.
bool codeTaken(Database& db, const QString& code)
{
    Statement st = db.prepare(u"SELECT 1 FROM participant WHERE code = ?1 COLLATE NOCASE LIMIT 1");
    st.bind(1, code);
    return st.step();
}

// Participants: new ones get the site's code, or SITE/CODE where that code is taken in the centre. Returns the
// centre's id for every site participant id, merged now or before.
QHash<qint64, qint64> mergeParticipants(MergeRun& run)
{
    Database& db = run.db;
    QHash<qint64, qint64> participantIds; // site id -> centre id
    QHash<qint64, QString> codes;         // site id -> centre code
    for (const Participant& p : run.site.participants().list()) {
        if (const auto known = siteLocalId(db, run.sid, QStringLiteral("participant"), p.id)) {
            participantIds.insert(p.id, *known);
            codes.insert(p.id, run.centre.participants().byId(*known)->code);
            continue;
        }
        Participant copy = p;
        copy.id = 0;
        copy.withdrawn = QDate(); // set once their rows are in (settle): a withdrawn participant's journal is read-only
        if (codeTaken(db, p.code)) {
            if (run.options.keepCodes)
                throw StorageError(Code::InvalidInput,
                                   SiteMerge::tr("The code %1 of site %2 is already taken in the centre; merge without "
                                                 "keeping codes to namespace it as %2/%1.")
                                       .arg(p.code, run.options.siteCode));
            copy.code = run.options.siteCode + u'/' + p.code;
            if (auto problem = participantCodeProblem(copy.code))
                throw StorageError(Code::InvalidInput, *problem);
            run.result.renamed << p.code + u" → " + copy.code;
        }
        const qint64 id = run.centre.participants().add(copy, run.reason);
        if (p.isWithdrawn()) {
            copy.id = id;
            copy.withdrawn = p.withdrawn;
            run.settle.insert(id, copy);
        }
        Statement link =
            db.prepare(u"INSERT INTO site_participant (participant_id, site_id, original_code) VALUES (?1, ?2, ?3)");
        link.bind(1, id).bind(2, run.sid).bind(3, p.code).run();
        remember(db, run.sid, QStringLiteral("participant"), p.id, id);
        participantIds.insert(p.id, id);
        codes.insert(p.id, copy.code);
        ++run.result.participants;
    }
    return participantIds;
}

// Whether the site has a table: a site from before a schema version lacks it (it is read without migrating).
bool hasTable(Store& site, QStringView table)
{
    Statement has = site.database().prepare(u"SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    has.bind(1, table.toString());
    return has.step();
}

// The site's tags as the centre's, by name (case-insensitively): a tag the centre lacks is made with the site's
// colour and archived state. Site id -> centre id; empty for a site from before tags (schema version 8).
QHash<qint64, qint64> mergeTags(MergeRun& run)
{
    QHash<qint64, qint64> ids;
    if (!hasTable(run.site, u"tag"))
        return ids;
    for (const Tag& t : run.site.tags().list()) {
        const auto known = run.centre.tags().byName(t.name);
        ids.insert(t.id, known ? known->id
                               : run.centre.tags().create({.name = t.name, .colour = t.colour, .archived = t.archived},
                                                          run.reason));
    }
    return ids;
}

// Journal entries not merged before, in one bulk write. Its rows get consecutive ids after the largest
// (one writer holds the lock), which site_row records.
void mergeEntries(MergeRun& run, const QHash<qint64, qint64>& participantIds)
{
    Database& db = run.db;
    const QHash<qint64, qint64>& tagIds = run.tagIds;
    QList<JournalEntry> entries;
    QList<qint64> originals;
    for (auto it = participantIds.cbegin(); it != participantIds.cend(); ++it) {
        const QList<JournalEntry> all = run.site.journal().entries(it.key()); // newest first
        const qsizetype queued = entries.size();
        for (auto e = all.crbegin(); e != all.crend(); ++e) {
            if (siteLocalId(db, run.sid, QStringLiteral("entry"), e->id))
                continue;
            JournalEntry copy = *e;
            copy.id = 0;
            copy.participantId = it.value();
            for (qint64& tag : copy.tagIds)
                tag = tagIds.value(tag);
            entries.append(copy);
            originals.append(e->id);
        }
        if (entries.size() > queued)
            SiteMergeChanges::makeWritable(run, it.value());
    }
    if (entries.isEmpty())
        return;
    Statement last = db.prepare(u"SELECT coalesce(max(id), 0) FROM entry");
    last.step();
    const qint64 before = last.int64(0);
    JournalRepository::BulkWrite write;
    write.source = u"site:" + run.options.siteCode;
    write.reason = run.reason;
    write.details = QJsonObject{{QStringLiteral("site"), run.options.siteCode}};
    run.centre.journal().addMany(entries, write);
    Statement count = db.prepare(u"SELECT count(*), min(id), max(id) FROM entry WHERE id > ?1");
    count.bind(1, before);
    count.step();
    if (count.int64(0) != entries.size() || count.int64(1) != before + 1)
        throw StorageError(Code::Failed,
                           SiteMerge::tr("The merged entries did not get consecutive ids; nothing was merged."));
    for (qsizetype i = 0; i < originals.size(); ++i)
        remember(db, run.sid, QStringLiteral("entry"), originals[i], before + 1 + i);
    run.result.entries = entries.size();
}

// The questionnaire responses of one site participant not merged before, oldest first.
void mergeQuestionnaires(MergeRun& run, qint64 siteParticipant, qint64 centreParticipant)
{
    const QList<QuestionnaireResponse> responses = run.site.questionnaires().list(siteParticipant);
    for (auto r = responses.crbegin(); r != responses.crend(); ++r) {
        if (siteLocalId(run.db, run.sid, QStringLiteral("questionnaire_response"), r->id))
            continue;
        QuestionnaireResponse copy = *r;
        copy.participantId = centreParticipant;
        SiteMergeChanges::makeWritable(run, centreParticipant);
        const qint64 id = run.centre.questionnaires().add(copy, run.reason);
        // An acknowledged flag stays acknowledged, saying who did it at the site and when.
        if (r->acknowledgement)
            SiteMergeChanges::acknowledgeAsAtSite(run, id, *r->acknowledgement);
        remember(run.db, run.sid, QStringLiteral("questionnaire_response"), r->id, id);
        ++run.result.questionnaires;
    }
}

// An intervention's locked randomisation schedule at the site, as it was locked there (its SHA-256 and lock time),
// unless the centre has it already.
void mergeSchedule(MergeRun& run, qint64 siteIntervention, qint64 centreIntervention)
{
    if (!hasTable(run.site, u"randomisation_schedule"))
        return;
    ScheduleRepository centre(run.db);
    auto schedule = ScheduleRepository(run.site.database()).forIntervention(siteIntervention);
    if (!schedule || centre.forIntervention(centreIntervention))
        return;
    schedule->interventionId = centreIntervention;
    centre.adopt(*schedule, run.reason);
    ++run.result.schedules;
}

// The interventions of one site participant not merged before, with their adherence ticks and schedules.
void mergeInterventions(MergeRun& run, qint64 siteParticipant, qint64 centreParticipant)
{
    const QDate today = clock().today();
    for (const Intervention& i : run.site.interventions().list(siteParticipant)) {
        if (const auto known = siteLocalId(run.db, run.sid, QStringLiteral("intervention"), i.id)) {
            mergeSchedule(run, i.id, *known); // drawn at the site since the intervention was merged
            continue;
        }
        Intervention copy = i;
        copy.id = 0;
        copy.participantId = centreParticipant;
        const qint64 id = run.centre.interventions().add(copy, run.reason);
        if (i.tracksAdherence()) {
            const auto ticks = run.site.interventions().adherence(i.id, i.start, i.lastDay(today));
            for (auto t = ticks.cbegin(); t != ticks.cend(); ++t)
                run.centre.interventions().setAdherence(id, t.key(), t.value(), run.reason);
        }
        remember(run.db, run.sid, QStringLiteral("intervention"), i.id, id);
        mergeSchedule(run, i.id, id);
        ++run.result.interventions;
    }
}

qint64 siteAuditCount(Database& db, qint64 sid)
{
    Statement count = db.prepare(u"SELECT count(*) FROM site_audit WHERE site_id = ?1");
    count.bind(1, sid);
    count.step();
    return count.int64(0);
}

// The site's audit trail, as it was: the provenance of every merged row. Returns how many events are new.
qint64 keepSiteAudit(MergeRun& run)
{
    Statement audit = run.site.database().prepare(
        u"SELECT a.id, a.at_utc, a.os_user, a.action, a.table_name, a.row_id, p.code, a.old_values, a.new_values, "
        u"a.reason, a.hash FROM audit a LEFT JOIN participant p ON p.id = a.participant_id ORDER BY a.id");
    Statement keep = run.db.prepare(
        u"INSERT OR IGNORE INTO site_audit (site_id, original_id, at_utc, os_user, action, table_name, row_id, "
        u"participant_code, old_values, new_values, reason, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
        u"?11, ?12)");
    const qint64 keptBefore = siteAuditCount(run.db, run.sid);
    while (audit.step()) {
        keep.reset();
        keep.bind(1, run.sid).bind(2, audit.int64(0)).bind(3, audit.text(1)).bind(4, audit.text(2));
        keep.bind(5, audit.text(3)).bind(6, audit.text(4));
        if (audit.isNull(5))
            keep.bindNull(7);
        else
            keep.bind(7, audit.int64(5));
        for (int column : {6, 7, 8}) {
            if (audit.isNull(column))
                keep.bindNull(column + 2);
            else
                keep.bind(column + 2, audit.text(column));
        }
        keep.bind(11, audit.text(9)).bind(12, audit.text(10));
        keep.run();
    }
    return siteAuditCount(run.db, run.sid) - keptBefore;
}

// The same site database under a second site code (the file twice, a copy, a backup of it) made every one of its
// participants twice. Two trails are one database's when one is the start of the other: equal hashes at the last
// event both have (each hash covers every event before it).
void refuseSiteMergedUnderAnotherCode(MergeRun& run, const QString& sitePath)
{
    Statement count = run.site.database().prepare(u"SELECT max(id) FROM audit");
    const qint64 events = count.step() && !count.isNull(0) ? count.int64(0) : 0;
    Statement others = run.db.prepare(u"SELECT s.id, s.code, (SELECT max(original_id) FROM site_audit a WHERE "
                                      u"a.site_id = s.id) FROM site s WHERE s.id <> ?1");
    others.bind(1, run.sid);
    while (others.step()) {
        const qint64 at = std::min(events, others.isNull(2) ? 0 : others.int64(2));
        if (at == 0)
            continue;
        Statement theirs = run.db.prepare(u"SELECT hash FROM site_audit WHERE site_id = ?1 AND original_id = ?2");
        theirs.bind(1, others.int64(0)).bind(2, at);
        Statement ours = run.site.database().prepare(u"SELECT hash FROM audit WHERE id = ?1");
        ours.bind(1, at);
        if (theirs.step() && ours.step() && theirs.text(0) == ours.text(0))
            throw StorageError(Code::InvalidInput,
                               SiteMerge::tr("%1 is the database of site %2, merged already (their audit trails "
                                             "agree); merging it as site %3 would count its participants twice.")
                                   .arg(sitePath, others.text(1), run.options.siteCode));
    }
}

// A site code merged before stands for one database: its trail must contain the last event kept of it (the chain's
// head at the last merge; each hash covers every event before it). Rows are matched by their ids at the site, so
// another database under that code, or the site's own restored from a backup and written to since (SQLite gives
// the new rows the ids of the lost ones), sent entries to someone else's participant or had them taken for merged.
// Returns that event's id at the site (0: never merged): the site's changes since come after it.
qint64 refuseAnotherTrailUnderTheSameCode(MergeRun& run, const QString& sitePath)
{
    Statement kept = run.db.prepare(
        u"SELECT original_id, hash FROM site_audit WHERE site_id = ?1 ORDER BY original_id DESC LIMIT 1");
    kept.bind(1, run.sid);
    if (!kept.step())
        return 0; // not merged before
    Statement ours = run.site.database().prepare(u"SELECT hash FROM audit WHERE id = ?1");
    ours.bind(1, kept.int64(0));
    if (ours.step() && ours.text(0) == kept.text(1))
        return kept.int64(0);
    throw StorageError(Code::InvalidInput,
                       SiteMerge::tr("%1 does not continue the audit trail merged before as site %2: its event %3 is "
                                     "missing or differs. It is another database, or site %2 restored a backup and "
                                     "was written to since. Nothing was merged.")
                           .arg(sitePath, run.options.siteCode)
                           .arg(kept.int64(0)));
}

// The centre's own record of the site (site_participant, site_row, site_audit) decides where its rows go: changed
// with the sqlite3 tool since the last merge, it is not used.
void refuseChangedBookkeeping(Database& db, const QString& siteCode)
{
    Statement known = db.prepare(u"SELECT 1 FROM site WHERE code = ?1");
    known.bind(1, siteCode);
    if (!known.step())
        return;
    const QStringList problems = SiteReplay::problemsOfSite(db, siteCode);
    if (!problems.isEmpty())
        throw StorageError(Code::Corrupt, SiteMerge::tr("The centre's record of site %1 was changed outside MoodBiome; "
                                                        "nothing was merged: %2")
                                              .arg(siteCode, problems.first()));
}

// One event in the centre's audit trail says what the merge did, with the digest of the site's bookkeeping that
// verify computes again (SiteReplay).
void recordMerge(MergeRun& run, const QString& sitePath, const VerifyReport& report)
{
    const SiteMergeResult& result = run.result;
    run.centre.audit().recordEvent(
        AuditLog::Action::Import, QStringLiteral("site"),
        QJsonObject{{QStringLiteral("merge"), result.site},
                    {QStringLiteral("file"), QFileInfo(sitePath).absoluteFilePath()},
                    {QStringLiteral("participants"), result.participants},
                    {QStringLiteral("entries"), result.entries},
                    {QStringLiteral("questionnaire_responses"), result.questionnaires},
                    {QStringLiteral("interventions"), result.interventions},
                    {QStringLiteral("changes"), result.changes},
                    {QStringLiteral("randomisation_schedules"), result.schedules},
                    {QStringLiteral("site_audit_events"), result.auditEvents},
                    {QStringLiteral("site_chain_head"), report.head.text()},
                    {QStringLiteral("bookkeeping"), SiteReplay::bookkeeping(run.db, run.sid)}});
}

// The site's rows: new participants, the site's changes to rows merged before, new entries, responses and
// interventions, and last the participants' withdrawals (SiteMergeChanges).
void mergeRows(MergeRun& run)
{
    const QHash<qint64, qint64> participantIds = mergeParticipants(run); // site id -> centre id
    run.tagIds = mergeTags(run);
    SiteMergeChanges::apply(run);
    mergeEntries(run, participantIds);
    for (auto it = participantIds.cbegin(); it != participantIds.cend(); ++it) {
        mergeQuestionnaires(run, it.key(), it.value());
        mergeInterventions(run, it.key(), it.value());
    }
    SiteMergeChanges::settle(run);
}

} // namespace

std::optional<qint64> siteLocalId(Database& db, qint64 site, const QString& table, qint64 original)
{
    Statement st =
        db.prepare(u"SELECT local_id FROM site_row WHERE site_id = ?1 AND table_name = ?2 AND original_id = ?3");
    st.bind(1, site).bind(2, table).bind(3, original);
    if (st.step())
        return st.int64(0);
    return std::nullopt;
}

SiteMergeResult SiteMerge::merge(Store& centre, const QString& sitePath, const SiteMergeOptions& options)
{
    const VerifyReport report = checkSite(centre, sitePath, options);

    Database::Options readOnly;
    readOnly.create = false;
    readOnly.readOnly = true;
    readOnly.migrateTo = 0;
    readOnly.passphrase = options.passphrase;
    const auto site = Store::open(sitePath, readOnly);

    SiteMergeResult result;
    result.site = options.siteCode;
    result.file = QFileInfo(sitePath).fileName();
    Database& db = centre.database();
    Transaction tx(db);
    refuseChangedBookkeeping(db, options.siteCode);
    const qint64 sid = siteId(db, options.siteCode);
    MergeRun run{centre, *site,    db, options, sid, tr("merged from site %1 (%2)").arg(options.siteCode, result.file),
                 result, sitePath, 0,  {},      {}};

    refuseSiteMergedUnderAnotherCode(run, sitePath);
    run.mergedUpTo = refuseAnotherTrailUnderTheSameCode(run, sitePath);
    try {
        mergeRows(run);
    } catch (const StorageError& e) {
        // A row the centre refuses (a value, a date, a code) is named by the repository, the site by this.
        if (e.message().startsWith(sitePath))
            throw;
        throw StorageError(e.code(),
                           tr("Site %1 (%2) was not merged: %3").arg(options.siteCode, sitePath, e.message()));
    }
    result.auditEvents = keepSiteAudit(run);
    recordMerge(run, sitePath, report);
    tx.commit();
    return result;
}

QStringList SiteMerge::summaryNotes(const SiteMergeResult& result)
{
    QStringList notes;
    if (result.changes > 0)
        notes << tr("%n row(s) merged before and changed at the site since (corrected, deleted, restored, withdrawn, "
                    "ended, acknowledged) were changed likewise.",
                    nullptr, int(result.changes));
    if (result.schedules > 0)
        notes << tr("%n locked randomisation schedule(s) merged with their interventions, as locked at the site.",
                    nullptr, int(result.schedules));
    return notes;
}

QStringList SiteMerge::sites(Store& store)
{
    QStringList list;
    Statement st = store.database().prepare(u"SELECT code FROM site ORDER BY code");
    while (st.step())
        list << st.text(0);
    return list;
}

QStringList SiteMerge::participantsOfSite(Store& store, const QString& siteCode)
{
    QStringList list;
    Statement st = store.database().prepare(
        u"SELECT p.code FROM site_participant sp JOIN site s ON s.id = sp.site_id "
        u"JOIN participant p ON p.id = sp.participant_id WHERE s.code = ?1 AND p.deleted = 0 ORDER BY p.code");
    st.bind(1, siteCode);
    while (st.step())
        list << st.text(0);
    return list;
}

} // namespace mb
