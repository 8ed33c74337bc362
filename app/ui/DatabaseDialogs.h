// The questions around opening a database: which file (File ▸ New/Open), what to do when a file cannot be used,
// and whether a first-time user wants to look around with demo data.
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace mb {

class Store;

class DatabaseDialogs {
    Q_DECLARE_TR_FUNCTIONS(mb::DatabaseDialogs)
public:
    // A file chosen to create (refused with a message when it exists, which points to File ▸ Open, or from
    // afterFailure() to its Open another file…) or to open; empty when cancelled.
    static QString choose(QWidget* parent, bool create, const QString& folder, bool fromMenu = true);
    // How to create path: asks whether to protect it with a passphrase (ticked when recommended: clinician mode),
    // then the passphrase. Options{} for an existing file (create false); nothing when path is empty or cancelled.
    static std::optional<Database::Options> optionsFor(QWidget* parent, const QString& path, bool create,
                                                       bool recommended);
    // A file to open or create, and how (optionsFor).
    struct Choice {
        QString path;
        Database::Options options;
    };
    // After path could not be used: another file to open, or a new one to create (choose() and optionsFor(), as
    // File ▸ New: an existing file is refused, a passphrase offered); nothing to quit. Cancelling on the way (a
    // file dialog, the passphrase question) shows this question again.
    static std::optional<Choice> afterFailure(QWidget* parent, const QString& path, const QString& error,
                                              bool recommended);
    // The first-run question: true when the user wants the demo data.
    static bool wantsDemo(QWidget* parent);
    // Store::open, asking for the passphrase (PassphraseDialog) when the file is encrypted, until the right one or
    // Cancel. Throws StorageError: the file's own problem, or Encrypted (its message) when no passphrase was given.
    static std::unique_ptr<Store> openStore(QWidget* parent, const QString& path,
                                            const Database::Options& options = {});
    // Opens path (with options): nothing, or why it failed (MainWindow::openDatabase).
    using Open = std::function<std::optional<QString>(const QString& path, const Database::Options& options)>;
    // Opens path with open(); while that fails, asks (afterFailure) for another file or a new one, whose passphrase
    // is recommended as in optionsFor(). False: the user gave up.
    static bool openUntilDone(QWidget* parent, const QString& path, bool recommended, const Open& open);
};

} // namespace mb
