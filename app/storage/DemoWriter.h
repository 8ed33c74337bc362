// Writes generated demo participants into a database in one transaction.
#pragma once

#include "core/DemoGenerator.h"

namespace mb {

class Store;

struct DemoSummary {
    int participants = 0;
    qint64 entries = 0;
    int interventions = 0;
    int responses = 0; // questionnaire responses
};

// All or nothing; refuses (InvalidInput) when a participant code already exists.
DemoSummary writeDemo(Store& store, const QList<DemoParticipant>& demo);

} // namespace mb
