// Help ▸ Keyboard shortcuts (F1): every shortcut of the window in one table.
#pragma once

#include <QCoreApplication>

class QWidget;

namespace mb {

class ShortcutsDialog {
    Q_DECLARE_TR_FUNCTIONS(mb::ShortcutsDialog)
public:
    static void show(QWidget* parent);
};

} // namespace mb
