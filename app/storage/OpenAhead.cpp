// One pending opening per process, handed over under a mutex: workers (imports, exports, the opening check)
// call Store::open on their own threads.
#include "storage/OpenAhead.h"

#include "storage/Store.h"

#include <QFileInfo>

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
    m_thread = std::thread([this] {
        try {
            m_store = Store::openNow(m_path, m_options);
            m_store->participants().list(); // the participant list's first read, kept for it
        } catch (...) {
            m_error = std::current_exception();
        }
    });
    pending = this;
}

OpenAhead::~OpenAhead()
{
    {
        const std::lock_guard lock(pendingMutex);
        if (pending == this)
            pending = nullptr;
    }
    if (m_thread.joinable())
        m_thread.join();
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
