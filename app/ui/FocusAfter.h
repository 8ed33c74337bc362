// Where the keyboard focus goes when a dialog closes: back to the control that opened it, or, when that one is
// gone (hidden, disabled), to a fallback such as the table. Left to Qt, it went to whatever widget came next in the
// window, which could be an unnamed container that shows no focus.
#pragma once

#include <QDialog>
#include <QPointer>
#include <QWidget>

namespace mb {

inline void returnFocusAfter(QDialog* dialog, QWidget* opener, QWidget* fallback)
{
    QObject::connect(dialog, &QDialog::finished, opener,
                     [opener = QPointer<QWidget>(opener), fallback = QPointer<QWidget>(fallback)] {
                         const auto usable = [](QWidget* w) {
                             return w && w->isVisible() && w->isEnabled();
                         };
                         if (usable(opener))
                             opener->setFocus(Qt::OtherFocusReason);
                         else if (usable(fallback))
                             fallback->setFocus(Qt::OtherFocusReason);
                     });
}

} // namespace mb
