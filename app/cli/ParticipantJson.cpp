// The JSON shape of a participant on the command line.
#include "cli/ParticipantJson.h"

#include "core/JsonCodec.h"
#include "core/Participant.h"

namespace mb {

QJsonObject ParticipantJson::toJson(const Participant& participant, qint64 entries)
{
    QJsonObject o = JsonCodec::withParticipantCode(JsonCodec::participant(participant), participant.code);
    o.remove(QStringLiteral("notes"));
    o.insert(QStringLiteral("entries"), entries);
    return o;
}

} // namespace mb
