// One pending opening per process, handed over under a mutex: workers (imports, exports, the opening check)
// call Store::open on their own threads.
#include "storage/OpenAhead.h"

#include "storage/Store.h"

#include <QFileInfo>
#include <QThread>

#include <mutex>
#include <utility>

namespace mb {

namespace {

std::mutex pendingMutex;
OpenAhead* pending = nullptr;

} // namespace

OpenAhead::OpenAhead(const QString& path, const Database::Options& options)
    : m_path(path)
    , m_options(options)
{
    if (!QFileInfo(path).isFile())
        return;
    const std::lock_guard lock(pendingMutex);
    if (pending)
        return; // one at a time: the later one opens the usual way
    // Under the mutex: take() finds this only with its thread started.
    QThread::currentThread(); // the thread making this is Qt's main thread, even before any application exists
    m_thread = std::thread([this] { run(); });
    pending = this;
}

OpenAhead::~OpenAhead()
{
    {
        const std::lock_guard lock(pendingMutex);
        if (pending == this)
            pending = nullptr;
    }
    decideNext({});
    if (m_thread.joinable())
        m_thread.join();
}

void OpenAhead::run()
{
    // A file in use is waited for once, by the open that reports it: this first try does not wait.
    Database::Options quick = m_options;
    quick.busyTimeoutMs = 0;
    try {
        openAndList(quick);
    } catch (...) {
        // Refused, perhaps before the application's language was in (this may start before the application
        // exists): once then() or take() says it is, open again, for the refusal in that language.
        m_store.reset(); // its lock, if it got that far
        waitForNext();
        try {
            openAndList(m_options);
        } catch (...) {
            m_error = std::current_exception();
            return;
        }
    }
    runNext();
}

void OpenAhead::openAndList(const Database::Options& options)
{
    m_store = Store::openNow(m_path, options);
    m_store->database().setBusyTimeout(m_options.busyTimeoutMs);
    m_store->participants().list(); // the participant list's first read, kept for it
}

void OpenAhead::then(std::function<void(Store&)> next)
{
    decideNext(std::move(next));
}

void OpenAhead::decideNext(std::function<void(Store&)> next)
{
    {
        const std::lock_guard lock(m_nextMutex);
        if (m_next)
            return;
        m_next = std::move(next);
    }
    m_nextDecided.notify_one();
}

std::function<void(Store&)> OpenAhead::waitForNext()
{
    std::unique_lock lock(m_nextMutex);
    m_nextDecided.wait(lock, [this] { return m_next.has_value(); });
    return *m_next;
}

void OpenAhead::runNext()
{
    const std::function<void(Store&)> next = waitForNext();
    if (!next)
        return;
    try {
        next(*m_store);
    } catch (...) { // NOLINT(bugprone-empty-catch): the window reads it again and reports what fails
    }
}

std::unique_ptr<Store> OpenAhead::take(const QString& path, const Database::Options& options)
{
    OpenAhead* ahead = nullptr;
    {
        const std::lock_guard lock(pendingMutex);
        std::swap(ahead, pending);
    }
    return ahead ? ahead->claim(path, options) : nullptr;
}

std::unique_ptr<Store> OpenAhead::claim(const QString& path, const Database::Options& options)
{
    decideNext({}); // nothing more, if nobody said what
    m_thread.join();
    std::unique_ptr<Store> store = std::move(m_store);
    const std::exception_ptr error = std::exchange(m_error, nullptr);
    if (path != m_path || options != m_options)
        return nullptr; // store closes here, before the caller opens what it asked for
    if (error)
        std::rethrow_exception(error);
    return store;
}

} // namespace mb
