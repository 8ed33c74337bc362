// Encrypting, decrypting or re-keying the database the window has open: its store closed, Encryption::rewrite on a
// worker thread, then the file reopened with the new key (the old one after a failure) and the participant selected
// again (docs/SECURITY.md).
#pragma once

#include "storage/Encryption.h"

#include <QObject>

class QThread;

namespace mb {

class OpenCheck;
class Workspace;

class EncryptionChange : public QObject {
    Q_OBJECT
public:
    // openCheck (may be null) is cancelled before the store closes and scheduled again after it reopens.
    EncryptionChange(Workspace* workspace, OpenCheck* openCheck, QObject* parent = nullptr);
    ~EncryptionChange() override; // waits for a running rewrite

    // Rewrites the open database from currentKey (empty: it is plain) to newKey (empty: plain). Returns false,
    // doing nothing, when no database is open or a change is already running; otherwise the workspace's store is
    // closed now and succeeded() or failed() follows once it is open again.
    bool start(const QByteArray& currentKey, const QByteArray& newKey);
    bool isRunning() const { return m_running; } // from start() until finished()
    // Blocks until a running rewrite's thread has ended (tests); the reopening follows in the event loop.
    void wait();

signals:
    // The file was rewritten and is open again with its new key, the same participant selected; wasEncrypted: it
    // had a passphrase before (so the passphrase was changed or removed).
    void succeeded(const EncryptionResult& result, bool wasEncrypted);
    // Nothing changed: the file is open again as it was (message says why). When even reopening it failed, the
    // message says that too and no database is open.
    void failed(const QString& message);
    void finished(); // after succeeded or failed

private:
    void reopen(const QByteArray& key, const EncryptionResult& result, const QString& error);

    Workspace* m_workspace;
    OpenCheck* m_openCheck;
    QThread* m_thread = nullptr;
    bool m_running = false;
    bool m_wasEncrypted = false;
    QString m_path;
    qint64 m_participantId = 0;
};

} // namespace mb
