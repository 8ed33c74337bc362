// Setting the Tab order of a window from blocks of it (a list, a page, a row of buttons), each block's own keyboard
// stops in the order they already have among themselves.
#pragma once

#include <QList>

class QDialogButtonBox;
class QWidget;

namespace mb {

// The widgets under root that Tab stops at, in their focus chain order (not those that hand the focus on, such as a
// spin box's line edit).
QList<QWidget*> keyboardStops(QWidget* root);
// A button box's buttons in the order its layout shows them (the style's: Cancel before OK on Linux), which is not the
// order Qt gives them to Tab.
QList<QWidget*> buttonsAsShown(QDialogButtonBox* buttons);
// Tab goes from each widget to the next one of the list.
void setTabStops(const QList<QWidget*>& order);

} // namespace mb
