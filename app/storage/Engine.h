// The database engine, SQLCipher (and through it OpenSSL's libcrypto), is loaded when storage first needs it,
// not by the dynamic loader at program start: a command that opens no database never maps it, and the GUI
// maps it on the thread that opens the database (docs/ARCHITECTURE.md "The engine is loaded on first use").
// Engine.cpp defines every sqlite3_* (and libcrypto) function storage calls, each forwarding to the library's.
#pragma once

namespace mb {

class Engine {
public:
    // The engine's shared library (SQLCipher 4, whose NEEDED entries bring libcrypto.so.3).
    static constexpr const char* soname = "libsqlcipher.so.1";

    // Loads the shared library `library` (RTLD_NOW | RTLD_LOCAL) and resolves every function storage calls in
    // it and its dependencies; throws StorageError (CannotOpen) naming the library and the loader's reason
    // when either fails. Returns the dlopen handle; loading a library again only counts a reference.
    static void* load(const char* library);

    // Loads the engine the first time it is called, by whichever thread calls first (later calls cost one
    // acquire load); throws as load() does, again on every call, when it could not be loaded. Called before
    // each sqlite3_open_v2, so every handle storage holds comes from a loaded engine.
    static void require();
};

} // namespace mb
