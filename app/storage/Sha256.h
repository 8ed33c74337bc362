// SHA-256 in hex: of a whole imported file for its audit event, of every audit row for the chain, and (Sha256,
// fed piece by piece) of the entries an import wrote (storage/ImportDigest.h).
#pragma once

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>

#include <memory>

namespace mb {

// Lower-case hex, the same as QCryptographicHash's. Computed by OpenSSL's libcrypto (SQLCipher's own cipher
// library, so nothing new is loaded; reached through the engine, storage/Engine.h), which uses the processor's
// SHA instructions: for a 256 MiB import that is a tenth of a second rather than QCryptographicHash's second and
// more (docs/ARCHITECTURE.md "Performance budgets").
QString sha256Hex(QByteArrayView bytes);

// The same hash of bytes given in pieces: hex() of add(a), add(b) is sha256Hex(a + b). Needs the engine loaded
// (an open database). Falls back to QCryptographicHash if libcrypto cannot make a context.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView bytes);
    QString hex(); // once: the hash of everything added

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    std::unique_ptr<QCryptographicHash> m_fallback;
};

} // namespace mb
