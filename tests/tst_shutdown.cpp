// The GUI asked to end by a signal closes as File ▸ Quit does (docs/ARCHITECTURE.md, "Shutdown"): the real
// program is started on a database, signalled, and must exit normally with its log written back, its layout
// saved and its closing backup made; dialogs open at the time (the first-run offer, the passphrase prompt) are
// cancelled, and a database it never opened is left as it was. And the texts it prints (--help, --version) need no
// display: they are what one asks for on a server or over ssh.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray run(const QStringList& arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(MOODBIOME_CLI), arguments);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        qWarning() << "moodbiome-cli" << arguments << "failed:" << cli.readAllStandardError();
    return cli.readAllStandardOutput();
}

// Whether the process has a handler for signal yet (the SigCgt mask of /proc/PID/status).
bool catches(qint64 pid, int signal)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine())
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signal - 1)) & 1;
    return false;
}

// The backups beside the database with the times they were written: a closing backup made within the same
// second as the day's first one takes its name.
QStringList backups(const QString& folder)
{
    QStringList found;
    for (const QFileInfo& file : QDir(folder + QStringLiteral("/backups")).entryInfoList(QDir::Files))
        found << file.fileName() + u' ' + file.lastModified().toString(Qt::ISODateWithMs);
    return found;
}

} // namespace

class TestShutdown : public QObject {
    Q_OBJECT
private slots:
    void closesAsQuitDoes_data();
    void closesAsQuitDoes();
    void passphrasePromptIsCancelled();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
};

void TestShutdown::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QByteArray("--database <file>");
    QTest::newRow("--version") << QStringLiteral("--version") << QByteArray("0.");
}

// Without a display the program aborted (no platform plugin, exit 134) before it printed them.
void TestShutdown::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, expected);
    const QTemporaryDir home;
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(MOODBIOME_GUI), {option});
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    QVERIFY2(gui.readAllStandardOutput().contains(expected), gui.readAllStandardError().constData());
}

void TestShutdown::closesAsQuitDoes_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("demo"); // a database with data; else a new one, over which the first-run offer waits
    QTest::newRow("SIGTERM, the window up") << SIGTERM << true;
    QTest::newRow("SIGINT, the window up") << SIGINT << true;
    QTest::newRow("SIGHUP, the window up") << SIGHUP << true;
    QTest::newRow("SIGTERM, the first-run offer open") << SIGTERM << false;
}

void TestShutdown::closesAsQuitDoes()
{
    QFETCH(int, signal);
    QFETCH(bool, demo);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("study.db"));
    if (demo)
        run({QStringLiteral("--database"), database, QStringLiteral("demo"), QStringLiteral("--participants"),
             QStringLiteral("2"), QStringLiteral("--days"), QStringLiteral("20")});
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(MOODBIOME_GUI), {QStringLiteral("--database"), database});
    QVERIFY(gui.waitForStarted());
    // The day's first backup follows the window's first paint; by then the first-run offer, opened right after
    // the window is shown, is waiting for an answer.
    QTRY_VERIFY_WITH_TIMEOUT(!backups(dir.path()).isEmpty() || gui.state() == QProcess::NotRunning, 30000);
    QCOMPARE(gui.state(), QProcess::Running);
    QVERIFY(QFile::exists(database + QStringLiteral("-wal")));
    const QStringList before = backups(dir.path());

    ::kill(pid_t(gui.processId()), signal);
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    QVERIFY2(!QFile::exists(database + QStringLiteral("-wal")), "the log was not written back: not closed");
    QVERIFY2(backups(dir.path()) != before, "no closing backup");
    const QByteArray settings = fileBytes(dir.filePath(QStringLiteral("config/moodbiome/moodbiome.conf")));
    QVERIFY2(settings.contains("geometry="), settings.constData());
    QCOMPARE(settings.contains("firstRunDone=true"), true);
}

void TestShutdown::passphrasePromptIsCancelled()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("secret.db"));
    const QString passphrase = dir.filePath(QStringLiteral("passphrase.txt"));
    QFile file(passphrase);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("a passphrase for the signal test\n") > 0);
    file.close();
    run({QStringLiteral("--database"), database, QStringLiteral("--passphrase-file"), passphrase,
         QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001")});
    const QByteArray bytes = fileBytes(database);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));

    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("MOODBIOME_PASSPHRASE_FILE"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(MOODBIOME_GUI), {QStringLiteral("--database"), database});
    QVERIFY(gui.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(catches(gui.processId(), SIGTERM) || gui.state() == QProcess::NotRunning, 30000);
    QCOMPARE(gui.state(), QProcess::Running);
    ::kill(pid_t(gui.processId()), SIGTERM);
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    QCOMPARE(fileBytes(database), bytes);
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
