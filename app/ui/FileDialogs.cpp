// One QFileDialog, never the platform's, whose model asks a provider that reads no file.
#include "ui/FileDialogs.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace mb::FileDialogs {

namespace {

// Icons and the Type column from the name: QFileIconProvider's own guesses read a file's first bytes.
class NameOnlyIconProvider : public QFileIconProvider {
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isRoot())
            return QFileIconProvider::icon(Drive);
        return QFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QFileIconProvider::type(info); // "Folder": from the name too
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }
};

QStringList run(QWidget* parent, const QString& caption, const QString& folder, const QString& filter,
                QFileDialog::FileMode mode, QFileDialog::AcceptMode accept, QString* selectedFilter = nullptr)
{
    static NameOnlyIconProvider provider; // outlives every dialog
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&provider);
    dialog.setFileMode(mode);
    dialog.setAcceptMode(accept);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles();
}

} // namespace

QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    return run(parent, caption, folder, filter, QFileDialog::ExistingFile, QFileDialog::AcceptOpen).value(0);
}

QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    return run(parent, caption, folder, filter, QFileDialog::ExistingFiles, QFileDialog::AcceptOpen);
}

QString getSaveFileName(QWidget* parent, const QString& caption, const QString& path, const QString& filter,
                        QString* selectedFilter)
{
    return run(parent, caption, path, filter, QFileDialog::AnyFile, QFileDialog::AcceptSave, selectedFilter).value(0);
}

} // namespace mb::FileDialogs
