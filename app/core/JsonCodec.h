// One JSON vocabulary for participants, journal entries and interventions: the audit trail's row images, the JSON
// export and moodbiome-cli --json all use these keys (docs/FILE_FORMATS.md, "JSON vocabulary").
#pragma once

#include <QJsonObject>
#include <QMap>

namespace mb {

struct Intervention;
struct JournalEntry;
struct Participant;

namespace JsonCodec {

// The whole row, as the audit trail records it after every change (its keys may never change: the hash chain
// covers them and the audit replay reads them back).
// {"code","display_name","arm","enrolled_on"|null,"withdrawn_on"|null,"notes","deleted"}
QJsonObject participant(const Participant& participant);
// {"participant_id","date","time"|null,"at_utc","note","values":{measure:value},"deleted"}, plus "tag_ids":[id]
// when the entry carries tags (images from before tags have no such key: no tags).
QJsonObject entry(const JournalEntry& entry);
// {"participant_id","kind","name","dose"|null,"unit","frequency","start","end"|null,"notes","deleted"}
QJsonObject intervention(const Intervention& intervention);

// The same row for a reader outside the database: the participant by code ("participant") instead of the internal
// participant_id, and without "deleted" (deleted rows are never shown there).
QJsonObject withParticipantCode(QJsonObject image, const QString& code);
// The same for an entry: "tag_ids" replaced by "tags", the tags' names (names[id]; an empty array when none).
QJsonObject withTagNames(QJsonObject image, const QMap<qint64, QString>& names);

} // namespace JsonCodec

} // namespace mb
