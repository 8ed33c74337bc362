// The store closed, the rewrite on its own thread, the store reopened on the GUI thread.
#include "ui/EncryptionChange.h"

#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/LanguageManager.h"
#include "ui/OpenCheck.h"
#include "ui/Workspace.h"

#include <QThread>

namespace mb {

EncryptionChange::EncryptionChange(Workspace* workspace, OpenCheck* openCheck, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_openCheck(openCheck)
{
}

EncryptionChange::~EncryptionChange()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread; // its finished() handler will not run any more: this object is going
    }
}

void EncryptionChange::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool EncryptionChange::start(const QByteArray& currentKey, const QByteArray& newKey)
{
    Store* store = m_workspace->store();
    if (m_running || m_thread || !store)
        return false;
    m_running = true;
    m_path = store->path();
    m_participantId = m_workspace->participantId();
    m_wasEncrypted = !currentKey.isEmpty();
    // Encryption::rewrite needs the file to itself: the quick check's connection and the window's go first.
    if (m_openCheck)
        m_openCheck->cancel();
    m_workspace->setStore(nullptr);

    m_thread = QThread::create([this, path = m_path, currentKey, newKey] {
        EncryptionResult result;
        QString error;
        try {
            result = Encryption::rewrite(path, currentKey, newKey);
        } catch (const StorageError& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
        const QByteArray key = error.isEmpty() ? newKey : currentKey;
        QMetaObject::invokeMethod(
            this, [this, key, result, error] { reopen(key, result, error); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
    return true;
}

void EncryptionChange::reopen(const QByteArray& key, const EncryptionResult& result, const QString& error)
{
    QString failure = error;
    try {
        auto store =
            Store::open(m_path, Database::Options{.create = false, .passphrase = key}); // never a new empty file
        store->setLanguage(LanguageManager::current());
        m_workspace->setStore(std::move(store));
        m_workspace->setParticipant(m_participantId);
        if (m_openCheck)
            m_openCheck->schedule();
    } catch (const StorageError& e) {
        failure = error.isEmpty()
                      ? tr("The database was changed, but it could not be opened again: %1").arg(e.message())
                      : tr("%1\n\nThe database could not be opened again either: %2").arg(error, e.message());
    }
    m_running = false;
    if (failure.isEmpty())
        emit succeeded(result, m_wasEncrypted);
    else
        emit failed(failure);
    emit finished();
}

} // namespace mb
