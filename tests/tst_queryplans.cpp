// Every query on a hot path uses an index (docs/ARCHITECTURE.md "Performance budgets"): the real code paths
// run against a demo database while SQLite's trace collects their statements, and EXPLAIN QUERY PLAN of each
// must not scan a big table from end to end.
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/AnalysisLoader.h"
#include "storage/ChartLoader.h"
#include "storage/DataExport.h"
#include "storage/DemoWriter.h"
#include "storage/InsightsLoader.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QRegularExpression>

#include <functional>
#include <sqlite3.h>

using namespace mb;

namespace {

// The tables that grow with the number of observations; a SCAN of one of these reads the whole database.
// participant, measure, tag, site and intervention grow with participants only (a few per participant).
const QStringList bigTables{QStringLiteral("entry"),     QStringLiteral("observation"),
                            QStringLiteral("entry_tag"), QStringLiteral("audit"),
                            QStringLiteral("adherence"), QStringLiteral("questionnaire_response"),
                            QStringLiteral("site_row"),  QStringLiteral("site_audit")};

// alias (or table name) -> table, from the FROM and JOIN clauses of sql.
QHash<QString, QString> tablesByAlias(const QString& sql)
{
    static const QRegularExpression from(
        QStringLiteral(R"(\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!ON\b|WHERE\b|JOIN\b|LEFT\b|INNER\b|GROUP\b|)"
                       R"(ORDER\b|LIMIT\b|USING\b|CROSS\b)(\w+))?)"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> result;
    for (auto it = from.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        const QString table = match.captured(1).toLower();
        result.insert(table, table);
        if (!match.captured(2).isEmpty())
            result.insert(match.captured(2).toLower(), table);
    }
    return result;
}

// The partial indexes: they hold only the rows of their WHERE (the open safety flags), so reading one whole is fine.
QStringList partialIndexes(sqlite3* db)
{
    QStringList names;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql LIKE '% WHERE %'", -1, &st,
                       nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return names;
}

// The plan of sql, one detail line each; or why it cannot be explained.
QStringList planOf(sqlite3* db, const QString& sql, bool* explained)
{
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    sqlite3_stmt* st = nullptr;
    *explained = sqlite3_prepare_v2(db, explain.constData(), int(explain.size()), &st, nullptr) == SQLITE_OK;
    if (!*explained)
        return {QStringLiteral("cannot explain: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    QStringList details;
    while (sqlite3_step(st) == SQLITE_ROW)
        details << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
    sqlite3_finalize(st);
    return details;
}

// The plan's lines that scan one of tables (other than through a partial index), each as "table: detail".
QStringList scansOf(sqlite3* db, const QString& sql, const QStringList& tablesToWatch)
{
    bool explained = false;
    const QStringList plan = planOf(db, sql, &explained);
    if (!explained)
        return plan;
    const QStringList partial = partialIndexes(db);
    const QHash<QString, QString> tables = tablesByAlias(sql);
    QStringList scans;
    for (const QString& detail : plan) {
        if (!detail.startsWith(QLatin1String("SCAN ")))
            continue; // SEARCH, USE TEMP B-TREE, CORRELATED SUBQUERY...
        const QString name = detail.mid(5).section(u' ', 0, 0).toLower();
        const QString table = tables.value(name, name);
        const QString index = detail.section(QStringLiteral("INDEX "), 1, 1).section(u' ', 0, 0);
        if (tablesToWatch.contains(table) && !partial.contains(index))
            scans << QStringLiteral("%1: %2").arg(table, detail);
    }
    return scans;
}

QStringList bigScans(sqlite3* db, const QString& sql)
{
    return scansOf(db, sql, bigTables);
}

// participant is small for reading, but a path that adds participants one by one (an import, a site merge) and
// reads it whole on each costs N² for N new ones.
QStringList participantScans(sqlite3* db, const QString& sql)
{
    return scansOf(db, sql, {QStringLiteral("participant")});
}

// A plan that reads a big table whole and sorts what it read: "USE TEMP B-TREE FOR ORDER BY" holds every row before
// the first comes out. (A sort of the rows one participant's index step finds, or a RIGHT PART or LAST TERM sort,
// holds one participant's rows at most.)
QStringList bigSorts(sqlite3* db, const QString& sql)
{
    bool explained = false;
    const QStringList plan = planOf(db, sql, &explained);
    if (!explained)
        return plan;
    const QHash<QString, QString> tables = tablesByAlias(sql);
    bool big = false, wholeSort = false;
    for (const QString& detail : plan) {
        const QString name = detail.section(u' ', 1, 1).toLower();
        if (detail.startsWith(QLatin1String("SCAN ")))
            big = big || bigTables.contains(tables.value(name, name));
        wholeSort = wholeSort || detail == u"USE TEMP B-TREE FOR ORDER BY";
    }
    return big && wholeSort ? QStringList{QStringLiteral("reads a big table whole and sorts it")} : QStringList{};
}

int collect(unsigned, void* context, void* statement, void*)
{
    const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement));
    if (sql)
        static_cast<QStringList*>(context)->append(QString::fromUtf8(sql));
    return 0;
}

// The problems check finds in each distinct statement run does on the connection, one line each with its SQL.
QStringList problemsOfStatements(sqlite3* db, const std::function<void()>& run,
                                 QStringList (*check)(sqlite3*, const QString&))
{
    QStringList statements;
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, collect, &statements);
    run();
    sqlite3_trace_v2(db, 0, nullptr, nullptr);
    statements.removeDuplicates();
    if (statements.isEmpty())
        return {QStringLiteral("no statement was run")};
    QStringList failures;
    for (const QString& sql : std::as_const(statements))
        for (const QString& problem : check(db, sql))
            failures << QStringLiteral("%1\n    in %2").arg(problem, sql.simplified());
    return failures;
}

using HotPath = std::function<void(Store&, qint64 participant)>;

} // namespace

Q_DECLARE_METATYPE(HotPath)

class TestQueryPlans : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aScanIsSeen();
    void hotPathUsesIndexes_data();
    void hotPathUsesIndexes();
    void exportsStream_data();
    void exportsStream();
    void addingParticipantsReadsNoWholeTable();

private:
    test::ScopedClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_participant = 0;
};

void TestQueryPlans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = Store::open(m_dir.filePath(QStringLiteral("plans.sqlite")));
    DemoOptions options;
    options.participants = 12;
    options.days = 120;
    options.lastDay = QDate(2025, 1, 5);
    writeDemo(*m_store, generateDemo(options));
    m_participant = m_store->participants().byCode(QStringLiteral("P-002"))->id;
    QVERIFY(m_store->journal().count(m_participant) > 50);
}

void TestQueryPlans::aScanIsSeen()
{
    // The check itself can fail: an unindexed filter and a full count are scans, by table and by alias.
    sqlite3* db = m_store->database().handle();
    QCOMPARE(bigScans(db, QStringLiteral("SELECT count(*) FROM observation WHERE value > 3")).size(), 1);
    QCOMPARE(bigScans(db, QStringLiteral("SELECT o.value FROM observation o JOIN entry e ON e.id = o.entry_id "
                                         "WHERE e.note = 'x'"))
                 .size(),
             1);
    QVERIFY(bigScans(db, QStringLiteral("SELECT count(*) FROM entry e WHERE e.participant_id = 1")).isEmpty());
    QVERIFY(bigScans(db, QStringLiteral("SELECT code FROM participant")).isEmpty()); // a small table may be read
    QVERIFY(partialIndexes(db).contains(QStringLiteral("questionnaire_open_flags")));
    QCOMPARE(bigScans(db, QStringLiteral("SELECT participant_id FROM questionnaire_response INDEXED BY "
                                         "questionnaire_by_participant WHERE total > 3"))
                 .size(),
             1); // a whole ordinary index is a scan too
}

void TestQueryPlans::hotPathUsesIndexes_data()
{
    QTest::addColumn<HotPath>("path");
    QTest::newRow("chart load") << HotPath([](Store& s, qint64 p) {
        loadObservations(s, p, {QStringLiteral("mood"), QStringLiteral("stress")});
        s.journal().observations(p, QStringLiteral("mood"));
    });
    QTest::newRow("participant list") << HotPath([](Store& s, qint64) {
        s.participants().list();
        s.questionnaires().participantsWithUnacknowledgedFlags();
    });
    QTest::newRow("cohort") << HotPath([](Store& s, qint64 p) {
        const QList<Intervention> interventions = s.interventions().list(p);
        QVERIFY(!interventions.isEmpty());
        QVERIFY(!loadCohort(s, {.name = interventions.first().name}, QStringLiteral("mood")).isEmpty());
        loadCohort(s, {.kind = interventions.first().kind}, QStringLiteral("mood"));
    });
    QTest::newRow("journal page") << HotPath([](Store& s, qint64 p) {
        QVERIFY(!s.journal().entries(p).isEmpty());
        s.journal().count(p);
        s.questionnaires().list(p);
        s.interventions().list(p);
    });
    QTest::newRow("analysis series") << HotPath([](Store& s, qint64 p) {
        QVERIFY(!loadParticipantAnalyses(s, p).isEmpty());
        for (const Intervention& i : s.interventions().list(p))
            s.interventions().adherence(i.id, QDate(2020, 1, 1), QDate(2025, 1, 5));
    });
    QTest::newRow("insights") << HotPath([](Store& s, qint64 p) { loadInsightsInput(s, p, QStringLiteral("mood")); });
    QTest::newRow("tag rows") << HotPath([](Store& s, qint64 p) {
        QVERIFY(!s.tags().tagDays(p).isEmpty());
        s.tags().list();
        const QList<JournalEntry> entries = s.journal().entries(p);
        s.tags().entryTags(entries.first().id);
    });
}

void TestQueryPlans::hotPathUsesIndexes()
{
    QFETCH(HotPath, path);
    const QStringList failures = problemsOfStatements(
        m_store->database().handle(), [&] { path(*m_store, m_participant); }, bigScans);
    if (!failures.isEmpty())
        QFAIL(qPrintable(failures.join(u'\n')));
}

void TestQueryPlans::exportsStream_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (const ExportFormat format : {ExportFormat::Tidy, ExportFormat::Wide, ExportFormat::Json, ExportFormat::Fhir,
                                      ExportFormat::Redcap, ExportFormat::RedcapDictionary, ExportFormat::Odm})
        QTest::newRow(qPrintable(toString(format))) << format;
}

// An export of everyone streams: no statement sorts every row of a big table before the first comes out, which
// holds the whole database in memory (a FHIR export of 1.1M observations peaked at 135 MiB that way, against 21).
void TestQueryPlans::exportsStream()
{
    QFETCH(ExportFormat, format);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const QStringList failures = problemsOfStatements(
        m_store->database().handle(), [&] { writeExport(*m_store, format, {}, out, QStringLiteral("memory")); },
        bigSorts);
    QVERIFY(out.size() > 1000);
    if (!failures.isEmpty())
        QFAIL(qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestQueryPlans)
void TestQueryPlans::addingParticipantsReadsNoWholeTable()
{
    // Each new participant's code is looked up without regard to case (ParticipantRepository, SiteMerge): through
    // the code's index without case (schema version 10), also for a code of many letters.
    sqlite3* db = m_store->database().handle();
    const QStringList problems = problemsOfStatements(
        db,
        [this] {
            for (const QString& code : {QStringLiteral("N-1"), QStringLiteral("SITE-AMSTERDAM/PARTICIPANT-0001")}) {
                Participant p;
                p.code = code;
                m_store->participants().add(p);
            }
            Participant renamed = *m_store->participants().byCode(QStringLiteral("N-1"));
            renamed.code = QStringLiteral("N-2");
            m_store->participants().update(renamed);
        },
        participantScans);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(!participantScans(db, QStringLiteral("SELECT code FROM participant WHERE arm = 'x'")).isEmpty());
}

#include "tst_queryplans.moc"
