// The passphrase dialog (ask with a retry, new with its checks), opening and creating encrypted databases from the
// window, and the idle lock.
#include "TestSupport.h"
#include "core/Passphrase.h"
#include "storage/StorageError.h"
#include "ui/DatabaseDialogs.h"
#include "ui/EntryDialog.h"
#include "ui/IdleLock.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/MeasureInput.h"
#include "ui/NewEntryForm.h"
#include "ui/PassphraseDialog.h"
#include "ui/Settings.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>

#include <functional>

using namespace mb;

namespace {

const QString rightPassphrase = QStringLiteral("correct horse battery");

// Runs body on the modal dialog of type T once it is up (from inside its event loop).
template <typename T> void onModal(std::function<void(T*)> body)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, body] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        body(dialog);
    });
    timer->start();
}

// Answers the modal windows that come up, in order. A step gets the active modal window and returns false when it
// is not the one it expects: that one is then cancelled and written down, so that a wrong turn fails the test
// instead of hanging it.
class Script : public QObject {
public:
    using Step = std::function<bool(QWidget*)>;
    explicit Script(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &Script::next);
        m_timer.start(10);
    }
    bool allDone() const { return m_steps.isEmpty(); }
    const QStringList& unexpected() const { return m_unexpected; }

private:
    void next()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == m_answered) // that one may take a moment to go
            return;
        if (!m_steps.isEmpty() && m_steps.first()(modal)) {
            m_answered = modal;
            return void(m_steps.removeFirst());
        }
        auto* box = qobject_cast<QMessageBox*>(modal);
        m_unexpected.append(QString::fromLatin1(modal->metaObject()->className()) + QStringLiteral(": ") +
                            modal->windowTitle() + (box ? u' ' + box->text() : QString()));
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
    }

    QList<Step> m_steps;
    QPointer<QWidget> m_answered;
    QStringList m_unexpected;
    QTimer m_timer;
};

// The button reading text, whatever its Alt+letter.
QAbstractButton* buttonWithText(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons())
        if (QString(button->text()).remove(u'&') == QString(text).remove(u'&'))
            return button;
    return nullptr;
}

// The could-not-open box about file (found by its buttons): clicks the button with text.
Script::Step cannotOpen(const QString& file, const QString& click)
{
    return [file, click](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box || !buttonWithText(box, QStringLiteral("Create a new database…")) || !box->text().contains(file))
            return false;
        QAbstractButton* button = buttonWithText(box, click);
        if (!button)
            return false;
        button->click();
        return true;
    };
}

// The file dialog of File ▸ New (saving): takes path (accepted once the window's event loop has its turn: a file
// that exists is asked about in a message box of its own).
Script::Step saveAs(const QString& path)
{
    return [path](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        if (!dialog || dialog->acceptMode() != QFileDialog::AcceptSave)
            return false;
        // selectFile() leaves the name field alone once it has the focus: the name is put in it, as typed.
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (!name)
            return false;
        name->setText(path);
        QTimer::singleShot(0, dialog, [dialog] { static_cast<QDialog*>(dialog)->accept(); });
        return true;
    };
}

// A message box whose text contains part: clicks its button of role.
Script::Step messageBox(const QString& part, QMessageBox::ButtonRole role)
{
    return [part, role](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box || !QString(box->text() + box->informativeText()).contains(part))
            return false;
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == role)
                return button->click(), true;
        return false;
    };
}

void typeInto(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

} // namespace

class TestPassphraseUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test-passphraseui"));
    }
    void init();

    void askWrongThenRight();
    void askCancelled();
    void askShowToggle();
    void newModeValidation_data();
    void newModeValidation();
    void newModeStrengthHint();
    void newModeReturnsTheKey();

    void windowOpensAnEncryptedDatabase();
    void windowCancelKeepsTheOpenDatabase();
    void newDatabaseFromTheMenu_data();
    void newDatabaseFromTheMenu();
    void newDatabaseAfterAFailedOpen_data();
    void newDatabaseAfterAFailedOpen();
    void idleLockClosesAndReopens();
    void idleLockOnlyForEncrypted();
    void idleLockKeepsATypedEntryAsADraft();
    void lockSettingFollowsTheMode();

private:
    QString makeEncrypted();
    // Opens the encrypted file in the window, the passphrase typed into its prompt, and selects its participant.
    qint64 openWithPassphrase(MainWindow& window, const QString& path);
    std::unique_ptr<MainWindow> makeWindow(AppMode mode);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestPassphraseUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    m_settings = std::make_unique<Settings>();
    m_settings->setLanguage(QStringLiteral("en"));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestPassphraseUi::makeWindow(AppMode mode)
{
    m_settings->setMode(mode);
    m_settings->setValue(Settings::Key::FirstRunDone, true);
    auto window = std::make_unique<MainWindow>(m_settings.get(), m_languages.get());
    window->show();
    return window;
}

QString TestPassphraseUi::makeEncrypted()
{
    const QString path = m_dir->filePath(QStringLiteral("secret.sqlite"));
    Database::Options options;
    options.passphrase = Passphrase::toKey(rightPassphrase);
    auto store = Store::open(path, options);
    store->participants().add(Participant{.code = QStringLiteral("P-001")});
    return path;
}

qint64 TestPassphraseUi::openWithPassphrase(MainWindow& window, const QString& path)
{
    onModal<PassphraseDialog>([](PassphraseDialog* dialog) {
        QTest::keyClicks(dialog->passphraseField(), rightPassphrase);
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
    });
    if (window.openDatabase(path) || !window.store())
        return 0;
    const qint64 participant = window.store()->participants().list().first().id;
    window.workspace()->setParticipant(participant);
    return participant;
}

void TestPassphraseUi::askWrongThenRight()
{
    const QString path = makeEncrypted();
    const QByteArray before = test::fileBytes(path);
    QVERIFY(!before.startsWith("SQLite format 3"));
    bool sawWrong = false;
    onModal<PassphraseDialog>([&](PassphraseDialog* dialog) {
        QVERIFY(dialog->findChild<QLabel*>()->text().contains(QStringLiteral("“secret.sqlite”")));
        QVERIFY(!dialog->okButton()->isEnabled()); // nothing typed yet
        QCOMPARE(dialog->passphraseField()->echoMode(), QLineEdit::Password);
        typeInto(dialog->passphraseField(), QStringLiteral("wrong horse battery"));
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // stays open for another try
        QCOMPARE(dialog->errorText(), QStringLiteral("Wrong passphrase. The file was not changed."));
        QCOMPARE(test::fileBytes(path), before);
        sawWrong = true;
        typeInto(dialog->passphraseField(), rightPassphrase);
        QVERIFY(dialog->errorText().isEmpty()); // typing again clears the message
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
    });
    QString error;
    auto store = PassphraseDialog::askAndOpen(nullptr, path, Database::Options{}, &error);
    QVERIFY(sawWrong);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->database().isEncrypted());
    QCOMPARE(store->participants().list().size(), 1);
}

void TestPassphraseUi::askCancelled()
{
    const QString path = makeEncrypted();
    const QByteArray before = test::fileBytes(path);
    onModal<PassphraseDialog>([](PassphraseDialog* dialog) {
        QTest::keyClicks(dialog->passphraseField(), QStringLiteral("something"));
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Escape);
    });
    QString error;
    auto store = PassphraseDialog::askAndOpen(nullptr, path, Database::Options{}, &error);
    QVERIFY(!store);
    QVERIFY(error.isEmpty()); // cancelled, not failed
    QCOMPARE(test::fileBytes(path), before);
}

void TestPassphraseUi::askShowToggle()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Ask);
    dialog.show();
    QVERIFY(!dialog.repeatField()->isVisible());
    QVERIFY(!dialog.passphraseField()->accessibleName().isEmpty());
    QVERIFY(!dialog.showToggle()->accessibleName().isEmpty());
    dialog.showToggle()->setFocus();
    QTest::keyClick(dialog.showToggle(), Qt::Key_Space);
    QCOMPARE(dialog.passphraseField()->echoMode(), QLineEdit::Normal);
    QTest::keyClick(dialog.showToggle(), Qt::Key_Space);
    QCOMPARE(dialog.passphraseField()->echoMode(), QLineEdit::Password);
}

void TestPassphraseUi::newModeValidation_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("okEnabled");
    QTest::addColumn<QString>("problem"); // a part of the inline message; empty: none

    QTest::newRow("nothing typed") << QString() << QString() << false << QString();
    QTest::newRow("too short") << QStringLiteral("short") << QStringLiteral("short") << false
                               << QStringLiteral("at least 8");
    QTest::newRow("repeat missing") << QStringLiteral("long enough now") << QString() << false << QString();
    QTest::newRow("mismatch") << QStringLiteral("long enough now") << QStringLiteral("long enough no") << false
                              << QStringLiteral("not the same");
    QTest::newRow("match") << QStringLiteral("long enough now") << QStringLiteral("long enough now") << true
                           << QString();
    QTest::newRow("spaces count") << QStringLiteral("long enough now ") << QStringLiteral("long enough now") << false
                                  << QStringLiteral("not the same");
}

void TestPassphraseUi::newModeValidation()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, okEnabled);
    QFETCH(QString, problem);
    PassphraseDialog dialog(PassphraseDialog::Mode::New);
    dialog.show();
    QVERIFY(dialog.repeatField()->isVisible());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("warning"))->text().contains(QStringLiteral("nobody")));
    QTest::keyClicks(dialog.passphraseField(), first);
    QTest::keyClicks(dialog.repeatField(), second);
    QCOMPARE(dialog.okButton()->isEnabled(), okEnabled);
    if (problem.isEmpty())
        QCOMPARE(dialog.errorText(), QString());
    else
        QVERIFY2(dialog.errorText().contains(problem), qPrintable(dialog.errorText()));
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    QCOMPARE(dialog.isVisible(), !okEnabled); // Enter does nothing until the passphrase is acceptable
}

void TestPassphraseUi::newModeStrengthHint()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::New);
    dialog.show();
    QLabel* strength = dialog.findChild<QLabel*>(QStringLiteral("strength"));
    QVERIFY(!strength->isVisible());
    QTest::keyClicks(dialog.passphraseField(), QStringLiteral("abc"));
    QVERIFY(strength->isVisible());
    QCOMPARE(dialog.strengthText(),
             QStringLiteral("Strength: ") + Passphrase::strengthText(Passphrase::Strength::TooShort));
    typeInto(dialog.passphraseField(), QStringLiteral("Tr0ub4dor&3 staple Battery horse"));
    QCOMPARE(dialog.strengthText(),
             QStringLiteral("Strength: ") + Passphrase::strengthText(Passphrase::Strength::Strong));
}

void TestPassphraseUi::newModeReturnsTheKey()
{
    const QString typed = QStringLiteral("caf\u0065\u0301 au lait"); // e + combining accent: NFC makes it é
    onModal<PassphraseDialog>([&](PassphraseDialog* dialog) {
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Protect the new database"));
        dialog->passphraseField()->insert(typed); // QTest types Latin-1 only; an input method would insert it
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Tab); // to the repeat field, keyboard only
        QVERIFY(dialog->repeatField()->hasFocus());
        dialog->repeatField()->insert(typed);
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
    });
    const auto key = PassphraseDialog::askNew(nullptr, QStringLiteral("Protect the new database"), QString());
    QVERIFY(key);
    QCOMPARE(*key, Passphrase::toKey(typed));
    QCOMPARE(*key, QStringLiteral("caf\u00e9 au lait").toUtf8());

    onModal<PassphraseDialog>([](PassphraseDialog* dialog) { dialog->reject(); });
    QVERIFY(!PassphraseDialog::askNew(nullptr, QString(), QString()));
}

void TestPassphraseUi::windowOpensAnEncryptedDatabase()
{
    const QString path = makeEncrypted();
    auto window = makeWindow(AppMode::Clinician);
    onModal<PassphraseDialog>([](PassphraseDialog* dialog) {
        QTest::keyClicks(dialog->passphraseField(), rightPassphrase);
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
    });
    const auto error = window->openDatabase(path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QVERIFY(window->store() && window->store()->database().isEncrypted());
    QCOMPARE(window->store()->path(), path);
}

void TestPassphraseUi::windowCancelKeepsTheOpenDatabase()
{
    const QString path = makeEncrypted();
    const QByteArray before = test::fileBytes(path);
    auto window = makeWindow(AppMode::Clinician);
    const QString plain = m_dir->filePath(QStringLiteral("plain.sqlite"));
    QVERIFY(!window->openDatabase(plain));
    onModal<PassphraseDialog>([](PassphraseDialog* dialog) { dialog->reject(); });
    const auto error = window->openDatabase(path);
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("either an encrypted")), qPrintable(*error)); // both possibilities
    QCOMPARE(window->store()->path(), plain);
    QCOMPARE(test::fileBytes(path), before);
}

void TestPassphraseUi::newDatabaseFromTheMenu_data()
{
    QTest::addColumn<bool>("clinician");
    QTest::addColumn<bool>("protect"); // the tick box's default in that mode, left as it is
    QTest::newRow("clinician: protected by default") << true << true;
    QTest::newRow("single person: plain by default") << false << false;
}

void TestPassphraseUi::newDatabaseFromTheMenu()
{
    QFETCH(bool, clinician);
    QFETCH(bool, protect);
    auto window = makeWindow(clinician ? AppMode::Clinician : AppMode::SinglePerson);
    const QString path = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    bool asked = false;
    onModal<QMessageBox>([&](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("protectQuestion"));
        QVERIFY(box->checkBox());
        QCOMPARE(box->checkBox()->isChecked(), protect);
        QCOMPARE(box->checkBox()->text().contains(QStringLiteral("recommended")), protect);
        QTest::keyClick(box, Qt::Key_Return); // Continue is the default button
    });
    if (protect) {
        onModal<PassphraseDialog>([&](PassphraseDialog* dialog) {
            QCOMPARE(dialog->mode(), PassphraseDialog::Mode::New);
            QTest::keyClicks(dialog->passphraseField(), rightPassphrase);
            QTest::keyClicks(dialog->repeatField(), rightPassphrase);
            QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
            asked = true;
        });
    }
    // File ▸ New database after its file dialog (which offscreen does not always take a name from in time): the
    // question, the passphrase, the new file.
    const auto options = DatabaseDialogs::optionsFor(window.get(), path, true, clinician);
    QVERIFY(options);
    QVERIFY(!window->openDatabase(path, *options));
    QCOMPARE(asked, protect);
    QVERIFY(window->store());
    QCOMPARE(window->store()->path(), path);
    QCOMPARE(window->store()->database().isEncrypted(), protect);
    QCOMPARE(test::fileBytes(path).startsWith("SQLite format 3"), !protect);
}

void TestPassphraseUi::newDatabaseAfterAFailedOpen_data()
{
    QTest::addColumn<QString>("way");
    QTest::newRow("protected") << QStringLiteral("protected");
    QTest::newRow("cancelled at the question") << QStringLiteral("cancelled");
    QTest::newRow("an existing file") << QStringLiteral("existing");
}

// Start-up with a file that cannot be used, then "Create a new database…": the same questions as File ▸ New.
void TestPassphraseUi::newDatabaseAfterAFailedOpen()
{
    QFETCH(QString, way);
    const QString broken = m_dir->filePath(QStringLiteral("broken.sqlite"));
    QByteArray bytes(10000, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919 + 13) % 251);
    test::writeFile(broken, bytes);
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    const QString taken = m_dir->filePath(QStringLiteral("taken.sqlite"));
    Store::open(taken)->participants().add(Participant{.code = QStringLiteral("P-TAKEN")});
    const QByteArray takenBefore = test::fileBytes(taken);
    auto window = makeWindow(AppMode::Clinician);

    const auto question = [&](bool proceed) {
        return [proceed](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (!box || box->objectName() != u"protectQuestion" || !box->checkBox()->isChecked())
                return false; // clinician mode: protection ticked, as File ▸ New does
            if (proceed)
                QTest::keyClick(box, Qt::Key_Return); // Continue
            else
                box->button(QMessageBox::Cancel)->click();
            return true;
        };
    };
    const auto passphrase = [](QWidget* modal) {
        auto* dialog = qobject_cast<PassphraseDialog*>(modal);
        if (!dialog || dialog->mode() != PassphraseDialog::Mode::New)
            return false;
        QTest::keyClicks(dialog->passphraseField(), rightPassphrase);
        QTest::keyClicks(dialog->repeatField(), rightPassphrase);
        QTest::keyClick(dialog->repeatField(), Qt::Key_Return);
        return true;
    };
    const QString create = QStringLiteral("&Create a new database…");
    QList<Script::Step> steps{cannotOpen(QStringLiteral("broken.sqlite"), create)};
    if (way == u"protected")
        steps << saveAs(fresh) << question(true) << passphrase;
    else if (way == u"cancelled")
        steps << saveAs(fresh) << question(false)
              << cannotOpen(QStringLiteral("broken.sqlite"), QStringLiteral("&Quit"));
    else // Qt's file dialog asks whether to replace it; File ▸ New then refuses all the same
        steps << saveAs(taken) << messageBox(QStringLiteral("replace it"), QMessageBox::YesRole)
              << messageBox(QStringLiteral("Choose a new file name, or open it with Open another file…"),
                            QMessageBox::AcceptRole)
              << cannotOpen(QStringLiteral("broken.sqlite"), QStringLiteral("&Quit"));
    Script script(steps);

    const bool opened = window->openDatabaseInteractively(broken);
    QVERIFY2(script.unexpected().isEmpty(), qPrintable(script.unexpected().join(u'\n')));
    QCOMPARE(opened, way == u"protected");
    QVERIFY2(script.allDone(), "not every question of File ▸ New was asked");
    QCOMPARE(test::fileBytes(taken), takenBefore); // never opened, let alone replaced
    if (way == u"protected") {
        QCOMPARE(window->store()->path(), fresh);
        QVERIFY(window->store()->database().isEncrypted());
        QVERIFY(!test::fileBytes(fresh).startsWith("SQLite format 3"));
    } else {
        QCOMPARE(window->store(), nullptr);
        QVERIFY(!QFileInfo::exists(fresh));
    }
}

void TestPassphraseUi::idleLockClosesAndReopens()
{
    const QString path = makeEncrypted();
    auto window = makeWindow(AppMode::Clinician);
    const qint64 participant = openWithPassphrase(*window, path);
    QVERIFY(participant > 0);
    auto* lock = window->findChild<IdleLock*>();
    QVERIFY(lock);
    QSignalSpy locked(lock, &IdleLock::locked);

    // A window of its own (the quick check-in) shows what was typed: it is closed too.
    QDialog checkIn;
    checkIn.show();
    // A dialog is open when the time runs out: it is cancelled, and the store closes only after its exec().
    bool storeAfterDialog = false;
    QTimer::singleShot(0, window.get(), [&] {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Open"), QStringLiteral("Left open"),
                        QMessageBox::Ok | QMessageBox::Cancel, window.get());
        box.exec();
        storeAfterDialog = window->store() != nullptr;
    });
    // The lock screen runs its own event loop: the answers to both of its showings are set up before it comes.
    bool sawLockScreen = false;
    bool sawWrong = false;
    const auto answerRight = [&](PassphraseDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("lockScreen"));
        typeInto(dialog->passphraseField(), QStringLiteral("not the passphrase"));
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(window->store(), nullptr);
        sawWrong = true;
        typeInto(dialog->passphraseField(), rightPassphrase);
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
    };
    onModal<PassphraseDialog>([&](PassphraseDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("lockScreen"));
        QVERIFY(lock->isLocked());
        QVERIFY(storeAfterDialog);
        QVERIFY(!checkIn.isVisible());
        QCOMPARE(locked.size(), 1);
        QCOMPARE(window->store(), nullptr);
        QCOMPARE(window->workspace()->participantId(), 0);
        QVERIFY(dialog->findChild<QLabel*>()->text().contains(QStringLiteral("“secret.sqlite”")));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("openAnother"))->isVisible());
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("quit"))->isVisible());
        QVERIFY(!dialog->buttonBox()->button(QDialogButtonBox::Cancel)); // Escape only shows it again
        QCOMPARE(dialog->windowTitle(), QStringLiteral("MoodBiome is locked"));
        sawLockScreen = true;
        onModal<PassphraseDialog>(answerRight);
        QTest::keyClick(dialog, Qt::Key_Escape); // the lock cannot be dismissed: it asks again
    });
    lock->setIdleIntervalForTesting(100);
    QVERIFY(lock->isArmed());
    QTRY_VERIFY_WITH_TIMEOUT(sawLockScreen && sawWrong && !lock->isLocked(), 20000);
    QVERIFY(window->store());
    QCOMPARE(window->store()->path(), path);
    QCOMPARE(window->workspace()->participantId(), participant);
    QVERIFY(lock->isArmed()); // and it locks again after the next idle time
    lock->setIdleIntervalForTesting(0);
    QVERIFY(lock->isArmed()); // clinician mode: 15 minutes
}

// The lock came while a new entry was being typed: the form asked "Discard this entry?" of nobody, again and again,
// and the database stayed open and shown. It is now closed without the question, what was typed kept as a draft.
void TestPassphraseUi::idleLockKeepsATypedEntryAsADraft()
{
    const QString path = makeEncrypted();
    auto window = makeWindow(AppMode::Clinician);
    const qint64 participant = openWithPassphrase(*window, path);
    QVERIFY(participant > 0);
    auto* lock = window->findChild<IdleLock*>();
    EntryDialog* form = openNewEntryForm(window->workspace(), window.get());
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    form->input(QStringLiteral("mood"))->editor()->setFocus();
    QTest::keyClicks(form->input(QStringLiteral("mood"))->editor(), QStringLiteral("6"));

    bool sawLockScreen = false;
    onModal<PassphraseDialog>([&](PassphraseDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("lockScreen"));
        QCOMPARE(window->store(), nullptr); // closed: nothing of the entry is on the screen
        sawLockScreen = true;
        typeInto(dialog->passphraseField(), rightPassphrase);
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
    });
    lock->setIdleIntervalForTesting(100);
    QTRY_VERIFY_WITH_TIMEOUT(sawLockScreen && !lock->isLocked(), 20000);
    lock->setIdleIntervalForTesting(0);
    QVERIFY(!window->findChild<EntryDialog*>());
    QVERIFY(window->store());
    QCOMPARE(window->store()->journal().count(participant), 0); // nothing saved unasked
    const auto draft = window->store()->drafts().find(participant);
    QVERIFY(draft);
    QCOMPARE(draft->typed.value(QStringLiteral("mood")), QStringLiteral("6"));
}

void TestPassphraseUi::idleLockOnlyForEncrypted()
{
    auto window = makeWindow(AppMode::Clinician);
    QVERIFY(!window->openDatabase(m_dir->filePath(QStringLiteral("plain.sqlite"))));
    auto* lock = window->findChild<IdleLock*>();
    lock->setIdleIntervalForTesting(10);
    QCOMPARE(lock->idleInterval(), 0);
    QVERIFY(!lock->isArmed());
    QTest::qWait(50);
    QVERIFY(!lock->isLocked());
    QVERIFY(window->store());
}

void TestPassphraseUi::lockSettingFollowsTheMode()
{
    m_settings->setMode(AppMode::Clinician);
    QCOMPARE(m_settings->lockAfterMinutes(), 15);
    m_settings->setMode(AppMode::SinglePerson);
    QCOMPARE(m_settings->lockAfterMinutes(), 0);
    m_settings->setValue(Settings::Key::LockAfterMinutes, 5);
    QCOMPARE(m_settings->lockAfterMinutes(), 5);
    m_settings->setMode(AppMode::Clinician);
    QCOMPARE(m_settings->lockAfterMinutes(), 5); // a choice made stays

    const QString path = makeEncrypted();
    auto window = makeWindow(AppMode::SinglePerson);
    m_settings->setValue(Settings::Key::LockAfterMinutes, QVariant());
    onModal<PassphraseDialog>([](PassphraseDialog* dialog) {
        QTest::keyClicks(dialog->passphraseField(), rightPassphrase);
        QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
    });
    QVERIFY(!window->openDatabase(path));
    auto* lock = window->findChild<IdleLock*>();
    QVERIFY(!lock->isArmed()); // single person: never, by default
    m_settings->setValue(Settings::Key::LockAfterMinutes, 2);
    QVERIFY(lock->isArmed());
    QCOMPARE(lock->idleInterval(), 2 * 60 * 1000);
}

QTEST_MAIN(TestPassphraseUi)
#include "tst_passphrase_ui.moc"
