// Repositories record each row's whole image (toJson) after every change; imports record a summary (how many
// entries, how many adherence ticks), so rows from an import are accounted for by count.
#include "storage/AuditReplay.h"

#include "core/Measure.h"
#include "storage/Database.h"
#include "storage/ImportDigest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace mb {

namespace {

constexpr int maxProblems = 20;

// The audit image's names for columns, where they differ from the column names.
QString columnFor(const QString& table, const QString& key)
{
    if (key == u"date")
        return QStringLiteral("local_date");
    if (key == u"time")
        return QStringLiteral("local_time");
    if ((table == u"intervention" || table == u"randomisation_schedule") && (key == u"start" || key == u"end"))
        return key + QStringLiteral("_date");
    if (table == u"measure" && (key == u"min" || key == u"max"))
        return key + QStringLiteral("_value");
    return key;
}

// The image's fields compared with the live row, each as its JSON type asks.
bool sameValue(const QJsonValue& audited, const Statement& st, int column)
{
    if (audited.isNull() || audited.isUndefined())
        return st.isNull(column);
    if (st.isNull(column))
        return false;
    if (audited.isBool())
        return (st.int64(column) != 0) == audited.toBool();
    if (audited.isDouble())
        return st.real(column) == audited.toDouble();
    if (audited.isString()) {
        // As audited, or as a repository stores what it audited as typed (a measure's labels, trimmed). Only the
        // stored side is never trimmed: white space added to a row is a change (a code with a tab after it).
        const QString stored = st.text(column);
        return stored == audited.toString() || stored == audited.toString().trimmed();
    }
    return false;
}

QJsonObject parsed(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QList<qint64> tagIdsOf(const QJsonObject& image)
{
    QList<qint64> ids;
    for (const QJsonValue id : image.value(QStringLiteral("tag_ids")).toArray())
        ids.append(id.toInteger());
    std::sort(ids.begin(), ids.end());
    return ids;
}

const QStringList replayedTables = {QStringLiteral("participant"),  QStringLiteral("entry"),
                                    QStringLiteral("intervention"), QStringLiteral("questionnaire_response"),
                                    QStringLiteral("measure"),      QStringLiteral("randomisation_schedule"),
                                    QStringLiteral("tag")};

// How many rows of a table (observation, entry_tag) each entry has, read in entry order beside the entries.
class RowsPerEntry {
public:
    RowsPerEntry(const Database& db, const QString& table, qint64 first, qint64 last, bool exists)
    {
        if (!exists)
            return;
        m_st.emplace(db.prepare(QString(u"SELECT entry_id, count(*) FROM " + table +
                                        u" WHERE entry_id BETWEEN ?1 AND ?2 GROUP BY entry_id ORDER BY entry_id")));
        m_st->bind(1, first).bind(2, last);
        m_live = m_st->step();
    }
    // Entries are asked for in ascending order.
    qint64 of(qint64 entryId)
    {
        while (m_live && m_st->int64(0) < entryId)
            m_live = m_st->step();
        return m_live && m_st->int64(0) == entryId ? m_st->int64(1) : 0;
    }

private:
    std::optional<Statement> m_st;
    bool m_live = false;
};

QString participantName(const Database& db, qint64 id)
{
    Statement st = db.prepare(u"SELECT code FROM participant WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? st.text(0) : AuditReplay::tr("participant id %1").arg(id);
}

} // namespace

void AuditReplay::add(const AuditLog::Row& row)
{
    const QString import = AuditLog::actionName(AuditLog::Action::Import);
    if (row.action == import) {
        const QJsonObject details = parsed(row.newValues);
        addImport(row, details);
        m_sites.add(row, details); // a site merge's bookkeeping (SiteReplay)
        return;
    }
    if (row.table == u"entry_tag" || row.table == u"entry")
        addEntryRecord(row);
    if (row.table == u"entry_tag") {
        m_entryTags.insert(row.rowId, tagIdsOf(parsed(row.newValues)));
        return;
    }
    if (row.table == u"adherence") {
        const QJsonObject state = parsed(row.newValues);
        const QJsonValue taken = state.value(QStringLiteral("taken"));
        const QString key = QString::number(row.rowId) + u'|' + state.value(QStringLiteral("date")).toString();
        if (!m_ticks.contains(key) && !row.oldValues.isEmpty())
            --m_ticksAdded[row.participantId]; // a tick an import wrote, its own record from now on
        m_ticks.insert(key, taken.isBool() ? int(taken.toBool()) : -1);
        return;
    }
    if (row.table == u"tag" && row.action == AuditLog::actionName(AuditLog::Action::Delete)) {
        m_last[row.table].remove(row.rowId); // a tag no entry carried, removed (TagRepository::remove)
        return;
    }
    if (!replayedTables.contains(row.table) || row.rowId <= 0 || row.newValues.isEmpty())
        return;
    m_last[row.table].insert(row.rowId, row.newValues);
    if (row.table == u"entry")
        m_entryTags.insert(row.rowId, tagIdsOf(parsed(row.newValues)));
    if (row.table == u"entry" && row.action == AuditLog::actionName(AuditLog::Action::Insert))
        m_entriesInserted.insert(row.rowId);
}

void AuditReplay::addImport(const AuditLog::Row& row, const QJsonObject& details)
{
    if (row.table == u"entry") {
        m_entriesImported += details.value(QStringLiteral("entries")).toInteger();
        if (details.contains(QStringLiteral("first_entry"))) {
            ImportBatch batch{.auditRow = row.id,
                              .first = details.value(QStringLiteral("first_entry")).toInteger(),
                              .count = details.value(QStringLiteral("entries")).toInteger(),
                              .written = {},
                              .digest = details.value(QStringLiteral("digest")).toString()};
            const QJsonObject written = details.value(QStringLiteral("written")).toObject();
            for (auto it = written.begin(); it != written.end(); ++it) {
                const QJsonArray counts = it.value().toArray();
                batch.written.insert(it.key().toLongLong(),
                                     {counts.at(0).toInteger(), counts.at(1).toInteger(), counts.at(2).toInteger()});
            }
            m_imports.append(batch);
        }
    } else if (row.table == u"adherence") {
        m_ticksImported += details.value(QStringLiteral("ticks")).toInteger();
        if (details.contains(QStringLiteral("added")))
            m_ticksAdded[row.participantId] += details.value(QStringLiteral("added")).toInteger();
        else
            m_ticksUncounted.insert(row.participantId);
    }
    m_entryTagsImported += details.value(QStringLiteral("entry_tags")).toInteger();
}

// The first record of an entry's own, or of its tags, says in its old image what an import had written.
void AuditReplay::addEntryRecord(const AuditLog::Row& row)
{
    if (row.oldValues.isEmpty() || row.rowId <= 0)
        return;
    const bool entryRecorded = m_last.value(QStringLiteral("entry")).contains(row.rowId);
    const bool tagsRecorded = m_entryTags.contains(row.rowId);
    if (tagsRecorded && (entryRecorded || row.table == u"entry_tag"))
        return;
    const QJsonObject old = parsed(row.oldValues);
    Origin& origin = m_origins[row.rowId];
    if (!tagsRecorded)
        origin.tags = old.value(QStringLiteral("tag_ids")).toArray().size();
    if (row.table == u"entry" && !entryRecorded) {
        origin.participantId = old.value(QStringLiteral("participant_id")).toInteger();
        origin.date = old.value(QStringLiteral("date")).toString().toLatin1();
        origin.values = old.value(QStringLiteral("values")).toObject().size();
    }
}

QStringList AuditReplay::check(const Database& db, qint64& rowsCompared) const
{
    QStringList problems;
    rowsCompared = 0;
    // Older schema versions lack the later tables (the schema check has made sure the set is as expected).
    const auto exists = [&](const QString& table) {
        Statement st = db.prepare(u"SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        st.bind(1, table);
        return st.step();
    };
    for (const QString& table :
         {QStringLiteral("participant"), QStringLiteral("intervention"), QStringLiteral("questionnaire_response"),
          QStringLiteral("randomisation_schedule"), QStringLiteral("tag")})
        if (exists(table))
            checkTable(db, table, problems, rowsCompared);
    checkEntries(db, problems, rowsCompared);
    checkMeasures(db, problems, rowsCompared);
    if (exists(QStringLiteral("adherence")))
        checkAdherence(db, problems, rowsCompared);
    if (exists(QStringLiteral("entry_tag")))
        checkEntryTags(db, problems, rowsCompared);
    checkImports(db, exists(QStringLiteral("entry_tag")), problems); // entries compared above
    if (exists(QStringLiteral("site")))
        m_sites.check(db, problems);
    if (problems.size() > maxProblems)
        problems.resize(maxProblems);
    return problems;
}

// Compares the live row in st (id in column 0, then the columns of keys) with its audited image.
static QString difference(const QString& table, const Statement& st, const QStringList& keys, const QJsonObject& image)
{
    for (int i = 0; i < keys.size(); ++i)
        if (!sameValue(image.value(keys[i]), st, i + 1))
            return AuditReplay::tr("%1 row %2 differs from its last audited state (%3)")
                .arg(table)
                .arg(st.int64(0))
                .arg(keys[i]);
    return {};
}

void AuditReplay::checkTable(const Database& db, const QString& table, QStringList& problems, qint64& compared) const
{
    const QHash<qint64, QString> audited = m_last.value(table);
    // The keys of the image this version writes, from any audited row (all have the same ones).
    QStringList keys;
    if (!audited.isEmpty())
        keys = parsed(*audited.cbegin()).keys();
    keys.removeAll(QStringLiteral("values"));
    QStringList columns{QStringLiteral("id")};
    for (const QString& key : keys)
        columns.append(columnFor(table, key));
    QSet<qint64> seen;
    Statement st = db.prepare(QString(u"SELECT " + columns.join(u", ") + u" FROM " + table));
    while (st.step() && problems.size() <= maxProblems) {
        ++compared;
        const qint64 id = st.int64(0);
        seen.insert(id);
        const auto it = audited.constFind(id);
        if (it == audited.cend()) {
            problems.append(tr("%1 row %2 has no audit record").arg(table).arg(id));
            continue;
        }
        if (const QString diff = difference(table, st, keys, parsed(*it)); !diff.isEmpty())
            problems.append(diff);
    }
    for (auto it = audited.cbegin(); it != audited.cend() && problems.size() <= maxProblems; ++it)
        if (!seen.contains(it.key()))
            problems.append(tr("%1 row %2 was removed without an audit record").arg(table).arg(it.key()));
}

void AuditReplay::checkEntries(const Database& db, QStringList& problems, qint64& compared) const
{
    const QString table = QStringLiteral("entry");
    const QHash<qint64, QString> audited = m_last.value(table);
    const QStringList keys{QStringLiteral("participant_id"), QStringLiteral("date"), QStringLiteral("time"),
                           QStringLiteral("at_utc"),         QStringLiteral("note"), QStringLiteral("deleted")};
    Statement st = db.prepare(u"SELECT id, participant_id, local_date, local_time, at_utc, note, deleted FROM entry");
    Statement values = db.prepare(
        u"SELECT m.key, o.value FROM observation o JOIN measure m ON m.id = o.measure_id WHERE o.entry_id = ?1");
    QSet<qint64> seen;
    qint64 notInserted = 0; // rows that came from an import, as far as the trail says
    while (st.step() && problems.size() <= maxProblems) {
        ++compared;
        const qint64 id = st.int64(0);
        seen.insert(id);
        if (!m_entriesInserted.contains(id))
            ++notInserted;
        const auto it = audited.constFind(id);
        if (it == audited.cend()) {
            // Imported and never changed since: counted below. An import writes no deleted entry.
            if (st.int64(6) != 0)
                problems.append(tr("%1 row %2 was deleted without an audit record").arg(table).arg(id));
            continue;
        }
        const QJsonObject image = parsed(*it);
        QString diff = difference(table, st, keys, image);
        if (diff.isEmpty()) {
            QJsonObject live;
            values.bind(1, id);
            while (values.step())
                live.insert(values.text(0), values.real(1));
            values.reset();
            const QJsonObject wanted = image.value(QStringLiteral("values")).toObject();
            bool same = live.size() == wanted.size();
            for (auto v = wanted.begin(); same && v != wanted.end(); ++v)
                same = live.contains(v.key()) && live.value(v.key()).toDouble() == v.value().toDouble();
            if (!same)
                diff = tr("%1 row %2 differs from its last audited state (%3)").arg(table).arg(id).arg(u"values");
        }
        if (!diff.isEmpty())
            problems.append(diff);
    }
    for (auto it = audited.cbegin(); it != audited.cend() && problems.size() <= maxProblems; ++it)
        if (!seen.contains(it.key()))
            problems.append(tr("%1 row %2 was removed without an audit record").arg(table).arg(it.key()));
    if (notInserted > m_entriesImported)
        problems.append(tr("journal entries without an audit record, neither their own nor an import's: %1")
                            .arg(notInserted - m_entriesImported));
    else if (notInserted < m_entriesImported)
        problems.append(
            tr("imported journal entries removed without an audit record: %1").arg(m_entriesImported - notInserted));
}

// The column of a built-in measure's row that is not as the first migration wrote it (no version changes them).
static QString builtinDifference(const Statement& st, const Measure* m)
{
    if (!m)
        return QStringLiteral("key");
    const std::pair<bool, const char*> checks[] = {{st.text(2) == m->labelEn, "label_en"},
                                                   {st.text(3) == m->labelNl, "label_nl"},
                                                   {st.text(4) == toString(m->kind), "kind"},
                                                   {st.text(5).isEmpty(), "unit"},
                                                   {st.real(6) == m->minimum, "min"},
                                                   {st.real(7) == m->maximum, "max"},
                                                   {st.text(8) == toString(m->direction), "direction"},
                                                   {st.int64(10) == m->sortOrder, "sort_order"},
                                                   {st.int64(11) == 0, "deleted"}};
    for (const auto& [same, column] : checks)
        if (!same)
            return QString::fromLatin1(column);
    return {};
}

void AuditReplay::checkMeasures(const Database& db, QStringList& problems, qint64& compared) const
{
    const QString table = QStringLiteral("measure");
    const QHash<qint64, QString> audited = m_last.value(table);
    QHash<QString, const Measure*> builtins;
    for (const Measure& m : builtinMeasures())
        builtins.insert(m.key, &m);
    const QStringList keys{QStringLiteral("key"),  QStringLiteral("label_en"), QStringLiteral("label_nl"),
                           QStringLiteral("kind"), QStringLiteral("unit"),     QStringLiteral("min"),
                           QStringLiteral("max"),  QStringLiteral("direction")};
    // No version hides a measure (deleted stays 0); a hidden one leaves every export and analysis.
    Statement st = db.prepare(u"SELECT id, key, label_en, label_nl, kind, unit, min_value, max_value, direction, "
                              u"builtin, sort_order, deleted FROM measure");
    const auto differs = [&](qint64 id, const QString& column) {
        problems.append(tr("%1 row %2 differs from its last audited state (%3)").arg(table).arg(id).arg(column));
    };
    while (st.step() && problems.size() <= maxProblems) {
        ++compared;
        const qint64 id = st.int64(0);
        if (st.int64(9) != 0) {
            if (const QString column = builtinDifference(st, builtins.value(st.text(1))); !column.isEmpty())
                differs(id, column);
            continue;
        }
        const auto it = audited.constFind(id);
        if (it == audited.cend())
            problems.append(tr("%1 row %2 has no audit record").arg(table).arg(id));
        else if (const QString diff = difference(table, st, keys, parsed(*it)); !diff.isEmpty())
            problems.append(diff);
        else if (st.int64(11) != 0)
            differs(id, QStringLiteral("deleted"));
    }
}

void AuditReplay::checkAdherence(const Database& db, QStringList& problems, qint64& compared) const
{
    QSet<QString> seen;
    qint64 unrecorded = 0;
    QHash<qint64, qint64> unrecordedOf; // intervention id -> its ticks without a record of their own
    Statement st = db.prepare(u"SELECT intervention_id, local_date, taken FROM adherence");
    while (st.step() && problems.size() <= maxProblems) {
        ++compared;
        const QString key = QString::number(st.int64(0)) + u'|' + st.text(1);
        seen.insert(key);
        const auto it = m_ticks.constFind(key);
        if (it == m_ticks.cend()) {
            ++unrecorded;
            ++unrecordedOf[st.int64(0)];
        } else if (*it != int(st.int64(2) != 0))
            problems.append(tr("adherence of intervention %1 on %2 differs from its last audited state")
                                .arg(st.int64(0))
                                .arg(st.text(1)));
    }
    for (auto it = m_ticks.cbegin(); it != m_ticks.cend() && problems.size() <= maxProblems; ++it)
        if (*it >= 0 && !seen.contains(it.key()))
            problems.append(tr("adherence of intervention %1 on %2 was removed without an audit record")
                                .arg(it.key().section(u'|', 0, 0), it.key().section(u'|', 1)));
    if (unrecorded > m_ticksImported)
        problems.append(tr("adherence ticks without an audit record, neither their own nor an import's: %1")
                            .arg(unrecorded - m_ticksImported));
    checkImportedTicks(db, unrecordedOf, problems);
}

void AuditReplay::checkEntryTags(const Database& db, QStringList& problems, qint64& compared) const
{
    QHash<qint64, QList<qint64>> live;
    Statement st = db.prepare(u"SELECT entry_id, tag_id FROM entry_tag ORDER BY entry_id, tag_id");
    while (st.step()) {
        ++compared;
        live[st.int64(0)].append(st.int64(1));
    }
    qint64 unrecorded = 0; // rows of entries whose tags no record of their own states: an import's
    for (auto it = live.cbegin(); it != live.cend() && problems.size() <= maxProblems; ++it) {
        const auto audited = m_entryTags.constFind(it.key());
        if (audited == m_entryTags.cend())
            unrecorded += it->size();
        else if (*audited != *it)
            problems.append(tr("the tags of entry %1 differ from their last audited state").arg(it.key()));
    }
    for (auto it = m_entryTags.cbegin(); it != m_entryTags.cend() && problems.size() <= maxProblems; ++it)
        if (!it->isEmpty() && !live.contains(it.key()))
            problems.append(tr("the tags of entry %1 were removed without an audit record").arg(it.key()));
    if (unrecorded > m_entryTagsImported)
        problems.append(tr("entry tags without an audit record, neither their own nor an import's: %1")
                            .arg(unrecorded - m_entryTagsImported));
}

// Every import that recorded its entries (first_entry): the entries it wrote are still there as it wrote them, for
// the participants it wrote them for, with as many values and tags, unless a record of their own says otherwise
// (then as the first such record found them). One pass over the imported entries and over the keys of observation
// and entry_tag, each in entry order.
void AuditReplay::checkImports(const Database& db, bool entryTags, QStringList& problems) const
{
    if (m_imports.isEmpty())
        return;
    QList<ImportBatch> batches = m_imports;
    std::sort(batches.begin(), batches.end(),
              [](const ImportBatch& a, const ImportBatch& b) { return a.first < b.first; });
    const qint64 last = batches.last().first + batches.last().count - 1;
    Statement entries =
        db.prepare(u"SELECT id, participant_id, local_date FROM entry WHERE id BETWEEN ?1 AND ?2 ORDER BY id");
    entries.bind(1, batches.first().first).bind(2, last);
    RowsPerEntry values(db, QStringLiteral("observation"), batches.first().first, last, true);
    RowsPerEntry tags(db, QStringLiteral("entry_tag"), batches.first().first, last, entryTags);
    const QHash<qint64, QString> audited = m_last.value(QStringLiteral("entry"));
    bool live = entries.step();
    for (const ImportBatch& batch : batches) {
        QHash<qint64, std::array<qint64, 3>> found = {};
        std::array<qint64, 3>* counts = nullptr; // found's of participant (entries come a participant at a time)
        qint64 participant = 0;
        ImportDigest digest;
        for (qint64 id = batch.first; id < batch.first + batch.count; ++id) {
            while (live && entries.int64(0) < id)
                live = entries.step();
            const auto it = m_origins.isEmpty() ? m_origins.cend() : m_origins.constFind(id);
            const Origin* origin = it != m_origins.cend() ? &*it : nullptr;
            const bool changed = origin && origin->values >= 0 && audited.contains(id);
            if (!changed && !(live && entries.int64(0) == id))
                continue; // removed: checkEntries counts it
            if (const qint64 p = changed ? origin->participantId : entries.int64(1); !counts || p != participant)
                counts = &found[participant = p];
            const QByteArrayView date = changed ? QByteArrayView(origin->date) : entries.bytes(2);
            const qint64 valueCount = changed ? origin->values : values.of(id);
            const qint64 tagCount = origin && origin->tags >= 0 ? origin->tags : tags.of(id);
            ++(*counts)[0];
            (*counts)[1] += valueCount;
            (*counts)[2] += tagCount;
            digest.add(participant, date, valueCount, tagCount);
        }
        const qsizetype before = problems.size();
        compareImport(db, batch, found, problems);
        if (problems.size() == before && !batch.digest.isEmpty() && digest.hex() != batch.digest)
            problems.append(tr("the journal entries the import at audit row %1 wrote (entry rows %2 to %3) were "
                               "changed without an audit record: moved to another participant or date, or values "
                               "or tags moved between them")
                                .arg(batch.auditRow)
                                .arg(batch.first)
                                .arg(batch.first + batch.count - 1));
    }
}

// What an import wrote for each participant against what is there now.
void AuditReplay::compareImport(const Database& db, const ImportBatch& batch,
                                const QHash<qint64, std::array<qint64, 3>>& found, QStringList& problems)
{
    QSet<qint64> participants(batch.written.keyBegin(), batch.written.keyEnd());
    participants.unite(QSet<qint64>(found.keyBegin(), found.keyEnd()));
    QList<qint64> sorted(participants.cbegin(), participants.cend());
    std::sort(sorted.begin(), sorted.end());
    const QString tables[3] = {QStringLiteral("entry"), QStringLiteral("observation"), QStringLiteral("entry_tag")};
    for (const qint64 participant : sorted) {
        const std::array<qint64, 3> wrote = batch.written.value(participant), now = found.value(participant);
        for (int i = 0; i < 3 && problems.size() <= maxProblems; ++i)
            if (wrote[i] != now[i])
                problems.append(
                    tr("the import at audit row %1 wrote %n %2 row(s) for participant %3; without an audit record "
                       "that says why, there are now %4",
                       nullptr, int(std::min<qint64>(wrote[i], INT_MAX)))
                        .arg(batch.auditRow)
                        .arg(tables[i], participantName(db, participant))
                        .arg(now[i]));
    }
}

// The adherence ticks imports added for a participant are there, but for those changed since with a record.
void AuditReplay::checkImportedTicks(const Database& db, const QHash<qint64, qint64>& unrecorded,
                                     QStringList& problems) const
{
    QHash<qint64, qint64> live; // participant id -> ticks without a record of their own
    Statement st = db.prepare(u"SELECT id, participant_id FROM intervention");
    while (st.step())
        live[st.int64(1)] += unrecorded.value(st.int64(0));
    QList<qint64> participants = m_ticksAdded.keys();
    std::sort(participants.begin(), participants.end());
    for (const qint64 participant : participants) {
        const qint64 expected = m_ticksAdded.value(participant);
        if (m_ticksUncounted.contains(participant) || live.value(participant) >= expected ||
            problems.size() > maxProblems)
            continue;
        problems.append(tr("%n adherence tick(s) imported for participant %1 were removed without an audit record",
                           nullptr, int(std::min<qint64>(expected - live.value(participant), INT_MAX)))
                            .arg(participantName(db, participant)));
    }
}

} // namespace mb
