// Killing moodbiome-cli with SIGKILL in the middle of its writes: afterwards the database passes
// integrity_check, its audit chain verifies, each bulk write is all there or not there at all, every
// `log` that reported success is kept, a restore is there with its audit row or not at all, and a backup
// file is the earlier one or the new one, never a broken one. MOODBIOME_CRASH_KILLS raises the number of kills per
// scenario for a longer run by hand, MOODBIOME_CRASH_PARTICIPANTS the size of the bulk writes (the CTest defaults keep
// the whole test well under a minute).
#include "TestSupport.h"
#include "storage/Verifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace mb;

namespace {

int fromEnvironment(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// The sanitizer build runs the CLI several times slower; fewer kills keep it within the same time.
#if defined(__SANITIZE_ADDRESS__)
constexpr int defaultKills = 4;
#else
constexpr int defaultKills = 10;
#endif

int killsPerScenario()
{
    return fromEnvironment("MOODBIOME_CRASH_KILLS", defaultKills);
}

// Participants of the bulk writes (demo, and the imported file): MOODBIOME_CRASH_PARTICIPANTS=200 for the
// full-size run by hand.
int bulkParticipants()
{
    return fromEnvironment("MOODBIOME_CRASH_PARTICIPANTS", 25);
}

// What a bulk write left behind, read the way the app's next start reads it.
struct State {
    qint64 participants = 0;
    qint64 entries = 0;
    qint64 observations = 0;
    bool operator==(const State&) const = default;
};

QProcessEnvironment cliEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/data");
    env.insert(QStringLiteral("MOODBIOME_NOW"), QStringLiteral("2025-01-05T08:30:00Z"));
    env.remove(QStringLiteral("MOODBIOME_DATABASE"));
    return env;
}

// A tidy CSV of participants × days × 5 measures, as a clinic's export might look.
QByteArray tidyCsv(int participants, int days)
{
    QByteArray csv = "participant,date,time,measure,value,note\n";
    for (int p = 1; p <= participants; ++p)
        for (int d = 0; d < days; ++d) {
            const QByteArray prefix = "I-" + QByteArray::number(p).rightJustified(3, '0') + ',' +
                                      QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() + ",08:00,";
            csv += prefix + "mood," + QByteArray::number((p + d) % 11) + ",\n";
            csv += prefix + "stress," + QByteArray::number((p * d) % 11) + ",\n";
            csv += prefix + "sleep_hours,7.5,\n";
            csv += prefix + "fiber_g," + QByteArray::number(10 + d % 30) + ",\n";
            csv += prefix + "exercise_min,30,\"walk, then yoga\"\n";
        }
    return csv;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bulkWriteIsAllOrNothing_data();
    void bulkWriteIsAllOrNothing();
    void everyReportedLogIsKept();
    void restoreIsAllOrNothing();
    void backupIsAllOrNothing();
    void encryptIsAllOrNothing();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    int runToEnd(const QStringList& arguments);
    // Starts the CLI, kills it after delayMs unless it ended first; returns its exit code, or -1 when killed.
    int runAndKill(const QStringList& arguments, int delayMs);
    // Opens the database as the app would after a crash; fails the test unless it verifies.
    State checkedState(const QString& file, const QByteArray& passphrase = {});
    void resetTo(const QString& baseline, const QString& file);
    qint64 restoreRows(const QString& file);
    // A copy of the baseline with a bulk write on it, so that copying it takes a moment.
    void makeBigger(const QString& file, const QString& extraParticipant);

    QTemporaryDir m_dir;
    QRandomGenerator m_random;
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const quint32 fixedSeed = quint32(qEnvironmentVariableIntValue("MOODBIOME_CRASH_SEED"));
    const quint32 seed = fixedSeed != 0 ? fixedSeed : QRandomGenerator::global()->generate();
    qInfo("kill moments from seed %u (MOODBIOME_CRASH_SEED=%u repeats them)", seed, seed);
    m_random.seed(seed);
    const QString baseline = path(QStringLiteral("baseline.sqlite"));
    QCOMPARE(runToEnd({QStringLiteral("--database"), baseline, QStringLiteral("participant"), QStringLiteral("add"),
                       QStringLiteral("BASE")}),
             0);
    QCOMPARE(runToEnd({QStringLiteral("--database"), baseline, QStringLiteral("log"), QStringLiteral("BASE"),
                       QStringLiteral("mood=6")}),
             0);
    test::writeFile(path(QStringLiteral("big.csv")), tidyCsv(bulkParticipants(), 365));
}

int TestCrashSafety::runToEnd(const QStringList& arguments)
{
    return runAndKill(arguments, 600000);
}

int TestCrashSafety::runAndKill(const QStringList& arguments, int delayMs)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(m_dir.path()));
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    // MOODBIOME_CRASH_CLI: a copy of the CLI, for long runs by hand while the build tree is being rebuilt.
    const QString cli = qEnvironmentVariable("MOODBIOME_CRASH_CLI", QStringLiteral(MOODBIOME_CLI));
    process.start(cli, arguments);
    if (!process.waitForStarted())
        return -2;
    if (!process.waitForFinished(delayMs)) {
        process.kill(); // SIGKILL: no destructor, no rollback, no flush runs in the child
        process.waitForFinished();
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

State TestCrashSafety::checkedState(const QString& file, const QByteArray& passphrase)
{
    // Recovers the WAL the killed process left, as the next start would.
    auto store = Store::open(file, {.passphrase = passphrase});
    const VerifyReport report = Verifier::verify(store->database());
    if (!report.ok())
        qWarning("%s", qPrintable(Verifier::describe(report)));
    [&] {
        QVERIFY(report.ok());
    }();
    Statement st = store->database().prepare(u"SELECT (SELECT count(*) FROM participant), "
                                             u"(SELECT count(*) FROM entry), (SELECT count(*) FROM observation)");
    st.step();
    return {st.int64(0), st.int64(1), st.int64(2)};
}

void TestCrashSafety::resetTo(const QString& baseline, const QString& file)
{
    for (const char16_t* suffix : {u"", u"-wal", u"-shm", u".lock"})
        QFile::remove(file + suffix);
    QVERIFY(QFile::copy(baseline, file));
}

void TestCrashSafety::bulkWriteIsAllOrNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("kills");
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--participants"),
                                         QString::number(bulkParticipants()), QStringLiteral("--days"),
                                         QStringLiteral("365")}
                          << killsPerScenario();
    QTest::newRow("import") << QStringList{QStringLiteral("import"), path(QStringLiteral("big.csv"))}
                            << killsPerScenario();
}

void TestCrashSafety::bulkWriteIsAllOrNothing()
{
    QFETCH(QStringList, command);
    QFETCH(int, kills);
    const QString baseline = path(QStringLiteral("baseline.sqlite"));
    const QString file = path(QStringLiteral("work.sqlite"));
    const QStringList arguments = QStringList{QStringLiteral("--database"), file} + command;
    const State before = checkedState(baseline);

    // One run to the end: how long the write takes, and what "all" looks like.
    resetTo(baseline, file);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd(arguments), 0);
    const int fullMs = int(timer.elapsed());
    const State after = checkedState(file);
    QVERIFY(after.entries > before.entries);

    int absent = 0;
    int present = 0;
    for (int k = 0; k < kills; ++k) {
        resetTo(baseline, file);
        const int delay = int(m_random.bounded(fullMs * 12 / 10 + 1));
        const int exitCode = runAndKill(arguments, delay);
        const State state = checkedState(file);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(state == before || state == after,
                 qPrintable(QStringLiteral("after a kill at %1 ms: %2 participants, %3 entries, %4 values")
                                .arg(delay)
                                .arg(state.participants)
                                .arg(state.entries)
                                .arg(state.observations)));
        if (exitCode == 0)
            QCOMPARE(state, after); // reported done: must be there
        (state == after ? present : absent) += 1;
    }
    qInfo("%s: %d kills within %d ms runs writing %lld entries; afterwards %d all present, %d all absent",
          QTest::currentDataTag(), kills, fullMs, after.entries - before.entries, present, absent);
}

void TestCrashSafety::everyReportedLogIsKept()
{
    const QString file = path(QStringLiteral("log.sqlite"));
    resetTo(path(QStringLiteral("baseline.sqlite")), file);
    const int logs = killsPerScenario() * 4;
    QElapsedTimer timer;
    timer.start();
    const QStringList base{QStringLiteral("--database"), file, QStringLiteral("log"), QStringLiteral("BASE")};
    QCOMPARE(
        runToEnd(base + QStringList{QStringLiteral("--note"), QStringLiteral("warm-up"), QStringLiteral("mood=5")}), 0);
    const int fullMs = int(timer.elapsed());

    QStringList reported;
    int killed = 0;
    for (int i = 0; i < logs; ++i) {
        const QString note = QStringLiteral("seq-%1").arg(i);
        const bool kill = i % 2 == 1; // every other one is killed at a random moment of its run
        const int exitCode = runAndKill(base + QStringList{QStringLiteral("--note"), note, QStringLiteral("mood=5")},
                                        kill ? int(m_random.bounded(fullMs * 12 / 10 + 1)) : 60000);
        if (exitCode == 0)
            reported.append(note);
        if (exitCode == -1) {
            ++killed;
            checkedState(file);
            if (QTest::currentTestFailed())
                return;
        }
    }
    auto store = Store::open(file);
    QVERIFY(Verifier::verify(store->database()).ok());
    Statement st = store->database().prepare(u"SELECT note, count(*) FROM entry WHERE note LIKE 'seq-%' GROUP BY note");
    QHash<QString, qint64> kept;
    while (st.step())
        kept.insert(st.text(0), st.int64(1));
    for (const QString& note : std::as_const(reported))
        QVERIFY2(kept.value(note) == 1, qPrintable(note + u" reported success but is not kept exactly once"));
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        QCOMPARE(it.value(), 1); // a killed log is there once or not at all
    qInfo("%d logs, %d killed, %d reported success, %lld kept", logs, killed, int(reported.size()),
          qint64(kept.size()));
}

qint64 TestCrashSafety::restoreRows(const QString& file)
{
    auto store = Store::open(file);
    Statement st = store->database().prepare(u"SELECT count(*) FROM audit WHERE action = 'restore_backup'");
    st.step();
    return st.int64(0);
}

void TestCrashSafety::makeBigger(const QString& file, const QString& extraParticipant)
{
    resetTo(path(QStringLiteral("baseline.sqlite")), file);
    QCOMPARE(runToEnd({QStringLiteral("--database"), file, QStringLiteral("demo"), QStringLiteral("--participants"),
                       QString::number(bulkParticipants()), QStringLiteral("--days"), QStringLiteral("365")}),
             0);
    QCOMPARE(runToEnd({QStringLiteral("--database"), file, QStringLiteral("participant"), QStringLiteral("add"),
                       extraParticipant}),
             0);
}

void TestCrashSafety::restoreIsAllOrNothing()
{
    const QString baseline = path(QStringLiteral("baseline.sqlite"));
    const QString file = path(QStringLiteral("restore.sqlite"));
    const QString backup = path(QStringLiteral("restore-backup.sqlite"));
    makeBigger(path(QStringLiteral("restore-source.sqlite")), QStringLiteral("RESTORED"));
    QCOMPARE(runToEnd({QStringLiteral("--database"), path(QStringLiteral("restore-source.sqlite")),
                       QStringLiteral("backup"), QStringLiteral("--output"), backup}),
             0);
    const QStringList arguments{QStringLiteral("--database"), file, QStringLiteral("restore"), backup,
                                QStringLiteral("--other-database")}; // restore-source is a database of its own
    const auto cleanUp = [&] {
        resetTo(baseline, file);
        QDir(path(QStringLiteral("backups"))).removeRecursively();
    };
    const auto leftovers = [&] {
        return QDir(m_dir.path()).entryList({QStringLiteral("restore.sqlite.restore*")}, QDir::Files);
    };
    const State before = checkedState(baseline);

    cleanUp();
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd(arguments), 0);
    const int fullMs = int(timer.elapsed());
    const State after = checkedState(file);
    QVERIFY(after.participants > before.participants);
    QCOMPARE(restoreRows(file), 1);

    int restored = 0;
    for (int k = 0; k < killsPerScenario(); ++k) {
        cleanUp();
        const int delay = int(m_random.bounded(fullMs * 12 / 10 + 1));
        const int exitCode = runAndKill(arguments, delay);
        const State state = checkedState(file);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(
            state == before || state == after,
            qPrintable(QStringLiteral("after a kill at %1 ms: %2 participants").arg(delay).arg(state.participants)));
        // Restored data always come with the audit row that says where they came from.
        QCOMPARE(restoreRows(file), state == after ? 1 : 0);
        if (exitCode == 0)
            QCOMPARE(state, after);
        restored += state == after ? 1 : 0;
    }
    qInfo("restore: %d kills within %d ms runs; afterwards %d restored with their audit row, %d as before",
          killsPerScenario(), fullMs, restored, killsPerScenario() - restored);
    // The next restore removes the private copies killed ones left behind.
    cleanUp();
    QCOMPARE(runToEnd(arguments), 0);
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", ")));
}

void TestCrashSafety::backupIsAllOrNothing()
{
    const QString file = path(QStringLiteral("backup-live.sqlite"));
    const QString target = path(QStringLiteral("backup-target.sqlite"));
    makeBigger(file, QStringLiteral("EARLIER"));
    const QStringList arguments{QStringLiteral("--database"), file, QStringLiteral("backup"),
                                QStringLiteral("--output"), target};
    QCOMPARE(runToEnd(arguments), 0);
    const QByteArray earlier = test::fileBytes(target);
    QCOMPARE(runToEnd({QStringLiteral("--database"), file, QStringLiteral("participant"), QStringLiteral("add"),
                       QStringLiteral("LATER")}),
             0);
    const State live = checkedState(file);
    const auto holdsLater = [&] {
        auto copy = Store::open(target, {.create = false, .migrateTo = 0, .readOnly = true});
        return copy->participants().byCode(QStringLiteral("LATER")).has_value();
    };
    const auto cleanUp = [&] {
        for (const QString& left : QDir(m_dir.path()).entryList({QStringLiteral("backup-target.sqlite*")}))
            QFile::remove(path(left));
        test::writeFile(target, earlier);
    };

    cleanUp();
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd(arguments), 0);
    const int fullMs = int(timer.elapsed());
    QVERIFY(holdsLater());

    int replaced = 0;
    for (int k = 0; k < killsPerScenario(); ++k) {
        cleanUp();
        const int delay = int(m_random.bounded(fullMs * 12 / 10 + 1));
        const int exitCode = runAndKill(arguments, delay);
        QCOMPARE(checkedState(file), live); // the database itself: unchanged, and it verifies
        if (QTest::currentTestFailed())
            return;
        const VerifyReport report = Verifier::verifyFile(target);
        QVERIFY2(report.ok(), qPrintable(QStringLiteral("after a kill at %1 ms the backup fails its check: %2")
                                             .arg(delay)
                                             .arg(Verifier::describe(report))));
        const bool later = holdsLater();
        if (exitCode == 0)
            QVERIFY(later);
        if (!later)
            QCOMPARE(test::fileBytes(target), earlier);
        replaced += later ? 1 : 0;
    }
    qInfo("backup: %d kills within %d ms runs; afterwards %d new backups, %d earlier ones, none broken",
          killsPerScenario(), fullMs, replaced, killsPerScenario() - replaced);
}

// Encrypting an existing database (docs/SECURITY.md): killed at any moment, the file is the plain database or the
// encrypted one, each complete and verified, and the next run clears what a killed one left behind.
void TestCrashSafety::encryptIsAllOrNothing()
{
    const QString source = path(QStringLiteral("encrypt-source.sqlite"));
    const QString file = path(QStringLiteral("encrypt.sqlite"));
    const QString keyFile = path(QStringLiteral("encrypt.key"));
    const QByteArray key("kill test passphrase");
    test::writeFile(keyFile, key + '\n');
    makeBigger(source, QStringLiteral("SECRET"));
    const QStringList arguments{QStringLiteral("--database"), file, QStringLiteral("encrypt"),
                                QStringLiteral("--new-passphrase-file"), keyFile};
    const auto leftovers = [&] {
        return QDir(m_dir.path()).entryList({QStringLiteral("encrypt.sqlite.rekey*")}, QDir::Files);
    };
    const State before = checkedState(source);

    resetTo(source, file);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd(arguments), 0);
    const int fullMs = int(timer.elapsed());
    QVERIFY(Database::hasUnreadableHeader(file));
    QCOMPARE(checkedState(file, key), before);

    int encrypted = 0;
    for (int k = 0; k < killsPerScenario(); ++k) {
        resetTo(source, file);
        const int delay = int(m_random.bounded(fullMs * 12 / 10 + 1));
        const int exitCode = runAndKill(arguments, delay);
        const bool isEncrypted = Database::hasUnreadableHeader(file);
        const State state = checkedState(file, isEncrypted ? key : QByteArray());
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(state == before, qPrintable(QStringLiteral("after a kill at %1 ms (%2): %3 participants, %4 entries")
                                                 .arg(delay)
                                                 .arg(isEncrypted ? u"encrypted" : u"plain")
                                                 .arg(state.participants)
                                                 .arg(state.entries)));
        if (exitCode == 0)
            QVERIFY(isEncrypted);
        encrypted += isEncrypted ? 1 : 0;
    }
    qInfo("encrypt: %d kills within %d ms runs; afterwards %d encrypted, %d plain, all complete", killsPerScenario(),
          fullMs, encrypted, killsPerScenario() - encrypted);
    resetTo(source, file);
    QCOMPARE(runToEnd(arguments), 0);
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", ")));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
