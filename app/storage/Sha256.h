// The SHA-256 of a whole file's bytes, as an import records it in its audit event.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace mb {

// Lower-case hex. Computed by OpenSSL's libcrypto (SQLCipher's own cipher library, so nothing new is loaded),
// which uses the processor's SHA instructions: for a 256 MiB import that is a tenth of a second rather than
// QCryptographicHash's second and more (docs/ARCHITECTURE.md "Performance budgets").
QString sha256Hex(QByteArrayView bytes);

} // namespace mb
