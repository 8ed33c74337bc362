// moodbiome-cli import, export and report through a child process: JSON summaries, exit codes, files.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace mb;
using namespace Qt::StringLiterals;

class TestCliExchange : public QObject {
    Q_OBJECT
private slots:
    void init();
    void importDutchExcel();
    void importSummaryShape();
    void brokenFileChangesNothing();
    void dryRunCreatesNoDatabase();
    void daylioWithMoodMap();
    void badOptions_data();
    void badOptions();
    void exportFormatsAndFilters();
    void report_data();
    void report();
    void reportRefusals();

private:
    test::CliRun cli(QStringList arguments) const
    {
        return test::runCli(QStringList{u"--database"_s, m_db} + arguments, m_dir->path());
    }
    static QString fixture(const char* name)
    {
        return QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/") + QString::fromLatin1(name);
    }
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"cli.sqlite"_s);
}

void TestCliExchange::importDutchExcel()
{
    const auto run = cli({u"import"_s, fixture("dutch_excel.csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("semicolon"));
    const auto exported = cli({u"export"_s, u"--participant"_s, u"P-101"_s});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, QByteArray("participant,date,time,measure,value,note\n"
                                      "P-101,2024-12-31,08:30,mood,7.5,\"Goed geslapen; rustig\nna de wandeling\"\n"
                                      "P-101,2024-12-31,08:30,sleep_hours,7.25,\"Goed geslapen; rustig\nna de "
                                      "wandeling\"\n"
                                      "P-101,2025-01-01,21:15,mood,6,\n"
                                      "P-101,2025-01-02,,stress,4.5,\n"));
}

void TestCliExchange::importSummaryShape()
{
    const auto first = cli({u"--json"_s, u"import"_s, fixture("dutch_excel.csv")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out.trimmed(), QByteArray("{\"rows\":5,\"observations\":5,\"participants_created\":[\"P-101\","
                                             "\"P-102\"],\"skipped_duplicates\":0,\"errors\":[]}"));
    const auto again = cli({u"--json"_s, u"import"_s, fixture("dutch_excel.csv")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(summary[u"observations"_s].toInt(), 0);
    QCOMPARE(summary[u"skipped_duplicates"_s].toInt(), 5);
    QVERIFY(summary[u"participants_created"_s].toArray().isEmpty());
}

void TestCliExchange::brokenFileChangesNothing()
{
    QCOMPARE(cli({u"import"_s, fixture("dutch_excel.csv")}).exitCode, 0);
    const QByteArray before = test::fileBytes(m_db);
    const QString broken = path("broken.csv");
    test::writeFile(broken, "participant,date,time,measure,value,note\n"
                            "P-101,2025-01-05,,mood,5,\n"
                            "P-900,2025-02-30,,mood,5,\n"
                            "P-101,2025-01-06,,mood,eleven,\n"
                            "P-101,2025-01-07,,mood,5,\"never closed\n");
    const auto run = cli({u"--json"_s, u"import"_s, broken});
    QCOMPARE(run.exitCode, 2);
    const QJsonArray errors = QJsonDocument::fromJson(run.err).object()[u"errors"_s].toArray();
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors[0].toObject()[u"line"_s].toInt(), 3);
    QCOMPARE(errors[0].toObject()[u"field"_s].toString(), u"date"_s);
    QCOMPARE(errors[1].toObject()[u"line"_s].toInt(), 4);
    QCOMPARE(errors[1].toObject()[u"field"_s].toString(), u"value"_s);
    QCOMPARE(errors[2].toObject()[u"line"_s].toInt(), 5);
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary[u"errors"_s].toArray().size(), 3);
    // Nothing written: P-900 not created, the file byte for byte as it was.
    QCOMPARE(test::fileBytes(m_db), before);
    const auto text = cli({u"import"_s, broken});
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.err.contains("line 3, date"));
    QVERIFY(text.out.isEmpty());
}

void TestCliExchange::dryRunCreatesNoDatabase()
{
    const auto run = cli({u"--json"_s, u"import"_s, fixture("dutch_excel.csv"), u"--dry-run"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object()[u"observations"_s].toInt(), 5);
    QVERIFY(!QFileInfo::exists(m_db));
    // A broken file on a fresh database leaves no database behind either.
    QCOMPARE(cli({u"import"_s, fixture("daylio_new.csv")}).exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCliExchange::daylioWithMoodMap()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"Me"_s}).exitCode, 0);
    const auto refused =
        cli({u"--json"_s, u"import"_s, fixture("daylio_custom_labels.csv"), u"--participant"_s, u"Me"_s});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(refused.err).object()[u"errors"_s].toArray().size(), 2);
    const auto mapped = cli({u"--json"_s, u"import"_s, fixture("daylio_custom_labels.csv"), u"--participant"_s, u"Me"_s,
                             u"--mood-map"_s, u"happy=5"_s, u"--mood-map=Tired=2"_s});
    QCOMPARE(mapped.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(mapped.out).object()[u"observations"_s].toInt(), 3);
    const auto tidy = cli({u"export"_s, u"--from"_s, u"2025-02-02"_s, u"--to"_s, u"2025-02-02"_s});
    QCOMPARE(tidy.out, QByteArray("participant,date,time,measure,value,note\nMe,2025-02-02,21:30,mood,2.5,"
                                  "Activities: sport\n"));
}

void TestCliExchange::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no file") << QStringList{u"import"_s} << 1;
    QTest::newRow("missing file") << QStringList{u"import"_s, u"/nonexistent/x.csv"_s} << 2;
    QTest::newRow("bad format") << QStringList{u"import"_s, fixture("dutch_excel.csv"), u"--format"_s, u"xlsx"_s} << 2;
    QTest::newRow("bad mood map") << QStringList{u"import"_s, fixture("daylio_new.csv"), u"--mood-map"_s, u"happy=6"_s}
                                  << 2;
    QTest::newRow("export format") << QStringList{u"export"_s, u"--format"_s, u"xml"_s} << 2;
    QTest::newRow("export dates") << QStringList{u"export"_s, u"--from"_s, u"2025-02-01"_s, u"--to"_s, u"2025-01-01"_s}
                                  << 2;
    QTest::newRow("export bad date") << QStringList{u"export"_s, u"--from"_s, u"1-2-2025"_s} << 2;
}

void TestCliExchange::badOptions()
{
    QFETCH(QStringList, arguments);
    QTEST(cli(arguments).exitCode, "exitCode");
}

void TestCliExchange::exportFormatsAndFilters()
{
    const QString tidy = path("in.csv");
    test::writeFile(tidy, "participant,date,time,measure,value,note\n"
                          "P-1,2025-01-01,08:00,mood,7,\n"
                          "P-1,2025-01-01,20:00,mood,8,\n"
                          "P-1,2025-01-03,20:00,stress,2,\n"
                          "P-2,2025-01-02,,mood,4,\n");
    QCOMPARE(cli({u"import"_s, tidy}).exitCode, 0);
    const auto wide = cli({u"export"_s, u"--format"_s, u"wide"_s, u"--to"_s, u"2025-01-02"_s});
    QCOMPARE(wide.exitCode, 0);
    QCOMPARE(wide.out, QByteArray("participant,date,mood\nP-1,2025-01-01,7.5\nP-2,2025-01-02,4\n"));
    const QString out = path("out.json");
    const auto json =
        cli({u"--json"_s, u"export"_s, u"--format"_s, u"json"_s, u"--participant"_s, u"P-1"_s, u"--output"_s, out});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object()[u"rows"_s].toInt(), 3);
    const QJsonObject doc = QJsonDocument::fromJson(test::fileBytes(out)).object();
    QCOMPARE(doc[u"participants"_s].toArray().size(), 1);
    QCOMPARE(doc[u"entries"_s].toArray().size(), 3);
}

void TestCliExchange::report_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading"); // a text of the chart page that depends on the language
    QTest::newRow("en") << u"en"_s << u"Score (0–10)"_s;
    QTest::newRow("nl") << u"nl"_s << u"Score (0–10)"_s;
}

void TestCliExchange::report()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QCOMPARE(cli({u"demo"_s, u"--participants"_s, u"2"_s, u"--days"_s, u"90"_s}).exitCode, 0);
    QCOMPARE(
        cli({u"questionnaire"_s, u"add"_s, u"P-001"_s, u"phq9"_s, u"0,1,2,3,0,1,2,3,1"_s, u"--date"_s, u"2024-12-20"_s})
            .exitCode,
        0);
    const QString pdf = path("report.pdf");
    const auto run = cli({u"--json"_s, u"report"_s, u"P-001"_s, u"--output"_s, pdf, u"--lang"_s, language});
    QCOMPARE(run.exitCode, 0);
    const int pages = QJsonDocument::fromJson(run.out).object()[u"pages"_s].toInt();
    QCOMPARE(pages, 3); // chart and statistics; interventions and questionnaires; the N-of-1 analysis
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));

    QProcess extract;
    extract.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(extract.waitForFinished(60000));
    const QString text = QString::fromUtf8(extract.readAllStandardOutput());
    QCOMPARE(text.count(u'\f'), pages); // pdftotext ends every page with a form feed
    QVERIFY(text.contains(u"P-001"_s));
    QVERIFY(!text.contains(u"P-002"_s));
    QVERIFY2(text.contains(heading), "the chart's axis title is vector text in the PDF");
    QVERIFY(text.contains(u"PHQ-9"_s));
    QVERIFY(text.contains(QStringLiteral("3 / 3")) || text.contains(QStringLiteral("3 of 3")) ||
            text.contains(QStringLiteral("3 van 3")));
    QVERIFY(text.contains(u"N-of-1"_s));
    QVERIFY(text.contains(u"NAP"_s));
}

void TestCliExchange::reportRefusals()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-1"_s}).exitCode, 0);
    QCOMPARE(cli({u"report"_s, u"P-1"_s}).exitCode, 1); // no --output
    QCOMPARE(cli({u"report"_s, u"P-9"_s, u"--output"_s, path("r.pdf")}).exitCode, 2);
    QCOMPARE(cli({u"report"_s, u"P-1"_s, u"--output"_s, path("r.pdf"), u"--lang"_s, u"fr"_s}).exitCode, 2);
    QVERIFY(!QFileInfo::exists(path("r.pdf")));
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
