// A participant as the JSON object of `participant add` and `participant list`.
#pragma once

#include <QJsonObject>

namespace mb {

struct Participant;

class ParticipantJson {
public:
    // {"code","name","arm","enrolled"|null,"withdrawn"|null,"entries"}
    static QJsonObject toJson(const Participant& participant, qint64 entries);
};

} // namespace mb
