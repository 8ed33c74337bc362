// File dialogs and message boxes for opening databases.
#include "ui/DatabaseDialogs.h"

#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/FileDialogs.h"
#include "ui/PassphraseDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace mb {

namespace {
QString openFilter()
{
    return DatabaseDialogs::tr("MoodBiome databases (*.sqlite *.db);;All files (*)");
}
} // namespace

QString DatabaseDialogs::choose(QWidget* parent, bool create, const QString& folder, bool fromMenu)
{
    const QString path =
        create ? FileDialogs::getSaveFileName(parent, tr("Create a new MoodBiome database"), folder,
                                              tr("MoodBiome databases (*.sqlite)"))
               : FileDialogs::getOpenFileName(parent, tr("Open a MoodBiome database"), folder, openFilter());
    if (create && !path.isEmpty() && QFileInfo::exists(path)) {
        QMessageBox::warning(
            parent, tr("Not created"),
            (fromMenu ? tr("“%1” already exists. Choose a new file name, or use File ▸ Open database… to open it.")
                      : tr("“%1” already exists. Choose a new file name, or open it with Open another file…"))
                .arg(path));
        return {};
    }
    return path;
}

std::optional<Database::Options> DatabaseDialogs::optionsFor(QWidget* parent, const QString& path, bool create,
                                                             bool recommended)
{
    if (path.isEmpty())
        return std::nullopt;
    if (!create)
        return Database::Options{};
    QMessageBox box(QMessageBox::Question, tr("New database"),
                    tr("Protect “%1” with a passphrase?").arg(QFileInfo(path).fileName()), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("protectQuestion"));
    box.setInformativeText(tr("Anyone who copies an unprotected database file can read it. With a passphrase the "
                              "database and its backups are encrypted, and the passphrase is asked each time the "
                              "database is opened."));
    auto* protect = new QCheckBox(recommended ? tr("&Protect with a passphrase (recommended for clinical data)")
                                              : tr("&Protect with a passphrase"));
    protect->setObjectName(QStringLiteral("protect"));
    protect->setChecked(recommended);
    box.setCheckBox(protect);
    QPushButton* next = box.addButton(tr("&Continue"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(next);
    box.exec();
    if (box.clickedButton() != next)
        return std::nullopt;
    Database::Options options;
    if (protect->isChecked()) {
        const auto key = PassphraseDialog::askNew(parent, tr("Passphrase for the new database"),
                                                  tr("Choose a passphrase for “%1”. It is asked each time the "
                                                     "database is opened.")
                                                      .arg(QFileInfo(path).fileName()));
        if (!key)
            return std::nullopt;
        options.passphrase = *key;
    }
    return options;
}

std::optional<DatabaseDialogs::Choice> DatabaseDialogs::afterFailure(QWidget* parent, const QString& path,
                                                                     const QString& error, bool recommended)
{
    for (;;) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                        tr("MoodBiome cannot use “%1”.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
                        parent);
        box.setObjectName(QStringLiteral("cannotOpen"));
        box.setInformativeText(error);
        QPushButton* other = box.addButton(tr("&Open another file…"), QMessageBox::AcceptRole);
        QPushButton* fresh = box.addButton(tr("&Create a new database…"), QMessageBox::ActionRole);
        box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other && box.clickedButton() != fresh)
            return std::nullopt;
        // The same questions as File ▸ Open and File ▸ New: an existing file is not created over, and a new one
        // can be protected. Cancelled (or refused) on the way: this question again, with Quit still in it.
        const bool create = box.clickedButton() == fresh;
        const QString file = choose(parent, create, QFileInfo(path).path(), false);
        if (auto options = optionsFor(parent, file, create, recommended))
            return Choice{file, std::move(*options)};
    }
}

bool DatabaseDialogs::wantsDemo(QWidget* parent)
{
    QMessageBox box(QMessageBox::Question, tr("Welcome to MoodBiome"),
                    tr("Would you like to look around with demo data first?"), QMessageBox::NoButton, parent);
    box.setInformativeText(tr("The demo data are made up: a year-long diary with a probiotic period, an FMT and "
                              "eleven study participants. They live in a separate demo database, so your own "
                              "database stays empty until you start."));
    QPushButton* demo = box.addButton(tr("&Explore demo data"), QMessageBox::AcceptRole);
    box.addButton(tr("&Start fresh"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == demo;
}

std::unique_ptr<Store> DatabaseDialogs::openStore(QWidget* parent, const QString& path,
                                                  const Database::Options& options)
{
    try {
        return Store::open(path, options);
    } catch (const StorageError& e) {
        if (e.code() != StorageError::Code::Encrypted || !options.passphrase.isEmpty())
            throw;
        QString error;
        if (auto opened = PassphraseDialog::askAndOpen(parent, path, options, &error))
            return opened;
        if (error.isEmpty())
            throw; // cancelled: the first message says what the file may be
        throw StorageError(StorageError::Code::CannotOpen, error);
    }
}

bool DatabaseDialogs::openUntilDone(QWidget* parent, const QString& path, bool recommended, const Open& open)
{
    Choice candidate{path, {}};
    while (const auto error = open(candidate.path, candidate.options)) {
        auto next = afterFailure(parent, candidate.path, *error, recommended);
        if (!next)
            return false;
        candidate = std::move(*next);
    }
    return true;
}

} // namespace mb
