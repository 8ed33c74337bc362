// The start-up database opened on another core while the window is built (docs/ARCHITECTURE.md, "Start-up").
#pragma once

#include "storage/Database.h"

#include <QString>

#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace mb {

class Store;

// Starts Store::open(path, options) on a thread of its own; it may be made before the application exists. The
// process's next Store::open takes what it made when it asks for the same path with the same options: the store,
// or the StorageError of an opening made once then() or take() was called, so that the refusal is worded in the
// application's language and is the same as the caller's own would be (a file in use is waited for once: the first
// try does not wait). Any other next open closes it first.
// Only an existing file is opened ahead: a new database is made by its caller, who makes its folder first.
// One at a time, made and destroyed on one thread.
class OpenAhead {
public:
    explicit OpenAhead(const QString& path, const Database::Options& options = {});
    ~OpenAhead(); // waits for the thread; a store nobody took is closed
    OpenAhead(const OpenAhead&) = delete;
    OpenAhead& operator=(const OpenAhead&) = delete;

    // What to read next with the store once it is open, on the same thread (ahead for the window, such as its
    // first chart); what it throws is dropped, as the window reads and reports for itself. The thread waits for
    // this call, for take() or for the destructor, whichever comes first; a later call does nothing.
    void then(std::function<void(Store&)> next);

    // For Store::open (any thread): the store opened ahead for path and options, or nullptr when there is none,
    // after which there is none for anyone. Rethrows the opening's StorageError.
    static std::unique_ptr<Store> take(const QString& path, const Database::Options& options);

private:
    std::unique_ptr<Store> claim(const QString& path, const Database::Options& options);
    void run(); // the thread
    void openAndList(const Database::Options& options);
    void decideNext(std::function<void(Store&)> next);
    std::function<void(Store&)> waitForNext();
    void runNext();

    QString m_path;
    Database::Options m_options;
    std::mutex m_nextMutex;
    std::condition_variable m_nextDecided;
    std::optional<std::function<void(Store&)>> m_next; // set once: the function, or an empty one for nothing
    std::unique_ptr<Store> m_store;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace mb
