// A merge's bookkeeping against its audit event: rows of site_participant, site_row and site_audit changed with the
// sqlite3 tool sent a site's later entries to another participant, had them taken for merged already, or put
// another site's participant into `export --site`.
#include "storage/SiteReplay.h"

#include "storage/Database.h"
#include "storage/Sha256.h"
#include "storage/Statement.h"

#include <QJsonDocument>

#include <algorithm>
#include <array>

namespace mb {

namespace {

struct BookTable {
    const char16_t* name;
    const char16_t* sql; // the site's rows in key order (through the table's key or index)
    int columns;
};

// site_row and site_audit are keyed by site first; site_participant has an index by site (with its rowid).
const std::array<BookTable, 3> bookTables{{
    {u"site_participant",
     u"SELECT participant_id, original_code FROM site_participant WHERE site_id = ?1 ORDER BY participant_id", 2},
    {u"site_row",
     u"SELECT table_name, original_id, local_id FROM site_row WHERE site_id = ?1 "
     u"ORDER BY table_name, original_id",
     3},
    {u"site_audit",
     u"SELECT original_id, at_utc, os_user, action, table_name, row_id, participant_code, old_values, "
     u"new_values, reason, hash FROM site_audit WHERE site_id = ?1 ORDER BY original_id",
     11},
}};

// Each column as N (null) or its UTF-8 length, a colon and the text: no two rows read alike.
QJsonObject digestOf(const Database& db, const BookTable& table, qint64 siteId)
{
    Statement st = db.prepare(table.sql);
    st.bind(1, siteId);
    Sha256 hash;
    qint64 rows = 0;
    QByteArray record;
    while (st.step()) {
        ++rows;
        record.clear();
        for (int column = 0; column < table.columns; ++column) {
            if (st.isNull(column)) {
                record += 'N';
                continue;
            }
            const QByteArrayView text = st.bytes(column);
            record += QByteArray::number(text.size()) + ':' + text;
        }
        record += '\n';
        hash.add(record);
    }
    return {{QStringLiteral("rows"), rows}, {QStringLiteral("sha256"), hash.hex()}};
}

std::optional<qint64> siteIdOf(const Database& db, const QString& code)
{
    Statement st = db.prepare(u"SELECT id FROM site WHERE code = ?1");
    st.bind(1, code);
    if (st.step())
        return st.int64(0);
    return std::nullopt;
}

bool isMerge(const QString& action, const QString& table)
{
    return action == AuditLog::actionName(AuditLog::Action::Import) && table == u"site";
}

// The site's own row: when it was first merged.
QString firstMerged(const Database& db, qint64 siteId)
{
    Statement st = db.prepare(u"SELECT first_merged_utc FROM site WHERE id = ?1");
    st.bind(1, siteId);
    return st.step() ? st.text(0) : QString();
}

} // namespace

QJsonObject SiteReplay::bookkeeping(const Database& db, qint64 siteId)
{
    QJsonObject book;
    for (const BookTable& table : bookTables)
        book.insert(QString::fromUtf16(table.name), digestOf(db, table, siteId));
    book.insert(QStringLiteral("first_merged_utc"), firstMerged(db, siteId));
    return book;
}

QStringList SiteReplay::problemsOfSite(const Database& db, const QString& siteCode)
{
    // Merges are few and their events far apart: the trail is read backwards until the last one of this site.
    Statement st = db.prepare(u"SELECT id, action, table_name, new_values FROM audit ORDER BY id DESC");
    while (st.step()) {
        if (!isMerge(st.text(1), st.text(2)))
            continue;
        const QJsonObject details = QJsonDocument::fromJson(st.bytes(3).toByteArray()).object();
        if (details.value(QStringLiteral("merge")).toString() != siteCode)
            continue;
        const LastMerge merge{st.int64(0), details.value(QStringLiteral("bookkeeping")).toObject()};
        return merge.bookkeeping.isEmpty() ? QStringList() : compare(db, siteCode, merge, siteIdOf(db, siteCode));
    }
    return {};
}

void SiteReplay::add(const AuditLog::Row& row, const QJsonObject& details)
{
    if (!isMerge(row.action, row.table))
        return;
    m_last.insert(details.value(QStringLiteral("merge")).toString(),
                  {row.id, details.value(QStringLiteral("bookkeeping")).toObject()});
}

void SiteReplay::check(const Database& db, QStringList& problems) const
{
    Statement sites = db.prepare(u"SELECT id, code FROM site ORDER BY code");
    while (sites.step())
        if (!m_last.contains(sites.text(1)))
            problems.append(tr("site %1 (site row %2) has no merge in the audit trail: it was added outside MoodBiome")
                                .arg(sites.text(1), sites.text(0)));
    QStringList codes = m_last.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString& code : std::as_const(codes)) {
        const LastMerge& merge = m_last[code];
        if (!merge.bookkeeping.isEmpty()) // merges of older versions recorded none
            problems += compare(db, code, merge, siteIdOf(db, code));
    }
}

QStringList SiteReplay::compare(const Database& db, const QString& siteCode, const LastMerge& merge,
                                std::optional<qint64> siteId)
{
    if (!siteId)
        return {tr("site %1, merged in audit row %2, is missing from table site: it was changed outside MoodBiome")
                    .arg(siteCode)
                    .arg(merge.auditRow)};
    QStringList problems;
    for (const BookTable& table : bookTables) {
        const QString name = QString::fromUtf16(table.name);
        const QJsonObject recorded = merge.bookkeeping.value(name).toObject();
        const QJsonObject live = digestOf(db, table, *siteId);
        if (live == recorded)
            continue;
        problems.append(tr("the %1 rows of site %2 differ from what its last merge recorded in audit row %3 (%4 rows "
                           "then, %5 now): they were changed outside MoodBiome")
                            .arg(name, siteCode)
                            .arg(merge.auditRow)
                            .arg(recorded.value(QStringLiteral("rows")).toInteger())
                            .arg(live.value(QStringLiteral("rows")).toInteger()));
    }
    // Recorded since this version; a merge of an older one holds the time to its form alone.
    const QJsonValue first = merge.bookkeeping.value(QStringLiteral("first_merged_utc"));
    if (!first.isUndefined() && first.toString() != firstMerged(db, *siteId))
        problems.append(tr("the first merge time of site %1 is %2, but its last merge recorded %3 in audit row %4: it "
                           "was changed outside MoodBiome")
                            .arg(siteCode, firstMerged(db, *siteId), first.toString())
                            .arg(merge.auditRow));
    return problems;
}

} // namespace mb
