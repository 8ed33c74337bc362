// The worker thread's life: open the database, run the work, report how it ended, close the connection.
#include "ui/BackgroundJob.h"

#include "storage/Importer.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QThread>

namespace mb {

BackgroundJob::BackgroundJob(Store& store, QObject* parent)
    : QObject(parent)
    , m_path(store.path())
    , m_options(store.database().connectionOptions())
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread; // its finished() handler will not run any more: this object is going
    }
}

void BackgroundJob::throwIfCancelled() const
{
    if (m_cancel)
        throw Cancelled();
}

void BackgroundJob::start(Work work)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_lastPercent = -1;
    m_thread = QThread::create([this, work = std::move(work)] {
        std::function<void()> outcome;
        try {
            const auto store = Store::open(m_path, m_options);
            work(*store);
        } catch (const Cancelled&) {
            outcome = [this] {
                emit cancelled();
            };
        } catch (const ImportCancelled&) {
            outcome = [this] {
                emit cancelled();
            };
        } catch (const StorageError& error) {
            outcome = [this, message = error.message()] {
                emit failed(message);
            };
        } catch (const std::exception& error) {
            outcome = [this, message = QString::fromLocal8Bit(error.what())] {
                emit failed(message);
            };
        }
        if (outcome)
            deliver(outcome);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}

void BackgroundJob::reportProgress(qint64 done, qint64 total, const QString& text)
{
    const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
    if (m_lastPercent.exchange(percent) != percent)
        deliver([this, percent, text] { emit progress(percent, text); });
}

void BackgroundJob::deliver(std::function<void()> function)
{
    QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
}

void BackgroundJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace mb
