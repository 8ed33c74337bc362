// Grows a shown window when a message or warning appeared in it: wrapped labels need more height than the
// window's minimum size says, and a window that does not grow cuts them off.
#pragma once

#include <QLayout>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace mb {

inline void growWindowToFit(QWidget* widget)
{
    QWidget* top = widget ? widget->window() : nullptr;
    if (!top || !top->isVisible() || !top->layout())
        return;
    QTimer::singleShot(0, top, [top] { // after the label's new text reached the layout
        QLayout* layout = top->layout();
        layout->activate();
        const int width = top->width();
        int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : 0;
        needed = std::max(needed, top->minimumSizeHint().height());
        if (needed > top->height())
            top->resize(width, needed);
    });
}

} // namespace mb
