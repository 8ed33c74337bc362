// JSON values as text: numbers with %.17g, strings escaped by Qt's own writer.
#include "cli/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mb::json {

QString number(double value)
{
    if (!std::isfinite(value))
        return null();
    // %.17g round-trips every double; integral values come out without a decimal point.
    return QString::asprintf("%.17g", value);
}

QString number(std::optional<double> value)
{
    return value ? number(*value) : null();
}

QString integer(qint64 value)
{
    return QString::number(value);
}

QString string(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // without the brackets of the array that carried it
}

QString string(std::optional<QString> text)
{
    return text ? string(*text) : null();
}

QString null()
{
    return QStringLiteral("null");
}

QString object(const Members& members)
{
    QStringList parts;
    parts.reserve(members.size());
    for (const auto& [key, value] : members)
        parts.append(string(key) + u':' + value);
    return u'{' + parts.join(u',') + u'}';
}

QString array(const QStringList& items)
{
    return u'[' + items.join(u',') + u']';
}

} // namespace mb::json
