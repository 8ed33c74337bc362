// The day's backup runs on a worker thread (BackgroundJob: its own connection to the file, with the key when it is
// encrypted; WAL lets the window read and write meanwhile): a checked copy of a trial's database of gigabytes takes
// minutes, and the window must answer all along. The copy is one snapshot, taken in steps; its audit row is
// written by the worker's connection inside its own transaction, so the chain stays one chain whoever writes.
// Whatever closes or replaces the store goes through setStore() (Workspace::storeChanged), and a restore calls
// stop() first: a running backup is cancelled, not waited for to the end, and its thread is waited for, which
// takes one step of the copy or of its check. A cancelled backup leaves nothing: Backup writes through a temporary
// file beside the target (never named like a backup, so never taken for today's) that it removes on the way out.
// The backup on close stays on the GUI thread (the window is going); it stops a worker backup first, as File ▸
// Back up now does (MainWindow), which makes the day's backup itself.
// docs/ARCHITECTURE.md, "Start-up" and "Backups".
#include "ui/AutoBackup.h"

#include "core/Clock.h"
#include "storage/Backup.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/BackgroundJob.h"
#include "ui/BusyCursor.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace mb {

AutoBackup::AutoBackup(QObject* parent, QWidget* window)
    : QObject(parent)
    , m_window(window)
    , m_painted(window == nullptr)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::backupIfDue);
    if (window)
        window->installEventFilter(this);
}

AutoBackup::~AutoBackup()
{
    halt(false); // nobody is left to tell: whoever closes the window backs up (backupNow) before
}

void AutoBackup::setStore(Store* store)
{
    stop(); // the worker reads the previous store's file, which may be about to be closed or rewritten
    m_store = store;
    m_timer->stop();
    m_duePending = false;
    if (!canBackUp())
        return;
    m_timer->start();
    if (m_painted)
        return void(backupIfDue());
    m_duePending = true;
    QTimer::singleShot(unpaintedDelay(), this, &AutoBackup::backupIfStillDue);
}

bool AutoBackup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, &AutoBackup::backupIfStillDue); // once this first frame is on screen
    }
    return QObject::eventFilter(watched, event);
}

void AutoBackup::backupIfStillDue()
{
    if (!m_duePending)
        return;
    m_duePending = false;
    backupIfDue();
}

QString AutoBackup::folder() const
{
    if (!m_store)
        return {};
    return Backup::defaultFolder(m_store->path());
}

void AutoBackup::setCheckInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool AutoBackup::canBackUp() const
{
    return m_store && m_store->path() != u":memory:" && !m_store->database().isReadOnly();
}

bool AutoBackup::backupIfDue()
{
    if (!canBackUp() || isRunning())
        return false;
    const auto latest = Backup::latestAutomatic(m_store->database(), folder());
    if (latest && latest->date >= clock().today())
        return false;
    start();
    return true;
}

void AutoBackup::start()
{
    m_stopping = false;
    auto* job = new BackgroundJob(*m_store, this);
    m_job = job;
    // Set by the worker once the copy is checked and in place (with its audit row): read after the thread has
    // ended (stop), it says whether a stopped backup was kept after all.
    auto kept = std::make_shared<std::optional<AutomaticBackupResult>>();
    m_kept = kept;
    connect(job, &BackgroundJob::progress, this, [this](int percent) {
        showStatus(percent < 100 ? tr("Making the day's backup… %1%").arg(percent)
                                 : tr("Checking the day's backup…")); // the copy is whole: its check runs
    });
    connect(job, &BackgroundJob::failed, this,
            [this](const QString& message) { emit failed(tr("The automatic backup failed: %1").arg(message)); });
    connect(job, &BackgroundJob::finished, this, [this, job] {
        if (m_job == job) {
            m_job = nullptr;
            m_kept.reset();
        }
        job->deleteLater();
        showStatus({});
    });
    showStatus(tr("Making the day's backup…"));
    job->start([this, job, kept, folder = folder(), policy = m_policy, hook = m_stepHook](Store& store) {
        const AutomaticBackupResult result =
            Backup::automatic(store.database(), folder, policy, [job, &hook](qint64 done, qint64 total) {
                if (hook)
                    hook(done, total);
                job->throwIfCancelled(); // the unfinished copy is removed on the way out
                job->reportProgress(done, total, {});
            });
        *kept = result; // no step follows: a stop() from now on finds it kept
        job->deliver([this, job, result] {
            if (m_job == job) // not stopped meanwhile (stop() says it then)
                reportKept(result);
        });
    });
}

bool AutoBackup::isRunning() const
{
    return !m_job.isNull();
}

void AutoBackup::stop()
{
    halt(true);
}

void AutoBackup::halt(bool report)
{
    BackgroundJob* job = m_job;
    if (!job)
        return;
    const auto kept = std::exchange(m_kept, {});
    m_job = nullptr;
    m_stopping = true;
    job->cancel();
    {
        const BusyCursor busy; // one step of the copy or of its check
        job->wait();
    }
    job->disconnect(this); // a stopped backup reports nothing (its results may be queued already)
    job->deleteLater();    // not at once: stop() may be called from one of its signals
    m_stopping = false;
    showStatus({});
    if (report && kept && *kept) // finished before it could be stopped: the file stays, and so it is said
        reportKept(**kept);
}

// The day's backup is in place: said to whoever listens, and for a while in the window's status bar.
void AutoBackup::reportKept(const AutomaticBackupResult& result)
{
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(
            tr("The day's backup was made: %1").arg(QFileInfo(result.backup.file).fileName()), 8000);
    emit backedUp(result.backup.file, result.removed);
}

bool AutoBackup::backupNow()
{
    stop();
    if (!canBackUp())
        return false;
    try {
        const AutomaticBackupResult result = Backup::automatic(m_store->database(), folder(), m_policy);
        emit backedUp(result.backup.file, result.removed);
        return true;
    } catch (const StorageError& e) {
        emit failed(tr("The automatic backup failed: %1").arg(e.message()));
        return false;
    }
}

// A label of its own in the status bar, beside the database's name: the window's messages stay as they are.
void AutoBackup::showStatus(const QString& text)
{
    auto* window = qobject_cast<QMainWindow*>(m_window);
    if (!window || (!m_statusLabel && text.isEmpty()))
        return;
    if (!m_statusLabel) {
        m_statusLabel = new QLabel;
        m_statusLabel->setObjectName(QStringLiteral("autoBackupStatus"));
        m_statusLabel->setContentsMargins(12, 0, 0, 0); // apart from the database's name
        window->statusBar()->addPermanentWidget(m_statusLabel);
    }
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

} // namespace mb
