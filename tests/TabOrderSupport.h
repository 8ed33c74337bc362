// Tab through a window as a keyboard user does, and check that the focus follows the reading order: each next
// widget below the one before, or to its right on the same line. For windows laid out in one column of rows (a
// dialog with side-by-side groups reads column by column, which this rule does not describe).
#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace mb::test {

// The widgets Tab gives the focus to, from start until the focus comes back to it (at most limit presses).
inline QList<QWidget*> tabWalk(QWidget* start, int limit = 60)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget*> walk{start};
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        if (!focus || focus == start)
            break;
        if (focus != walk.last()) // a date or time box takes Tab from section to section first
            walk.append(focus);
    }
    return walk;
}

inline QRect inWindow(const QWidget* w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

inline QString describe(const QWidget* w)
{
    return QStringLiteral("%1 %2 at %3,%4")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
        .arg(inWindow(w).x())
        .arg(inWindow(w).y());
}

// Empty when each widget of the walk is below the one before it or to its right on the same line (their heights
// overlap); otherwise which step goes back.
inline QString readingOrderProblem(const QList<QWidget*>& walk)
{
    constexpr int slack = 2; // pixels: frames that touch
    for (qsizetype i = 1; i < walk.size(); ++i) {
        const QRect before = inWindow(walk[i - 1]);
        const QRect next = inWindow(walk[i]);
        const bool below = next.top() >= before.bottom() - slack;
        const bool sameLine = next.top() <= before.bottom() && next.bottom() >= before.top();
        const bool right = sameLine && next.left() >= before.right() - slack;
        if (!below && !right)
            return QStringLiteral("Tab from %1 goes back to %2").arg(describe(walk[i - 1]), describe(walk[i]));
    }
    return {};
}

} // namespace mb::test
