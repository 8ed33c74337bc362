// Runs moodbiome-cli in a child process with a fixed clock and a private HOME, for the CLI tests.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace mb::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& arguments, const QString& home,
                     const QString& now = QStringLiteral("2025-01-05T08:30:00Z"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config")); // the audit anchor files
    env.insert(QStringLiteral("MOODBIOME_NOW"), now);
    env.remove(QStringLiteral("MOODBIOME_DATABASE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MOODBIOME_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace mb::test
