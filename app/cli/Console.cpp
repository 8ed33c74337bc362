// Text and JSON output of moodbiome-cli.
#include "cli/Console.h"

#include "cli/CliError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace mb {

namespace {
QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Console::Console()
    : m_out(stdout, QIODeviceBase::WriteOnly)
    , m_err(stderr, QIODeviceBase::WriteOnly) {}

void Console::result(const QJsonObject& json, const QString& text) {
    m_out << (m_json ? compact(json) : text) << u'\n';
    m_out.flush();
}

void Console::error(const CliError& error) {
    if (m_json) {
        const QJsonObject entry{{QStringLiteral("field"), error.field()},
                                {QStringLiteral("message"), error.message()}};
        m_err << compact({{QStringLiteral("errors"), QJsonArray{entry}}}) << u'\n';
    } else {
        m_err << tr("moodbiome-cli: %1").arg(error.message()) << u'\n';
        if (error.exitCode() == ExitCode::Usage)
            m_err << tr("Run “moodbiome-cli --help” to see the commands and their options.") << u'\n';
    }
    m_err.flush();
}

} // namespace mb
