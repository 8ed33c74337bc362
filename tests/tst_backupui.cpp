// File ▸ Back up now and Restore from backup, the start-up check, and automatic backups on a moving clock.
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "storage/Backup.h"
#include "storage/StorageError.h"
#include "ui/AutoBackup.h"
#include "ui/BackupActions.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QWidget>

using namespace mb;

namespace {

// Answers the message boxes that the code under test shows, in order, and remembers what they said.
class Answers : public QObject {
public:
    explicit Answers(QList<QMessageBox::ButtonRole> roles)
        : m_roles(std::move(roles))
    {
        connect(&m_timer, &QTimer::timeout, this, &Answers::answer);
        m_timer.start(5);
    }
    const QStringList& texts() const { return m_texts; }
    bool allGiven() const { return m_roles.isEmpty(); }

private:
    void answer()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || m_roles.isEmpty())
            return;
        m_texts.append(box->text() + u'\n' + box->informativeText());
        const QMessageBox::ButtonRole role = m_roles.takeFirst();
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == role)
                return button->click();
        box->reject();
    }

    QList<QMessageBox::ButtonRole> m_roles;
    QStringList m_texts;
    QTimer m_timer;
};

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestBackupUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test-backupui"));
    }
    void init();
    void cleanup();

    void backupNowWritesACheckedCopy();
    void backupNowTellsWhyNot();
    void restoreAfterConfirmation();
    void restoreCancelledChangesNothing();
    void restoreRefusesABadFile();
    void startupCheck();
    void automaticBackups();
    void noAutomaticBackupOfAReadOnlyDatabase();
    void automaticBackupWaitsForTheFirstPaint();
    void automaticBackupOfAWindowNeverPainted();
    void windowBacksUpOnceShown();
    void secondWindowIsRefused();
    void windowRefusesHostileFiles_data();
    void windowRefusesHostileFiles();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("ui.sqlite")); }
    QString backups() const { return m_dir->filePath(QStringLiteral("backups")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestBackupUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.clock().set(QDateTime(QDate(2025, 1, 5), QTime(8, 30), QTimeZone::utc()));
    m_store = Store::open(file());
    m_store->participants().add(Participant{.code = QStringLiteral("P-001")});
}

void TestBackupUi::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestBackupUi::backupNowWritesACheckedCopy()
{
    const QString message = BackupActions::backupNow(nullptr, *m_store);
    QCOMPARE(filesIn(backups()), QStringList{QStringLiteral("ui-2025-01-05-093000.sqlite")});
    QVERIFY(message.contains(QStringLiteral("ui-2025-01-05-093000.sqlite")));
    QVERIFY(message.contains(QStringLiteral("passed its check")));
    QCOMPARE(m_store->audit().rows().first().action, QStringLiteral("backup"));
}

void TestBackupUi::backupNowTellsWhyNot()
{
    test::writeFile(m_dir->filePath(QStringLiteral("not-a-folder")), "x");
    Answers answers({QMessageBox::AcceptRole});
    const QString message =
        BackupActions::backupNow(nullptr, *m_store, m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(message.isEmpty());
    QVERIFY(answers.allGiven());
    QVERIFY(answers.texts().first().startsWith(QStringLiteral("No backup was made")));
}

void TestBackupUi::restoreAfterConfirmation()
{
    const QString backup = m_dir->filePath(QStringLiteral("sunday.sqlite"));
    Backup::write(m_store->database(), backup);
    m_clock.clock().set(QDateTime(QDate(2025, 1, 6), QTime(12, 0), QTimeZone::utc()));
    m_store->participants().add(Participant{.code = QStringLiteral("P-MONDAY")});

    Answers answers({QMessageBox::AcceptRole, QMessageBox::AcceptRole});
    QVERIFY(BackupActions::restoreFrom(nullptr, *m_store, backup));
    QVERIFY(answers.allGiven());
    QVERIFY(answers.texts().at(0).contains(QStringLiteral("sunday.sqlite")));
    QVERIFY(answers.texts().at(0).contains(QStringLiteral("2025"))); // the date its data are from
    QVERIFY(answers.texts().at(0).contains(QStringLiteral("nothing is lost")));
    QVERIFY(answers.texts().at(1).contains(QStringLiteral("before-restore")));

    m_store = Store::open(file()); // what the main window does after a restore
    QCOMPARE(test::participantCodes(*m_store), QStringList{QStringLiteral("P-001")});
    QCOMPARE(m_store->audit().rows().first().action, QStringLiteral("restore_backup"));
    const QStringList saved = filesIn(backups());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(test::participantCodes(*Store::open(QDir(backups()).filePath(saved.first()))),
             (QStringList{QStringLiteral("P-001"), QStringLiteral("P-MONDAY")}));
}

void TestBackupUi::restoreCancelledChangesNothing()
{
    const QString backup = m_dir->filePath(QStringLiteral("sunday.sqlite"));
    Backup::write(m_store->database(), backup);
    m_store->participants().add(Participant{.code = QStringLiteral("P-LATER")});
    const qint64 auditRows = m_store->audit().rows().size();
    Answers answers({QMessageBox::RejectRole});
    QVERIFY(!BackupActions::restoreFrom(nullptr, *m_store, backup));
    QVERIFY(answers.allGiven());
    QVERIFY(test::participantCodes(*m_store).contains(QStringLiteral("P-LATER")));
    QCOMPARE(m_store->audit().rows().size(), auditRows);
    QVERIFY(!QFileInfo::exists(backups()));
}

void TestBackupUi::restoreRefusesABadFile()
{
    const QString bad = m_dir->filePath(QStringLiteral("holiday.jpg"));
    test::writeFile(bad, QByteArray("\xff\xd8\xff\xe0 not a database"));
    const QByteArray before = test::fileBytes(bad);
    Answers answers({QMessageBox::AcceptRole});
    QVERIFY(!BackupActions::restoreFrom(nullptr, *m_store, bad));
    QVERIFY(answers.allGiven());
    QVERIFY(answers.texts().first().contains(QStringLiteral("“holiday.jpg” is not a MoodBiome database")));
    QCOMPARE(test::fileBytes(bad), before);
    QCOMPARE(test::participantCodes(*m_store), QStringList{QStringLiteral("P-001")});
}

void TestBackupUi::startupCheck()
{
    QCOMPARE(BackupActions::runStartupCheck(*m_store), std::nullopt);
    m_store.reset();
    // The guard is put back: a database without it is not even opened for writing.
    test::rawExec(file(), "DROP TRIGGER audit_no_update; UPDATE audit SET reason = 'x' WHERE id = 2; "
                          "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
                          "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
    m_store = Store::open(file());
    const auto warning = BackupActions::runStartupCheck(*m_store);
    QVERIFY(warning);
    QVERIFY(warning->contains(QStringLiteral("ui.sqlite")));
    QVERIFY(warning->contains(QStringLiteral("audit row 2")));
    QVERIFY(warning->contains(QStringLiteral("Restore from backup")));
}

void TestBackupUi::automaticBackups()
{
    AutoBackup automatic;
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    QSignalSpy failed(&automatic, &AutoBackup::failed);
    automatic.setCheckInterval(10);
    automatic.setStore(m_store.get()); // none today yet: one at once
    QCOMPARE(made.size(), 1);
    QCOMPARE(automatic.folder(), backups());
    QVERIFY(!automatic.backupIfDue()); // at most one a day while open
    QTest::qWait(50);
    QCOMPARE(made.size(), 1);

    // Days pass with the app open: the timer notices each new day once.
    for (int day = 1; day <= 20; ++day) {
        m_clock.clock().advanceDays(1);
        QTRY_COMPARE(made.size(), day + 1);
    }
    m_clock.clock().set(m_clock.clock().nowUtc().addSecs(3600));
    QVERIFY(automatic.backupNow()); // closing the app: always, and the day keeps its newest backup
    QCOMPARE(made.size(), 22);
    QVERIFY(failed.isEmpty());
    const QStringList left = filesIn(backups());
    const RotationPlan plan = planRotation(QStringLiteral("ui"), left);
    QVERIFY(plan.remove.isEmpty());
    QCOMPARE(left.size(), 7 + 3); // seven days, and the newest of each of the three weeks before them
    qsizetype removed = 0;
    for (const QList<QVariant>& signal : std::as_const(made))
        removed += signal.at(1).toStringList().size();
    QCOMPARE(removed, 22 - 10); // every backup made is either still there or was removed by the rotation

    automatic.setStore(nullptr);
    m_clock.clock().advanceDays(1);
    QTest::qWait(50);
    QCOMPARE(made.size(), 22);
}

void TestBackupUi::noAutomaticBackupOfAReadOnlyDatabase()
{
    m_store.reset();
    m_store = Store::open(file(), {.readOnly = true});
    AutoBackup automatic;
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    automatic.setStore(m_store.get());
    QVERIFY(!automatic.backupNow());
    QCOMPARE(made.size(), 0);
    QVERIFY(!QFileInfo::exists(backups()));
}

void TestBackupUi::automaticBackupWaitsForTheFirstPaint()
{
    QWidget window;
    window.resize(200, 100);
    AutoBackup automatic(nullptr, &window);
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    automatic.setStore(m_store.get()); // none today yet, but the window is not on screen
    QVERIFY(automatic.isWaitingForFirstPaint());
    QCoreApplication::processEvents();
    QCOMPARE(made.size(), 0);
    QVERIFY(!QFileInfo::exists(backups()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(made.size(), 1); // after the first frame
    QVERIFY(!automatic.isWaitingForFirstPaint());
    QCOMPARE(filesIn(backups()).size(), 1);
    // Painted since: a database opened later is backed up at once, as before.
    m_clock.clock().advanceDays(1);
    automatic.setStore(m_store.get());
    QCOMPARE(made.size(), 2);
    QVERIFY(!automatic.isWaitingForFirstPaint());
}

void TestBackupUi::automaticBackupOfAWindowNeverPainted()
{
    QWidget window; // never shown: started in the system tray
    AutoBackup automatic(nullptr, &window);
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    automatic.setStore(m_store.get());
    QCOMPARE(made.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 5 * AutoBackup::unpaintedDelay()); // still made
    QVERIFY(!automatic.isWaitingForFirstPaint());
    automatic.setStore(nullptr); // a store let go of before its backup: nothing
    automatic.setStore(m_store.get());
    automatic.setStore(nullptr);
    QTest::qWait(50);
    QCOMPARE(made.size(), 1);
}

void TestBackupUi::windowBacksUpOnceShown()
{
    m_store.reset();
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    Settings settings;
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(&settings, &languages);
    QVERIFY(!window.openDatabase(file()));
    QCoreApplication::processEvents();
    QVERIFY(!QFileInfo::exists(backups())); // not while the window is being made
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(filesIn(backups()).size(), 1); // the day's backup, after the first frame
}

void TestBackupUi::secondWindowIsRefused()
{
    // Another MoodBiome program (a child process here) has the database open for writing.
    m_store.reset();
    test::SecondProgram other(file());
    const pid_t child = other.pid();
    QVERIFY(child > 0);
    const QByteArray before = test::fileBytes(file());

    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    Settings settings;
    settings.setLanguage(QStringLiteral("en"));
    LanguageManager languages;
    MainWindow window(&settings, &languages);
    const auto error = window.openDatabase(file());
    QVERIFY(error);
    QVERIFY2(
        error->contains(QStringLiteral("“ui.sqlite” is open in another MoodBiome program (process %1)").arg(child)),
        qPrintable(*error));
    QVERIFY(error->contains(QStringLiteral("Close it there and try again")));
    QCOMPARE(window.store(), nullptr);
    QCOMPARE(test::fileBytes(file()), before);

    other.kill(); // a crash of the other program leaves no lock behind
    const auto reopened = window.openDatabase(file());
    QVERIFY2(!reopened, qPrintable(reopened.value_or(QString())));
}

void TestBackupUi::windowRefusesHostileFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("random bytes") << "random"
                                  << "is not a MoodBiome database";
    QTest::newRow("another program's database") << "foreign"
                                                << "is an SQLite database, but not a MoodBiome database";
    QTest::newRow("from a newer MoodBiome") << "newer"
                                            << "was made by a newer version of MoodBiome";
    QTest::newRow("truncated") << "truncated"
                               << "damaged";
}

void TestBackupUi::windowRefusesHostileFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    if (kind == u"random") {
        test::writeFile(file(), test::garbage(10000));
    } else if (kind == u"foreign") {
        QFile::remove(file());
        test::rawExec(file(), "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');");
    } else if (kind == u"newer") {
        m_store.reset();
        test::rawExec(file(), "PRAGMA journal_mode = DELETE; PRAGMA user_version = 77;");
    } else {
        test::addParticipants(*m_store, 300, QStringLiteral("X"));
        m_store.reset();
        QVERIFY(QFile::resize(file(), QFileInfo(file()).size() / 2));
    }
    m_store.reset();
    const QByteArray before = test::fileBytes(file());
    Settings settings;
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(&settings, &languages);
    const auto error = window.openDatabase(file());
    QVERIFY(error);
    QVERIFY2(error->contains(message) && error->contains(QStringLiteral("ui.sqlite")), qPrintable(*error));
    QCOMPARE(test::fileBytes(file()), before);
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
