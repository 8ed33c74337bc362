// A participant as the JSON object of `participant add` and `participant list`.
#pragma once

#include <QJsonObject>

namespace mb {

struct Participant;

class ParticipantJson {
public:
    // {"code","display_name","arm","enrolled_on"|null,"withdrawn_on"|null,"entries"}: the JSON vocabulary
    static QJsonObject toJson(const Participant& participant, qint64 entries);
};

} // namespace mb
