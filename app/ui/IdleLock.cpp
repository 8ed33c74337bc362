// The idle lock: a timer restarted by every key and mouse event of the application, the lock screen, the setting.
#include "ui/IdleLock.h"

#include "storage/Store.h"
#include "ui/AsksBeforeCancelling.h"
#include "ui/DatabaseDialogs.h"
#include "ui/OpenCheck.h"
#include "ui/PassphraseDialog.h"
#include "ui/Settings.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace mb {

namespace {
constexpr int maxMinutes = 24 * 60;
constexpr int maxCloseAttempts = 50;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::HoverMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        return true;
    default:
        return false;
    }
}

// The lock screen's own results besides Accepted (unlocked) and Rejected (Escape: it asks again).
enum LockScreenResult { OpenAnother = 2, Quit = 3 };
} // namespace

IdleLock::IdleLock(QWidget* window, Workspace* workspace, Settings* settings, OpenCheck* openCheck, Reopen reopen,
                   std::function<void()> quit)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_openCheck(openCheck)
    , m_reopen(std::move(reopen))
    , m_quit(std::move(quit))
{
    setObjectName(QStringLiteral("idleLock"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    connect(workspace, &Workspace::storeChanged, this, &IdleLock::rearm);
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::LockAfterMinutes || key == Settings::Key::Mode)
            rearm();
    });
    qApp->installEventFilter(this);
    rearm();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setIdleIntervalForTesting(int milliseconds)
{
    m_testInterval = milliseconds;
    rearm();
}

int IdleLock::idleInterval() const
{
    Store* store = m_workspace->store();
    if (!store || !store->database().isEncrypted())
        return 0; // nothing to protect: a plain file is readable without the app anyway
    if (m_testInterval > 0)
        return m_testInterval;
    return qMin(m_settings->lockAfterMinutes(), maxMinutes) * 60 * 1000;
}

void IdleLock::rearm()
{
    const int interval = idleInterval();
    if (interval > 0 && !m_locked)
        m_timer.start(interval);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_timer.isActive() && isInput(event->type()))
        m_timer.start(); // again from the full interval
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked || !m_workspace->store())
        return;
    if (!closeModalDialogs())
        return; // tried again shortly, or after another idle interval
    m_locked = true;
    m_timer.stop();
    m_path = m_workspace->store()->path();
    m_participantId = m_workspace->participantId();
    m_openCheck->cancel(); // it reads the file that is about to be closed
    m_workspace->setStore(nullptr);
    emit locked();
    showLockScreen();
}

// Open dialogs hold on to the store (their save functions, the code after their exec()): each is cancelled and
// the lock waits until its exec() has returned. A progress dialog is work under way: the lock waits for another
// idle interval instead.
bool IdleLock::closeModalDialogs()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    for (QWidget* window : QApplication::topLevelWidgets()) // the quick check-in: it shows what was typed
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible() && !dialog->isModal())
            cancelWithoutAsking(dialog);
    QWidget* modal = QApplication::activeModalWidget();
    const int level = QThread::currentThread()->loopLevel();
    if (!modal && (m_closingLevel == 0 || level < m_closingLevel)) {
        m_closingLevel = 0;
        m_closeAttempts = 0;
        return true;
    }
    if (++m_closeAttempts > maxCloseAttempts || qobject_cast<QProgressDialog*>(modal)) {
        m_closingLevel = 0;
        m_closeAttempts = 0;
        rearm();
        return false;
    }
    if (auto* dialog = qobject_cast<QDialog*>(modal)) {
        m_closingLevel = level;
        cancelWithoutAsking(dialog); // the entry form keeps what was typed as a draft; nobody is asked
    } else if (modal) {
        m_closingLevel = level;
        modal->close();
    }
    QTimer::singleShot(10, this, &IdleLock::lock);
    return false;
}

void IdleLock::showLockScreen()
{
    for (;;) {
        PassphraseDialog dialog(PassphraseDialog::Mode::Ask, m_window);
        dialog.setObjectName(QStringLiteral("lockScreen"));
        dialog.setTitle(tr("MoodBiome is locked"));
        dialog.setFile(m_path);
        dialog.setIntro(tr("“%1” was closed after a time without use, and its data are no longer shown. Enter the "
                           "passphrase to open it again.")
                            .arg(QFileInfo(m_path).fileName()));
        dialog.setCheck([this](const QByteArray& key) {
            Database::Options options;
            options.passphrase = key;
            return m_reopen(m_path, options);
        });
        QDialogButtonBox* buttons = dialog.buttonBox();
        delete buttons->button(QDialogButtonBox::Cancel); // the lock is not cancelled: another file, or Quit
        dialog.okButton()->setText(tr("&Unlock"));
        QPushButton* other = buttons->addButton(tr("&Open another database…"), QDialogButtonBox::ActionRole);
        other->setObjectName(QStringLiteral("openAnother"));
        QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::ActionRole);
        quit->setObjectName(QStringLiteral("quit"));
        connect(other, &QPushButton::clicked, &dialog, [&dialog] { dialog.done(OpenAnother); });
        connect(quit, &QPushButton::clicked, &dialog, [&dialog] { dialog.done(Quit); });
        const int result = dialog.exec();
        if (result == Quit) {
            m_quit();
            return;
        }
        if (result == QDialog::Accepted || (result == OpenAnother && openAnother()))
            break;
    }
    const bool sameFile = m_workspace->store() && m_workspace->store()->path() == m_path;
    m_locked = false;
    if (sameFile && m_participantId != 0) {
        m_workspace->setParticipant(m_participantId);
        if (!m_workspace->participant())
            m_workspace->setParticipant(0); // removed meanwhile by another program
    }
    rearm();
    emit unlocked();
}

bool IdleLock::openAnother()
{
    const QString path = DatabaseDialogs::choose(m_window, false, QFileInfo(m_path).path());
    if (path.isEmpty())
        return false;
    if (const auto error = m_reopen(path, {})) {
        QMessageBox::critical(m_window, tr("Cannot open the database"), *error);
        return false;
    }
    return true;
}

QWidget* IdleLock::createSettingsPage(Settings* settings, QDialog* dialog)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("lockPage"));
    auto* minutes = new QSpinBox;
    minutes->setObjectName(QStringLiteral("lockAfterMinutes"));
    minutes->setRange(0, maxMinutes);
    minutes->setSpecialValueText(tr("Never"));
    minutes->setValue(settings->lockAfterMinutes());
    minutes->setAccessibleName(tr("Minutes without use before the database is locked, 0 for never"));
    auto* label = new QLabel(tr("&Lock after this many minutes without use:"));
    label->setBuddy(minutes);
    label->setWordWrap(true);
    auto* note = new QLabel(tr("Only for databases protected with a passphrase. After this time without a key press "
                               "or mouse movement, open dialogs are cancelled (a new entry being typed is kept as "
                               "a draft in the database, offered again at the next New entry; what was typed in other "
                               "dialogs is lost), the database is closed and its passphrase is asked to continue."));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(label, minutes);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    QObject::connect(dialog, &QDialog::accepted, page,
                     [settings, minutes] { settings->setValue(Settings::Key::LockAfterMinutes, minutes->value()); });
    return page;
}

} // namespace mb
