// The meaning-carrying colours and the error banner.
#include "ui/Style.h"

#include <QAccessible>

namespace mb {

namespace Style {

QColor alertColour()
{
    return QColor(0xb3, 0x26, 0x1e); // 7.0:1 against white
}

QString alertStyleSheet()
{
    return QStringLiteral("color: white; background: %1; padding: 8px; border-radius: 4px; font-weight: bold;")
        .arg(alertColour().name());
}

QString errorTextStyleSheet()
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(alertColour().name());
}

QString invalidInputStyleSheet(const QString& selector)
{
    return QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }").arg(selector, alertColour().name());
}

} // namespace Style

ErrorBanner::ErrorBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("error"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: white; background: %1; padding: 6px; border-radius: 4px;")
                      .arg(Style::alertColour().name()));
    hide();
}

void ErrorBanner::showMessage(const QString& message)
{
    setText(message);
    setAccessibleDescription(message);
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace mb
