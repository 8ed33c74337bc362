// What the participant chart reads from the journal, in one pass over the participant's entries.
#pragma once

#include "core/Series.h"

#include <QHash>
#include <QStringList>

namespace mb {

class Store;

// The participant's values of each of measureKeys, as JournalRepository::observations gives them one key at a
// time (by local date, live entries only); keys the store does not know are left out.
QHash<QString, QList<Observation>> loadObservations(Store& store, qint64 participantId, const QStringList& measureKeys);

} // namespace mb
