// File ▸ Security…: whether the open database is encrypted and what that protects; encrypt it, change its
// passphrase or decrypt it (docs/SECURITY.md).
#pragma once

#include <QAction>
#include <QDialog>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QDialogButtonBox;

namespace mb {

class EncryptionChange;
struct EncryptionResult;
class OpenCheck;
class Workspace;

class SecurityDialog : public QDialog {
    Q_OBJECT
public:
    // openCheck (may be null): the window's quick check, stopped while the file is rewritten.
    SecurityDialog(Workspace* workspace, OpenCheck* openCheck, QWidget* parent = nullptr);
    ~SecurityDialog() override;

    static void run(QWidget* parent, Workspace* workspace, OpenCheck* openCheck);
    // File ▸ Security…, for the main window's menu: enabled while a database is open, retranslated with window.
    static QAction* menuAction(QWidget* window, Workspace* workspace, OpenCheck* openCheck);

    bool isBusy() const;
    QString statusText() const;

public slots:
    // What the buttons do: ask for the passphrases (the current one first, checked against the open database),
    // then rewrite the file off the GUI thread; the dialog says how it went.
    void encrypt();
    void changePassphrase();
    void decrypt();
    void reject() override; // not while the file is being rewritten

signals:
    void changeEnded(); // a rewrite ended, well or not, and the database is open again

protected:
    void changeEvent(QEvent* event) override;

private:
    std::optional<QByteArray> askCurrent(const QString& intro);
    void startChange(const QByteArray& currentKey, const QByteArray& newKey, const QString& busyText);
    void changed(const EncryptionResult& result, bool wasEncrypted);
    void offerToDeletePlainBackups(const QStringList& files);
    void updateState();
    void retranslate();

    Workspace* m_workspace;
    EncryptionChange* m_change;
    QLabel* m_state;
    QLabel* m_explanation;
    QLabel* m_file;
    QPushButton* m_encrypt;
    QPushButton* m_changePassphrase;
    QPushButton* m_decrypt;
    QLabel* m_status;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
