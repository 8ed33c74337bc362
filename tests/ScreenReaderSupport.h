// What a screen reader on Linux announces for a combo box. Qt there gives a combo box its current text as its
// accessible name (QAccessibleComboBox: "on Linux we use relations for this"), so setAccessibleName() is not heard:
// the name comes from the labelled-by relation, which Qt makes only to a QLabel that is the box's buddy and its
// sibling. A hidden label is no help either: the label heard must be one that is shown.
#pragma once

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QStringList>

namespace mb::test {

// The visible labels the screen reader gets for box through the labelled-by relation.
inline QStringList visibleLabelsOf(QComboBox* box)
{
    QStringList labels;
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(box);
    for (const auto& [label, relation] : iface->relations(QAccessible::Label)) {
        auto* widget = qobject_cast<QLabel*>(label->object());
        if (widget && widget->isVisible() && !label->text(QAccessible::Name).isEmpty())
            labels << label->text(QAccessible::Name);
    }
    return labels;
}

// Every shown combo box under root: named by a visible label (an accessible name alone is not heard on Linux).
// Empty when all are; otherwise which are not.
inline QString unlabelledComboBoxes(QWidget* root)
{
    QStringList bad;
    for (QComboBox* box : root->findChildren<QComboBox*>())
        if (box->isVisible() && visibleLabelsOf(box).isEmpty())
            bad << QStringLiteral("%1 “%2” (labels: %3)")
                       .arg(box->objectName(), box->currentText(), visibleLabelsOf(box).join(u'|'));
    return bad.join(QStringLiteral("; "));
}

} // namespace mb::test
