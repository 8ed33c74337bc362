// File ▸ Security… (encrypt, change the passphrase, decrypt, refusals), restoring an encrypted backup, the notes of
// the Export and Report dialogs, and the audit trail's words for the change (issue 19).
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Encryption.h"
#include "storage/StorageError.h"
#include "ui/AuditTrailModel.h"
#include "ui/BackupActions.h"
#include "ui/ExportDialog.h"
#include "ui/LanguageManager.h"
#include "ui/PassphraseDialog.h"
#include "ui/PlainFileNote.h"
#include "ui/ReportDialog.h"
#include "ui/SecurityDialog.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <deque>
#include <functional>

using namespace mb;

namespace {

const QByteArray plainMagic("SQLite format 3\0", 16);

// Answers the modal dialogs the code under test opens, one step each, in order; a step returns false when the
// active modal widget is not the one it answers (it then waits for it). Remembers what it saw.
class Driver : public QObject {
public:
    using Step = std::function<bool(QWidget*)>;
    explicit Driver(std::deque<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == m_ignore)
                return;
            if (!m_steps.empty() && m_steps.front()(modal))
                m_steps.pop_front();
            else if (auto* box = qobject_cast<QMessageBox*>(modal); box && m_steps.empty()) {
                qWarning().noquote() << "unexpected message:" << box->text() << box->informativeText();
                box->reject(); // the test fails on what follows, instead of hanging
            }
        });
        m_timer.start(10);
    }
    bool allDone() const { return m_steps.empty(); }
    void ignore(QWidget* widget) { m_ignore = widget; } // the dialog under test itself, when it is modal

private:
    std::deque<Step> m_steps;
    QTimer m_timer;
    QWidget* m_ignore = nullptr;
};

void type(QLineEdit* field, const QString& text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

// A new passphrase, typed twice.
Driver::Step newPassphrase(const QString& text)
{
    return [text](QWidget* modal) {
        auto* dialog = qobject_cast<PassphraseDialog*>(modal);
        if (!dialog || dialog->mode() != PassphraseDialog::Mode::New)
            return false;
        type(dialog->passphraseField(), text);
        type(dialog->repeatField(), text);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        return true;
    };
}

// The passphrase of an existing file; errors gets what the dialog says after OK (empty when it closed).
Driver::Step askedPassphrase(const QString& text, QStringList* errors = nullptr)
{
    return [text, errors](QWidget* modal) {
        auto* dialog = qobject_cast<PassphraseDialog*>(modal);
        if (!dialog || dialog->mode() != PassphraseDialog::Mode::Ask)
            return false;
        type(dialog->passphraseField(), text);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        if (errors)
            errors->append(dialog->isVisible() ? dialog->errorText() : QString());
        return true;
    };
}

Driver::Step cancelPassphrase()
{
    return [](QWidget* modal) {
        auto* dialog = qobject_cast<PassphraseDialog*>(modal);
        if (!dialog)
            return false;
        dialog->reject();
        return true;
    };
}

// A message box: the button of role is clicked; texts gets its text.
Driver::Step messageBox(QMessageBox::ButtonRole role, QStringList* texts = nullptr)
{
    return [role, texts](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box)
            return false;
        if (texts)
            texts->append(box->text() + u'\n' + box->informativeText());
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return true;
            }
        box->reject();
        return true;
    };
}

QByteArray header(const QString& file)
{
    return test::fileBytes(file).left(16);
}

} // namespace

class TestSecurityUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test-securityui"));
    }
    void init();
    void cleanup();

    void encryptChangeAndDecrypt();
    void wrongCurrentPassphraseChangesNothing();
    void cancelledEncryptionChangesNothing();
    void plainBackupsAreOfferedForDeletion_data();
    void plainBackupsAreOfferedForDeletion();
    void failedRewriteReopensTheOldFile();
    void actionFollowsTheWorkspace();
    void restoreAsksForTheBackupsPassphrase();
    void restoreUsesTheDatabasesOwnPassphraseFirst();
    void restoreOfAnEncryptedBackupCancelled();
    void restoreIntoAPlainDatabaseSaysItIsNotEncrypted();
    void exportAndReportSayTheyAreNotEncrypted_data();
    void exportAndReportSayTheyAreNotEncrypted();
    void auditTrailNamesTheChange();
    void dutchAndScreenshots();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("diary.sqlite")); }
    QString backups() const { return m_dir->filePath(QStringLiteral("backups")); }
    // Opens the window's database (plain, or with key) into the workspace, P-002 selected.
    void openInWorkspace(const QByteArray& key = {});
    // Clicks the dialog's button of that name and waits for the rewrite to end (when one started).
    void clickAndWait(SecurityDialog& dialog, const char* button, Driver& driver, bool expectChange = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_selected = 0;
};

void TestSecurityUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
}

void TestSecurityUi::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestSecurityUi::openInWorkspace(const QByteArray& key)
{
    auto store = Store::open(file(), Database::Options{.passphrase = key});
    test::addParticipants(*store, 3, QStringLiteral("P")); // P-0, P-1, P-2
    m_selected = store->participants().list().at(1).id;
    JournalEntry e;
    e.participantId = m_selected;
    e.date = QDate(2025, 1, 4);
    e.note = QStringLiteral("slept badly after the argument");
    e.values = {{QStringLiteral("mood"), 4}};
    store->journal().add(e);
    m_workspace->setStore(std::move(store));
    m_workspace->setParticipant(m_selected);
}

void TestSecurityUi::clickAndWait(SecurityDialog& dialog, const char* button, Driver& driver, bool expectChange)
{
    QSignalSpy ended(&dialog, &SecurityDialog::changeEnded);
    auto* push = dialog.findChild<QPushButton*>(QString::fromLatin1(button));
    QVERIFY(push);
    QVERIFY(push->isVisible());
    QTest::mouseClick(push, Qt::LeftButton);
    if (expectChange)
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30000);
    QTRY_VERIFY(driver.allDone());
    QVERIFY(!dialog.isBusy());
}

void TestSecurityUi::encryptChangeAndDecrypt()
{
    openInWorkspace();
    SecurityDialog dialog(m_workspace.get(), nullptr);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("state"))->text(),
             QStringLiteral("This database is not encrypted."));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("decrypt"))->isVisible());

    {
        Driver driver({newPassphrase(QStringLiteral("correct horse battery"))});
        clickAndWait(dialog, "encrypt", driver);
    }
    QVERIFY(header(file()) != plainMagic);
    QVERIFY(!test::fileBytes(file()).contains("slept badly"));
    QVERIFY(m_workspace->store());
    QVERIFY(m_workspace->store()->database().isEncrypted());
    QCOMPARE(m_workspace->participantId(), m_selected);
    QCOMPARE(m_workspace->store()->journal().count(m_selected), 1);
    QCOMPARE(m_workspace->store()->audit().rows().first().action, QStringLiteral("security"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("state"))->text(), QStringLiteral("This database is encrypted."));
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("The database is encrypted.")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("changePassphrase"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("encrypt"))->isVisible());

    {
        Driver driver({askedPassphrase(QStringLiteral("correct horse battery")),
                       newPassphrase(QStringLiteral("staple gruen 2025"))});
        clickAndWait(dialog, "changePassphrase", driver);
    }
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("The passphrase is changed.")));
    QCOMPARE(m_workspace->store()->database().passphrase(), QStringLiteral("staple gruen 2025").toUtf8());
    QCOMPARE(m_workspace->participantId(), m_selected);
    m_workspace->setStore(nullptr);
    QVERIFY_THROWS_EXCEPTION(StorageError, Store::open(file(), {.passphrase = "correct horse battery"}));
    m_workspace->setStore(Store::open(file(), {.passphrase = QStringLiteral("staple gruen 2025").toUtf8()}));
    m_workspace->setParticipant(m_selected);

    {
        QStringList texts;
        Driver driver(
            {askedPassphrase(QStringLiteral("staple gruen 2025")), messageBox(QMessageBox::DestructiveRole, &texts)});
        clickAndWait(dialog, "decrypt", driver);
        QVERIFY(texts.first().contains(QStringLiteral("Decrypt “diary.sqlite”?")));
    }
    QCOMPARE(header(file()), plainMagic);
    QVERIFY(!m_workspace->store()->database().isEncrypted());
    QCOMPARE(m_workspace->participantId(), m_selected);
    QCOMPARE(test::participantCodes(*m_workspace->store()).size(), 3);
    QCOMPARE(m_workspace->store()->journal().entries(m_selected).first().note,
             QStringLiteral("slept badly after the argument"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("state"))->text(),
             QStringLiteral("This database is not encrypted."));
    QVERIFY(Verifier::verify(m_workspace->store()->database()).ok());
}

void TestSecurityUi::wrongCurrentPassphraseChangesNothing()
{
    openInWorkspace("the right one");
    const QByteArray before = test::fileBytes(file());
    SecurityDialog dialog(m_workspace.get(), nullptr);
    dialog.show();
    QStringList errors;
    // Decrypt, then Change: a wrong current passphrase is said in the dialog, which stays open until cancelled.
    for (const char* button : {"decrypt", "changePassphrase"}) {
        Driver driver({askedPassphrase(QStringLiteral("the wrong one"), &errors), cancelPassphrase()});
        clickAndWait(dialog, button, driver, false);
    }
    QCOMPARE(errors.size(), 2);
    for (const QString& error : errors)
        QVERIFY2(error.contains(QStringLiteral("Wrong passphrase")), qPrintable(error));
    QCOMPARE(test::fileBytes(file()), before);
    QVERIFY(m_workspace->store());
    QCOMPARE(m_workspace->store()->database().passphrase(), QByteArray("the right one"));
    QCOMPARE(m_workspace->participantId(), m_selected);
    QVERIFY(dialog.statusText().isEmpty());
}

void TestSecurityUi::cancelledEncryptionChangesNothing()
{
    openInWorkspace();
    Store* store = m_workspace->store();
    SecurityDialog dialog(m_workspace.get(), nullptr);
    dialog.show();
    Driver driver({cancelPassphrase()});
    clickAndWait(dialog, "encrypt", driver, false);
    QCOMPARE(m_workspace->store(), store); // not even closed
    QCOMPARE(header(file()), plainMagic);
}

void TestSecurityUi::plainBackupsAreOfferedForDeletion_data()
{
    QTest::addColumn<bool>("remove");
    QTest::newRow("kept") << false;
    QTest::newRow("deleted") << true;
}

void TestSecurityUi::plainBackupsAreOfferedForDeletion()
{
    QFETCH(bool, remove);
    openInWorkspace();
    const QString backup = BackupActions::backupNow(nullptr, *m_workspace->store());
    QVERIFY(!backup.isEmpty());
    const QStringList made = QDir(backups()).entryList(QDir::Files);
    QCOMPARE(made.size(), 1);

    SecurityDialog dialog(m_workspace.get(), nullptr);
    dialog.show();
    QStringList texts;
    const Driver::Step answer = messageBox(remove ? QMessageBox::DestructiveRole : QMessageBox::RejectRole, &texts);
    auto* busyBar = dialog.findChild<QProgressBar*>();
    bool busyWhileAsked = true;
    Driver driver({newPassphrase(QStringLiteral("a long passphrase")), [&](QWidget* modal) {
                       busyWhileAsked = busyBar->isVisible();
                       return answer(modal);
                   }});
    clickAndWait(dialog, "encrypt", driver);
    QVERIFY(!busyWhileAsked); // the question comes once the work is done
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.first().startsWith(QStringLiteral("1 older backup")), qPrintable(texts.first()));
    QVERIFY2(texts.first().contains(QDir::toNativeSeparators(QDir(backups()).absolutePath())),
             qPrintable(texts.first()));
    QCOMPARE(QDir(backups()).entryList(QDir::Files).isEmpty(), remove);
    QVERIFY(header(file()) != plainMagic);
}

void TestSecurityUi::failedRewriteReopensTheOldFile()
{
    openInWorkspace();
    // Another program holds the file's write lock: the rewrite is refused, and the window gets its file back.
    auto other = Store::open(file());
    SecurityDialog dialog(m_workspace.get(), nullptr);
    dialog.show();
    QStringList texts;
    Driver driver({newPassphrase(QStringLiteral("a long passphrase")), messageBox(QMessageBox::AcceptRole, &texts)});
    clickAndWait(dialog, "encrypt", driver);
    QCOMPARE(texts.size(), 1);
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("Nothing was changed")));
    QVERIFY(m_workspace->store());
    QVERIFY(!m_workspace->store()->database().isEncrypted());
    QCOMPARE(m_workspace->participantId(), m_selected);
    QCOMPARE(header(file()), plainMagic);
}

void TestSecurityUi::actionFollowsTheWorkspace()
{
    QWidget window;
    QAction* action = SecurityDialog::menuAction(&window, m_workspace.get(), nullptr);
    QCOMPARE(action->objectName(), QStringLiteral("security"));
    QCOMPARE(action->text(), QStringLiteral("Securit&y…"));
    QVERIFY(!action->isEnabled());
    openInWorkspace();
    QVERIFY(action->isEnabled());
    m_workspace->setStore(nullptr);
    QVERIFY(!action->isEnabled());
}

void TestSecurityUi::restoreAsksForTheBackupsPassphrase()
{
    openInWorkspace(); // a plain database; the backup comes from an encrypted one
    const QString backup = m_dir->filePath(QStringLiteral("from-the-clinic.sqlite"));
    {
        auto encrypted = Store::open(m_dir->filePath(QStringLiteral("clinic.sqlite")), {.passphrase = "clinic pass"});
        test::addParticipants(*encrypted, 1, QStringLiteral("C"));
        Backup::write(encrypted->database(), backup);
    }
    QVERIFY(header(backup) != plainMagic);
    const QByteArray backupBytes = test::fileBytes(backup);
    QStringList errors;
    QStringList texts;
    Driver driver({askedPassphrase(QStringLiteral("not it"), &errors), askedPassphrase(QStringLiteral("clinic pass")),
                   messageBox(QMessageBox::AcceptRole, &texts), messageBox(QMessageBox::AcceptRole, &texts)});
    QVERIFY(BackupActions::restoreFrom(nullptr, *m_workspace->store(), backup));
    QVERIFY(driver.allDone());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("Wrong passphrase")), qPrintable(errors.first()));
    QVERIFY(texts.first().contains(QStringLiteral("from-the-clinic.sqlite")));
    QCOMPARE(test::fileBytes(backup), backupBytes);
    m_workspace->setStore(Store::open(file())); // what the window does after a restore: still a plain database
    QCOMPARE(test::participantCodes(*m_workspace->store()), QStringList{QStringLiteral("C-0")});
    QCOMPARE(header(file()), plainMagic);
}

void TestSecurityUi::restoreUsesTheDatabasesOwnPassphraseFirst()
{
    openInWorkspace("same key");
    const QString backup = m_dir->filePath(QStringLiteral("monday.sqlite"));
    Backup::write(m_workspace->store()->database(), backup);
    m_workspace->store()->participants().add(Participant{.code = QStringLiteral("P-LATER")});
    Driver driver({messageBox(QMessageBox::AcceptRole), messageBox(QMessageBox::AcceptRole)}); // no passphrase asked
    QVERIFY(BackupActions::restoreFrom(nullptr, *m_workspace->store(), backup));
    QVERIFY(driver.allDone());
    m_workspace->setStore(Store::open(file(), {.passphrase = "same key"}));
    QVERIFY(!test::participantCodes(*m_workspace->store()).contains(QStringLiteral("P-LATER")));
}

void TestSecurityUi::restoreOfAnEncryptedBackupCancelled()
{
    openInWorkspace();
    const QString backup = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        auto encrypted = Store::open(m_dir->filePath(QStringLiteral("other.sqlite")), {.passphrase = "its own"});
        Backup::write(encrypted->database(), backup);
    }
    const QList<AuditLog::Row> before = m_workspace->store()->audit().rows();
    const QByteArray backupBytes = test::fileBytes(backup);
    Driver driver({cancelPassphrase()});
    QVERIFY(!BackupActions::restoreFrom(nullptr, *m_workspace->store(), backup));
    QVERIFY(driver.allDone());
    QCOMPARE(test::participantCodes(*m_workspace->store()).size(), 3);
    QCOMPARE(m_workspace->store()->audit().rows().size(), before.size()); // no restore, no safety copy recorded
    QVERIFY(!QDir(backups()).exists());
    QCOMPARE(test::fileBytes(backup), backupBytes);
}

// The data of an encrypted backup go into a plain database as plain data: the confirmation says so before anything
// happens (Cancel changes nothing), and the message afterwards says how to encrypt the database.
void TestSecurityUi::restoreIntoAPlainDatabaseSaysItIsNotEncrypted()
{
    openInWorkspace();
    const QString backup = m_dir->filePath(QStringLiteral("from-the-clinic.sqlite"));
    {
        auto encrypted = Store::open(m_dir->filePath(QStringLiteral("clinic.sqlite")), {.passphrase = "clinic pass"});
        test::addParticipants(*encrypted, 1, QStringLiteral("C"));
        Backup::write(encrypted->database(), backup);
    }
    const QStringList codes = test::participantCodes(*m_workspace->store());
    const qsizetype auditRows = m_workspace->store()->audit().rows().size();
    QStringList texts;
    {
        Driver driver({askedPassphrase(QStringLiteral("clinic pass")), messageBox(QMessageBox::RejectRole, &texts)});
        QVERIFY(!BackupActions::restoreFrom(nullptr, *m_workspace->store(), backup));
        QVERIFY(driver.allDone());
    }
    QVERIFY2(texts.first().contains(QStringLiteral("“from-the-clinic.sqlite” is encrypted, but this database is not")),
             qPrintable(texts.first()));
    QVERIFY2(texts.first().contains(QStringLiteral("without encryption")), qPrintable(texts.first()));
    QCOMPARE(test::participantCodes(*m_workspace->store()), codes);
    QCOMPARE(m_workspace->store()->audit().rows().size(), auditRows);
    QVERIFY(!QDir(backups()).exists());

    texts.clear();
    Driver driver({askedPassphrase(QStringLiteral("clinic pass")), messageBox(QMessageBox::AcceptRole, &texts),
                   messageBox(QMessageBox::AcceptRole, &texts)});
    QVERIFY(BackupActions::restoreFrom(nullptr, *m_workspace->store(), backup));
    QVERIFY(driver.allDone());
    QVERIFY2(texts.at(1).contains(QStringLiteral("not encrypted")) && texts.at(1).contains(QStringLiteral("Security")),
             qPrintable(texts.at(1)));
    m_workspace->setStore(Store::open(file()));
    QCOMPARE(header(file()), plainMagic); // what both messages said
}

void TestSecurityUi::exportAndReportSayTheyAreNotEncrypted_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("plain") << false;
    QTest::newRow("encrypted") << true;
}

void TestSecurityUi::exportAndReportSayTheyAreNotEncrypted()
{
    QFETCH(bool, encrypted);
    openInWorkspace(encrypted ? QByteArray("a passphrase") : QByteArray());
    ExportDialog exportDialog(*m_workspace->store(), m_selected);
    exportDialog.show();
    auto* note = exportDialog.findChild<PlainFileNote*>();
    QVERIFY(note);
    QCOMPARE(note->isVisible(), encrypted);
    QVERIFY(note->text().contains(QStringLiteral("anyone who gets the file can read it")));
    QCOMPARE(note->accessibleDescription(), note->text());

    ReportDialog reportDialog(QStringLiteral("P-1"), QStringLiteral("en"), nullptr,
                              m_workspace->store()->database().isEncrypted());
    reportDialog.show();
    auto* reportNote = reportDialog.findChild<PlainFileNote*>();
    QVERIFY(reportNote);
    QCOMPARE(reportNote->isVisible(), encrypted);
    QVERIFY(reportNote->text().contains(QStringLiteral("anyone who gets the PDF can read it")));
}

void TestSecurityUi::auditTrailNamesTheChange()
{
    openInWorkspace();
    m_workspace->setStore(nullptr);
    Encryption::rewrite(file(), {}, "first key");
    Encryption::rewrite(file(), "first key", "second key");
    Encryption::rewrite(file(), "second key", {});
    const auto store = Store::open(file());
    AuditTrailModel model;
    model.setStore(store.get());
    QStringList changes;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rowAt(row)->action == u"security") {
            QCOMPARE(model.data(model.index(row, AuditTrailModel::Action)).toString(),
                     QStringLiteral("encryption changed"));
            QCOMPARE(model.data(model.index(row, AuditTrailModel::Table)).toString(), QStringLiteral("database"));
            changes.append(model.data(model.index(row, AuditTrailModel::After)).toString());
        }
    changes.sort();
    QCOMPARE(changes,
             (QStringList{QStringLiteral("change: decrypted"), QStringLiteral("change: encrypted with a passphrase"),
                          QStringLiteral("change: passphrase changed")}));
}

// The dialog in Dutch (and, with MOODBIOME_SCREENSHOTS=DIR, drawn into DIR in both languages and both states).
void TestSecurityUi::dutchAndScreenshots()
{
    const QString shots = qEnvironmentVariable("MOODBIOME_SCREENSHOTS");
    LanguageManager languages;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        languages.apply(language);
        for (const bool encrypted : {false, true}) {
            m_workspace->setStore(nullptr);
            QFile::remove(file());
            openInWorkspace(encrypted ? QByteArray("a passphrase") : QByteArray());
            SecurityDialog dialog(m_workspace.get(), nullptr);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QString state = dialog.findChild<QLabel*>(QStringLiteral("state"))->text();
            if (language == u"nl")
                QCOMPARE(state, encrypted ? QStringLiteral("Deze database is versleuteld.")
                                          : QStringLiteral("Deze database is niet versleuteld."));
            if (!shots.isEmpty())
                QVERIFY(dialog.grab().save(
                    QStringLiteral("%1/security-%2-%3.png")
                        .arg(shots, encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain"), language)));
            if (encrypted && !shots.isEmpty()) {
                ExportDialog exportDialog(*m_workspace->store(), m_selected);
                exportDialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
                QVERIFY(exportDialog.grab().save(QStringLiteral("%1/export-encrypted-%2.png").arg(shots, language)));
            }
        }
    }
    languages.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestSecurityUi)
#include "tst_securityui.moc"
