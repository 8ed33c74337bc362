// The focus chain read, and written.
#include "ui/TabOrder.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QWidget>

namespace mb {

QList<QWidget*> keyboardStops(QWidget* root)
{
    QList<QWidget*> stops;
    if ((root->focusPolicy() & Qt::TabFocus) && !root->focusProxy())
        stops.append(root);
    for (QWidget* w = root->nextInFocusChain(); w != root; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            stops.append(w);
    }
    return stops;
}

QList<QWidget*> buttonsAsShown(QDialogButtonBox* buttons)
{
    QList<QWidget*> shown;
    QLayout* layout = buttons->layout();
    for (int i = 0; layout && i < layout->count(); ++i)
        if (QWidget* w = layout->itemAt(i)->widget(); w && (w->focusPolicy() & Qt::TabFocus))
            shown.append(w);
    return shown;
}

void setTabStops(const QList<QWidget*>& order)
{
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

} // namespace mb
