// moodbiome-cli import, export and report through a child process: JSON summaries, exit codes, files.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

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
    void reportWithoutHelper();
    void importOnlyRegularFilesWithinLimit();
    void importEncodingDecidedPerFile();
    void datesOutsideTheRangeRefused();
    void exportNeutralisesFormulas();
    void exportWritesDevicesDirectly();
    void exportNeverReplacesADatabaseLog();
    void exportsArePrivate();
    void lookAlikeCodesRefused();
    void controlCharactersNeverReachTheTerminal();
    void duplicateColumnNamed();
    void concurrentLogsWait();
    void verifyDamagedHeaderIsDamage();
    void foldersArePrivate();
    void readOnlyAndFullFileSystems();

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
    QCOMPARE(exported.out, QByteArray("participant,date,time,measure,value,note,tags\n"
                                      "P-101,2024-12-31,08:30,mood,7.5,\"Goed geslapen; rustig\nna de wandeling\",\n"
                                      "P-101,2024-12-31,08:30,sleep_hours,7.25,\"Goed geslapen; rustig\nna de "
                                      "wandeling\",\n"
                                      "P-101,2025-01-01,21:15,mood,6,,\n"
                                      "P-101,2025-01-02,,stress,4.5,,\n"));
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
    QCOMPARE(tidy.out, QByteArray("participant,date,time,measure,value,note,tags\nMe,2025-02-02,21:30,mood,2.5,,"
                                  "sport\n"));
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
    QCOMPARE(wide.out, QByteArray("participant,date,mood,tags\nP-1,2025-01-01,7.5,\nP-2,2025-01-02,4,\n"));
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
    QCOMPARE(pages, 4); // chart and statistics; interventions and questionnaires; the N-of-1 analysis; insights
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
    QVERIFY(text.contains(QStringLiteral("4 / 4")) || text.contains(QStringLiteral("4 of 4")) ||
            text.contains(QStringLiteral("4 van 4")));
    QVERIFY(text.contains(QStringLiteral("Insights")) || text.contains(QStringLiteral("Inzichten")));
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

// moodbiome-cli hands report to moodbiome-report; where that helper is missing it says so, and the other
// commands, which never need it, still work.
void TestCliExchange::reportWithoutHelper()
{
    const QString lonely = path("lonely-cli");
    QVERIFY(QFile::copy(QStringLiteral(MOODBIOME_CLI), lonely));
    QVERIFY(QFile::setPermissions(lonely, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process.start(lonely, {u"--database"_s, m_db, u"report"_s, u"P-1"_s, u"--output"_s, path("r.pdf")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(process.readAllStandardError().contains("moodbiome-report"), "the message names the missing helper");
    QVERIFY(!QFileInfo::exists(path("r.pdf")));
    process.start(lonely, {u"score"_s, u"phq9"_s, u"0,0,0,0,0,0,0,0,0"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
}

namespace {
void writeBytes(const QString& file, const QByteArray& bytes)
{
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), bytes.size());
}
} // namespace

void TestCliExchange::importOnlyRegularFilesWithinLimit()
{
    // A FIFO with no writer: refused at once, never waited on.
    const QString fifo = path("pipe.csv");
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    auto run = cli({u"import"_s, fifo});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
    QVERIFY(timer.elapsed() < 30000);
    // A device: /dev/zero never ends.
    run = cli({u"import"_s, u"/dev/zero"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
    // A sparse file over the limit: refused from its size, before a byte is read.
    const QString sparse = path("huge.csv");
    QFile huge(sparse);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize((qint64(256) << 20) + 1));
    huge.close();
    run = cli({u"import"_s, sparse});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("larger than 256 MiB"), run.err.constData());
    QVERIFY(!QFile::exists(m_db));
}

void TestCliExchange::importEncodingDecidedPerFile()
{
    // UTF-8 with one stray byte: refused with its line and byte, never read as Windows-1252.
    const QString stray = path("stray.csv");
    writeBytes(stray, QByteArray("participant,date,time,measure,value,note\n"
                                 "P-001,2025-01-02,,mood,6,caf\xC3\xA9 \xF0\x9F\x98\x80\n"
                                 "P-001,2025-01-03,,mood,7,bad \xFF here\n"));
    auto run = cli({u"import"_s, stray});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Line 3, byte 30"), run.err.constData());
    QVERIFY(!QFile::exists(m_db));
    // UTF-16 with a byte-order mark: read as such, and said so.
    const QString text = u"participant,date,time,measure,value,note\nP-001,2025-01-02,,mood,6,café 😀\n"_s;
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const QString wide = path("utf16.csv");
    writeBytes(wide, utf16);
    run = cli({u"import"_s, wide});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("encoding: UTF-16 (little-endian)"), run.out.constData());
    run = cli({u"export"_s});
    QVERIFY(run.out.contains(u"café 😀"_s.toUtf8()));
    // Windows-1252 throughout (no byte of it is UTF-8): still read, and said so.
    const QString ansi = path("ansi.csv");
    writeBytes(ansi, QByteArray("participant,date,time,measure,value,note\nP-002,2025-01-02,,mood,6,caf\xE9 \x80\n"));
    run = cli({u"import"_s, ansi});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("encoding: Windows-1252"));
    run = cli({u"export"_s, u"--participant"_s, u"P-002"_s});
    QVERIFY(run.out.contains(u"café €"_s.toUtf8()));
}

void TestCliExchange::datesOutsideTheRangeRefused()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "America/Los_Angeles");
    auto run = cli({u"log"_s, u"P-001"_s, u"--date"_s, u"9999-12-31"_s, u"--time"_s, u"23:59"_s, u"mood=5"_s});
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("1900-01-01 to 2200-12-31"), run.err.constData());
    QCOMPARE(cli({u"log"_s, u"P-001"_s, u"--date"_s, u"1899-12-31"_s, u"mood=5"_s}).exitCode, 2);
    QCOMPARE(cli({u"log"_s, u"P-001"_s, u"--date"_s, u"2200-12-31"_s, u"mood=5"_s}).exitCode, 0);
    const QString file = path("future.csv");
    writeBytes(file,
               "participant,date,time,measure,value,note\nP-001,2025-01-02,,mood,6,\nP-001,31-12-9999,,mood,6,\n");
    run = cli({u"--json"_s, u"import"_s, file});
    QCOMPARE(run.exitCode, 2);
    const QJsonArray errors = QJsonDocument::fromJson(run.out).object()[u"errors"_s].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject()[u"line"_s].toInt(), 3);
}

void TestCliExchange::exportNeutralisesFormulas()
{
    const QString formula = u"=cmd|' /C calc'!A0"_s;
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"--"_s, u"-P1"_s}).exitCode, 0);
    QCOMPARE(
        cli({u"log"_s, u"--date"_s, u"2025-01-02"_s, u"--note"_s, formula, u"--"_s, u"-P1"_s, u"mood=5"_s}).exitCode,
        0);
    QCOMPARE(cli({u"log"_s, u"--date"_s, u"2025-01-03"_s, u"--note"_s, u"'@SUM(A1)"_s, u"--"_s, u"-P1"_s, u"mood=6"_s})
                 .exitCode,
             0);
    auto run = cli({u"export"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("'-P1,2025-01-02,,mood,5,'=cmd|' /C calc'!A0,\n"), run.out.constData());
    QVERIFY2(run.out.contains("'-P1,2025-01-03,,mood,6,''@SUM(A1),\n"), run.out.constData());
    QVERIFY(cli({u"export"_s, u"--format"_s, u"wide"_s}).out.contains("\n'-P1,2025-01-02,5,\n"));
    const auto raw = cli({u"export"_s, u"--raw"_s});
    QVERIFY2(raw.out.contains("\n-P1,2025-01-02,,mood,5,=cmd|' /C calc'!A0,\n"), raw.out.constData());
    // Round trip: importing the neutralised export gives back the original text.
    const QString file = path("export.csv");
    QCOMPARE(cli({u"export"_s, u"--output"_s, file}).exitCode, 0);
    const QString other = path("other.sqlite");
    const auto imported = test::runCli({u"--database"_s, other, u"import"_s, file}, m_dir->path());
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const auto again = test::runCli({u"--database"_s, other, u"export"_s, u"--raw"_s}, m_dir->path());
    QCOMPARE(again.out, raw.out);
}

void TestCliExchange::exportWritesDevicesDirectly()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    QCOMPARE(cli({u"log"_s, u"P-001"_s, u"--date"_s, u"2025-01-02"_s, u"mood=5"_s}).exitCode, 0);
    const QString fifo = path("export.fifo");
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // No program reads from it: refused at once.
    auto run = cli({u"export"_s, u"--output"_s, fifo});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no program reads from"), run.err.constData());
    // With a reader: the data goes through the pipe, which stays a pipe.
    QProcess reader;
    reader.start(u"cat"_s, {fifo});
    QVERIFY(reader.waitForStarted());
    run = cli({u"export"_s, u"--output"_s, fifo});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(reader.waitForFinished(30000));
    QVERIFY(reader.readAllStandardOutput().contains("P-001,2025-01-02,,mood,5,"));
    struct stat info = {};
    QCOMPARE(stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
    // A device node behind a link is written to, not replaced.
    const QString null = path("null-link");
    QVERIFY(QFile::link(u"/dev/null"_s, null));
    QCOMPARE(cli({u"export"_s, u"--output"_s, null}).exitCode, 0);
    QVERIFY(QFileInfo(null).isSymLink());
    QCOMPARE(stat("/dev/null", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));
}

// --output beside a database as its -wal replaced that log: another database's uncommitted pages were lost, and
// the command's own database deleted the export when it closed, after "Exported to" had been said.
void TestCliExchange::exportNeverReplacesADatabaseLog()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    const QString other = path("other.sqlite");
    writeBytes(other, "a database");
    writeBytes(other + u"-wal"_s, "its log, not yet checkpointed");
    for (const QString& target : QStringList{other + u"-wal"_s, m_db + u"-wal"_s, other + u"-journal"_s}) {
        const auto run = cli({u"export"_s, u"--output"_s, target});
        QVERIFY2(run.exitCode == 2, qPrintable(target + u": " + QString::fromUtf8(run.out + run.err)));
        QVERIFY2(run.err.contains("it belongs to the database"), run.err.constData());
    }
    // The same through a symbolic link (QSaveFile replaces what a link leads to), also a link to a link and one
    // to a log that is not there yet.
    const QStringList links{path("export.csv"), path("report.csv"), path("twice.csv"), path("dangling.csv")};
    QVERIFY(QFile::link(other + u"-wal"_s, links[0]));
    QVERIFY(QFile::link(m_db + u"-wal"_s, links[1]));
    QVERIFY(QFile::link(links[0], links[2]));
    QVERIFY(QFile::link(other + u"-journal"_s, links[3]));
    for (const QString& link : links) {
        const auto run = cli({u"export"_s, u"--output"_s, link});
        QVERIFY2(run.exitCode == 2, qPrintable(link + u": " + QString::fromUtf8(run.out + run.err)));
        QVERIFY2(run.err.contains("it belongs to the database"), run.err.constData());
        QVERIFY(QFileInfo(link).isSymLink());
    }
    QCOMPARE(test::fileBytes(other + u"-wal"_s), QByteArray("its log, not yet checkpointed"));
    QVERIFY(!QFile::exists(other + u"-journal"_s));
    QCOMPARE(cli({u"export"_s, u"--output"_s, path("study-wal")}).exitCode, 0); // a name like it, alone, is fine
}

void TestCliExchange::exportsArePrivate()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    const mode_t previous = umask(022);
    const QString file = path("private.csv");
    const auto run = cli({u"export"_s, u"--output"_s, file});
    umask(previous);
    QCOMPARE(run.exitCode, 0);
    for (const QString& name : {file, m_db}) {
        struct stat info = {};
        QCOMPARE(stat(QFile::encodeName(name).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }
}

void TestCliExchange::lookAlikeCodesRefused()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    for (const QString& code : {u"P-001\u200B"_s, u"P-001\u202E"_s, u"\u0420-001"_s, u"P 001"_s}) {
        const auto run = cli({u"participant"_s, u"add"_s, code});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("a code has only"), run.err.constData());
    }
    const QString file = path("lookalike.csv");
    writeBytes(
        file, u"participant,date,time,measure,value,note\nP-001,2025-01-02,,mood,6,\n\u0420-001,2025-01-02,,mood,6,\n"_s
                  .toUtf8());
    const auto run = cli({u"--json"_s, u"import"_s, file});
    QCOMPARE(run.exitCode, 2);
    const QJsonArray errors = QJsonDocument::fromJson(run.out).object()[u"errors"_s].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject()[u"line"_s].toInt(), 3);
    QVERIFY(errors[0].toObject()[u"message"_s].toString().contains(u"U+0420"_s));
    QCOMPARE(cli({u"participant"_s, u"list"_s}).out.count("P-001"), 1);
}

// A hostile file's cell is echoed in its error message, a stored name in a listing: terminal escapes in them moved
// the cursor and rewrote lines, so "Nothing was imported" could be overwritten by a fake success. Text output shows
// each control character as U+FFFD; JSON keeps the text exact (escaped).
void TestCliExchange::controlCharactersNeverReachTheTerminal()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    const QString file = path("escapes.csv");
    writeBytes(file, "participant,date,time,measure,value\nP-001,\x1b[1A\x1b[2KImported,,mood,6\n");
    const auto refused = cli({u"import"_s, file});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(!refused.err.contains('\x1b'), refused.err.constData());
    QVERIFY2(refused.err.contains("line 2, date: “\xEF\xBF\xBD[1A\xEF\xBF\xBD[2KImported” is not a valid date"),
             refused.err.constData());
    const QString name = u"LGG\x1b]0;owned\x07\u009b2J"_s;
    // An intervention's name with control characters is refused now; the refusal echoes it safely.
    const auto named = cli({u"intervention"_s, u"add"_s, u"P-001"_s, u"--kind"_s, u"probiotic"_s, u"--name"_s, name,
                            u"--start"_s, u"2025-01-01"_s});
    QCOMPARE(named.exitCode, 2);
    QVERIFY2(!named.err.contains('\x1b') && !named.err.contains('\x07') && !named.err.contains("\xC2\x9B") &&
                 named.err.contains("LGG\xEF\xBF\xBD]0;owned"),
             named.err.constData());
    // A participant's display name may still hold them (as a note may): the listing shows U+FFFD instead.
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-002"_s, u"--name"_s, name}).exitCode, 0);
    const auto list = cli({u"participant"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(!list.out.contains('\x1b') && !list.out.contains('\x07') && !list.out.contains("\xC2\x9B"),
             list.out.constData());
    QVERIFY(list.out.contains("LGG\xEF\xBF\xBD]0;owned"));
    const auto json = cli({u"--json"_s, u"participant"_s, u"list"_s});
    QVERIFY2(json.out.contains(name.toUtf8()) || QString::fromUtf8(json.out).contains(u"\\u001b]0;owned"_s),
             json.out.constData());
}

void TestCliExchange::duplicateColumnNamed()
{
    const QString file = path("twice.csv");
    writeBytes(file, "participant,date,time,measure,value,value\nP-001,2025-01-02,,mood,6,7\n");
    const auto run = cli({u"import"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Duplicate column “value”"), run.err.constData());
    QVERIFY(!run.err.contains("Unknown column"));
}

void TestCliExchange::concurrentLogsWait()
{
    // Many short commands at once queue for the write lock instead of failing at once.
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    std::vector<std::unique_ptr<QProcess>> runs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"MOODBIOME_NOW"_s, u"2025-01-05T08:30:00Z"_s);
    for (int i = 0; i < 16; ++i) {
        auto& process = runs.emplace_back(std::make_unique<QProcess>());
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(MOODBIOME_CLI),
                       {u"--database"_s, m_db, u"log"_s, u"P-001"_s, u"--date"_s,
                        u"2025-01-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0')), u"mood=5"_s});
    }
    int failed = 0;
    for (auto& process : runs) {
        QVERIFY(process->waitForFinished(120000));
        if (process->exitCode() != 0) {
            ++failed;
            qWarning() << process->readAllStandardError();
        }
    }
    QCOMPARE(failed, 0);
    QCOMPARE(cli({u"export"_s}).out.count("\n"), 17);
}

void TestCliExchange::verifyDamagedHeaderIsDamage()
{
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(16));
    file.write(QByteArray("\x00\x03", 2)); // page size 3: no SQLite database has that
    file.close();
    const auto run = cli({u"verify"_s});
    QCOMPARE(run.exitCode, 4);
}

void TestCliExchange::foldersArePrivate()
{
    const mode_t previous = umask(022);
    // The default location: the data folder is made for the database.
    const auto added = test::runCli({u"participant"_s, u"add"_s, u"P-001"_s}, m_dir->path());
    const auto backup = test::runCli({u"backup"_s, u"--output"_s, path("new/sub/copy.sqlite")}, m_dir->path());
    umask(previous);
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QDirIterator found(path("data"), {u"*.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(found.hasNext());
    const QString database = found.next();
    for (const QString& folder : {QFileInfo(database).absolutePath(), path("data"), path("new"), path("new/sub")}) {
        struct stat info = {};
        QCOMPARE(stat(QFile::encodeName(folder).constData(), &info), 0);
        QVERIFY2((info.st_mode & 0777) == 0700, qPrintable(folder));
    }
}

void TestCliExchange::readOnlyAndFullFileSystems()
{
    // A tmpfs in a private mount namespace: mounted read-only, then read-write and filled to the last byte.
    QCOMPARE(cli({u"participant"_s, u"add"_s, u"ME"_s}).exitCode, 0);
    QCOMPARE(cli({u"log"_s, u"ME"_s, u"--date"_s, u"2025-01-03"_s, u"mood=6"_s}).exitCode, 0);
    const QString mount = path("fs");
    const QString out = path("out");
    QVERIFY(QDir().mkpath(mount) && QDir().mkpath(out));
    const QString script = u"mount -t tmpfs -o size=1m none \"$1\" || exit 99\n"
                           "cp \"$2\" \"$1/db.sqlite\"\n"
                           "mount -o remount,ro \"$1\" || exit 99\n"
                           "\"$3\" --database \"$1/db.sqlite\" export >\"$4/ro-out.txt\" 2>\"$4/ro-err.txt\"\n"
                           "echo $? >\"$4/ro-rc.txt\"\n"
                           "\"$3\" --database \"$1/db.sqlite\" log ME mood=5 >/dev/null 2>\"$4/rolog-err.txt\"\n"
                           "echo $? >\"$4/rolog-rc.txt\"\n"
                           "mount -o remount,rw \"$1\" || exit 99\n"
                           "dd if=/dev/zero of=\"$1/fill\" bs=4096 2>/dev/null\n"
                           "\"$3\" --database \"$1/db.sqlite\" log ME --date 2025-01-04 mood=7 >/dev/null "
                           "2>\"$4/full-err.txt\"\n"
                           "echo $? >\"$4/full-rc.txt\"\n"_s;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MOODBIOME_NOW"_s, u"2025-01-05T08:30:00Z"_s);
    env.insert(u"HOME"_s, m_dir->path());
    process.setProcessEnvironment(env);
    process.start(u"unshare"_s,
                  {u"--mount"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, mount, m_db, QStringLiteral(MOODBIOME_CLI), out});
    QVERIFY(process.waitForFinished(120000));
    if (process.exitCode() == 99 || process.exitStatus() != QProcess::NormalExit ||
        !QFile::exists(out + u"/full-rc.txt"))
        QSKIP("no private mount namespace with a tmpfs here");
    const auto file = [&](const char* name) {
        return test::fileBytes(out + u'/' + QString::fromLatin1(name));
    };
    // Reading works on a read-only file system; writing says it is read-only.
    QVERIFY2(file("ro-rc.txt").trimmed() == "0", file("ro-err.txt").constData());
    QVERIFY(file("ro-out.txt").contains("ME,2025-01-03,,mood,6,"));
    QVERIFY2(file("rolog-rc.txt").trimmed() == "3", file("rolog-err.txt").constData());
    QVERIFY2(file("rolog-err.txt").contains("read-only"), file("rolog-err.txt").constData());
    // A disk without a byte free is called full.
    QVERIFY2(file("full-rc.txt").trimmed() == "3", file("full-err.txt").constData());
    QVERIFY2(file("full-err.txt").contains("The disk is full"), file("full-err.txt").constData());
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
