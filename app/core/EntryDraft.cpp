// The draft's JSON, read as strictly as any file: it comes from the database file, which anyone may have edited.
#include "core/EntryDraft.h"

#include "core/DateText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mb {

namespace {

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

// Positive whole numbers, at most EntryDraft::maxItems of them; sorted and without repeats.
std::optional<QList<qint64>> readIds(const QJsonValue& value)
{
    if (!value.isArray() || value.toArray().size() > EntryDraft::maxItems)
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue& item : value.toArray()) {
        const double d = item.toDouble(-1);
        if (!item.isDouble() || d < 1 || d > 9.0e15 || d != double(qint64(d)))
            return std::nullopt;
        ids.append(qint64(d));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::optional<QMap<QString, QString>> readTyped(const QJsonValue& value)
{
    if (!value.isObject() || value.toObject().size() > EntryDraft::maxItems)
        return std::nullopt;
    QMap<QString, QString> typed;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isString() || it->toString().size() > EntryDraft::maxTypedLength || it.key().isEmpty() ||
            it.key().size() > EntryDraft::maxTypedLength)
            return std::nullopt;
        typed.insert(it.key(), it->toString());
    }
    return typed;
}

} // namespace

QByteArray EntryDraft::toJson() const
{
    QJsonObject values;
    for (auto it = typed.begin(); it != typed.end(); ++it)
        values.insert(it.key(), it.value());
    const QJsonObject object{{QStringLiteral("date"), isoDate(date)},
                             {QStringLiteral("time"), time ? QJsonValue(hourMinute(*time)) : QJsonValue()},
                             {QStringLiteral("typed"), values},
                             {QStringLiteral("note"), note},
                             {QStringLiteral("tag_ids"), idArray(tagIds)},
                             {QStringLiteral("taken"), idArray(taken)},
                             {QStringLiteral("saved_at"), isoUtc(savedAt)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<EntryDraft> EntryDraft::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    EntryDraft draft;
    const auto date = parseIsoDate(object.value(QStringLiteral("date")).toString());
    if (!date || dateRangeProblem(*date))
        return std::nullopt;
    draft.date = *date;
    const QJsonValue time = object.value(QStringLiteral("time"));
    if (!time.isNull()) {
        const auto parsed = parseHourMinute(time.toString());
        if (!parsed)
            return std::nullopt;
        draft.time = parsed;
    }
    const QJsonValue note = object.value(QStringLiteral("note"));
    if (!note.isString() || note.toString().size() > maxNoteLength)
        return std::nullopt;
    draft.note = note.toString();
    const auto typed = readTyped(object.value(QStringLiteral("typed")));
    const auto tagIds = readIds(object.value(QStringLiteral("tag_ids")));
    const auto taken = readIds(object.value(QStringLiteral("taken")));
    if (!typed || !tagIds || !taken)
        return std::nullopt;
    draft.typed = *typed;
    draft.tagIds = *tagIds;
    draft.taken = *taken;
    const QString savedAt = object.value(QStringLiteral("saved_at")).toString();
    draft.savedAt = QDateTime::fromString(savedAt, Qt::ISODate);
    if (!savedAt.endsWith(u'Z') || !draft.savedAt.isValid() || dateRangeProblem(draft.savedAt.date()))
        return std::nullopt;
    draft.savedAt = draft.savedAt.toUTC();
    return draft;
}

} // namespace mb
