// Drives moodbiome-cli in-process (CliInProcess.h) and, for its environment and locale, through QProcess: commands,
// exit codes, text and JSON output, untouched files.
#include "CliInProcess.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// 09:30 on a Sunday in Amsterdam.
const QString now = QStringLiteral("2025-01-05T08:30:00Z");

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // The {"errors":[...]} document on stderr.
    QJsonObject errorJson() const { return QJsonDocument::fromJson(err).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1, stdout: %2, stderr: %3").arg(exitCode).arg(outText(), errText());
    }
};

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

// Evaluates result once: QVERIFY2 evaluates its description even when the check passes.
#define EXPECT_EXIT(result, code)                                                                                      \
    do {                                                                                                               \
        const CliResult& checked = (result);                                                                           \
        QVERIFY2(checked.exitCode == (code), qPrintable(checked.describe()));                                          \
    } while (false)

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inProcessRunMatchesChildProcess_data();
    void inProcessRunMatchesChildProcess();
    void helpListsEveryCommand();
    void helpPlaceholdersFollowTheLanguage_data();
    void helpPlaceholdersFollowTheLanguage();
    void versionPrintsNumber();
    void participantAddThenList();
    void participantListAsJson();
    void participantListShowsOpenSafetyFlag();
    void participantAddAsJson();
    void oneJsonVocabulary();
    void duplicateParticipantCodeIsRefused();
    void invalidParticipantCodeLeavesNoDatabase();
    void logThenExport();
    void logWithoutDateUsesClock();
    void logWithDateButNoTimeHasNoTime();
    void logAsJson();
    void logNoteOnly();
    void invalidLogLeavesDatabaseUnchanged_data();
    void invalidLogLeavesDatabaseUnchanged();
    void invalidLogCreatesNoDatabase_data();
    void invalidLogCreatesNoDatabase();
    void outOfRangeValueNamesMeasureAndRange();
    void messagesFollowTheLanguage_data();
    void messagesFollowTheLanguage();
    void usageErrors_data();
    void usageErrors();
    void globalOptionsAfterCommand();
    void garbageFileIsLeftAlone_data();
    void garbageFileIsLeftAlone();
    void foreignSqliteDatabaseIsLeftAlone();
    void newerSchemaIsLeftAlone();
    void exportToStdoutQuotesFields();
    void exportToFile();
    void exportToFileAsJson();
    void exportOneParticipant();
    void exportOfUnknownParticipant();
    void exportWithoutDatabaseSaysSo();
    void exportIsAudited();
    void exportRefusesOtherFormats_data();
    void exportRefusesOtherFormats();
    void exportRefusesToOverwriteDatabase();
    void missingDatabaseReadsAsEmpty();
    void readOnlyDatabase();
    void environmentVariableChoosesDatabase();
    void defaultDatabaseIsInAppData();
    void jsonErrorsOnStderr();
    void helpListsQuestionnaireCommands();
    void scorePrintsExactJson_data();
    void scorePrintsExactJson();
    void scorePrintsReadableText();
    void scoreRefusesBadItems_data();
    void scoreRefusesBadItems();
    void scoreOpensNoDatabase();
    void questionnaireAddStoresAuditsAndExports();
    void questionnaireAddAsJson();
    void questionnaireAddRefusesBadInput_data();
    void questionnaireAddRefusesBadInput();
    void questionnaireAddCreatesNoDatabase();

private:
    QProcessEnvironment environment() const;
    // In this process (CliInProcess.h): the commands, their output and exit codes.
    CliResult cli(const QStringList& arguments) const;
    // In a child process, for what only a process has: its environment and locale.
    CliResult cli(const QStringList& arguments, const QProcessEnvironment& environment) const;
    // Runs against db.sqlite in the temporary folder.
    CliResult db(const QStringList& arguments) const
    {
        return cli(QStringList{QStringLiteral("--database"), m_db} + arguments);
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    void addParticipant(const QString& code);
    void logSample(); // P-001 with a note that needs CSV quoting

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("db.sqlite"));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOODBIOME_NOW"), now);
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Amsterdam"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.remove(QStringLiteral("MOODBIOME_DATABASE"));
    return env;
}

CliResult TestCli::cli(const QStringList& arguments) const
{
    const mb::test::CliRun run = mb::test::runCliInProcess(arguments, path(QStringLiteral("home")), now);
    CliResult result;
    result.exitCode = run.exitCode;
    result.out = run.out;
    result.err = run.err;
    return result;
}

CliResult TestCli::cli(const QStringList& arguments, const QProcessEnvironment& environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(MOODBIOME_CLI), arguments);
    CliResult result;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        result.err = "moodbiome-cli did not finish normally: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCli::addParticipant(const QString& code)
{
    const CliResult r = db({QStringLiteral("participant"), QStringLiteral("add"), code});
    EXPECT_EXIT(r, 0);
}

void TestCli::logSample()
{
    addParticipant(QStringLiteral("P-001"));
    const CliResult r =
        db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--date"), QStringLiteral("2025-01-04"),
            QStringLiteral("--time"), QStringLiteral("21:15"), QStringLiteral("--note"),
            QStringLiteral("kefir, then \"a lot\" of sleep"), QStringLiteral("mood=7"), QStringLiteral("stress=2.5")});
    EXPECT_EXIT(r, 0);
}

void TestCli::inProcessRunMatchesChildProcess_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("version") << QStringList{
        QStringLiteral("--version")}; // --help names the default path, which differs
    QTest::newRow("score") << QStringList{QStringLiteral("score"), QStringLiteral("phq9"),
                                          QStringLiteral("0,1,2,3,0,1,2,1,1")};
    QTest::newRow("usage error as JSON") << QStringList{QStringLiteral("--json"), QStringLiteral("frobnicate")};
    QTest::newRow("export to stdout") << QStringList{QStringLiteral("export")};
    QTest::newRow("list as JSON") << QStringList{QStringLiteral("participant"), QStringLiteral("list"),
                                                 QStringLiteral("--json")};
}

// The in-process runner is a stand-in for the program: the same bytes on stdout and stderr, the same exit code.
void TestCli::inProcessRunMatchesChildProcess()
{
    QFETCH(QStringList, arguments);
    logSample();
    const QStringList withDatabase = QStringList{QStringLiteral("--database"), m_db} + arguments;
    const CliResult inProcess = cli(withDatabase);
    const CliResult child = cli(withDatabase, environment());
    QCOMPARE(inProcess.exitCode, child.exitCode);
    QCOMPARE(inProcess.outText(), child.outText());
    QCOMPARE(inProcess.errText(), child.errText());
    QVERIFY(!inProcess.out.isEmpty() || !inProcess.err.isEmpty());
}

void TestCli::helpListsEveryCommand()
{
    for (const QString& help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const CliResult r = cli({help});
        EXPECT_EXIT(r, 0);
        for (const char* usage :
             {"participant add CODE", "participant list", "log CODE", "import FILE",
              "export [--format tidy|wide|json|fhir|redcap|redcap-dictionary|odm]", "merge SITE.db...",
              "report CODE --output FILE.pdf", "--database FILE", "--json", "sleep_hours"})
            QVERIFY2(r.outText().contains(QLatin1String(usage)), usage);
    }
    // Help wins over everything else, even after an unknown command.
    EXPECT_EXIT(cli({QStringLiteral("frobnicate"), QStringLiteral("--help")}), 0);
}

void TestCli::helpPlaceholdersFollowTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("foreign");
    const QStringList english = {u"FILE"_s,    u"DATE"_s,  u"NAME"_s,      u"NEW-NAME"_s, u"KEY"_s,
                                 u"VALUE"_s,   u"COUNT"_s, u"LEVEL"_s,     u"SITE"_s,     u"CENTRE"_s,
                                 u"COMMAND"_s, u"HH:MM"_s, u"YYYY-MM-DD"_s};
    const QStringList dutch = {u"BESTAND"_s,  u"DATUM"_s,  u"NAAM"_s,      u"NIEUWE-NAAM"_s, u"SLEUTEL"_s,
                               u"WAARDE"_s,   u"AANTAL"_s, u"NIVEAU"_s,    u"LOCATIE"_s,     u"CENTRUM"_s,
                               u"OPDRACHT"_s, u"UU:MM"_s,  u"JJJJ-MM-DD"_s};
    QTest::newRow("Dutch") << u"nl_NL.UTF-8"_s << dutch << english;
    QTest::newRow("English") << u"C.UTF-8"_s << english << dutch;
}

// A placeholder is one word per language, in every synopsis, summary and message: no DATE beside DATUM.
void TestCli::helpPlaceholdersFollowTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, foreign);
    QProcessEnvironment env = environment();
    env.remove(u"LC_ALL"_s);
    env.insert(u"LANG"_s, lang);
    const CliResult help = cli({u"--help"_s}, env);
    EXPECT_EXIT(help, 0);
    // A date refused names the notation too.
    const CliResult badDate = cli({u"--database"_s, m_db, u"log"_s, u"P-001"_s, u"--date"_s, u"5-1-2025"_s}, env);
    EXPECT_EXIT(badDate, 2);
    const QString text = help.outText() + u'\n' + badDate.errText();
    const auto word = [](const QString& w) {
        return QRegularExpression(u"(?<![\\w-])"_s + QRegularExpression::escape(w) + u"(?![\\w-])"_s);
    };
    for (const QString& w : foreign) {
        const QRegularExpressionMatch match = word(w).match(text);
        QVERIFY2(!match.hasMatch(),
                 qPrintable(w + u" in: "_s + text.mid(std::max<qsizetype>(0, match.capturedStart() - 80), 160)));
    }
    for (const QString& w : expected)
        QVERIFY2(word(w).match(text).hasMatch(), qPrintable(w));
}

void TestCli::versionPrintsNumber()
{
    const CliResult r = cli({QStringLiteral("--version")});
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText().trimmed(), QStringLiteral("moodbiome-cli " MOODBIOME_VERSION));
    const CliResult json = cli({QStringLiteral("--version"), QStringLiteral("--json")});
    QCOMPARE(json.json().value(QStringLiteral("version")).toString(), QStringLiteral(MOODBIOME_VERSION));
}

void TestCli::participantAddThenList()
{
    const CliResult add = db({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-002"),
                              QStringLiteral("--name"), QStringLiteral("Ans"), QStringLiteral("--arm"),
                              QStringLiteral("probiotic"), QStringLiteral("--enrolled"), QStringLiteral("2025-01-02")});
    EXPECT_EXIT(add, 0);
    QVERIFY(add.outText().contains(QStringLiteral("P-002")));
    addParticipant(QStringLiteral("P-001"));

    const CliResult list = db({QStringLiteral("participant"), QStringLiteral("list")});
    EXPECT_EXIT(list, 0);
    const QStringList lines = list.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("Code")));
    QVERIFY(lines[1].startsWith(QStringLiteral("P-001")));
    QVERIFY(lines[2].startsWith(QStringLiteral("P-002")));
    // Aligned: each value starts under its heading.
    QCOMPARE(lines[2].indexOf(QStringLiteral("Ans")), lines[0].indexOf(QStringLiteral("Name")));
    QCOMPARE(lines[2].indexOf(QStringLiteral("probiotic")), lines[0].indexOf(QStringLiteral("Arm")));
    QCOMPARE(lines[2].indexOf(QStringLiteral("2025-01-02")), lines[0].indexOf(QStringLiteral("Enrolled")));
}

void TestCli::participantListAsJson()
{
    logSample();
    addParticipant(QStringLiteral("P-002"));
    const CliResult r = db({QStringLiteral("--json"), QStringLiteral("participant"), QStringLiteral("list")});
    EXPECT_EXIT(r, 0);
    QJsonParseError error;
    QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray participants = r.json().value(QStringLiteral("participants")).toArray();
    QCOMPARE(participants.size(), 2);
    const QJsonObject first = participants[0].toObject();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("P-001"));
    QCOMPARE(first.value(QStringLiteral("entries")).toInt(), 1);
    QVERIFY(first.value(QStringLiteral("enrolled_on")).isNull());
    QVERIFY(first.value(QStringLiteral("withdrawn_on")).isNull());
    QCOMPARE(participants[1].toObject().value(QStringLiteral("entries")).toInt(), 0);
}

// A PHQ-9 with item 9 above 0 stays visible in the list (text and JSON) until a clinician acknowledges it, as in the
// window; not only once, at entry.
void TestCli::participantListShowsOpenSafetyFlag()
{
    addParticipant(QStringLiteral("P-001"));
    addParticipant(QStringLiteral("P-002"));
    EXPECT_EXIT(db(QStringLiteral("questionnaire add P-001 phq9 0,0,0,0,0,0,0,0,3 --date 2025-01-01").split(u' ')), 0);
    const CliResult text = db({QStringLiteral("participant"), QStringLiteral("list")});
    EXPECT_EXIT(text, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n');
    QVERIFY2(lines[0].contains(u"Safety flag"), text.out.constData());
    QVERIFY2(lines[1].startsWith(u"P-001") && lines[1].contains(u"⚠ 1 open"), text.out.constData());
    QVERIFY2(lines[2].startsWith(u"P-002") && !lines[2].contains(u"⚠"), text.out.constData());
    QVERIFY(text.out.contains("1 participant with an open safety flag"));
    const QJsonArray participants =
        db({QStringLiteral("--json"), QStringLiteral("participant"), QStringLiteral("list")})
            .json()
            .value(QStringLiteral("participants"))
            .toArray();
    QCOMPARE(participants[0].toObject().value(QStringLiteral("open_safety_flags")).toInt(), 1);
    QCOMPARE(participants[1].toObject().value(QStringLiteral("open_safety_flags")).toInt(), 0);
}

void TestCli::participantAddAsJson()
{
    const CliResult r =
        db({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-003"),
            QStringLiteral("--enrolled=2024-12-30"), QStringLiteral("--name=Bram"), QStringLiteral("--json")});
    EXPECT_EXIT(r, 0);
    const QJsonObject participant = r.json().value(QStringLiteral("participant")).toObject();
    QCOMPARE(participant.value(QStringLiteral("code")).toString(), QStringLiteral("P-003"));
    QCOMPARE(participant.value(QStringLiteral("display_name")).toString(), QStringLiteral("Bram"));
    QCOMPARE(participant.value(QStringLiteral("arm")).toString(), QString());
    QCOMPARE(participant.value(QStringLiteral("enrolled_on")).toString(), QStringLiteral("2024-12-30"));
    QCOMPARE(participant.value(QStringLiteral("entries")).toInt(), 0);
}

// A participant, an entry and an intervention read the same in the audit trail, the JSON export and --json: the
// same keys for the same fields (the export and the command line name the participant by code).
void TestCli::oneJsonVocabulary()
{
    EXPECT_EXIT(db({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001"),
                    QStringLiteral("--name=Bram"), QStringLiteral("--arm=A"), QStringLiteral("--enrolled=2024-12-30")}),
                0);
    EXPECT_EXIT(db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--date=2025-01-04"),
                    QStringLiteral("--time=21:15"), QStringLiteral("--note=kefir"), QStringLiteral("mood=7")}),
                0);
    EXPECT_EXIT(
        db({QStringLiteral("intervention"), QStringLiteral("add"), QStringLiteral("P-001"),
            QStringLiteral("--kind=probiotic"), QStringLiteral("--name=LGG"), QStringLiteral("--start=2025-01-01")}),
        0);
    const CliResult listed = db({QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EXIT(listed, 0);
    const CliResult exported =
        db({QStringLiteral("export"), QStringLiteral("--format=json"), QStringLiteral("--include-names")});
    EXPECT_EXIT(exported, 0);
    const QJsonObject document = exported.json();
    QCOMPARE(document.value(QStringLiteral("version")).toInt(), 2);

    QHash<QString, QJsonObject> audited; // the last image of each table's row
    {
        auto store = mb::Store::open(m_db);
        const auto rows = store->audit().rows();
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            if (!it->newValues.isEmpty())
                audited.insert(it->table, QJsonDocument::fromJson(it->newValues.toUtf8()).object());
    }
    const auto keys = [](QJsonObject object, const QStringList& without) {
        for (const QString& key : without)
            object.remove(key);
        QStringList names = object.keys();
        names.sort();
        return names;
    };
    // The export's and the command line's objects use the audit trail's keys, less its internal ones.
    const QStringList internal{QStringLiteral("participant_id"), QStringLiteral("deleted")};
    const QJsonObject participant = document.value(QStringLiteral("participants")).toArray().first().toObject();
    QCOMPARE(keys(participant, {}), keys(audited.value(QStringLiteral("participant")), internal));
    QCOMPARE(participant.value(QStringLiteral("enrolled_on")).toString(), QStringLiteral("2024-12-30"));
    const QJsonObject listedParticipant =
        listed.json().value(QStringLiteral("participants")).toArray().first().toObject();
    QCOMPARE(keys(listedParticipant, {QStringLiteral("entries"), QStringLiteral("open_safety_flags")}),
             keys(audited.value(QStringLiteral("participant")), internal + QStringList{QStringLiteral("notes")}));
    QCOMPARE(listedParticipant.value(QStringLiteral("display_name")).toString(), QStringLiteral("Bram"));
    const QJsonObject entry = document.value(QStringLiteral("entries")).toArray().first().toObject();
    // tags: the names of the entry's tags, outside the database (its image holds their ids, when it has any).
    QCOMPARE(keys(entry, {QStringLiteral("participant"), QStringLiteral("tags")}),
             keys(audited.value(QStringLiteral("entry")), internal));
    QCOMPARE(entry.value(QStringLiteral("participant")).toString(), QStringLiteral("P-001"));
    const QJsonObject intervention = document.value(QStringLiteral("interventions")).toArray().first().toObject();
    QCOMPARE(keys(intervention, {QStringLiteral("participant"), QStringLiteral("adherence")}),
             keys(audited.value(QStringLiteral("intervention")), internal));
}

void TestCli::duplicateParticipantCodeIsRefused()
{
    addParticipant(QStringLiteral("P-001"));
    const QByteArray before = contents(m_db);
    const CliResult r = db({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001")});
    EXPECT_EXIT(r, 2);
    QVERIFY(r.errText().contains(QStringLiteral("P-001")));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(contents(m_db), before);
}

void TestCli::invalidParticipantCodeLeavesNoDatabase()
{
    const CliResult blank = db({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral(" P-001 ")});
    EXPECT_EXIT(blank, 2);
    const CliResult date = db({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001"),
                               QStringLiteral("--enrolled"), QStringLiteral("2025-13-01")});
    EXPECT_EXIT(date, 2);
    QVERIFY(date.errText().contains(QStringLiteral("2025-13-01")));
    QVERIFY(!QFile::exists(m_db));
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
}

void TestCli::logThenExport()
{
    addParticipant(QStringLiteral("P-001"));
    const CliResult log =
        db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--date"), QStringLiteral("2025-01-03"),
            QStringLiteral("--time"), QStringLiteral("07:45"), QStringLiteral("mood=6"),
            QStringLiteral("sleep_hours=7.5"), QStringLiteral("bristol=4")});
    EXPECT_EXIT(log, 0);
    QVERIFY(log.outText().contains(QStringLiteral("P-001")));

    const CliResult exported = db({QStringLiteral("export")});
    EXPECT_EXIT(exported, 0);
    QCOMPARE(exported.outText(), QStringLiteral("participant,date,time,measure,value,note,tags\n"
                                                "P-001,2025-01-03,07:45,mood,6,,\n"
                                                "P-001,2025-01-03,07:45,sleep_hours,7.5,,\n"
                                                "P-001,2025-01-03,07:45,bristol,4,,\n"));
}

void TestCli::logWithoutDateUsesClock()
{
    addParticipant(QStringLiteral("P-001"));
    EXPECT_EXIT(db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("mood=5")}), 0);
    EXPECT_EXIT(db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--time"), QStringLiteral("07:00"),
                    QStringLiteral("mood=4")}),
                0);
    const CliResult exported = db({QStringLiteral("export")});
    // MOODBIOME_NOW is 08:30 UTC, 09:30 in Amsterdam.
    QVERIFY2(exported.outText().contains(QStringLiteral("P-001,2025-01-05,09:30,mood,5,")), exported.out.constData());
    QVERIFY2(exported.outText().contains(QStringLiteral("P-001,2025-01-05,07:00,mood,4,")), exported.out.constData());
}

void TestCli::logWithDateButNoTimeHasNoTime()
{
    addParticipant(QStringLiteral("P-001"));
    EXPECT_EXIT(db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--date"),
                    QStringLiteral("2025-01-01"), QStringLiteral("anxiety=3")}),
                0);
    QVERIFY(db({QStringLiteral("export")}).outText().contains(QStringLiteral("P-001,2025-01-01,,anxiety,3,,\n")));
}

void TestCli::logAsJson()
{
    addParticipant(QStringLiteral("P-001"));
    const CliResult r =
        db({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("P-001"), QStringLiteral("--date"),
            QStringLiteral("2025-01-02"), QStringLiteral("energy=8"), QStringLiteral("caffeine_mg=95")});
    EXPECT_EXIT(r, 0);
    const QJsonObject json = r.json();
    QVERIFY(json.value(QStringLiteral("entry_id")).toInteger() > 0);
    QCOMPARE(json.value(QStringLiteral("participant")).toString(), QStringLiteral("P-001"));
    QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2025-01-02"));
    QVERIFY(json.value(QStringLiteral("time")).isNull());
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.value(QStringLiteral("energy")).toDouble(), 8.0);
    QCOMPARE(values.value(QStringLiteral("caffeine_mg")).toDouble(), 95.0);
}

void TestCli::logNoteOnly()
{
    addParticipant(QStringLiteral("P-001"));
    const CliResult r = db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--note"),
                            QStringLiteral("started the probiotic"), QStringLiteral("--json")});
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.json().value(QStringLiteral("time")).toString(), QStringLiteral("09:30"));
    QVERIFY(r.json().value(QStringLiteral("values")).toObject().isEmpty());
}

void TestCli::invalidLogLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "log"
    QTest::addColumn<QString>("message");

    const QString p = QStringLiteral("P-001");
    const QString d = QStringLiteral("--date");
    const QString day = QStringLiteral("2025-01-05");
    QTest::newRow("out of range") << QStringList{p, d, day, QStringLiteral("mood=11")}
                                  << QStringLiteral("mood=11: Mood must be between 0 and 10.");
    QTest::newRow("negative") << QStringList{p, d, day, QStringLiteral("stress=-1")} << QStringLiteral("stress=-1");
    QTest::newRow("whole number") << QStringList{p, d, day, QStringLiteral("bristol=3.5")}
                                  << QStringLiteral("whole number");
    QTest::newRow("impossible date") << QStringList{p, d, QStringLiteral("2025-02-30"), QStringLiteral("mood=5")}
                                     << QStringLiteral("2025-02-30");
    QTest::newRow("day-first date") << QStringList{p, d, QStringLiteral("05-01-2025"), QStringLiteral("mood=5")}
                                    << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad time")
        << QStringList{p, d, day, QStringLiteral("--time"), QStringLiteral("25:00"), QStringLiteral("mood=5")}
        << QStringLiteral("25:00");
    QTest::newRow("unknown measure") << QStringList{p, d, day, QStringLiteral("happiness=5")}
                                     << QStringLiteral("Unknown measure “happiness”");
    QTest::newRow("not a key") << QStringList{p, d, day, QStringLiteral("Mood=5")}
                               << QStringLiteral("Unknown measure “Mood”");
    QTest::newRow("not a number") << QStringList{p, d, day, QStringLiteral("mood=seven")}
                                  << QStringLiteral("mood=seven");
    QTest::newRow("decimal comma") << QStringList{p, d, day, QStringLiteral("mood=7,5")} << QStringLiteral("mood=7,5");
    QTest::newRow("not finite") << QStringList{p, d, day, QStringLiteral("mood=nan")} << QStringLiteral("number");
    QTest::newRow("no equals sign") << QStringList{p, d, day, QStringLiteral("mood")} << QStringLiteral("KEY=VALUE");
    QTest::newRow("empty value") << QStringList{p, d, day, QStringLiteral("mood=")} << QStringLiteral("mood=");
    QTest::newRow("key twice") << QStringList{p, d, day, QStringLiteral("mood=5"), QStringLiteral("mood=6")}
                               << QStringLiteral("more than once");
    QTest::newRow("unknown participant") << QStringList{QStringLiteral("P-999"), d, day, QStringLiteral("mood=5")}
                                         << QStringLiteral("P-999");
}

void TestCli::invalidLogLeavesDatabaseUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    addParticipant(QStringLiteral("P-001"));
    const QByteArray before = contents(m_db);
    QVERIFY(!before.isEmpty());

    const CliResult r = db(QStringList{QStringLiteral("log")} + arguments);
    EXPECT_EXIT(r, 2);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(contents(m_db), before);
    QCOMPARE(db({QStringLiteral("export")}).outText(),
             QStringLiteral("participant,date,time,measure,value,note,tags\n"));
}

void TestCli::invalidLogCreatesNoDatabase_data()
{
    invalidLogLeavesDatabaseUnchanged_data();
}

void TestCli::invalidLogCreatesNoDatabase()
{
    QFETCH(QStringList, arguments);
    const CliResult r = db(QStringList{QStringLiteral("log")} + arguments);
    EXPECT_EXIT(r, 2);
    QVERIFY(!QFile::exists(m_db));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestCli::outOfRangeValueNamesMeasureAndRange()
{
    // The example of README.md "Command line", word for word: an existing file stays byte-for-byte the same ...
    const QString x = path(QStringLiteral("x.db"));
    EXPECT_EXIT(cli({QStringLiteral("--database"), x, QStringLiteral("participant"), QStringLiteral("add"),
                     QStringLiteral("P-001")}),
                0);
    const QByteArray before = contents(x);
    const QStringList arguments{QStringLiteral("--database"), x,
                                QStringLiteral("log"),        QStringLiteral("P-001"),
                                QStringLiteral("--date"),     QStringLiteral("2025-01-05"),
                                QStringLiteral("mood=11")};
    const CliResult existing = cli(arguments);
    EXPECT_EXIT(existing, 2);
    QVERIFY2(existing.errText().contains(QStringLiteral("mood=11: Mood must be between 0 and 10.")),
             existing.err.constData());
    QCOMPARE(contents(x), before);

    // ... and a missing one is not created.
    QVERIFY(QFile::remove(x));
    const CliResult missing = cli(arguments);
    EXPECT_EXIT(missing, 2);
    QVERIFY(missing.errText().contains(QStringLiteral("mood=11: Mood must be between 0 and 10.")));
    QVERIFY(!QFile::exists(x));
}

void TestCli::messagesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    const QString dutch = QStringLiteral("mood=11: Stemming moet tussen 0 en 10 liggen.");
    const QString english = QStringLiteral("mood=11: Mood must be between 0 and 10.");
    QTest::newRow("LANG=nl_NL") << QString() << QStringLiteral("nl_NL.UTF-8") << QString() << dutch;
    QTest::newRow("LC_ALL=nl_BE wins") << QStringLiteral("nl_BE.UTF-8") << QStringLiteral("en_GB.UTF-8") << QString()
                                       << dutch;
    QTest::newRow("LC_ALL=C wins") << QStringLiteral("C.UTF-8") << QStringLiteral("nl_NL.UTF-8") << QString()
                                   << english;
    QTest::newRow("LANGUAGE=nl:en") << QString() << QStringLiteral("en_US.UTF-8") << QStringLiteral("nl:en") << dutch;
    QTest::newRow("German falls back to English") << QString() << QStringLiteral("de_DE.UTF-8") << QString() << english;
}

void TestCli::messagesFollowTheLanguage()
{
    QFETCH(QString, lcAll);
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcessEnvironment env = environment();
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    if (!lcAll.isEmpty())
        env.insert(QStringLiteral("LC_ALL"), lcAll);
    env.insert(QStringLiteral("LANG"), lang);
    if (!language.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), language);
    const CliResult result = cli({QStringLiteral("--database"), m_db, QStringLiteral("log"), QStringLiteral("P-001"),
                                  QStringLiteral("--date"), QStringLiteral("2025-01-05"), QStringLiteral("mood=11")},
                                 env);
    EXPECT_EXIT(result, 2);
    QVERIFY2(result.errText().contains(expected), result.err.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString p = QStringLiteral("P-001");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("Unknown command “frobnicate”");
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << QStringLiteral("FILE");
    QTest::newRow("analyze without measure")
        << QStringList{QStringLiteral("analyze"), p, QStringLiteral("--intervention"), QStringLiteral("LGG")}
        << QStringLiteral("analyze needs --measure.");
    QTest::newRow("participant alone") << QStringList{QStringLiteral("participant")} << QStringLiteral("add, list");
    QTest::newRow("participant remove") << QStringList{QStringLiteral("participant"), QStringLiteral("remove"), p}
                                        << QStringLiteral("add, list");
    QTest::newRow("add without code") << QStringList{QStringLiteral("participant"), QStringLiteral("add")}
                                      << QStringLiteral("CODE");
    QTest::newRow("log without code") << QStringList{QStringLiteral("log")} << QStringLiteral("CODE");
    QTest::newRow("log without values") << QStringList{QStringLiteral("log"), p} << QStringLiteral("KEY=VALUE");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("participant"), QStringLiteral("list"),
                                                   QStringLiteral("everyone")}
                                    << QStringLiteral("“everyone”");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("log"), p, QStringLiteral("--colour"),
                                                   QStringLiteral("mood=5")}
                                    << QStringLiteral("--colour");
    QTest::newRow("single-dash option") << QStringList{QStringLiteral("export"), QStringLiteral("-o"),
                                                       QStringLiteral("x")}
                                        << QStringLiteral("-o");
    QTest::newRow("option of another command") << QStringList{QStringLiteral("participant"), QStringLiteral("list"),
                                                              QStringLiteral("--format"), QStringLiteral("tidy")}
                                               << QStringLiteral("--format");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("log"), p, QStringLiteral("mood=5"), QStringLiteral("--date")}
        << QStringLiteral("--date needs a value");
    QTest::newRow("database without value")
        << QStringList{QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--database")}
        << QStringLiteral("--database");
    QTest::newRow("flag with value") << QStringList{QStringLiteral("--json=yes"), QStringLiteral("participant"),
                                                    QStringLiteral("list")}
                                     << QStringLiteral("--json");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult r = db(arguments);
    EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("--help")), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_db));
}

void TestCli::globalOptionsAfterCommand()
{
    EXPECT_EXIT(cli({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001"),
                     QStringLiteral("--database"), m_db}),
                0);
    const CliResult r = cli({QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--database=") + m_db});
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.json().value(QStringLiteral("participants")).toArray().size(), 1);
    const CliResult between = cli({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--json"),
                                   QStringLiteral("mood=6"), QStringLiteral("--database"), m_db});
    EXPECT_EXIT(between, 0);
    QCOMPARE(between.json().value(QStringLiteral("participant")).toString(), QStringLiteral("P-001"));
}

void TestCli::garbageFileIsLeftAlone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("participant list") << QStringList{QStringLiteral("participant"), QStringLiteral("list")};
    QTest::newRow("participant add") << QStringList{QStringLiteral("participant"), QStringLiteral("add"),
                                                    QStringLiteral("P-001")};
    QTest::newRow("log") << QStringList{QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("mood=5")};
    QTest::newRow("export") << QStringList{QStringLiteral("export")};
}

void TestCli::garbageFileIsLeftAlone()
{
    QFETCH(QStringList, arguments);
    QByteArray garbage(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32*>(garbage.data()), garbage.size() / 4);
    writeFile(m_db, garbage);

    const CliResult r = db(arguments);
    EXPECT_EXIT(r, 3);
    // Whole pages of random bytes could be an encrypted database: the message says both.
    QVERIFY2(r.errText().contains(QStringLiteral("either an encrypted MoodBiome database, or not a database at all")),
             r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(contents(m_db), garbage);
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
}

void TestCli::foreignSqliteDatabaseIsLeftAlone()
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        QSKIP("the sqlite3 program is not installed");
    QCOMPARE(QProcess::execute(sqlite, {m_db, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")}), 0);
    const QByteArray before = contents(m_db);

    for (const QStringList& arguments :
         {QStringList{QStringLiteral("participant"), QStringLiteral("list")},
          QStringList{QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001")},
          QStringList{QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("mood=5")}}) {
        const CliResult r = db(arguments);
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.errText().contains(QStringLiteral("not a MoodBiome database")), r.err.constData());
        QCOMPARE(contents(m_db), before);
    }
}

void TestCli::newerSchemaIsLeftAlone()
{
    addParticipant(QStringLiteral("P-001"));
    QByteArray newer = contents(m_db);
    qToBigEndian<quint32>(999, newer.data() + 60); // PRAGMA user_version lives at offset 60
    writeFile(m_db, newer);

    const CliResult r =
        db({QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("mood=5")});
    EXPECT_EXIT(r, 3);
    QCOMPARE(
        r.errorJson().value(QStringLiteral("errors")).toArray()[0].toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("database"));
    QVERIFY(r.errText().contains(QStringLiteral("newer version")));
    QCOMPARE(contents(m_db), newer);
}

void TestCli::exportToStdoutQuotesFields()
{
    logSample();
    const CliResult r = db({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("tidy"),
                            QStringLiteral("--json")}); // stdout stays CSV even with --json
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText(),
             QStringLiteral("participant,date,time,measure,value,note,tags\n"
                            "P-001,2025-01-04,21:15,mood,7,\"kefir, then \"\"a lot\"\" of sleep\",\n"
                            "P-001,2025-01-04,21:15,stress,2.5,\"kefir, then \"\"a lot\"\" of sleep\",\n"));
    QVERIFY(r.err.isEmpty());
}

void TestCli::exportToFile()
{
    logSample();
    const CliResult toStdout = db({QStringLiteral("export")});
    const QString csv = path(QStringLiteral("out.csv"));
    const CliResult r = db({QStringLiteral("export"), QStringLiteral("--output"), csv});
    EXPECT_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("Rows: 2.")), r.out.constData());
    QCOMPARE(contents(csv), toStdout.out);
}

void TestCli::exportToFileAsJson()
{
    logSample();
    const QString csv = path(QStringLiteral("out.csv"));
    const CliResult r = db({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--output=") + csv});
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.json().value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("output")).toString(), csv);
    QVERIFY(contents(csv).startsWith("participant,date,time,measure,value,note,tags\n"));
}

void TestCli::exportOneParticipant()
{
    logSample();
    addParticipant(QStringLiteral("P-002"));
    EXPECT_EXIT(db({QStringLiteral("log"), QStringLiteral("P-002"), QStringLiteral("mood=3")}), 0);
    const CliResult r = db({QStringLiteral("export"), QStringLiteral("--participant"), QStringLiteral("P-002")});
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText(), QStringLiteral("participant,date,time,measure,value,note,tags\n"
                                         "P-002,2025-01-05,09:30,mood,3,,\n"));
}

void TestCli::exportOfUnknownParticipant()
{
    logSample();
    const CliResult r = db({QStringLiteral("export"), QStringLiteral("--participant"), QStringLiteral("P-404")});
    EXPECT_EXIT(r, 2);
    QVERIFY(r.errText().contains(QStringLiteral("P-404")));
    QVERIFY(r.out.isEmpty());
    EXPECT_EXIT(cli({QStringLiteral("--database"), path(QStringLiteral("none.db")), QStringLiteral("export"),
                     QStringLiteral("--participant"), QStringLiteral("P-001")}),
                2);
}

void TestCli::exportWithoutDatabaseSaysSo()
{
    // A mistyped --database: the empty export is not passed off as a study without data, and no file is made.
    const QString missing = path(QStringLiteral("typo.db"));
    const CliResult r = cli({QStringLiteral("--database"), missing, QStringLiteral("export")});
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText(), QStringLiteral("participant,date,time,measure,value,note,tags\n"));
    QVERIFY2(r.errText().contains(QStringLiteral("no database at")) && r.errText().contains(missing),
             r.err.constData());
    const CliResult json =
        cli({QStringLiteral("--database"), missing, QStringLiteral("--json"), QStringLiteral("export"),
             QStringLiteral("--format"), QStringLiteral("redcap-dictionary")});
    EXPECT_EXIT(json, 0);
    QVERIFY(json.out.startsWith("Variable / Field Name,"));
    QCOMPARE(QJsonDocument::fromJson(json.err).object().value(QStringLiteral("notice")).toString().contains(missing),
             true);
    QVERIFY(!QFile::exists(missing));
    logSample();
    QVERIFY(db({QStringLiteral("export")}).err.isEmpty()); // a database that exists: nothing to say
}

void TestCli::exportIsAudited()
{
    logSample();
    const QString csv = path(QStringLiteral("audited.csv"));
    EXPECT_EXIT(db({QStringLiteral("export"), QStringLiteral("--participant"), QStringLiteral("P-001"),
                    QStringLiteral("--output"), csv}),
                0);
    const auto store = mb::Store::open(m_db, mb::Database::Options{.create = false});
    const auto rows = store->audit().rows();
    QVERIFY(!rows.isEmpty());
    const auto& newest = rows.first();
    QCOMPARE(newest.action, QStringLiteral("export"));
    QCOMPARE(newest.table, QStringLiteral("export"));
    const QJsonObject details = QJsonDocument::fromJson(newest.newValues.toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("format")).toString(), QStringLiteral("tidy"));
    QCOMPARE(details.value(QStringLiteral("participant")).toString(), QStringLiteral("P-001"));
    QCOMPARE(details.value(QStringLiteral("rows")).toInt(), 2);
    QVERIFY(details.value(QStringLiteral("output")).toString().endsWith(QStringLiteral("audited.csv")));
}

void TestCli::exportRefusesOtherFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("xml") << QStringLiteral("xml");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestCli::exportRefusesOtherFormats()
{
    QFETCH(QString, format);
    logSample();
    const QString csv = path(QStringLiteral("out.csv"));
    const CliResult r =
        db({QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--output"), csv});
    EXPECT_EXIT(r, 2);
    QVERIFY2(r.errText().contains(u"“" + format + u"”"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(csv));
}

void TestCli::exportRefusesToOverwriteDatabase()
{
    logSample();
    const QByteArray before = contents(m_db);
    const CliResult r = db({QStringLiteral("export"), QStringLiteral("--output"), m_db});
    EXPECT_EXIT(r, 2);
    QCOMPARE(contents(m_db), before);
}

void TestCli::missingDatabaseReadsAsEmpty()
{
    const CliResult list = db({QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EXIT(list, 0);
    QCOMPARE(list.json().value(QStringLiteral("participants")).toArray().size(), 0);
    const CliResult text = db({QStringLiteral("participant"), QStringLiteral("list")});
    EXPECT_EXIT(text, 0);
    QVERIFY(!text.out.isEmpty());
    const CliResult exported = db({QStringLiteral("export")});
    EXPECT_EXIT(exported, 0);
    QCOMPARE(exported.outText(), QStringLiteral("participant,date,time,measure,value,note,tags\n"));
    const CliResult log = db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("mood=5")});
    EXPECT_EXIT(log, 2);
    QVERIFY(!QFile::exists(m_db));
}

void TestCli::readOnlyDatabase()
{
    if (geteuid() == 0)
        QSKIP("file permissions do not bind root");
    logSample();
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = contents(m_db);
    const CliResult log = db({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("mood=5")});
    EXPECT_EXIT(log, 3);
    const CliResult exported = db({QStringLiteral("export")});
    EXPECT_EXIT(exported, 0);
    QVERIFY(exported.outText().contains(QStringLiteral("P-001,2025-01-04")));
    QCOMPARE(contents(m_db), before);
}

void TestCli::environmentVariableChoosesDatabase()
{
    QProcessEnvironment env = environment();
    const QString fromEnvironment = path(QStringLiteral("env.sqlite"));
    env.insert(QStringLiteral("MOODBIOME_DATABASE"), fromEnvironment);
    EXPECT_EXIT(cli({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-ENV")}, env), 0);
    QVERIFY(QFile::exists(fromEnvironment));
    const CliResult list = cli({QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json")}, env);
    QCOMPARE(list.json()
                 .value(QStringLiteral("participants"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("P-ENV"));
    // --database still wins.
    const CliResult other = cli({QStringLiteral("--database"), m_db, QStringLiteral("participant"),
                                 QStringLiteral("list"), QStringLiteral("--json")},
                                env);
    QCOMPARE(other.json().value(QStringLiteral("participants")).toArray().size(), 0);
}

void TestCli::defaultDatabaseIsInAppData()
{
    // A child process: this test runs with QStandardPaths in test mode, the command line never does.
    EXPECT_EXIT(cli({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001")}, environment()), 0);
    // XDG_DATA_HOME/moodbiome: no organization folder, the same file the GUI opens.
    QVERIFY(QFile::exists(path(QStringLiteral("data/moodbiome/moodbiome.sqlite"))));
    const CliResult list =
        cli({QStringLiteral("participant"), QStringLiteral("list"), QStringLiteral("--json")}, environment());
    QCOMPARE(list.json().value(QStringLiteral("participants")).toArray().size(), 1);
}

void TestCli::jsonErrorsOnStderr()
{
    addParticipant(QStringLiteral("P-001"));
    const CliResult r = db({QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("P-001"),
                            QStringLiteral("--date"), QStringLiteral("2025-01-05"), QStringLiteral("mood=11")});
    EXPECT_EXIT(r, 2);
    QVERIFY(r.out.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.err, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray errors = document.object().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject first = errors[0].toObject();
    QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("mood"));
    QCOMPARE(first.value(QStringLiteral("message")).toString(),
             QStringLiteral("mood=11: Mood must be between 0 and 10."));
    QVERIFY(!first.contains(QStringLiteral("line")));

    const CliResult usage = db({QStringLiteral("--json"), QStringLiteral("frobnicate"), QStringLiteral("file.csv")});
    EXPECT_EXIT(usage, 1);
    QCOMPARE(usage.errorJson()
                 .value(QStringLiteral("errors"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("command"));
}

void TestCli::helpListsQuestionnaireCommands()
{
    const CliResult r = cli({QStringLiteral("--help")});
    EXPECT_EXIT(r, 0);
    QVERIFY(r.outText().contains(QStringLiteral("score INSTRUMENT ITEMS")));
    QVERIFY(r.outText().contains(QStringLiteral("questionnaire add CODE INSTRUMENT ITEMS [--date DATE]")));
}

void TestCli::scorePrintsExactJson_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "score"
    QTest::addColumn<QString>("json");
    QTest::newRow("phq9 with flag") << QStringList{QStringLiteral("phq9"), QStringLiteral("0,1,2,3,0,1,2,1,1")}
                                    << QStringLiteral("{\"instrument\":\"phq9\",\"total\":11,\"max\":27,"
                                                      "\"severity\":\"moderate\",\"flags\":[\"suicidal_ideation\"]}");
    QTest::newRow("phq9 without flag")
        << QStringList{QStringLiteral("phq9"), QStringLiteral("3,3,3,3,3,3,2,0,0")}
        << QStringLiteral("{\"instrument\":\"phq9\",\"total\":20,\"max\":27,\"severity\":\"severe\",\"flags\":[]}");
    QTest::newRow("gad7") << QStringList{QStringLiteral("gad7"), QStringLiteral("1,1,1,1,1,0,0")}
                          << QStringLiteral(
                                 "{\"instrument\":\"gad7\",\"total\":5,\"max\":21,\"severity\":\"mild\",\"flags\":[]}");
    QTest::newRow("pss10 reverse items")
        << QStringList{QStringLiteral("pss10"), QStringLiteral("0,0,0,0,0,0,0,0,0,0")}
        << QStringLiteral("{\"instrument\":\"pss10\",\"total\":16,\"max\":40,\"severity\":\"moderate\",\"flags\":[]}");
    QTest::newRow("who5 percent") << QStringList{QStringLiteral("who5"), QStringLiteral("2,2,1,1,1")}
                                  << QStringLiteral("{\"instrument\":\"who5\",\"total\":7,\"max\":25,\"severity\":"
                                                    "\"likely_depression\",\"flags\":[],\"percent\":28}");
    QTest::newRow("spelled PHQ-9, spaces")
        << QStringList{QStringLiteral("PHQ-9"), QStringLiteral("0, 0, 0, 0, 0, 0, 0, 0, 0")}
        << QStringLiteral("{\"instrument\":\"phq9\",\"total\":0,\"max\":27,\"severity\":\"none\",\"flags\":[]}");
}

void TestCli::scorePrintsExactJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, json);
    const CliResult r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("score")} + arguments);
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText(), json + u'\n');
    QVERIFY(r.err.isEmpty());
}

void TestCli::scorePrintsReadableText()
{
    const CliResult flagged =
        cli({QStringLiteral("score"), QStringLiteral("phq9"), QStringLiteral("0,1,2,3,0,1,2,1,1")});
    EXPECT_EXIT(flagged, 0);
    QCOMPARE(flagged.outText(),
             QStringLiteral("PHQ-9: 11 of 27 — Moderate\n"
                            "Warning: Item 9 was answered above 0: thoughts of death or self-harm. This calls for a "
                            "timely risk assessment by a clinician; it is not a diagnosis.\n"));
    const CliResult who5 = cli({QStringLiteral("score"), QStringLiteral("who5"), QStringLiteral("3,3,3,2,2")});
    QCOMPARE(who5.outText(), QStringLiteral("WHO-5: 13 of 25 (52%) — Adequate well-being\n"));
}

void TestCli::scoreRefusesBadItems_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "score"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString phq9 = QStringLiteral("phq9");
    QTest::newRow("out of range") << QStringList{phq9, QStringLiteral("0,1,4,3,0,1,2,1,1")} << 2
                                  << QStringLiteral("items") << QStringLiteral("item 3: 4 is outside 0–3");
    QTest::newRow("not a number") << QStringList{phq9, QStringLiteral("0,1,2,x,0,1,2,1,1")} << 2
                                  << QStringLiteral("items")
                                  << QStringLiteral("item 4: “x” is not a whole number from 0–3");
    QTest::newRow("too few") << QStringList{phq9, QStringLiteral("0,1,2")} << 2 << QStringLiteral("items")
                             << QStringLiteral("item 4 has no answer: PHQ-9 has 9 items, 3 answers were given");
    QTest::newRow("too many") << QStringList{QStringLiteral("who5"), QStringLiteral("1,1,1,1,1,1")} << 2
                              << QStringLiteral("items")
                              << QStringLiteral("item 6 does not exist: WHO-5 has 5 items, 6 answers were given");
    QTest::newRow("empty item") << QStringList{QStringLiteral("gad7"), QStringLiteral("1,,1,1,1,1,1")} << 2
                                << QStringLiteral("items") << QStringLiteral("item 2 has no answer");
    QTest::newRow("pss10 range") << QStringList{QStringLiteral("pss10"), QStringLiteral("0,0,0,0,0,0,0,0,0,5")} << 2
                                 << QStringLiteral("items") << QStringLiteral("item 10: 5 is outside 0–4");
    QTest::newRow("unknown instrument") << QStringList{QStringLiteral("bdi2"), QStringLiteral("1,2")} << 2
                                        << QStringLiteral("instrument")
                                        << QStringLiteral("Unknown instrument “bdi2”; use one of: phq9, gad7, "
                                                          "pss10, who5.");
    QTest::newRow("no items") << QStringList{phq9} << 1 << QStringLiteral("arguments") << QStringLiteral("ITEMS");
    QTest::newRow("extra argument") << QStringList{phq9, QStringLiteral("0,0,0,0,0,0,0,0,0"), QStringLiteral("x")} << 1
                                    << QStringLiteral("arguments") << QStringLiteral("“x”");
}

void TestCli::scoreRefusesBadItems()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const CliResult text = db(QStringList{QStringLiteral("score")} + arguments);
    EXPECT_EXIT(text, exitCode);
    QVERIFY2(text.errText().contains(message), text.err.constData());
    QVERIFY(text.out.isEmpty());
    const CliResult json = db(QStringList{QStringLiteral("--json"), QStringLiteral("score")} + arguments);
    EXPECT_EXIT(json, exitCode);
    const QJsonObject error = json.errorJson().value(QStringLiteral("errors")).toArray()[0].toObject();
    QCOMPARE(error.value(QStringLiteral("field")).toString(), field);
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(message));
    QVERIFY(!QFile::exists(m_db));
}

void TestCli::scoreOpensNoDatabase()
{
    // Not even a broken database stands in its way, and it is left as it was.
    const QByteArray garbage("this is not a database, and score must not care");
    writeFile(m_db, garbage);
    const CliResult r = db({QStringLiteral("score"), QStringLiteral("gad7"), QStringLiteral("3,3,3,3,3,0,0")});
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText(), QStringLiteral("GAD-7: 15 of 21 — Severe\n"));
    QCOMPARE(contents(m_db), garbage);
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
}

void TestCli::questionnaireAddStoresAuditsAndExports()
{
    logSample(); // P-001, 2025-01-04 21:15, mood and stress
    const auto add = [this](const QStringList& arguments) {
        return db(QStringList{QStringLiteral("questionnaire"), QStringLiteral("add"), QStringLiteral("P-001")} +
                  arguments);
    };
    const CliResult phq9 = add({QStringLiteral("phq9"), QStringLiteral("0,1,2,3,0,1,2,1,1"), QStringLiteral("--date"),
                                QStringLiteral("2025-01-04")});
    EXPECT_EXIT(phq9, 0);
    QVERIFY2(phq9.outText().startsWith(QStringLiteral("Stored response 1 for P-001 on 2025-01-04.\n"
                                                      "PHQ-9: 11 of 27 — Moderate\nWarning: Item 9")),
             phq9.out.constData());
    EXPECT_EXIT(add({QStringLiteral("who5"), QStringLiteral("3,3,3,2,2")}), 0); // today: 2025-01-05
    EXPECT_EXIT(add({QStringLiteral("gad7"), QStringLiteral("1,1,1,1,1,1,1"), QStringLiteral("--date=2025-01-01")}), 0);
    EXPECT_EXIT(add({QStringLiteral("pss10"), QStringLiteral("0,0,0,0,0,0,0,0,0,0"), QStringLiteral("--date"),
                     QStringLiteral("2025-01-04")}),
                0);

    const CliResult exported = db({QStringLiteral("export")});
    EXPECT_EXIT(exported, 0);
    QCOMPARE(exported.outText(),
             QStringLiteral("participant,date,time,measure,value,note,tags\n"
                            "P-001,2025-01-01,,gad7_total,7,,\n"
                            "P-001,2025-01-04,,phq9_total,11,,\n"
                            "P-001,2025-01-04,,pss10_total,16,,\n"
                            "P-001,2025-01-04,21:15,mood,7,\"kefir, then \"\"a lot\"\" of sleep\",\n"
                            "P-001,2025-01-04,21:15,stress,2.5,\"kefir, then \"\"a lot\"\" of sleep\",\n"
                            "P-001,2025-01-05,,who5_percent,52,,\n"));

    const auto store = mb::Store::open(m_db, mb::Database::Options{.create = false});
    const auto responses = store->questionnaires().list(store->participants().require(QStringLiteral("P-001")).id);
    QCOMPARE(responses.size(), 4);
    QVERIFY(responses.last().needsAcknowledgement() == false); // the GAD-7 of 2025-01-01 has no flag
    int inserts = 0;
    for (const auto& row : store->audit().rows())
        if (row.table == u"questionnaire_response" && row.action == u"insert")
            ++inserts;
    QCOMPARE(inserts, 4);
}

void TestCli::questionnaireAddAsJson()
{
    addParticipant(QStringLiteral("P-001"));
    const CliResult r = db({QStringLiteral("--json"), QStringLiteral("questionnaire"), QStringLiteral("add"),
                            QStringLiteral("P-001"), QStringLiteral("who5"), QStringLiteral("5,5,5,5,4"),
                            QStringLiteral("--date"), QStringLiteral("2025-01-02")});
    EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText(), QStringLiteral("{\"response_id\":1,\"participant\":\"P-001\",\"date\":\"2025-01-02\","
                                         "\"instrument\":\"who5\",\"total\":24,\"max\":25,\"severity\":\"adequate\","
                                         "\"flags\":[],\"percent\":96}\n"));
}

void TestCli::questionnaireAddRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "questionnaire add"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString p = QStringLiteral("P-001");
    const QString phq9 = QStringLiteral("phq9");
    const QString items = QStringLiteral("0,0,0,0,0,0,0,0,0");
    QTest::newRow("unknown participant") << QStringList{QStringLiteral("P-404"), phq9, items} << 2
                                         << QStringLiteral("P-404");
    QTest::newRow("out of range") << QStringList{p, phq9, QStringLiteral("0,0,0,0,0,0,0,0,7")} << 2
                                  << QStringLiteral("item 9: 7 is outside 0–3");
    QTest::newRow("too few") << QStringList{p, QStringLiteral("gad7"), QStringLiteral("0,0")} << 2
                             << QStringLiteral("item 3 has no answer");
    QTest::newRow("unknown instrument") << QStringList{p, QStringLiteral("hads"), items} << 2
                                        << QStringLiteral("Unknown instrument “hads”");
    QTest::newRow("future date") << QStringList{p, phq9, items, QStringLiteral("--date"), QStringLiteral("2025-01-06")}
                                 << 2 << QStringLiteral("2025-01-06 lies in the future");
    QTest::newRow("impossible date") << QStringList{p, phq9, items, QStringLiteral("--date"),
                                                    QStringLiteral("2025-02-30")}
                                     << 2 << QStringLiteral("2025-02-30");
    QTest::newRow("no items") << QStringList{p, phq9} << 1 << QStringLiteral("ITEMS");
    QTest::newRow("unknown option") << QStringList{p, phq9, items, QStringLiteral("--time"), QStringLiteral("08:00")}
                                    << 1 << QStringLiteral("--time");
}

void TestCli::questionnaireAddRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    addParticipant(QStringLiteral("P-001"));
    const QByteArray before = contents(m_db);
    const CliResult r = db(QStringList{QStringLiteral("questionnaire"), QStringLiteral("add")} + arguments);
    EXPECT_EXIT(r, exitCode);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(contents(m_db), before);
}

void TestCli::questionnaireAddCreatesNoDatabase()
{
    const CliResult r = db({QStringLiteral("questionnaire"), QStringLiteral("add"), QStringLiteral("P-001"),
                            QStringLiteral("phq9"), QStringLiteral("0,0,0,0,0,0,0,0,0")});
    EXPECT_EXIT(r, 2);
    QVERIFY(r.errText().contains(QStringLiteral("P-001")));
    QVERIFY(!QFile::exists(m_db));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
