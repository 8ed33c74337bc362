// Colour choices: distinguishable, colour-blind-aware (Okabe–Ito based) and readable when translucent.
#include "ui/Palette.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace mb {

QColor measureColor(const QString& key, int fallbackIndex)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("mood"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("stress"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("anxiety"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("energy"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("sleep_quality"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("sleep_hours"), QColor(0x33, 0x33, 0x99)},
        {QStringLiteral("gi_discomfort"), QColor(0x8B, 0x45, 0x13)},
        {QStringLiteral("bristol"), QColor(0x80, 0x80, 0x00)},
        {QStringLiteral("fiber_g"), QColor(0x00, 0x9E, 0x73)},
    };
    static const QColor fallback[] = {QColor(0x44, 0x44, 0x44), QColor(0x99, 0x33, 0x66), QColor(0x33, 0x66, 0x66),
                                      QColor(0x66, 0x33, 0x99), QColor(0x99, 0x66, 0x00)};
    return colors.value(key, fallback[fallbackIndex % int(std::size(fallback))]);
}

QColor interventionColor(InterventionKind kind)
{
    switch (kind) {
    case InterventionKind::Probiotic:
        return QColor(0x2E, 0x9D, 0x5B);
    case InterventionKind::Prebiotic:
        return QColor(0x00, 0x9E, 0x9E);
    case InterventionKind::Diet:
        return QColor(0xF2, 0x9E, 0x1B);
    case InterventionKind::Fmt:
        return QColor(0x8E, 0x44, 0xAD);
    case InterventionKind::Medication:
        return QColor(0x3B, 0x6F, 0xC9);
    case InterventionKind::Lifestyle:
        return QColor(0xC0, 0x39, 0x2B);
    case InterventionKind::Other:
        break;
    }
    return QColor(0x7F, 0x8C, 0x8D);
}

QIcon tagDot(const QString& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(colour).darker(130));
    painter.setBrush(QColor(colour));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace mb
