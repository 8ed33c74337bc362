// moodbiome-cli with encrypted databases (docs/SECURITY.md): passphrases from files, the environment or nowhere
// (never the command line), encrypt / rekey / decrypt, exit 3 with the file unchanged for a wrong passphrase,
// backups and restores across passphrases.
#include "CliRunner.h"
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mb;

namespace {
const QByteArray plainMagic("SQLite format 3\0", 16);
}

class TestCliEncryption : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_dir.reset(); }

    void passphraseIsNeverAnArgument();
    void encryptRekeyDecrypt();
    void wrongOrMissingPassphraseIsExit3_data();
    void wrongOrMissingPassphraseIsExit3();
    void badPassphraseFiles_data();
    void badPassphraseFiles();
    void refusedChangesLeaveTheFile_data();
    void refusedChangesLeaveTheFile();
    void backupsFollowTheKey();
    void reportOfAnEncryptedDatabase();
    void newDatabaseWithAPassphraseFileIsEncrypted();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString db() const { return path(QStringLiteral("study.sqlite")); }
    // Runs the CLI on db() with the given passphrase file (empty: none).
    test::CliRun run(const QStringList& arguments, const QString& keyFile = {}) const;
    QString keyFile(const QString& name, const QByteArray& contents) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliEncryption::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("2"),
                  QStringLiteral("--days"), QStringLiteral("30")})
                 .exitCode,
             0);
}

test::CliRun TestCliEncryption::run(const QStringList& arguments, const QString& keyFile) const
{
    QStringList all{QStringLiteral("--database"), db()};
    if (!keyFile.isEmpty())
        all << QStringLiteral("--passphrase-file") << keyFile;
    return test::runCli(all + arguments, m_dir->path());
}

QString TestCliEncryption::keyFile(const QString& name, const QByteArray& contents) const
{
    const QString file = path(name);
    test::writeFile(file, contents);
    return file;
}

void TestCliEncryption::passphraseIsNeverAnArgument()
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--passphrase"), QStringLiteral("hunter2hunter2"), QStringLiteral("participant"),
                      QStringLiteral("list")},
          QStringList{QStringLiteral("--passphrase=hunter2hunter2"), QStringLiteral("encrypt")}}) {
        const test::CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("(ps)"), result.err.constData());
        QVERIFY(!result.err.contains("hunter2"));
    }
    QVERIFY(test::fileBytes(db()).startsWith(plainMagic));
}

void TestCliEncryption::encryptRekeyDecrypt()
{
    const QString first = keyFile(QStringLiteral("first.key"), "first passphrase\n");
    const QString second = keyFile(QStringLiteral("second.key"), "second passphrase\r\n");
    test::CliRun result =
        run({QStringLiteral("--json"), QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), first});
    QCOMPARE(result.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("encrypted")).toBool(), true);
    QVERIFY(json.value(QStringLiteral("rows")).toInteger() > 100);
    QVERIFY(!test::fileBytes(db()).startsWith(plainMagic));
    QCOMPARE(run({QStringLiteral("verify")}, first).exitCode, 0);

    result = run({QStringLiteral("rekey"), QStringLiteral("--new-passphrase-file"), second}, first);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(run({QStringLiteral("participant"), QStringLiteral("list")}, first).exitCode, 3);
    // The environment names the file as well.
    QProcessEnvironment saved = QProcessEnvironment::systemEnvironment();
    qputenv("MOODBIOME_PASSPHRASE_FILE", second.toLocal8Bit());
    result = run({QStringLiteral("participant"), QStringLiteral("list")});
    qunsetenv("MOODBIOME_PASSPHRASE_FILE");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("P-001"));

    QCOMPARE(run({QStringLiteral("decrypt")}, second).exitCode, 0);
    QVERIFY(test::fileBytes(db()).startsWith(plainMagic));
    result = run({QStringLiteral("verify")});
    QCOMPARE(result.exitCode, 0);
    auto store = Store::open(db(), {.create = false, .readOnly = true});
    QCOMPARE(test::scalar(store->database(), u"SELECT count(*) FROM audit WHERE action = 'security'"), 3);
}

void TestCliEncryption::wrongOrMissingPassphraseIsExit3_data()
{
    QTest::addColumn<QByteArray>("given");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong") << QByteArray("not the passphrase\n") << "either it is not the right passphrase";
    QTest::newRow("none") << QByteArray() << "cannot be read without a passphrase";
}

void TestCliEncryption::wrongOrMissingPassphraseIsExit3()
{
    QFETCH(QByteArray, given);
    QFETCH(QString, message);
    const QString right = keyFile(QStringLiteral("right.key"), "the right passphrase\n");
    QCOMPARE(run({QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), right}).exitCode, 0);
    const QByteArray before = test::fileBytes(db());
    const QString wrong = given.isEmpty() ? QString() : keyFile(QStringLiteral("wrong.key"), given);
    for (const QStringList& command :
         {QStringList{QStringLiteral("participant"), QStringLiteral("list")},
          QStringList{QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("mood=5")},
          QStringList{QStringLiteral("verify")}, QStringList{QStringLiteral("decrypt")},
          QStringList{QStringLiteral("export")}}) {
        const test::CliRun result = run(command, wrong);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY2(!result.err.contains("ERROR CORE"), "SQLCipher's log stays quiet");
        QVERIFY(result.out.isEmpty());
    }
    QCOMPARE(test::fileBytes(db()), before);
    QVERIFY(!QFileInfo::exists(db() + u"-wal"));
}

void TestCliEncryption::badPassphraseFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("missing") << "missing.key" << QByteArray();
    QTest::newRow("empty") << "empty.key" << QByteArray("");
    QTest::newRow("empty first line") << "blank.key" << QByteArray("\nsecond line\n");
}

void TestCliEncryption::badPassphraseFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    if (file != u"missing.key")
        keyFile(file, contents);
    const QByteArray before = test::fileBytes(db());
    const test::CliRun result = run({QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), path(file)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(file.toUtf8()), result.err.constData());
    QCOMPARE(test::fileBytes(db()), before);
}

void TestCliEncryption::refusedChangesLeaveTheFile_data()
{
    QTest::addColumn<bool>("encryptFirst");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("too short") << false
                               << QStringList{QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"),
                                              QStringLiteral("short.key")}
                               << 2;
    QTest::newRow("decrypt a plain file") << false << QStringList{QStringLiteral("decrypt")} << 2;
    QTest::newRow("rekey a plain file") << false
                                        << QStringList{QStringLiteral("rekey"), QStringLiteral("--new-passphrase-file"),
                                                       QStringLiteral("new.key")}
                                        << 2;
    QTest::newRow("encrypt twice") << true
                                   << QStringList{QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"),
                                                  QStringLiteral("new.key")}
                                   << 2;
    QTest::newRow("no new passphrase, no terminal") << true << QStringList{QStringLiteral("rekey")} << 1;
}

void TestCliEncryption::refusedChangesLeaveTheFile()
{
    QFETCH(bool, encryptFirst);
    QFETCH(QStringList, command);
    QFETCH(int, exitCode);
    const QString key = keyFile(QStringLiteral("current.key"), "the current passphrase\n");
    keyFile(QStringLiteral("short.key"), "short\n");
    keyFile(QStringLiteral("new.key"), "a new passphrase\n");
    if (encryptFirst)
        QCOMPARE(run({QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), key}).exitCode, 0);
    for (QString& word : command)
        if (word.endsWith(u".key"))
            word = path(word);
    const QByteArray before = test::fileBytes(db());
    const test::CliRun result = run(command, encryptFirst ? key : QString());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(test::fileBytes(db()), before);
}

void TestCliEncryption::backupsFollowTheKey()
{
    const QString first = keyFile(QStringLiteral("first.key"), "first passphrase\n");
    const QString second = keyFile(QStringLiteral("second.key"), "second passphrase\n");
    const QString backup = path(QStringLiteral("old-backup.sqlite"));
    QCOMPARE(run({QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), first}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--output"), backup}, first).exitCode, 0);
    QVERIFY(!test::fileBytes(backup).startsWith(plainMagic));
    QVERIFY(!test::fileBytes(backup).contains("P-001"));
    QCOMPARE(run({QStringLiteral("rekey"), QStringLiteral("--new-passphrase-file"), second}, first).exitCode, 0);
    QCOMPARE(run({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("LATER")}, second).exitCode, 0);
    // Today's passphrase does not open the old backup: exit 3, nothing restored.
    test::CliRun result = run({QStringLiteral("restore"), backup}, second);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(run({QStringLiteral("participant"), QStringLiteral("list")}, second).out.contains("LATER"));
    result = run({QStringLiteral("restore"), backup, QStringLiteral("--backup-passphrase-file"), first}, second);
    QCOMPARE(result.exitCode, 0);
    result = run({QStringLiteral("participant"), QStringLiteral("list")}, second);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains("LATER"));
    QCOMPARE(run({QStringLiteral("verify")}, second).exitCode, 0);
}

void TestCliEncryption::reportOfAnEncryptedDatabase()
{
    const QString key = keyFile(QStringLiteral("report.key"), "report passphrase\n");
    QCOMPARE(run({QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), key}).exitCode, 0);
    const QString pdf = path(QStringLiteral("report.pdf"));
    const test::CliRun result =
        run({QStringLiteral("report"), QStringLiteral("P-001"), QStringLiteral("--output"), pdf}, key);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
}

void TestCliEncryption::newDatabaseWithAPassphraseFileIsEncrypted()
{
    const QString key = keyFile(QStringLiteral("new.key"), "a new study passphrase\n");
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    const QStringList add{QStringLiteral("--database"), fresh, QStringLiteral("participant"), QStringLiteral("add"),
                          QStringLiteral("P-SECRET")};
    QCOMPARE(test::runCli(add + QStringList{QStringLiteral("--passphrase-file"), key}, m_dir->path()).exitCode, 0);
    QVERIFY(!test::fileBytes(fresh).startsWith(plainMagic));
    QVERIFY(!test::fileBytes(fresh).contains("P-SECRET"));
    // A too short passphrase file does not make a database that needs it.
    const QString shortKey = keyFile(QStringLiteral("short.key"), "short\n");
    const QString other = path(QStringLiteral("other.sqlite"));
    const test::CliRun refused =
        test::runCli({QStringLiteral("--database"), other, QStringLiteral("--passphrase-file"), shortKey,
                      QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-1")},
                     m_dir->path());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!QFileInfo::exists(other));
}

QTEST_GUILESS_MAIN(TestCliEncryption)
#include "tst_cli_encryption.moc"
