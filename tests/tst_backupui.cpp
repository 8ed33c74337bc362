// File ▸ Back up now and Restore from backup, the start-up check, and automatic backups on a moving clock.
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/Passphrase.h"
#include "storage/Backup.h"
#include "storage/ChainAnchor.h"
#include "storage/StorageError.h"
#include "ui/AutoBackup.h"
#include "ui/BackupActions.h"
#include "ui/EncryptionChange.h"
#include "ui/IdleLock.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/PassphraseDialog.h"
#include "ui/QuickCheckIn.h"
#include "ui/Settings.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>

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

// Holds the day's backup on its worker thread, in the middle of its copy or while the finished copy is checked,
// until release() or until the backup is told to stop. The waits are bounded only so that a backup made on the
// GUI thread (where nobody can release it) makes the test fail instead of hanging.
class Hold {
public:
    enum When { Copying, Checking };
    Hold(AutoBackup& automatic, When when)
    {
        automatic.setStepHook([this, &automatic, when](qint64 done, qint64 total) {
            const bool copied = done == total;
            if (m_held || (when == Copying && copied) || (when == Checking && (!copied || ++m_copied < 2)))
                return;
            m_held = true;
            m_thread = QThread::currentThread();
            m_reached.release();
            for (int i = 0; i < 2000 && !automatic.isStopping() && !m_released.tryAcquire(1, 10); ++i) {
            }
        });
    }
    // Waits until the backup is held (bounded, for the same reason).
    bool reached() { return m_reached.tryAcquire(1, 20000); }
    bool heldOffTheGuiThread() const { return m_thread && m_thread != QThread::currentThread(); }
    void release() { m_released.release(); }

private:
    std::atomic<bool> m_held = false;
    std::atomic<int> m_copied = 0; // steps seen with the copy complete: the copy's last, then the check's
    std::atomic<QThread*> m_thread = nullptr;
    QSemaphore m_reached;
    QSemaphore m_released;
};

// A diary whose copy takes several steps (Backup copies 4 MiB a step).
void fillSeveralSteps(Store& store)
{
    test::addParticipants(store, 2000, QStringLiteral("X"), QString(1500, u'n'));
}

// The unfinished copies Backup writes beside a backup (name.XXXXXX.part), with their journals when all is true.
QStringList partialFilesIn(const QString& folder, bool all = true)
{
    return QDir(folder).entryList({all ? QStringLiteral("*.part*") : QStringLiteral("*.part")}, QDir::Files);
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
    void restoreOfAnotherDatabasesBackupAsksFirst();
    void backupOpenedInTheWindowIsShownReadOnly();
    void restoreRefusesABadFile();
    void restoreRefusesDataChangedOutsideMoodBiome();
    void startupCheck();
    void automaticBackups();
    void noAutomaticBackupOfAReadOnlyDatabase();
    void automaticBackupWaitsForTheFirstPaint();
    void automaticBackupOfAWindowNeverPainted();
    void windowBacksUpOnceShown();
    void dayBackupLeavesTheGuiThreadFree();
    void statusBarSaysSoWhileItRuns();
    void stoppingARunningBackupLeavesNothing_data();
    void stoppingARunningBackupLeavesNothing();
    void backupFinishedBeforeTheStopIsReported_data();
    void backupFinishedBeforeTheStopIsReported();
    void idleLockDuringABackup();
    void encryptionChangeDuringABackup();
    void restoreDuringABackup();
    void failureOnTheWorkerIsReported();
    void backUpNowInTheWindowDuringABackup();
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
    QCOMPARE(filesIn(backups()), QStringList{QStringLiteral("ui-2025-01-05-093000-manual.sqlite")});
    QVERIFY(message.contains(QStringLiteral("ui-2025-01-05-093000-manual.sqlite")));
    QVERIFY(message.contains(QStringLiteral("passed its check")));
    QCOMPARE(m_store->audit().rows().first().action, QStringLiteral("backup"));
    // The day's automatic backups (at start and at close) and their rotation leave a backup made by hand alone:
    // the window's close used to replace it with the day's last state.
    for (const int minute : {40, 50}) {
        m_clock.clock().set(QDateTime(QDate(2025, 1, 5), QTime(9, minute), QTimeZone::utc()));
        QVERIFY(Backup::automatic(m_store->database(), backups()).backup.report.ok());
    }
    QVERIFY(filesIn(backups()).contains(QStringLiteral("ui-2025-01-05-093000-manual.sqlite")));
    QCOMPARE(filesIn(backups()).size(), 2);
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
    QVERIFY(!answers.texts().at(0).contains(QStringLiteral("another database"))); // its own: asked as always
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

// Another study's backup replaced this one's data after the usual question: now the question says so first,
// naming both, and Cancel is its default.
void TestBackupUi::restoreOfAnotherDatabasesBackupAsksFirst()
{
    auto other = Store::open(m_dir->filePath(QStringLiteral("other.sqlite")));
    other->participants().add(Participant{.code = QStringLiteral("Q-001")});
    const QString backup = m_dir->filePath(QStringLiteral("other-backup.sqlite"));
    Backup::write(other->database(), backup);
    other.reset();

    {
        Answers answers({QMessageBox::RejectRole});
        QVERIFY(!BackupActions::restoreFrom(nullptr, *m_store, backup));
        QVERIFY(answers.allGiven());
        const QString& asked = answers.texts().first();
        QVERIFY2(asked.contains(QStringLiteral("“other-backup.sqlite” is a backup of another database, not of "
                                               "“ui.sqlite”")),
                 qPrintable(asked));
        QCOMPARE(test::participantCodes(*m_store), QStringList{QStringLiteral("P-001")});
        QVERIFY(!QFileInfo::exists(backups()));
    }
    Answers answers({QMessageBox::AcceptRole, QMessageBox::AcceptRole});
    QVERIFY(BackupActions::restoreFrom(nullptr, *m_store, backup));
    QVERIFY(answers.allGiven());
    m_store = Store::open(file());
    QCOMPARE(test::participantCodes(*m_store), QStringList{QStringLiteral("Q-001")});
}

// A backup opened in the window looked editable: New entry… opened its form, and the refusal came only at Save,
// after typing. The window now says at once that it is only read, and why, and offers no edit.
void TestBackupUi::backupOpenedInTheWindowIsShownReadOnly()
{
    const QString backup = m_dir->filePath(QStringLiteral("ui-2025-01-05-093000.sqlite"));
    Backup::write(m_store->database(), backup);
    m_store.reset();
    const QByteArray before = test::fileBytes(backup);
    Settings settings;
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(&settings, &languages);
    QVERIFY(!window.openDatabase(backup));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("is a backup")) &&
                 banner->text().contains(QStringLiteral("restore it into a database")),
             qPrintable(banner->text()));
    auto* newEntryButton = window.findChild<QPushButton*>(QStringLiteral("newEntryButton"));
    QVERIFY(newEntryButton);
    QVERIFY(!newEntryButton->isEnabled());
    for (const char* name : {"newEntry", "checkIn", "newParticipant", "import", "tags"})
        QVERIFY2(!window.findChild<QAction*>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("export"))->isEnabled()); // reading it is what it is for
    // Said in the language shown, also when that came after the file was opened (the window opens its database
    // ahead, before the translations are installed: the banner was English in a Dutch window).
    languages.apply(QStringLiteral("nl"));
    QTRY_VERIFY2(banner->text().contains(QStringLiteral("is een back-up")), qPrintable(banner->text()));
    languages.apply(QStringLiteral("en"));
    QTRY_VERIFY2(banner->text().contains(QStringLiteral("is a backup")), qPrintable(banner->text()));

    // The keys of New entry and of the check-in open nothing to type into.
    QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTest::qWait(50);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY2(top == &window || !top->isVisible() || top->inherits("QMenu"), top->metaObject()->className());
    // The check-in of the tray's menu and of a reminder opens, but offers no Save.
    auto* checkIn = window.findChild<QuickCheckIn*>();
    QVERIFY(checkIn);
    checkIn->open();
    QWidget* checkInWindow = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top->objectName() == u"checkInWindow")
            checkInWindow = top;
    QVERIFY(checkInWindow);
    QVERIFY(!checkInWindow->findChild<QPushButton*>(QStringLiteral("save"))->isEnabled());
    checkInWindow->close();
    window.close();
    QCOMPARE(test::fileBytes(backup), before);
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

// A backup whose data were changed with the sqlite3 tool (mood 99 on a 0-10 scale, the range trigger put back as
// it was) is refused before the question, with what is wrong; nothing changes.
void TestBackupUi::restoreRefusesDataChangedOutsideMoodBiome()
{
    const qint64 id = m_store->participants().add(Participant{.code = QStringLiteral("P-MOOD")});
    m_store->journal().add(
        JournalEntry{.participantId = id, .date = QDate(2025, 1, 4), .values = {{QStringLiteral("mood"), 7}}});
    const QString backup = m_dir->filePath(QStringLiteral("edited.sqlite"));
    Backup::write(m_store->database(), backup);
    test::rawExec(backup, "DROP TRIGGER observation_range_update; UPDATE observation SET value = 99;");
    test::rawExec(backup, "CREATE TRIGGER observation_range_update BEFORE UPDATE ON observation\n"
                          "WHEN NOT EXISTS (SELECT 1 FROM measure m WHERE m.id = NEW.measure_id\n"
                          "                 AND typeof(NEW.value) IN ('real', 'integer')\n"
                          "                 AND NEW.value BETWEEN m.min_value AND m.max_value\n"
                          "                 AND (m.kind NOT IN ('category', 'count') OR NEW.value = CAST(NEW.value "
                          "AS INTEGER)))\n"
                          "BEGIN SELECT RAISE(ABORT, 'value outside the range of its measure'); END");
    QVERIFY(Verifier::verifyFile(backup).schemaOk());
    m_store->participants().add(Participant{.code = QStringLiteral("P-LATER")});
    const QByteArray before = test::fileBytes(backup);
    const qsizetype auditRows = m_store->audit().rows().size();
    Answers answers({QMessageBox::AcceptRole, QMessageBox::AcceptRole}); // the old code asked, then restored
    QVERIFY(!BackupActions::restoreFrom(nullptr, *m_store, backup));
    QCOMPARE(answers.texts().size(), 1);
    QVERIFY2(answers.texts().first().contains(QStringLiteral("edited.sqlite")) &&
                 answers.texts().first().contains(QStringLiteral("99")) &&
                 answers.texts().first().contains(QStringLiteral("nothing was restored")),
             qPrintable(answers.texts().first()));
    QCOMPARE(test::fileBytes(backup), before);
    QVERIFY(test::participantCodes(*m_store).contains(QStringLiteral("P-LATER")));
    QCOMPARE(m_store->audit().rows().size(), auditRows);
    QVERIFY(!QFileInfo::exists(backups()));
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
    automatic.setStore(m_store.get()); // none today yet: one at once, on the worker thread
    QTRY_COMPARE(made.size(), 1);
    QTRY_VERIFY(!automatic.isRunning());
    QCOMPARE(automatic.folder(), backups());
    QVERIFY(!automatic.backupIfDue()); // at most one a day while open
    QTest::qWait(50);
    QCOMPARE(made.size(), 1);

    // Days pass with the app open: the timer notices each new day once.
    for (int day = 1; day <= 20; ++day) {
        m_clock.clock().advanceDays(1);
        QTRY_COMPARE(made.size(), day + 1);
        QTRY_VERIFY(!automatic.isRunning()); // the clock moves on only once the worker is done with it
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
    QTRY_VERIFY(!automatic.isRunning());
    m_clock.clock().advanceDays(1);
    automatic.setStore(m_store.get());
    QVERIFY(!automatic.isWaitingForFirstPaint());
    QTRY_COMPARE(made.size(), 2);
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

void TestBackupUi::dayBackupLeavesTheGuiThreadFree()
{
    fillSeveralSteps(*m_store);
    AutoBackup automatic;
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    QSignalSpy failed(&automatic, &AutoBackup::failed);
    Hold hold(automatic, Hold::Copying);
    automatic.setStore(m_store.get());
    QVERIFY(hold.reached());
    QVERIFY(hold.heldOffTheGuiThread());
    QVERIFY(automatic.isRunning());

    // While the worker holds its copy half made: the event loop runs, and the window's connection reads and writes.
    bool ticked = false;
    QTimer::singleShot(0, this, [&] { ticked = true; });
    QTRY_VERIFY(ticked);
    QCOMPARE(test::participantCodes(*m_store).size(), 2001);
    m_store->participants().add(Participant{.code = QStringLiteral("P-DURING")});
    QCOMPARE(partialFilesIn(backups(), false).size(), 1);
    QVERIFY(!Backup::latestAutomatic(m_store->database(), backups())); // the unfinished copy is not today's backup
    QVERIFY(!automatic.backupIfDue());                                 // one at a time
    QVERIFY(made.isEmpty());

    hold.release();
    QTRY_COMPARE(made.size(), 1);
    QTRY_VERIFY(!automatic.isRunning());
    QVERIFY(failed.isEmpty());
    const QString copy = made.first().at(0).toString();
    QCOMPARE(filesIn(backups()), QStringList{QFileInfo(copy).fileName()});
    // The copy is the database as it was when the backup began, whole and checked.
    const VerifyReport report = Verifier::verifyFile(copy);
    QVERIFY2(report.ok(), qPrintable(Verifier::problem(report)));
    const auto backup = Store::open(copy, {.create = false, .migrateTo = 0, .readOnly = true});
    QCOMPARE(test::participantCodes(*backup).size(), 2001);
    QVERIFY(!test::participantCodes(*backup).contains(QStringLiteral("P-DURING")));
    // The worker's audit row follows the window's in one chain, which the anchor file and the backup agree with.
    const auto rows = m_store->audit().rows();
    QCOMPARE(rows.at(0).action, QStringLiteral("backup"));
    QCOMPARE(rows.at(1).table, QStringLiteral("participant"));
    const VerifyReport live = Verifier::verify(m_store->database(), Verifier::Depth::Full, {.stored = true});
    QVERIFY2(live.ok(), qPrintable(Verifier::problem(live)));
    QVERIFY(live.anchorsChecked > 0);
    QCOMPARE(ChainAnchor::stored(file())->head.events, live.head.events);
}

void TestBackupUi::statusBarSaysSoWhileItRuns()
{
    fillSeveralSteps(*m_store);
    QMainWindow window;
    window.resize(400, 200);
    window.statusBar()->showMessage(QStringLiteral("switched to clinician mode")); // the window's own message
    AutoBackup automatic(nullptr, &window);
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    Hold hold(automatic, Hold::Copying);
    automatic.setStore(m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(automatic.isRunning()); // after the first paint
    QVERIFY(hold.reached());
    QLabel* label = nullptr;
    QTRY_VERIFY((label = window.statusBar()->findChild<QLabel*>(QStringLiteral("autoBackupStatus"))) &&
                label->isVisible() && label->text().startsWith(QStringLiteral("Making the day's backup…")));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("switched to clinician mode")); // it stays
    hold.release();
    QTRY_COMPARE(made.size(), 1);
    QTRY_VERIFY(!label->isVisible());
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("The day's backup was made: ") + QFileInfo(made.first().at(0).toString()).fileName());
}

void TestBackupUi::stoppingARunningBackupLeavesNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("when");
    for (const char* how : {"closed", "another database", "backup on close", "destroyed"}) {
        QTest::addRow("%s, copying", how) << QString::fromLatin1(how) << int(Hold::Copying);
        QTest::addRow("%s, checking", how) << QString::fromLatin1(how) << int(Hold::Checking);
    }
}

void TestBackupUi::stoppingARunningBackupLeavesNothing()
{
    QFETCH(QString, how);
    QFETCH(int, when);
    fillSeveralSteps(*m_store);
    const QString otherFile = m_dir->filePath(QStringLiteral("other/other.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(otherFile).absolutePath()));
    const auto other = Store::open(otherFile);
    auto automatic = std::make_unique<AutoBackup>();
    QSignalSpy made(automatic.get(), &AutoBackup::backedUp);
    QSignalSpy failed(automatic.get(), &AutoBackup::failed);
    Hold hold(*automatic, Hold::When(when));
    automatic->setStore(m_store.get());
    QVERIFY(hold.reached());
    QVERIFY(hold.heldOffTheGuiThread());
    QCOMPARE(partialFilesIn(backups(), false).size(), 1);

    if (how == u"closed") {
        automatic->setStore(nullptr); // the idle lock, an encryption change, the window going
    } else if (how == u"another database") {
        automatic->setStepHook({});
        automatic->setStore(other.get());
    } else if (how == u"backup on close") {
        QVERIFY(automatic->backupNow()); // on this thread, once the worker's backup has stopped
        QCOMPARE(made.size(), 1);
    } else {
        automatic.reset();
    }
    QVERIFY(!automatic || !automatic->isRunning() || how == u"another database"); // that one's own is
    QCOMPARE(partialFilesIn(backups()), QStringList());                           // no copy half made or half checked
    QTest::qWait(20); // nothing of the stopped backup is still on its way
    QVERIFY(failed.isEmpty());
    if (how == u"backup on close") {
        QCOMPARE(filesIn(backups()).size(), 1);
        QVERIFY(Verifier::verifyFile(QDir(backups()).filePath(filesIn(backups()).first())).ok());
    } else {
        QCOMPARE(filesIn(backups()), QStringList()); // nothing to be taken for today's backup
    }
    if (how == u"another database") {
        QTRY_COMPARE(made.size(), 1); // only the other database's own day's backup
        QCOMPARE(QFileInfo(made.first().at(0).toString()).absolutePath(), Backup::defaultFolder(otherFile));
        QTRY_VERIFY(!automatic->isRunning());
    } else {
        QCOMPARE(made.size(), how == u"backup on close" ? 1 : 0);
    }
    QVERIFY(Verifier::verify(m_store->database()).ok());
    QCOMPARE(m_store->audit().rows().first().action == u"backup", how == u"backup on close");
}

void TestBackupUi::backupFinishedBeforeTheStopIsReported_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("stopped") << QStringLiteral("stopped");                 // a restore, Back up now
    QTest::newRow("store closed") << QStringLiteral("store closed");       // the idle lock, another database
    QTest::newRow("backup on close") << QStringLiteral("backup on close"); // quitting
}

// The worker has finished (the copy checked and in place, its audit row written) but the window has not heard of it
// yet when the backup is stopped: the backup stays, and it is said once.
void TestBackupUi::backupFinishedBeforeTheStopIsReported()
{
    QFETCH(QString, how);
    QMainWindow window;
    window.resize(400, 200);
    AutoBackup automatic(nullptr, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    QSignalSpy failed(&automatic, &AutoBackup::failed);
    automatic.setStore(m_store.get()); // painted: at once
    QVERIFY(automatic.isRunning());
    // The event loop does not run meanwhile: what the worker delivers waits in the queue.
    const auto backedUp = [this] {
        return m_store->audit().rows().first().action == u"backup";
    };
    for (int i = 0; i < 2000 && !backedUp(); ++i)
        QThread::msleep(10);
    QVERIFY(backedUp());
    QVERIFY(automatic.isRunning());
    if (how == u"stopped") {
        automatic.stop();
    } else if (how == u"store closed") {
        automatic.setStore(nullptr);
    } else {
        m_clock.clock().set(m_clock.clock().nowUtc().addSecs(60)); // a minute later: a file name of its own
        QVERIFY(automatic.backupNow());
    }
    QVERIFY(!automatic.isRunning());
    QCOMPARE(made.size(), how == u"backup on close" ? 2 : 1); // said before the stop returned
    const QString copy = made.first().at(0).toString();
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("The day's backup was made: ") + QFileInfo(copy).fileName()); // and shown
    if (how == u"backup on close") // the newer backup of the day replaces it, as the rotation does
        QCOMPARE(made.last().at(1).toStringList(), QStringList{QFileInfo(copy).fileName()});
    else
        QVERIFY(Verifier::verifyFile(copy).ok());
    QTest::qWait(20);
    QCOMPARE(made.size(), how == u"backup on close" ? 2 : 1); // and once: not again from the queue
    QVERIFY(failed.isEmpty());
    QCOMPARE(partialFilesIn(backups()), QStringList());
    QCOMPARE(filesIn(backups()).size(), 1); // the day keeps its newest
    QCOMPARE(QDir(backups()).filePath(filesIn(backups()).first()), made.last().at(0).toString());
}

// The idle lock closes an encrypted database while its day's backup is being copied: the backup stops at once
// (within the step it is in), leaves no unfinished copy and no audit row, and once unlocked the database is open
// again and the day's backup is made after all.
void TestBackupUi::idleLockDuringABackup()
{
    m_store.reset();
    const QString secret = m_dir->filePath(QStringLiteral("secret.sqlite"));
    const QString passphrase = QStringLiteral("correct horse battery");
    Database::Options options;
    options.passphrase = Passphrase::toKey(passphrase);
    fillSeveralSteps(*Store::open(secret, options));
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    Settings settings;
    settings.setMode(AppMode::Clinician);
    settings.setValue(Settings::Key::FirstRunDone, true);
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(&settings, &languages);
    auto* automatic = window.findChild<AutoBackup*>();
    auto* lock = window.findChild<IdleLock*>();
    QVERIFY(automatic && lock);
    QSignalSpy made(automatic, &AutoBackup::backedUp);
    QSignalSpy failed(automatic, &AutoBackup::failed);
    // Holds the copy at its first step until the backup is told to stop, and counts the steps.
    std::atomic<int> steps = 0;
    std::atomic<int> heldAt = 0;
    QSemaphore reached;
    automatic->setStepHook([&](qint64 done, qint64 total) {
        const int step = ++steps;
        if (heldAt > 0 || done == total)
            return;
        heldAt = step;
        reached.release();
        for (int i = 0; i < 2000 && !automatic->isStopping(); ++i)
            QThread::msleep(10);
    });
    QVERIFY(!window.openDatabase(secret, options));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(automatic->isRunning()); // the day's backup, after the first frame
    QVERIFY(reached.tryAcquire(1, 20000));
    QCOMPARE(partialFilesIn(backups(), false).size(), 1);

    // What the lock screen finds, noted while it is up; then it is answered.
    struct Seen {
        bool shown = false, running = true, open = true;
        int steps = 0;
        QStringList files, partial;
        qsizetype made = -1;
    } seen;
    auto* answer = new QTimer(this);
    connect(answer, &QTimer::timeout, answer, [&, answer] {
        auto* dialog = qobject_cast<PassphraseDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"lockScreen")
            return;
        answer->deleteLater();
        lock->setIdleIntervalForTesting(0); // once unlocked, not again at once (clinician mode: 15 minutes)
        seen = {true,       automatic->isRunning(), window.store() != nullptr,
                steps,      filesIn(backups()),     partialFilesIn(backups()),
                made.size()};
        QTest::keyClicks(dialog->passphraseField(), passphrase);
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
    });
    answer->start(10);
    lock->setIdleIntervalForTesting(50);
    QTRY_VERIFY_WITH_TIMEOUT(seen.shown && !lock->isLocked(), 20000);
    QVERIFY(!seen.running);
    QVERIFY(!seen.open);
    QCOMPARE(seen.steps, int(heldAt)); // no step after the one it was in
    QCOMPARE(seen.partial, QStringList());
    QCOMPARE(seen.files, QStringList());
    QCOMPARE(seen.made, 0);

    // Unlocked: the same database, and its day's backup (none was made yet) from the start, to its end.
    QVERIFY(window.store());
    QCOMPARE(window.store()->path(), secret);
    QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 20000);
    QTRY_VERIFY(!automatic->isRunning());
    QVERIFY(failed.isEmpty());
    QCOMPARE(partialFilesIn(backups()), QStringList());
    QCOMPARE(filesIn(backups()).size(), 1);
    const VerifyReport report =
        Verifier::verifyFile(made.first().at(0).toString(), Verifier::Depth::Full, {}, options.passphrase);
    QVERIFY2(report.ok(), qPrintable(Verifier::problem(report)));
    qsizetype backupRows = 0;
    for (const auto& row : window.store()->audit().rows())
        backupRows += row.action == u"backup";
    QCOMPARE(backupRows, 1); // the stopped backup wrote none
}

void TestBackupUi::encryptionChangeDuringABackup()
{
    fillSeveralSteps(*m_store);
    Workspace workspace;
    AutoBackup automatic;
    connect(&workspace, &Workspace::storeChanged, &automatic, &AutoBackup::setStore); // as the main window does
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    QSignalSpy failed(&automatic, &AutoBackup::failed);
    Hold hold(automatic, Hold::Copying);
    workspace.setStore(std::move(m_store));
    QVERIFY(hold.reached());
    automatic.setStepHook({});

    EncryptionChange change(&workspace, nullptr);
    QSignalSpy changed(&change, &EncryptionChange::succeeded);
    QSignalSpy changeFailed(&change, &EncryptionChange::failed);
    QVERIFY(change.start({}, QByteArrayLiteral("correct horse")));
    QVERIFY(!automatic.isRunning()); // stopped before the file is rewritten
    // Key derivation and the checked copy take seconds on a loaded machine (and under the sanitizers).
    QTRY_COMPARE_WITH_TIMEOUT(changed.size() + changeFailed.size(), 1, 60000);
    QVERIFY2(changeFailed.isEmpty(), qPrintable(changeFailed.value(0).value(0).toString()));
    QVERIFY(workspace.store()->database().isEncrypted());

    // The encrypted database has no backup of today yet: the day's backup is made of it, encrypted with its key.
    QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 60000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(filesIn(backups()).size(), 1);
    const QString copy = made.first().at(0).toString();
    QVERIFY(Database::hasUnreadableHeader(copy));
    const VerifyReport report =
        Verifier::verifyFile(copy, Verifier::Depth::Full, {}, QByteArrayLiteral("correct horse"));
    QVERIFY2(report.ok(), qPrintable(Verifier::problem(report)));
    QTRY_VERIFY(!automatic.isRunning());
    workspace.setStore(nullptr);
}

void TestBackupUi::restoreDuringABackup()
{
    const QString saved = m_dir->filePath(QStringLiteral("sunday.sqlite"));
    Backup::write(m_store->database(), saved);
    fillSeveralSteps(*m_store);
    AutoBackup automatic;
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    Hold hold(automatic, Hold::Copying);
    automatic.setStore(m_store.get());
    QVERIFY(hold.reached());

    Answers answers({QMessageBox::AcceptRole, QMessageBox::AcceptRole});
    bool stoppedFirst = false;
    QVERIFY(BackupActions::restoreFrom(nullptr, *m_store, saved, [&] {
        automatic.stop(); // what the main window does
        stoppedFirst = !automatic.isRunning() && partialFilesIn(backups()).isEmpty();
    }));
    QVERIFY(answers.allGiven());
    QVERIFY(stoppedFirst);
    QVERIFY(made.isEmpty());
    const QStringList left = filesIn(backups());
    QCOMPARE(left.size(), 1); // only the safety copy of the restore
    QVERIFY(left.first().contains(QStringLiteral("before-restore")));

    automatic.setStore(nullptr);
    m_store = Store::open(file());
    QCOMPARE(test::participantCodes(*m_store), QStringList{QStringLiteral("P-001")});
    QCOMPARE(m_store->audit().rows().first().action, QStringLiteral("restore_backup"));
    QVERIFY(Verifier::verify(m_store->database()).ok());
}

void TestBackupUi::failureOnTheWorkerIsReported()
{
    test::writeFile(backups(), "not a folder");
    AutoBackup automatic;
    QSignalSpy made(&automatic, &AutoBackup::backedUp);
    QSignalSpy failed(&automatic, &AutoBackup::failed);
    QVERIFY(automatic.backupIfDue() == false); // no store yet
    automatic.setStore(m_store.get());
    QVERIFY(failed.isEmpty()); // it fails on the worker, not in here
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().startsWith(QStringLiteral("The automatic backup failed: ")),
             qPrintable(failed.first().at(0).toString()));
    QTRY_VERIFY(!automatic.isRunning());
    QVERIFY(made.isEmpty());
    QCOMPARE(test::fileBytes(backups()), QByteArray("not a folder"));
}

void TestBackupUi::backUpNowInTheWindowDuringABackup()
{
    fillSeveralSteps(*m_store);
    m_store.reset();
    Settings settings;
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(&settings, &languages);
    auto* automatic = window.findChild<AutoBackup*>();
    QVERIFY(automatic);
    Hold hold(*automatic, Hold::Copying);
    QVERIFY(!window.openDatabase(file()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(automatic->isRunning()); // the day's backup, after the first frame
    QVERIFY(hold.reached());

    auto* backupNow = window.findChild<QAction*>(QStringLiteral("backupNow"));
    QVERIFY(backupNow);
    backupNow->trigger(); // File ▸ Back up now: the day's backup on the worker stops first, not two at once
    QVERIFY(!automatic->isRunning());
    QCOMPARE(partialFilesIn(backups()), QStringList());
    QCOMPARE(filesIn(backups()).size(), 1);
    QVERIFY(Verifier::verifyFile(QDir(backups()).filePath(filesIn(backups()).first())).ok());
    const auto rows = window.store()->audit().rows();
    QCOMPARE(rows.at(0).action, QStringLiteral("backup"));
    QVERIFY(rows.at(1).action != u"backup"); // one backup recorded, the window's
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
