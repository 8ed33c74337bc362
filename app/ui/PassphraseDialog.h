// The passphrase of an encrypted database: asked for to open one (with a retry after a wrong one, the dialog staying
// open), or chosen for a new one (typed twice, with a strength hint and the warning that nobody can recover it).
// See docs/SECURITY.md "Passphrases".
#pragma once

#include "storage/Database.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mb {

class ErrorBanner;
class Store;

class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode {
        Ask, // the passphrase of an existing file
        New, // a new passphrase, typed twice
    };
    // Tries a key (Ask mode, on OK): nothing when it is right, else the message shown in the dialog, which stays open.
    using Check = std::function<std::optional<QString>(const QByteArray& key)>;

    explicit PassphraseDialog(Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Ask mode: the file named in "Enter the passphrase for “file”".
    void setFile(const QString& path);
    // The window title instead of "Passphrase" (Ask) or "New passphrase" (New).
    void setTitle(const QString& title);
    // A paragraph above the fields (New mode: why a passphrase is asked for; Ask mode: replaces the default one).
    void setIntro(const QString& text);
    // Ask mode: run on OK; while it returns a message the dialog stays open and shows it.
    void setCheck(Check check);
    // The typed passphrase as key bytes (Passphrase::toKey).
    QByteArray key() const;

    // The OK and Cancel buttons; more can be added (the lock screen's "Open another database…").
    QDialogButtonBox* buttonBox() const { return m_buttons; }

    // For tests and screenshots.
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* repeatField() const { return m_repeat; } // New mode only (hidden in Ask mode)
    QCheckBox* showToggle() const { return m_show; }
    QPushButton* okButton() const;
    QString errorText() const;    // the inline error (wrong passphrase, a problem, a mismatch); empty when none
    QString strengthText() const; // New mode: "Strength: Fair"

    void accept() override;

    // Ask mode, looping: opens path with options plus the typed key until it opens or the user cancels. A wrong
    // passphrase is said in the dialog. Returns nullptr when cancelled (error then empty) or when the file failed
    // for another reason than the passphrase (error: storage's message; the dialog closes).
    static std::unique_ptr<Store> askAndOpen(QWidget* parent, const QString& path, Database::Options options,
                                             QString* error);
    // Ask mode with any check (a backup's passphrase, the current passphrase before changing it): the key that
    // passed check, or nothing when cancelled.
    static std::optional<QByteArray> ask(QWidget* parent, const QString& path, const Check& check,
                                         const QString& intro = {});
    // New mode: the key bytes of an acceptable passphrase typed twice alike, or nothing when cancelled.
    static std::optional<QByteArray> askNew(QWidget* parent, const QString& title, const QString& intro);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateState();
    void fitHeight(); // wrapped texts and messages need more height than the layout's minimum says
    void retranslate();

    Mode m_mode;
    QString m_path;
    QString m_title;
    QString m_intro;
    Check m_check;
    QLabel* m_introLabel;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QCheckBox* m_show;
    QLabel* m_strength;
    QLabel* m_problem; // New mode: what is wrong with the typing so far
    QLabel* m_warning; // New mode: a lost passphrase cannot be recovered
    ErrorBanner* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
