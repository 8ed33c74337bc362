// The import budget: moodbiome-cli import against the sqlite3 shell, with a plain table and with MoodBiome's own.
#include "ChildRun.h"
#include "Measurements.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <stdexcept>

namespace mb::bench {

namespace {

// The tables an import writes, with the columns in the order of their CREATE TABLE.
struct WrittenTable {
    QString name;
    QString columns;
};

QList<WrittenTable> writtenTables()
{
    return {
        {QStringLiteral("entry"), QStringLiteral("id, participant_id, at_utc, local_date, local_time, note, deleted")},
        {QStringLiteral("observation"), QStringLiteral("entry_id, measure_id, value")},
        {QStringLiteral("entry_tag"), QStringLiteral("entry_id, tag_id")}};
}

QString rowsFile(const QString& dir, const WrittenTable& table)
{
    return QDir(dir).filePath(QStringLiteral("written-%1.csv").arg(table.name));
}

// The rows the import wrote, one CSV file a table in the order of its key.
void exportWrittenRows(const QString& database, const QString& dir)
{
    QStringList commands{QStringLiteral("-csv"), database};
    for (const WrittenTable& t : writtenTables())
        commands << QStringLiteral(".once %1").arg(rowsFile(dir, t))
                 << QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(t.columns, t.name);
    runChild(QStringLiteral("sqlite3"), commands);
}

// SQLite writing those rows into an empty MoodBiome database, and nothing else: the sqlite3 shell loads them
// into tables in memory, untimed, then INSERT ... SELECT moves them into entry, observation and entry_tag in one
// transaction, with what the import's bulk writer switches off switched off too (triggers, CHECKs, foreign keys)
// and its page cache; the inserts, the commit and the checkpoint are timed by the shell's own timer.
double writeRowsWithSqlite(const QString& emptyDatabase, const QString& target, const QString& dir)
{
    removeDatabase(target);
    if (!QFile::copy(emptyDatabase, target))
        throw std::runtime_error("cannot copy the empty database");
    QStringList script{QStringLiteral(".dbconfig enable_trigger off"), QStringLiteral("PRAGMA temp_store = MEMORY;"),
                       QStringLiteral("PRAGMA ignore_check_constraints = ON;"),
                       QStringLiteral("PRAGMA cache_size = -262144;")};
    for (const WrittenTable& t : writtenTables())
        script << QStringLiteral("CREATE TEMP TABLE loaded_%1 AS SELECT * FROM main.%1 WHERE 0;").arg(t.name)
               << QStringLiteral(".import --csv %1 loaded_%2").arg(rowsFile(dir, t), t.name);
    script << QStringLiteral(".timer on") << QStringLiteral("BEGIN;");
    for (const WrittenTable& t : writtenTables())
        script << QStringLiteral("INSERT INTO main.%1 SELECT * FROM loaded_%1;").arg(t.name);
    script << QStringLiteral("COMMIT;") << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);");
    const QString scriptFile = QDir(dir).filePath(QStringLiteral("write-rows.sql"));
    QFile file(scriptFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(script.join(u'\n').toUtf8()) < 0)
        throw std::runtime_error("cannot write the sqlite3 script");
    file.close();
    const QByteArray out =
        runChild(QStringLiteral("sqlite3"), {target, QStringLiteral(".read %1").arg(scriptFile)}).out;
    QFile::remove(scriptFile);
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    double seconds = 0;
    for (auto it = runTime.globalMatch(QString::fromUtf8(out)); it.hasNext();)
        seconds += it.next().captured(1).toDouble();
    if (seconds <= 0)
        throw std::runtime_error("the sqlite3 shell printed no times");
    return 1000 * seconds;
}

} // namespace

QList<BenchResult> measureImport(const BenchData& data, int repeat)
{
    const QDir dir(data.dir);
    const QString target = dir.filePath(QStringLiteral("import.db"));
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    const QString schema = dir.filePath(QStringLiteral("schema.db"));
    removeDatabase(empty);
    Store::open(empty).reset(); // MoodBiome's tables, nothing in them, checkpointed on close
    QList<double> appMs, sqliteMs, schemaMs;
    for (int i = 0; i < repeat; ++i) {
        removeDatabase(plain);
        removeDatabase(target);
        double sqlite = 0, app = 0;
        for (const QString& part : data.bigCsvParts) { // one file, or the parts a user would import one by one
            sqlite +=
                runChild(QStringLiteral("sqlite3"),
                         {QStringLiteral("-cmd"),
                          QStringLiteral("CREATE TABLE IF NOT EXISTS tidy (participant TEXT, date TEXT, time TEXT, "
                                         "measure TEXT, value REAL, note TEXT, tags TEXT)"),
                          plain, QStringLiteral(".import --csv --skip 1 %1 tidy").arg(part)})
                    .wallMs;
            app += runChild(QStringLiteral(MOODBIOME_CLI),
                            {QStringLiteral("--database"), target, QStringLiteral("import"), part})
                       .wallMs;
        }
        if (i == 0)
            exportWrittenRows(target, data.dir);
        schemaMs << writeRowsWithSqlite(empty, schema, data.dir);
        sqliteMs << sqlite;
        appMs << app;
    }
    for (const QString& path : {plain, target, empty, schema})
        removeDatabase(path);
    for (const WrittenTable& t : writtenTables())
        QFile::remove(rowsFile(data.dir, t));
    const qsizetype files = data.bigCsvParts.size();
    const QString rows = files == 1 ? QStringLiteral("%1 rows").arg(data.observations)
                                    : QStringLiteral("%1 rows (%2 files)").arg(data.observations).arg(files);
    const QString oneTable = QStringLiteral("sqlite3 .import into one table");
    const QString sameRows = QStringLiteral("SQLite inserting the rows it writes");
    return {
        {QStringLiteral("import %1").arg(rows), QStringLiteral("ms"), median(appMs), oneTable, median(sqliteMs), 1.5},
        {QStringLiteral("import %1 against writing its rows into the same tables").arg(rows), QStringLiteral("ms"),
         median(appMs), sameRows, median(schemaMs), 0, 0, true},
        {QStringLiteral("SQLite inserting the rows an import writes into entry, observation and entry_tag"),
         QStringLiteral("ms"), median(schemaMs), oneTable, median(sqliteMs), 0, 0, true}};
}

} // namespace mb::bench
