// Text and JSON output of moodbiome-cli.
#include "cli/Console.h"

#include "cli/CliError.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace mb {

namespace {
QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactValue(const QJsonValue& value)
{
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2); // without the brackets of the array that carried it
}

// Text for a terminal: a control character (other than tab and line feed) from a file, a name or a note would be
// obeyed by the terminal (moving the cursor, rewriting lines, setting its title), so it is shown as U+FFFD.
QString forTerminal(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u < 0xA0))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

QString compactOrdered(const OrderedJson& object)
{
    QStringList members;
    for (const auto& [key, value] : object)
        members.append(compactValue(key) + u':' + compactValue(value));
    return u'{' + members.join(u',') + u'}';
}
} // namespace

Console::Console()
    : m_stdout(std::make_unique<QFile>())
    , m_stderr(std::make_unique<QFile>())
{
    m_stdout->open(stdout, QIODevice::WriteOnly);
    m_stderr->open(stderr, QIODevice::WriteOnly);
    m_out.setDevice(m_stdout.get());
    m_err.setDevice(m_stderr.get());
}

Console::Console(QIODevice* out, QIODevice* err)
    : m_out(out)
    , m_err(err)
{
}

void Console::result(const QJsonObject& json, const QString& text)
{
    print(m_json ? compact(json) : QString(), text);
}

void Console::orderedResult(const OrderedJson& json, const QString& text)
{
    print(m_json ? compactOrdered(json) : QString(), text);
}

void Console::print(const QString& json, const QString& text)
{
    m_out << (m_json ? json : forTerminal(text)) << u'\n';
    m_out.flush();
}

void Console::error(const CliError& error)
{
    if (m_json) {
        QJsonArray entries;
        for (const CliErrorDetail& d : error.details())
            entries.append(QJsonObject{{QStringLiteral("line"), d.line > 0 ? QJsonValue(d.line) : QJsonValue()},
                                       {QStringLiteral("field"), d.field},
                                       {QStringLiteral("message"), d.message}});
        if (entries.isEmpty())
            entries.append(
                QJsonObject{{QStringLiteral("field"), error.field()}, {QStringLiteral("message"), error.message()}});
        m_err << compact({{QStringLiteral("errors"), entries}}) << u'\n';
    } else {
        for (const CliErrorDetail& d : error.details())
            m_err << forTerminal(d.line > 0 ? tr("line %1, %2: %3").arg(d.line).arg(d.field, d.message)
                                            : tr("%1: %2").arg(d.field, d.message))
                  << u'\n';
        m_err << forTerminal(tr("moodbiome-cli: %1").arg(error.message())) << u'\n';
        if (error.exitCode() == ExitCode::Usage)
            m_err << tr("Run “moodbiome-cli --help” to see the commands and their options.") << u'\n';
    }
    m_err.flush();
}

void Console::notice(const QString& text)
{
    if (m_json)
        m_err << compact({{QStringLiteral("notice"), text}}) << u'\n';
    else
        m_err << forTerminal(tr("moodbiome-cli: %1").arg(text)) << u'\n';
    m_err.flush();
}

} // namespace mb
