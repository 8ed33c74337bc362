// The expected schema is what the migrations create: built once per process in memory and compared as
// normalised SQL (whitespace and comments outside quotes do not count), by type and name.
#include "storage/SchemaCheck.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QMap>
#include <QMutex>

namespace mb::SchemaCheck {

namespace {

struct Object {
    QString type;
    QString name;
    QString table;
    QString sql; // normalised; empty for SQLite's own automatic indexes
    bool operator==(const Object&) const = default;
};

using Schema = QMap<QString, Object>; // by type + name

QString key(const QString& type, const QString& name)
{
    return type + u'\x1f' + name;
}

// Collapses every run of whitespace and comments outside quoted text into one space.
QString normalised(const QString& sql)
{
    QString out;
    out.reserve(sql.size());
    bool pendingSpace = false;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            pendingSpace = true;
            ++i;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            pendingSpace = true;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            pendingSpace = true;
        } else {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            const QChar close = c == u'\'' ? u'\'' : c == u'"' ? u'"' : c == u'`' ? u'`' : c == u'[' ? u']' : QChar();
            if (close.isNull()) {
                out += c;
                ++i;
                continue;
            }
            // Quoted: copied exactly, up to the closing quote (a doubled quote stays inside).
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == close) {
                    if (close != u']' && j + 1 < n && sql.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = qMin(j + 1, n);
            out += QStringView(sql).mid(i, end - i);
            i = end;
        }
    }
    return out;
}

Schema read(const Database& db)
{
    Schema schema;
    Statement st = db.prepare(u"SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (st.step()) {
        Object o{st.text(0), st.text(1), st.text(2), normalised(st.text(3))};
        schema.insert(key(o.type, o.name), o);
    }
    return schema;
}

// The schema the migrations create for version, built in memory the first time it is asked for.
Schema expected(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend())
        return *it;
    Schema schema;
    if (version > 0) {
        const auto db = Database::open(QStringLiteral(":memory:"), {.migrateTo = version});
        schema = read(*db);
    }
    cache.insert(version, schema);
    return schema;
}

QString problem(const Object* actual, const Object& wanted)
{
    if (!actual)
        return StorageText::tr("%1 “%2” is missing").arg(wanted.type, wanted.name);
    return StorageText::tr("%1 “%2” differs from the one MoodBiome creates").arg(actual->type, actual->name);
}

} // namespace

QStringList differences(const Database& db)
{
    const Schema actual = read(db);
    const int version = db.userVersion();
    if (version < 0 || version > Migrations::latestVersion)
        return {StorageText::tr("schema version %1 is unknown to this version of MoodBiome").arg(version)};
    if (version == 0 && actual.isEmpty())
        return {}; // a new, empty database
    const Schema wanted = expected(version);
    QStringList result;
    for (const Object& w : wanted) {
        const auto it = actual.constFind(key(w.type, w.name));
        if (it == actual.cend() || !(*it == w))
            result.append(problem(it == actual.cend() ? nullptr : &*it, w));
    }
    for (const Object& a : actual)
        if (!wanted.contains(key(a.type, a.name)))
            result.append(StorageText::tr("%1 “%2” is not part of MoodBiome's schema").arg(a.type, a.name));
    return result;
}

bool objectIsExpected(const Database& db, const QString& type, const QString& name)
{
    const int version = db.userVersion();
    if (version <= 0 || version > Migrations::latestVersion)
        return false;
    const Schema wanted = expected(version);
    Statement st = db.prepare(u"SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type = ?1 AND name = ?2");
    st.bind(1, type).bind(2, name);
    if (!st.step())
        return false;
    const Object o{st.text(0), st.text(1), st.text(2), normalised(st.text(3))};
    return wanted.value(key(type, name)) == o && !st.step();
}

void require(const Database& db)
{
    const QStringList found = differences(db);
    if (!found.isEmpty())
        throw StorageError(StorageError::Code::Corrupt,
                           StorageText::tr("its schema is not the one MoodBiome made (%1); it was left unchanged "
                                           "and is not written to. Run verify for a full report.")
                               .arg(found.first()));
}

} // namespace mb::SchemaCheck
