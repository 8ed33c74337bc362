// The engine's functions, each defined here with the exact signature of <sqlite3.h> or <openssl/evp.h> and
// forwarding to the library's own, resolved once with dlsym (docs/ARCHITECTURE.md "The engine is loaded on
// first use"). The list below is every engine function app/ calls: a call to one not listed does not link.
#include "storage/Engine.h"

#include "storage/StorageError.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <openssl/evp.h>
#include <sqlite3.h>
#include <type_traits>
#include <utility>

// X(return type, name, parameters, arguments passed on). A signature that differs from the header's is a
// compile error (a C function declared twice with different types).
#define MB_ENGINE_FUNCTIONS(X)                                                                                         \
    X(int, sqlite3_backup_finish, (sqlite3_backup * p), (p))                                                           \
    X(sqlite3_backup*, sqlite3_backup_init, (sqlite3 * to, const char* toName, sqlite3* from, const char* fromName),   \
      (to, toName, from, fromName))                                                                                    \
    X(int, sqlite3_backup_pagecount, (sqlite3_backup * p), (p))                                                        \
    X(int, sqlite3_backup_remaining, (sqlite3_backup * p), (p))                                                        \
    X(int, sqlite3_backup_step, (sqlite3_backup * p, int pages), (p, pages))                                           \
    X(int, sqlite3_bind_double, (sqlite3_stmt * s, int i, double v), (s, i, v))                                        \
    X(int, sqlite3_bind_int64, (sqlite3_stmt * s, int i, sqlite3_int64 v), (s, i, v))                                  \
    X(int, sqlite3_bind_null, (sqlite3_stmt * s, int i), (s, i))                                                       \
    X(int, sqlite3_bind_text, (sqlite3_stmt * s, int i, const char* v, int n, void (*del)(void*)), (s, i, v, n, del))  \
    X(int, sqlite3_busy_timeout, (sqlite3 * db, int ms), (db, ms))                                                     \
    X(sqlite3_int64, sqlite3_changes64, (sqlite3 * db), (db))                                                          \
    X(int, sqlite3_clear_bindings, (sqlite3_stmt * s), (s))                                                            \
    X(int, sqlite3_close, (sqlite3 * db), (db))                                                                        \
    X(int, sqlite3_close_v2, (sqlite3 * db), (db))                                                                     \
    X(int, sqlite3_column_bytes, (sqlite3_stmt * s, int i), (s, i))                                                    \
    X(double, sqlite3_column_double, (sqlite3_stmt * s, int i), (s, i))                                                \
    X(int, sqlite3_column_int, (sqlite3_stmt * s, int i), (s, i))                                                      \
    X(sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt * s, int i), (s, i))                                          \
    X(const unsigned char*, sqlite3_column_text, (sqlite3_stmt * s, int i), (s, i))                                    \
    X(int, sqlite3_column_type, (sqlite3_stmt * s, int i), (s, i))                                                     \
    X(int, sqlite3_db_readonly, (sqlite3 * db, const char* name), (db, name))                                          \
    X(const char*, sqlite3_errmsg, (sqlite3 * db), (db))                                                               \
    X(const char*, sqlite3_errstr, (int rc), (rc))                                                                     \
    X(int, sqlite3_exec, (sqlite3 * db, const char* sql, int (*cb)(void*, int, char**, char**), void* a, char** err),  \
      (db, sql, cb, a, err))                                                                                           \
    X(int, sqlite3_extended_errcode, (sqlite3 * db), (db))                                                             \
    X(int, sqlite3_extended_result_codes, (sqlite3 * db, int on), (db, on))                                            \
    X(int, sqlite3_file_control, (sqlite3 * db, const char* name, int op, void* arg), (db, name, op, arg))             \
    X(int, sqlite3_finalize, (sqlite3_stmt * s), (s))                                                                  \
    X(void, sqlite3_free, (void* p), (p))                                                                              \
    X(int, sqlite3_get_autocommit, (sqlite3 * db), (db))                                                               \
    X(int, sqlite3_key_v2, (sqlite3 * db, const char* name, const void* key, int n), (db, name, key, n))               \
    X(sqlite3_int64, sqlite3_last_insert_rowid, (sqlite3 * db), (db))                                                  \
    X(int, sqlite3_open_v2, (const char* file, sqlite3** db, int flags, const char* vfs), (file, db, flags, vfs))      \
    X(int, sqlite3_prepare_v2, (sqlite3 * db, const char* sql, int n, sqlite3_stmt** s, const char** tail),            \
      (db, sql, n, s, tail))                                                                                           \
    X(void, sqlite3_progress_handler, (sqlite3 * db, int n, int (*cb)(void*), void* a), (db, n, cb, a))                \
    X(int, sqlite3_reset, (sqlite3_stmt * s), (s))                                                                     \
    X(int, sqlite3_sleep, (int ms), (ms))                                                                              \
    X(int, sqlite3_step, (sqlite3_stmt * s), (s))                                                                      \
    X(int, sqlite3_system_errno, (sqlite3 * db), (db))                                                                 \
    X(sqlite3_int64, sqlite3_total_changes64, (sqlite3 * db), (db))                                                    \
    X(int, EVP_Digest,                                                                                                 \
      (const void* data, size_t n, unsigned char* md, unsigned int* size, const EVP_MD* type, ENGINE* impl),           \
      (data, n, md, size, type, impl))                                                                                 \
    X(const EVP_MD*, EVP_sha256, (void), ())                                                                           \
    X(EVP_MD_CTX*, EVP_MD_CTX_new, (void), ())                                                                         \
    X(void, EVP_MD_CTX_free, (EVP_MD_CTX * c), (c))                                                                    \
    X(int, EVP_DigestInit_ex, (EVP_MD_CTX * c, const EVP_MD* type, ENGINE* impl), (c, type, impl))                     \
    X(int, EVP_DigestUpdate, (EVP_MD_CTX * c, const void* data, size_t n), (c, data, n))                               \
    X(int, EVP_DigestFinal_ex, (EVP_MD_CTX * c, unsigned char* md, unsigned int* size), (c, md, size))

namespace mb {
namespace {

// The library's own definitions. dlsym on the library's handle searches it and then its dependencies (so
// libcrypto's EVP_* are found through SQLCipher, whose package brings it), never the executable: where a test
// also links libsqlcipher and these definitions interpose the library's, the pointers still lead to it.
struct Functions {
#define MB_ENGINE_POINTER(ret, name, params, args) decltype(&::name) name = nullptr;
    MB_ENGINE_FUNCTIONS(MB_ENGINE_POINTER)
#undef MB_ENGINE_POINTER
    int (*sqlite3_db_config)(sqlite3*, int, ...) = nullptr;
};

// Trivially destructible, so it is still there for a database closed by a destructor that runs at exit.
struct Loaded {
    void* handle = nullptr;
    char error[512] = {}; // dlerror()'s text when handle is null
    Functions functions;
};
static_assert(std::is_trivially_destructible_v<Loaded>);

template <typename Pointer> bool resolve(void* handle, const char* name, Pointer& pointer)
{
    pointer = reinterpret_cast<Pointer>(dlsym(handle, name));
    return pointer != nullptr;
}

Loaded loadLibrary(const char* soname)
{
    Loaded loaded;
    dlerror();
    loaded.handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    bool all = loaded.handle != nullptr;
#define MB_ENGINE_RESOLVE(ret, name, params, args) all = all && resolve(loaded.handle, #name, loaded.functions.name);
    MB_ENGINE_FUNCTIONS(MB_ENGINE_RESOLVE)
#undef MB_ENGINE_RESOLVE
    all = all && resolve(loaded.handle, "sqlite3_db_config", loaded.functions.sqlite3_db_config);
    if (!all) {
        const char* reason = dlerror();
        std::snprintf(loaded.error, sizeof loaded.error, "%s", reason ? reason : "unknown reason");
        if (loaded.handle)
            dlclose(std::exchange(loaded.handle, nullptr));
    }
    return loaded;
}

[[noreturn]] void throwUnloadable(const char* soname, const char* reason)
{
    throw StorageError(StorageError::Code::CannotOpen,
                       StorageText::tr("The database engine (%1) could not be loaded: %2")
                           .arg(QString::fromUtf8(soname), QString::fromLocal8Bit(reason)));
}

// The process's engine, loaded by the first caller (a function-local static: thread-safe, then one acquire
// load per call).
const Loaded& engine()
{
    static const Loaded loaded = loadLibrary(Engine::soname);
    return loaded;
}

// For the definitions below. Every handle storage holds comes from sqlite3_open_v2, which Engine::require()
// precedes, so a call here without an engine is a bug: it says so on stderr and aborts rather than jumping
// through a null pointer (docs/ARCHITECTURE.md).
const Functions& functions()
{
    const Loaded& loaded = engine();
    if (!loaded.handle) [[unlikely]] {
        std::fprintf(stderr, "moodbiome: an engine function was called, but %s could not be loaded: %s\n",
                     Engine::soname, loaded.error);
        std::abort();
    }
    return loaded.functions;
}

} // namespace

void* Engine::load(const char* library)
{
    const Loaded loaded = loadLibrary(library);
    if (!loaded.handle)
        throwUnloadable(library, loaded.error);
    return loaded.handle;
}

void Engine::require()
{
    const Loaded& loaded = engine();
    if (!loaded.handle)
        throwUnloadable(soname, loaded.error);
}

} // namespace mb

extern "C" {

#define MB_ENGINE_DEFINITION(ret, name, params, args)                                                                  \
    ret name params                                                                                                    \
    {                                                                                                                  \
        return mb::functions().name args;                                                                              \
    }
MB_ENGINE_FUNCTIONS(MB_ENGINE_DEFINITION)
#undef MB_ENGINE_DEFINITION

// Variadic: forwarded for the argument shape storage uses, (int on, int* now) of the SQLITE_DBCONFIG_ENABLE_*
// and other on/off options (every op from SQLITE_DBCONFIG_ENABLE_FKEY up). MAINDBNAME (const char*) and
// LOOKASIDE (void*, int, int) are not forwarded: they say so on stderr and abort.
int sqlite3_db_config(sqlite3* db, int op, ...)
{
    if (op < SQLITE_DBCONFIG_ENABLE_FKEY) {
        std::fprintf(stderr, "moodbiome: sqlite3_db_config(%d) has no forwarding (app/storage/Engine.cpp)\n", op);
        std::abort();
    }
    va_list list;
    va_start(list, op);
    const int on = va_arg(list, int);
    int* now = va_arg(list, int*);
    va_end(list);
    return mb::functions().sqlite3_db_config(db, op, on, now);
}

} // extern "C"
