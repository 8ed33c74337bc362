// QProcess around the measured programs; start-up is timed against the child's own steady-clock report.
#include "ChildRun.h"

#include <QProcess>

#include <chrono>
#include <stdexcept>

namespace mb::bench {

namespace {

qint64 steadyMicroseconds()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

ChildResult runChild(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 start = steadyMicroseconds();
    process.start(program, arguments);
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        throw std::runtime_error(QStringLiteral("%1 %2 failed (exit %3)")
                                     .arg(program, arguments.join(u' '))
                                     .arg(process.exitCode())
                                     .toStdString());
    return {(steadyMicroseconds() - start) / 1000.0, process.readAllStandardOutput()};
}

FirstPaint runToFirstPaint(const QString& program, const QStringList& arguments, const QString& configDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir); // never the user's settings
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const qint64 start = steadyMicroseconds();
    const ChildResult run = runChild(program, arguments + QStringList{QStringLiteral("--exit-after-first-paint")}, env);
    // "first-paint STEADY_US rss-kb KIB"
    const QList<QByteArray> words = run.out.simplified().split(' ');
    if (words.size() != 4 || words[0] != "first-paint")
        throw std::runtime_error(program.toStdString() + " did not report its first paint: " + run.out.toStdString());
    return {(words[1].toLongLong() - start) / 1000.0, words[3].toLongLong() / 1024.0};
}

} // namespace mb::bench
