// The self-pipe between the signal handler and the event loop, and the closing it starts.
#include "QuitOnSignal.h"

#include "ui/AsksBeforeCancelling.h"

#include <QApplication>
#include <QDialog>
#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace mb {

namespace {

constexpr std::array signalsHandled{SIGTERM, SIGINT, SIGHUP};
std::array<int, 2> wakePipe{-1, -1}; // read end, write end

extern "C" void wakeEventLoop(int signal)
{
    const int saved = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(wakePipe[1], &byte, 1); // async-signal-safe; full means awake
    errno = saved;
}

void setHandlers(void (*handler)(int), int flags)
{
    struct sigaction action = {};
    action.sa_handler = handler;
    action.sa_flags = flags;
    sigemptyset(&action.sa_mask);
    for (const int signal : signalsHandled)
        sigaction(signal, &action, nullptr);
}

} // namespace

QuitOnSignal::QuitOnSignal(std::function<void()> closeWindow, QObject* parent)
    : QObject(parent)
    , m_closeWindow(std::move(closeWindow))
{
    if (::pipe2(wakePipe.data(), O_CLOEXEC | O_NONBLOCK) != 0)
        return; // no pipe, no handlers: the signals keep their default action
    m_notifier = new QSocketNotifier(wakePipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::readSignal);
    m_retry.setInterval(50);
    connect(&m_retry, &QTimer::timeout, this, &QuitOnSignal::retry);
    // SA_RESETHAND: the handler runs once; a second signal ends the process as if there were none.
    setHandlers(wakeEventLoop, SA_RESTART | SA_RESETHAND);
}

QuitOnSignal::~QuitOnSignal()
{
    if (!m_notifier)
        return;
    setHandlers(SIG_DFL, 0);
    ::close(wakePipe[0]);
    ::close(wakePipe[1]);
    wakePipe = {-1, -1};
}

void QuitOnSignal::readSignal()
{
    char bytes[16];
    while (::read(wakePipe[0], bytes, sizeof bytes) > 0) {
    }
    if (m_received)
        return;
    m_received = true;
    closeDialogs();
    m_closeWindow(); // once: it saves the layout and makes the closing backup
    QCoreApplication::quit();
    m_retry.start(); // until the application's event loop has returned
}

void QuitOnSignal::closeDialogs()
{
    // Cancelled as their Cancel button would: a dialog's own loop returns, and what waited on it carries on. One
    // that would first ask "discard?" is not asked: nobody may be there to answer.
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        if (!dialog || !dialog->isVisible())
            continue;
        cancelWithoutAsking(dialog);
    }
}

void QuitOnSignal::retry()
{
    closeDialogs();
    QCoreApplication::quit(); // does nothing before the main loop runs (a dialog's loop at start-up), hence the timer
}

} // namespace mb
