// Drops Alt+letter key presses that reach a text field: a shortcut would have taken them before.
#include "ui/NoAltTyping.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace mb {

namespace {

bool isTextField(QObject* object)
{
    if (auto* combo = qobject_cast<QComboBox*>(object))
        return combo->isEditable();
    return qobject_cast<QLineEdit*>(object) || qobject_cast<QTextEdit*>(object) ||
           qobject_cast<QPlainTextEdit*>(object) || qobject_cast<QAbstractSpinBox*>(object);
}

} // namespace

void NoAltTyping::install()
{
#ifndef Q_OS_MACOS
    auto* app = QCoreApplication::instance();
    if (!app || app->findChild<NoAltTyping*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new NoAltTyping(app));
#endif
}

bool NoAltTyping::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    // Alt alone; Ctrl+Alt is AltGr on Windows, which types characters such as € and @.
    const Qt::KeyboardModifiers mods = key->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier);
    if (mods != Qt::AltModifier || key->text().isEmpty() || !key->text().front().isPrint())
        return false;
    return isTextField(watched);
}

} // namespace mb
