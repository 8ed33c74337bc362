// Tag rows and entry_tag rows with their audit records.
#include "storage/TagRepository.h"

#include "core/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QJsonArray>

#include <algorithm>

namespace mb {

namespace {

const QString selectColumns = QStringLiteral("SELECT id, name, colour, archived, sort_order FROM tag ");

Tag read(const Statement& st)
{
    Tag t;
    t.id = st.int64(0);
    t.name = st.text(1);
    t.colour = st.text(2);
    t.archived = st.int64(3) != 0;
    t.sortOrder = int(st.int64(4));
    return t;
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray result;
    for (const qint64 id : ids)
        result.append(id);
    return result;
}

} // namespace

QJsonObject TagRepository::toJson(const Tag& tag)
{
    return {{QStringLiteral("name"), tag.name},
            {QStringLiteral("colour"), tag.colour},
            {QStringLiteral("archived"), tag.archived},
            {QStringLiteral("sort_order"), tag.sortOrder}};
}

bool TagRepository::available() const
{
    return m_db.userVersion() >= 8; // a database opened without migrating (a site being merged) may be older
}

QList<Tag> TagRepository::list(bool includeArchived) const
{
    if (!available())
        return {};
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE ?1 OR archived = 0 ORDER BY sort_order, name, id"));
    st.bind(1, qint64(includeArchived));
    QList<Tag> result;
    while (st.step())
        result.append(read(st));
    return result;
}

std::optional<Tag> TagRepository::byId(qint64 id) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

std::optional<Tag> TagRepository::byName(const QString& name) const
{
    if (!available())
        return std::nullopt;
    const QString wanted = name.trimmed();
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE name = ?1 COLLATE NOCASE"));
    st.bind(1, wanted);
    if (st.step())
        return read(st);
    // NOCASE folds ASCII only: "Äö" and "äö", or a composed and a decomposed "é", are one name too (tagNameKey).
    const QString key = tagNameKey(wanted);
    for (const Tag& t : list(true))
        if (tagNameKey(t.name) == key)
            return t;
    return std::nullopt;
}

void TagRepository::validate(const Tag& tag) const
{
    using Code = StorageError::Code;
    if (const auto problem = tagNameProblem(tag.name))
        throw StorageError(Code::InvalidInput, *problem);
    if (const auto problem = tagColourProblem(tag.colour))
        throw StorageError(Code::InvalidInput, *problem);
    if (const auto other = byName(tag.name); other && other->id != tag.id)
        throw StorageError(
            Code::InvalidInput,
            other->archived
                ? StorageText::tr("There is already an archived tag “%1”; unarchive it instead.").arg(other->name)
                : StorageText::tr("There is already a tag “%1”.").arg(other->name));
}

qint64 TagRepository::create(const Tag& input, const QString& reason)
{
    Transaction tx(m_db);
    Tag tag = input;
    if (tag.id > 0 && byId(tag.id))
        tag.id = 0;
    tag.name = tag.name.trimmed();
    validate(tag);
    Statement next = m_db.prepare(u"SELECT coalesce(max(sort_order) + 1, 0) FROM tag");
    next.step();
    tag.sortOrder = int(next.int64(0));
    Statement st =
        m_db.prepare(u"INSERT INTO tag (id, name, colour, archived, sort_order) VALUES (?5, ?1, ?2, ?3, ?4)");
    st.bind(1, tag.name).bind(2, tag.colour.toLower()).bind(3, qint64(tag.archived)).bind(4, qint64(tag.sortOrder));
    if (tag.id > 0)
        st.bind(5, tag.id);
    else
        st.bindNull(5);
    st.run();
    tag.id = m_db.lastInsertRowId();
    tag.colour = tag.colour.toLower();
    AuditLog(m_db).record({.action = AuditLog::Action::Insert,
                           .table = QStringLiteral("tag"),
                           .rowId = tag.id,
                           .newValues = toJson(tag),
                           .reason = reason});
    tx.commit();
    return tag.id;
}

void TagRepository::update(const Tag& input, const QString& reason)
{
    Transaction tx(m_db);
    const auto before = byId(input.id);
    if (!before)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That tag no longer exists."));
    Tag tag = input;
    tag.name = tag.name.trimmed();
    tag.colour = tag.colour.toLower();
    validate(tag);
    if (tag == *before)
        return; // nothing to write or record
    Statement st = m_db.prepare(u"UPDATE tag SET name = ?1, colour = ?2, archived = ?3, sort_order = ?4 WHERE id = ?5");
    st.bind(1, tag.name).bind(2, tag.colour).bind(3, qint64(tag.archived)).bind(4, qint64(tag.sortOrder));
    st.bind(5, tag.id).run();
    AuditLog(m_db).record({.action = AuditLog::Action::Update,
                           .table = QStringLiteral("tag"),
                           .rowId = tag.id,
                           .oldValues = toJson(*before),
                           .newValues = toJson(tag),
                           .reason = reason});
    tx.commit();
}

namespace {
template <typename Change> void changeTag(TagRepository& repo, qint64 id, const QString& reason, Change change)
{
    auto tag = repo.byId(id);
    if (!tag)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That tag no longer exists."));
    change(*tag);
    repo.update(*tag, reason);
}
} // namespace

void TagRepository::rename(qint64 id, const QString& name, const QString& reason)
{
    changeTag(*this, id, reason, [&](Tag& t) { t.name = name; });
}

void TagRepository::setColour(qint64 id, const QString& colour, const QString& reason)
{
    changeTag(*this, id, reason, [&](Tag& t) { t.colour = colour; });
}

void TagRepository::setArchived(qint64 id, bool archived, const QString& reason)
{
    changeTag(*this, id, reason, [&](Tag& t) { t.archived = archived; });
}

void TagRepository::remove(qint64 id, const QString& reason)
{
    Transaction tx(m_db);
    const auto before = byId(id);
    if (!before)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That tag no longer exists."));
    Statement used = m_db.prepare(u"SELECT count(*) FROM entry_tag WHERE tag_id = ?1");
    used.bind(1, id).step();
    if (used.int64(0) > 0)
        throw StorageError(StorageError::Code::InvalidInput,
                           StorageText::tr("The tag “%1” is on %n entry(ies); archive it instead.", nullptr,
                                           int(std::min<qint64>(used.int64(0), 1 << 30)))
                               .arg(before->name));
    Statement st = m_db.prepare(u"DELETE FROM tag WHERE id = ?1");
    st.bind(1, id).run();
    AuditLog(m_db).record({.action = AuditLog::Action::Delete,
                           .table = QStringLiteral("tag"),
                           .rowId = id,
                           .oldValues = toJson(*before),
                           .reason = reason});
    tx.commit();
}

void TagRepository::reorder(const QList<qint64>& ids, const QString& reason)
{
    Transaction tx(m_db);
    QList<Tag> tags = list(true);
    QList<qint64> order;
    for (const qint64 id : ids)
        if (!order.contains(id) && std::any_of(tags.cbegin(), tags.cend(), [&](const Tag& t) { return t.id == id; }))
            order.append(id);
    for (const Tag& t : tags)
        if (!order.contains(t.id))
            order.append(t.id);
    for (Tag t : tags) {
        t.sortOrder = int(order.indexOf(t.id));
        update(t, reason);
    }
    tx.commit();
}

qint64 TagRepository::ensure(const QString& name, const QString& reason)
{
    if (const auto existing = byName(name))
        return existing->id;
    return create(Tag{.name = name.trimmed()}, reason);
}

QList<qint64> TagRepository::entryTags(qint64 entryId) const
{
    Statement st = m_db.prepare(u"SELECT tag_id FROM entry_tag WHERE entry_id = ?1 ORDER BY tag_id");
    st.bind(1, entryId);
    QList<qint64> result;
    while (st.step())
        result.append(st.int64(0));
    return result;
}

void TagRepository::writeEntryTags(qint64 entryId, const QList<qint64>& tagIds)
{
    Statement clear = m_db.prepare(u"DELETE FROM entry_tag WHERE entry_id = ?1");
    clear.bind(1, entryId).run();
    Statement insert = m_db.prepare(u"INSERT INTO entry_tag (entry_id, tag_id) VALUES (?1, ?2)");
    for (const qint64 tagId : sortedUnique(tagIds)) {
        if (!byId(tagId))
            throw StorageError(StorageError::Code::NotFound, StorageText::tr("Tag %1 does not exist.").arg(tagId));
        insert.bind(1, entryId).bind(2, tagId).run();
        insert.reset();
    }
}

void TagRepository::setEntryTags(qint64 entryId, const QList<qint64>& tagIds, const QString& reason)
{
    Transaction tx(m_db);
    Statement entry = m_db.prepare(u"SELECT participant_id, deleted FROM entry WHERE id = ?1");
    entry.bind(1, entryId);
    if (!entry.step() || entry.int64(1) != 0)
        throw StorageError(StorageError::Code::NotFound, StorageText::tr("That entry no longer exists."));
    const qint64 participantId = entry.int64(0);
    const QList<qint64> before = entryTags(entryId);
    const QList<qint64> after = sortedUnique(tagIds);
    if (before == after)
        return;
    writeEntryTags(entryId, after);
    AuditLog(m_db).record({.action = AuditLog::Action::Update,
                           .table = QStringLiteral("entry_tag"),
                           .rowId = entryId,
                           .participantId = participantId,
                           .oldValues = {{QStringLiteral("tag_ids"), idArray(before)}},
                           .newValues = {{QStringLiteral("tag_ids"), idArray(after)}},
                           .reason = reason});
    tx.commit();
}

QMap<QDate, QSet<qint64>> TagRepository::tagDays(qint64 participantId) const
{
    if (!available())
        return {};
    Statement st = m_db.prepare(u"SELECT DISTINCT e.local_date, et.tag_id FROM entry_tag et "
                                u"JOIN entry e ON e.id = et.entry_id "
                                u"WHERE e.participant_id = ?1 AND e.deleted = 0 ORDER BY e.local_date");
    st.bind(1, participantId);
    QMap<QDate, QSet<qint64>> result;
    while (st.step())
        result[QDate::fromString(st.text(0), Qt::ISODate)].insert(st.int64(1));
    return result;
}

} // namespace mb
