// The file dialogs: Qt's own, with icons and types told from names alone. A dialog that reads a file to tell its
// type opens and closes a descriptor of it, and when the file is the open database that drops the locks SQLite
// holds on it (docs/THREAT_MODEL.md, item 19); a platform's dialog may do just that, so none is used.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace mb::FileDialogs {

// As QFileDialog's static functions of the same names; an empty result when cancelled.
QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter);
QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& folder, const QString& filter);
// Asks before replacing an existing file. selectedFilter, when given, receives the filter chosen.
QString getSaveFileName(QWidget* parent, const QString& caption, const QString& path, const QString& filter,
                        QString* selectedFilter = nullptr);

} // namespace mb::FileDialogs
