// Long database work (import, export) on a worker thread with its own connection, cancellable, with progress.
#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <exception>
#include <functional>

class QThread;

namespace mb {

class Store;

// SQLite connections must not be shared between threads, so the worker opens its own connection to the same
// file (WAL lets the window's connection keep reading meanwhile). A cancelled or failed job throws out of
// its transaction, which rolls back: the database is left as it was.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    // Thrown by the work (see throwIfCancelled) to stop; the job then reports cancelled().
    class Cancelled : public std::exception {
    public:
        const char* what() const noexcept override { return "cancelled"; }
    };
    using Work = std::function<void(Store& store)>;

    // Works on its own connection to store's file (with its key when it is encrypted).
    explicit BackgroundJob(Store& store, QObject* parent = nullptr);
    ~BackgroundJob() override; // cancels a running job and waits for it

    // Runs work on a new thread; one job at a time.
    void start(Work work);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel() { m_cancel = true; }
    bool isCancelling() const { return m_cancel; }
    void throwIfCancelled() const;
    // From the worker: emits progress() on the GUI thread when the percentage changes.
    void reportProgress(qint64 done, qint64 total, const QString& text);
    // From the worker: runs function on the GUI thread (results go back this way).
    void deliver(std::function<void()> function);
    // Blocks until the running job, if any, has ended (tests, and closing a dialog).
    void wait();

signals:
    void progress(int percent, const QString& text);
    void failed(const QString& message);
    void cancelled();
    void finished(); // after done, failed or cancelled

private:
    QString m_path;
    Database::Options m_options;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    std::atomic<int> m_lastPercent = -1;
};

} // namespace mb
