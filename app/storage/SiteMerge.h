// A coordinating centre merges site databases into its own: verified first, codes namespaced by site where they
// clash, every merged row remembered with its site, and the site's audit trail kept as provenance.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mb {

class Store;

struct SiteMergeOptions {
    QString siteCode;       // 1 to 20 letters, digits, - _ .
    bool keepCodes = false; // never namespace: a code that clashes refuses the merge instead
    QByteArray passphrase;  // an encrypted site's key (docs/SECURITY.md); ignored for a plain site
};

struct SiteMergeResult {
    QString site;
    QString file;
    qint64 participants = 0; // new participants
    qint64 entries = 0;      // new journal entries
    qint64 questionnaires = 0;
    qint64 interventions = 0;
    qint64 schedules = 0;   // locked randomisation schedules merged with their interventions
    qint64 changes = 0;     // rows merged before that the site changed since, changed likewise
    qint64 auditEvents = 0; // site audit events newly kept as provenance
    QStringList renamed;    // "P-001 → SITE-A/P-001"
};

class SiteMerge {
    Q_DECLARE_TR_FUNCTIONS(SiteMerge)
public:
    // Verifies the site database at sitePath (integrity, schema, audit chain and replay) and throws
    // StorageError (Corrupt) naming the problem when it is damaged. Then merges what is new since the last merge
    // of that site into centre, inside the caller's transaction if there is one. Throws StorageError
    // (InvalidInput) for a bad site code, a site that is the centre itself, a clash with keepCodes, or a site code
    // merged before whose last kept audit event the site's trail does not contain (another database, or the site's
    // own restored from a backup and written to since); Corrupt when the centre's record of that site no longer
    // matches its last merge (SiteReplay); Encrypted or WrongPassphrase for an encrypted site without its passphrase.
    static SiteMergeResult merge(Store& centre, const QString& sitePath, const SiteMergeOptions& options);

    // What a summary says beyond the counts of new rows (the site's changes applied, its schedules); empty for none.
    static QStringList summaryNotes(const SiteMergeResult& result);

    // The site codes merged into this database, and the participant codes of one site.
    static QStringList sites(Store& store);
    static QStringList participantsOfSite(Store& store, const QString& siteCode);
};

} // namespace mb
