// Writing JSON text directly, for documents whose numbers must keep full double precision
// (17 significant digits; QJsonDocument writes the shortest form instead) and whose keys keep their order.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace mb {

namespace json {

using Members = QList<std::pair<QString, QString>>; // key, JSON text of the value

QString number(double value); // 17 significant digits; null when not finite
QString number(std::optional<double> value);
QString integer(qint64 value);
QString string(const QString& text);
QString string(std::optional<QString> text); // null when absent
QString null();
QString object(const Members& members);
QString array(const QStringList& items);

} // namespace json

} // namespace mb
