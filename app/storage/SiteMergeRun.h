// Inside SiteMerge: one merge in progress, shared by the merge of new rows (SiteMerge.cpp) and the merge of the
// site's changes to rows merged before (SiteMergeChanges.cpp).
#pragma once

#include "core/Participant.h"
#include "core/Questionnaire.h"
#include "storage/SiteMerge.h"

#include <QHash>

#include <optional>

namespace mb {

class Database;

// One merge in progress: the centre, the open site, the site's id in the centre and what was merged so far.
struct MergeRun {
    Store& centre;
    Store& site;
    Database& db;
    const SiteMergeOptions& options;
    qint64 sid;
    QString reason;
    SiteMergeResult& result;
    QString sitePath;
    // The site's last audit event kept by the merge before (0: never merged): what came after it is new.
    qint64 mergedUpTo = 0;
    // Centre participant id -> the state the merge leaves them in, set after their rows are written: a withdrawn
    // participant's journal is read-only, so their withdrawal goes in (or back) last.
    QHash<qint64, Participant> settle;
    QHash<qint64, qint64> tagIds; // site tag id -> centre tag id
};

// The centre's id of a site row merged before.
std::optional<qint64> siteLocalId(Database& db, qint64 site, const QString& table, qint64 original);

namespace SiteMergeChanges {
// Lifts the centre participant's withdrawal (audited) while the merge writes their rows, to be set again by
// settle(); nothing for a participant taking part.
void makeWritable(MergeRun& run, qint64 centreParticipant);
// The site's updates, deletions and restores since the last merge of rows merged then, applied at the centre, each
// as an audited change; refused (InvalidInput, nothing written) for a row the centre changed itself since.
void apply(MergeRun& run);
// Acknowledges a merged response's flag at the centre with what the site's acknowledgement said.
void acknowledgeAsAtSite(MergeRun& run, qint64 centreResponse, const FlagAcknowledgement& acknowledgement);
// Brings every participant in run.settle to that state (withdrawal, deletion and the rest), audited.
void settle(MergeRun& run);
} // namespace SiteMergeChanges

} // namespace mb
