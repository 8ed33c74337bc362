// Runs CliApp in the test's own process, with the environment CliRunner.h gives a child: a fixed clock and a
// private HOME. Output and errors are captured in memory; nothing is started, so a command test costs
// milliseconds. Tests of what only a process has (its environment, its locale, a crash) stay in CliRunner.h.
#pragma once

#include "CliRunner.h"
#include "cli/CliApp.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTranslator>

#include <map>
#include <optional>

namespace mb::test {

// Sets environment variables for its lifetime (std::nullopt: unset) and puts the old values back.
class EnvironmentScope {
public:
    explicit EnvironmentScope(const std::map<QByteArray, std::optional<QByteArray>>& values)
    {
        for (const auto& [name, value] : values) {
            m_saved.emplace(name, qEnvironmentVariableIsSet(name.constData())
                                      ? std::optional<QByteArray>(qgetenv(name.constData()))
                                      : std::nullopt);
            set(name, value);
        }
    }
    ~EnvironmentScope()
    {
        for (const auto& [name, value] : m_saved)
            set(name, value);
    }
    EnvironmentScope(const EnvironmentScope&) = delete;
    EnvironmentScope& operator=(const EnvironmentScope&) = delete;

private:
    static void set(const QByteArray& name, const std::optional<QByteArray>& value)
    {
        if (value)
            qputenv(name.constData(), *value);
        else
            qunsetenv(name.constData());
    }
    std::map<QByteArray, std::optional<QByteArray>> m_saved;
};

// The same contract as runCli(): exit code, stdout and stderr of one moodbiome-cli run.
inline CliRun runCliInProcess(const QStringList& arguments, const QString& home,
                              const QString& now = QStringLiteral("2025-01-05T08:30:00Z"))
{
    const EnvironmentScope environment({{"HOME", home.toLocal8Bit()},
                                        {"XDG_DATA_HOME", (home + QStringLiteral("/data")).toLocal8Bit()},
                                        {"XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toLocal8Bit()},
                                        {"MOODBIOME_NOW", now.toUtf8()},
                                        {"MOODBIOME_DATABASE", std::nullopt}});
    // The messages' language, as main() installs it (English holds the plural forms).
    QTranslator messages;
    if (messages.load(QStringLiteral(":/i18n/moodbiome_%1.qm").arg(CliApp::messageLanguage())))
        QCoreApplication::installTranslator(&messages);
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun run;
    {
        CliApp cli(&out, &err);
        run.exitCode = cli.run(arguments);
    }
    run.out = out.data();
    run.err = err.data();
    return run;
}

} // namespace mb::test
