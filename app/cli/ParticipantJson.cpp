// The JSON shape of a participant on the command line.
#include "cli/ParticipantJson.h"

#include "core/DateText.h"
#include "core/Participant.h"

namespace mb {

namespace {
QJsonValue optionalDate(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue();
}
} // namespace

QJsonObject ParticipantJson::toJson(const Participant& participant, qint64 entries)
{
    return {{QStringLiteral("code"), participant.code},
            {QStringLiteral("name"), participant.displayName},
            {QStringLiteral("arm"), participant.arm},
            {QStringLiteral("enrolled"), optionalDate(participant.enrolled)},
            {QStringLiteral("withdrawn"), optionalDate(participant.withdrawn)},
            {QStringLiteral("entries"), entries}};
}

} // namespace mb
