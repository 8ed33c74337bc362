// The centre's record of merged sites (site_participant, site_row, site_audit) decides where a later merge files a
// site's rows and whom `export --site` shows, and none of its rows has an audit record of its own. So each merge
// records in its audit event how many rows these tables hold for its site and a SHA-256 of them (SiteMerge), and
// the full verify computes both again (Verifier, through AuditReplay).
#pragma once

#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace mb {

class Database;

class SiteReplay {
    Q_DECLARE_TR_FUNCTIONS(SiteReplay)
public:
    // What a merge records in its audit event as "bookkeeping": for each of site_participant, site_row and
    // site_audit, {"rows": how many the site has, "sha256": of those rows in key order, every column}.
    static QJsonObject bookkeeping(const Database& db, qint64 siteId);
    // The problems of one site's bookkeeping in db against the last merge of that site code its audit trail records
    // (one audit read of the merge events); empty when they agree or the last merge recorded none (older versions).
    static QStringList problemsOfSite(const Database& db, const QString& siteCode);

    // Each audit row, oldest first; only merges (action import, table site) count.
    void add(const AuditLog::Row& row, const QJsonObject& details);
    // Every site in table site must have been merged, and every site whose last merge recorded its bookkeeping
    // must still have exactly those rows. Appends one sentence per problem.
    void check(const Database& db, QStringList& problems) const;

private:
    struct LastMerge {
        qint64 auditRow = 0;
        QJsonObject bookkeeping; // empty for a merge of an older version
    };
    static QStringList compare(const Database& db, const QString& siteCode, const LastMerge& merge,
                               std::optional<qint64> siteId);
    QHash<QString, LastMerge> m_last; // site code -> its last merge
};

} // namespace mb
