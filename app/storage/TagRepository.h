// The database's tags and which entries carry them; every write audited (docs/FILE_FORMATS.md "Tags").
#pragma once

#include "core/Tag.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>

#include <optional>

namespace mb {

class Database;

class TagRepository {
public:
    explicit TagRepository(Database& db)
        : m_db(db)
    {
    }

    // By sort order, then name.
    QList<Tag> list(bool includeArchived = true) const;
    std::optional<Tag> byId(qint64 id) const;
    // Case-insensitive, archived tags included.
    std::optional<Tag> byName(const QString& name) const;

    // A new tag at the end of the list (its sortOrder is ignored), with the given id when no tag has it (the redo of
    // an undone creation), else a new one. Throws StorageError: the name or colour is not
    // acceptable, or another tag has that name already.
    qint64 create(const Tag& tag, const QString& reason = {});
    // Writes name, colour, archived and sort order of an existing tag.
    void update(const Tag& tag, const QString& reason = {});
    void rename(qint64 id, const QString& name, const QString& reason = {});
    void setColour(qint64 id, const QString& colour, const QString& reason = {});
    void setArchived(qint64 id, bool archived, const QString& reason = {});
    // Removes a tag no entry carries (undoing its creation); throws StorageError when an entry carries it.
    void remove(qint64 id, const QString& reason = {});
    // The tags in this order first (sort order 0, 1, ...), the others after them; one transaction.
    void reorder(const QList<qint64>& ids, const QString& reason = {});
    // The tag of that name, made (unarchived, default colour) when there is none; an archived one is reused as it
    // is. For imports, inside their transaction.
    qint64 ensure(const QString& name, const QString& reason = {});

    // The tag ids of an entry, ascending.
    QList<qint64> entryTags(qint64 entryId) const;
    // Replaces an entry's tags (audited as table entry_tag, row = the entry).
    void setEntryTags(qint64 entryId, const QList<qint64>& tagIds, const QString& reason = {});
    // Per local date, the tags of the participant's live entries on that date.
    QMap<QDate, QSet<qint64>> tagDays(qint64 participantId) const;

    // The audit image of a tag: {"name","colour","archived","sort_order"}.
    static QJsonObject toJson(const Tag& tag);

    // For JournalRepository: checks that every id is a tag, then writes an entry's rows (no audit of its own).
    void writeEntryTags(qint64 entryId, const QList<qint64>& tagIds);

    // False for a database from before tags (schema version 8), opened without migrating: reads give nothing.
    bool available() const;

private:
    void validate(const Tag& tag) const;
    Database& m_db;
};

} // namespace mb
