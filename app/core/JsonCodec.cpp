// The row images of the JSON vocabulary: dates ISO 8601, times HH:MM, instants in UTC with Z, absent values null.
#include "core/JsonCodec.h"

#include "core/DateText.h"
#include "core/Intervention.h"
#include "core/JournalEntry.h"
#include "core/Participant.h"

#include <QJsonArray>

namespace mb::JsonCodec {

namespace {
QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue();
}
} // namespace

QJsonObject participant(const Participant& p)
{
    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("display_name"), p.displayName},
            {QStringLiteral("arm"), p.arm},
            {QStringLiteral("enrolled_on"), dateOrNull(p.enrolled)},
            {QStringLiteral("withdrawn_on"), dateOrNull(p.withdrawn)},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("deleted"), p.deleted}};
}

QJsonObject entry(const JournalEntry& e)
{
    QJsonObject values;
    for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject image{{QStringLiteral("participant_id"), e.participantId},
                      {QStringLiteral("date"), isoDate(e.date)},
                      {QStringLiteral("time"), e.time ? QJsonValue(hourMinute(*e.time)) : QJsonValue()},
                      {QStringLiteral("at_utc"), isoUtc(e.atUtc)},
                      {QStringLiteral("note"), e.note},
                      {QStringLiteral("values"), values},
                      {QStringLiteral("deleted"), e.deleted}};
    if (!e.tagIds.isEmpty()) {
        QJsonArray ids;
        for (const qint64 id : e.tagIds)
            ids.append(id);
        image.insert(QStringLiteral("tag_ids"), ids);
    }
    return image;
}

QJsonObject intervention(const Intervention& i)
{
    return {{QStringLiteral("participant_id"), i.participantId},
            {QStringLiteral("kind"), toString(i.kind)},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("dose"), i.dose ? QJsonValue(*i.dose) : QJsonValue()},
            {QStringLiteral("unit"), i.unit},
            {QStringLiteral("frequency"), i.frequency},
            {QStringLiteral("start"), isoDate(i.start)},
            {QStringLiteral("end"), dateOrNull(i.end)},
            {QStringLiteral("notes"), i.notes},
            {QStringLiteral("deleted"), i.deleted}};
}

QJsonObject withParticipantCode(QJsonObject image, const QString& code)
{
    image.remove(QStringLiteral("participant_id"));
    image.remove(QStringLiteral("deleted"));
    if (!image.contains(QStringLiteral("code"))) // a participant's own image carries its code already
        image.insert(QStringLiteral("participant"), code);
    return image;
}

QJsonObject withTagNames(QJsonObject image, const QMap<qint64, QString>& names)
{
    QJsonArray tags;
    for (const QJsonValue id : image.take(QStringLiteral("tag_ids")).toArray())
        tags.append(names.value(id.toInteger()));
    image.insert(QStringLiteral("tags"), tags);
    return image;
}

} // namespace mb::JsonCodec
