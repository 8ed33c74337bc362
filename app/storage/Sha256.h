// SHA-256 in hex: of a whole imported file for its audit event, and of every audit row for the chain.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace mb {

// Lower-case hex, the same as QCryptographicHash's. Computed by OpenSSL's libcrypto (SQLCipher's own cipher
// library, so nothing new is loaded; reached through the engine, storage/Engine.h), which uses the processor's
// SHA instructions: for a 256 MiB import that is a tenth of a second rather than QCryptographicHash's second and
// more (docs/ARCHITECTURE.md "Performance budgets").
QString sha256Hex(QByteArrayView bytes);

} // namespace mb
