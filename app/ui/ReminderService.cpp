// The reminder timer, the tray icon and its menu, the notification and the reminder window.
#include "ui/ReminderService.h"

#include "core/Clock.h"
#include "core/ReminderSchedule.h"
#include "storage/Store.h"
#include "ui/Settings.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mb {

namespace {
// Looked at again at least this often, so a suspended computer or a changed clock is noticed soon.
constexpr int maxWaitMs = 60 * 1000;
} // namespace

ReminderService::ReminderService(Settings* settings, Workspace* workspace, bool trayAvailable, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_workspace(workspace)
    , m_trayAvailable(trayAvailable)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::check);
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::ReminderTimes || key == Settings::Key::ReminderSkipWhenEntry)
            reschedule();
    });
    connect(workspace, &Workspace::participantChanged, this, &ReminderService::reschedule);
    connect(workspace, &Workspace::entriesChanged, this, &ReminderService::reschedule);
    connect(workspace, &Workspace::storeChanged, this, &ReminderService::reschedule);
    if (m_trayAvailable)
        createTray();
    reschedule();
}

ReminderService::~ReminderService()
{
    delete m_window;
    delete m_menu;
}

void ReminderService::createTray()
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->installEventFilter(this); // a top-level widget: told of a language change
    m_checkIn = m_menu->addAction(QString(), this, &ReminderService::checkInRequested);
    m_snooze = m_menu->addAction(QString(), this, &ReminderService::snooze);
    m_open = m_menu->addAction(QString(), this, &ReminderService::openRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString(), this, &ReminderService::quitRequested);
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull()) { // set by main.cpp; a plain square elsewhere (tests)
        QPixmap square(32, 32);
        square.fill(QColor(0x2a, 0x7a, 0x8c));
        icon = QIcon(square);
    }
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit checkInRequested(); // the tray icon's default action
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderService::checkInRequested);
    retranslate();
}

void ReminderService::setTrayWanted(bool wanted)
{
    m_trayWanted = wanted;
    updateTray();
}

QDialog* ReminderService::reminderWindow() const
{
    return m_window;
}

bool ReminderService::isTrayVisible() const
{
    return m_tray && m_tray->isVisible();
}

void ReminderService::updateTray()
{
    if (m_tray)
        m_tray->setVisible(m_trayWanted || !m_settings->value(Settings::Key::ReminderTimes).toStringList().isEmpty());
}

void ReminderService::reschedule()
{
    const ReminderSchedule schedule(
        ReminderSchedule::fromStrings(m_settings->value(Settings::Key::ReminderTimes).toStringList()),
        clock().timeZone());
    const QDateTime now = clock().nowUtc();
    QDate skipDay;
    const qint64 participant = m_workspace->participantId();
    if (m_settings->value(Settings::Key::ReminderSkipWhenEntry).toBool() && m_workspace->store() && participant &&
        m_workspace->store()->journal().hasEntryOn(participant, clock().today()))
        skipDay = clock().today();
    // Strictly after the last one shown, so a time is never shown twice (nor the repeated hour of autumn).
    const QDateTime after = m_lastFired.isValid() && m_lastFired > now ? m_lastFired : now;
    m_due = schedule.next(after, m_snoozedUntil, skipDay);
    updateTray();
    if (m_due.isValid())
        m_timer->start(int(std::clamp<qint64>(now.msecsTo(m_due), 0, maxWaitMs)));
    else
        m_timer->stop();
}

void ReminderService::check()
{
    const QDateTime now = clock().nowUtc();
    if (m_due.isValid() && now >= m_due) {
        m_lastFired = m_due;
        if (m_snoozedUntil.isValid() && m_snoozedUntil <= now)
            m_snoozedUntil = {};
        remind();
    }
    reschedule();
}

void ReminderService::snooze()
{
    m_snoozedUntil = clock().nowUtc().addSecs(snoozeMinutes * 60);
    if (m_window)
        m_window->close();
    reschedule();
}

void ReminderService::remind()
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(tr("Time to check in"), tr("How do you feel? Click here to record it in a few keys."),
                            QSystemTrayIcon::Information, 60 * 1000);
    else
        showWindow();
    emit reminded();
}

void ReminderService::tellStillRunning()
{
    if (!m_tray || m_toldStillRunning || !QSystemTrayIcon::supportsMessages())
        return;
    m_toldStillRunning = true;
    m_tray->showMessage(tr("MoodBiome is still running"),
                        tr("It stays in the tray to remind you. Quit from the tray icon's menu."),
                        QSystemTrayIcon::Information, 8000);
}

// Without a tray (or notifications): a small window of our own, not modal, with the same choices.
void ReminderService::showWindow()
{
    if (!m_window) {
        m_window = new QDialog;
        m_window->setObjectName(QStringLiteral("reminderWindow"));
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        m_window->setWindowTitle(tr("Time to check in"));
        auto* text = new QLabel(tr("How do you feel? A check-in takes a few keys."));
        auto* now = new QPushButton(tr("&Check in now"));
        now->setObjectName(QStringLiteral("checkInNow"));
        now->setDefault(true);
        auto* later = new QPushButton(tr("Remind me in %n minute(s)", nullptr, snoozeMinutes));
        later->setObjectName(QStringLiteral("snooze"));
        auto* dismiss = new QPushButton(tr("&Dismiss"));
        dismiss->setObjectName(QStringLiteral("dismiss"));
        connect(now, &QPushButton::clicked, this, [this] {
            m_window->close();
            emit checkInRequested();
        });
        connect(later, &QPushButton::clicked, this, &ReminderService::snooze);
        connect(dismiss, &QPushButton::clicked, m_window, &QDialog::reject);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(dismiss);
        buttons->addStretch(1);
        buttons->addWidget(later);
        buttons->addWidget(now);
        auto* layout = new QVBoxLayout(m_window);
        layout->addWidget(text);
        layout->addLayout(buttons);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

bool ReminderService::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReminderService::retranslate()
{
    if (!m_tray)
        return;
    m_checkIn->setText(tr("&Check in now"));
    m_snooze->setText(tr("&Remind me in %n minute(s)", nullptr, snoozeMinutes));
    m_open->setText(tr("&Open MoodBiome"));
    m_quit->setText(tr("&Quit"));
    m_tray->setToolTip(tr("MoodBiome: daily check-in"));
}

} // namespace mb
