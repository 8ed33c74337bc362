// Repositories record each row's whole image (toJson) after every change; imports record a summary (how many
// entries, how many adherence ticks), so rows from an import are accounted for by count.
#include "storage/AuditReplay.h"

#include "core/Measure.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

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
    if (audited.isString())
        return st.text(column).trimmed() == audited.toString().trimmed();
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

} // namespace

void AuditReplay::add(const AuditLog::Row& row)
{
    const QString import = AuditLog::actionName(AuditLog::Action::Import);
    if (row.action == import) {
        const QJsonObject details = parsed(row.newValues);
        if (row.table == u"entry")
            m_entriesImported += details.value(QStringLiteral("entries")).toInteger();
        else if (row.table == u"adherence")
            m_ticksImported += details.value(QStringLiteral("ticks")).toInteger();
        m_entryTagsImported += details.value(QStringLiteral("entry_tags")).toInteger();
        return;
    }
    if (row.table == u"entry_tag") {
        m_entryTags.insert(row.rowId, tagIdsOf(parsed(row.newValues)));
        return;
    }
    if (row.table == u"adherence") {
        const QJsonObject state = parsed(row.newValues);
        const QJsonValue taken = state.value(QStringLiteral("taken"));
        m_ticks.insert(QString::number(row.rowId) + u'|' + state.value(QStringLiteral("date")).toString(),
                       taken.isBool() ? int(taken.toBool()) : -1);
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
        if (it == audited.cend())
            continue; // imported and never changed since: counted below
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
    Statement st = db.prepare(
        u"SELECT id, key, label_en, label_nl, kind, unit, min_value, max_value, direction, builtin FROM measure");
    while (st.step() && problems.size() <= maxProblems) {
        ++compared;
        const qint64 id = st.int64(0);
        if (st.int64(9) != 0) {
            // Made by the first migration, as this version defines them.
            const Measure* m = builtins.value(st.text(1));
            if (!m || st.text(4) != toString(m->kind) || st.real(6) != m->minimum || st.real(7) != m->maximum ||
                st.text(8) != toString(m->direction))
                problems.append(
                    tr("%1 row %2 differs from its last audited state (%3)").arg(table).arg(id).arg(u"builtin"));
            continue;
        }
        const auto it = audited.constFind(id);
        if (it == audited.cend())
            problems.append(tr("%1 row %2 has no audit record").arg(table).arg(id));
        else if (const QString diff = difference(table, st, keys, parsed(*it)); !diff.isEmpty())
            problems.append(diff);
    }
}

void AuditReplay::checkAdherence(const Database& db, QStringList& problems, qint64& compared) const
{
    QSet<QString> seen;
    qint64 unrecorded = 0;
    Statement st = db.prepare(u"SELECT intervention_id, local_date, taken FROM adherence");
    while (st.step() && problems.size() <= maxProblems) {
        ++compared;
        const QString key = QString::number(st.int64(0)) + u'|' + st.text(1);
        seen.insert(key);
        const auto it = m_ticks.constFind(key);
        if (it == m_ticks.cend())
            ++unrecorded;
        else if (*it != int(st.int64(2) != 0))
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

} // namespace mb
