// One journal entry: values for some measures at a local date and time, with a note.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <optional>

namespace mb {

struct JournalEntry {
    qint64 id = 0;
    qint64 participantId = 0;
    QDate date;                // the participant's local calendar date
    std::optional<QTime> time; // local time of day, when known
    QDateTime atUtc;           // the instant, derived from date, time and zone
    QString note;
    QMap<QString, double> values; // measure key -> value
    QList<qint64> tagIds;         // the tags it carries (core/Tag.h), ascending
    bool deleted = false;

    bool operator==(const JournalEntry&) const = default;
};

} // namespace mb
