// The start-up database opened on another core while the window is built (docs/ARCHITECTURE.md, "Start-up").
#pragma once

#include "storage/Database.h"

#include <QString>

#include <exception>
#include <memory>
#include <thread>

namespace mb {

class Store;

// Starts Store::open(path, options) on a thread of its own. The process's next Store::open takes what it made
// when it asks for the same path with the same options: the store, or the StorageError the opening threw (so a
// refusal is the same, and a wait for a locked file is not waited twice). Any other next open closes it first.
// Only an existing file is opened ahead: a new database is made by its caller, who makes its folder first.
// One at a time, made and destroyed on one thread.
class OpenAhead {
public:
    explicit OpenAhead(const QString& path, const Database::Options& options = {});
    ~OpenAhead(); // waits for the thread; a store nobody took is closed
    OpenAhead(const OpenAhead&) = delete;
    OpenAhead& operator=(const OpenAhead&) = delete;

    // For Store::open (any thread): the store opened ahead for path and options, or nullptr when there is none,
    // after which there is none for anyone. Rethrows the opening's StorageError.
    static std::unique_ptr<Store> take(const QString& path, const Database::Options& options);

private:
    std::unique_ptr<Store> claim(const QString& path, const Database::Options& options);

    QString m_path;
    Database::Options m_options;
    std::unique_ptr<Store> m_store;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace mb
