// The report command as moodbiome-cli knows it: its options and the hand-over to moodbiome-report.
#include "cli/ReportCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace mb {

namespace {
ReportCommand::Writer installedWriter = nullptr;
} // namespace

QString ReportCommand::summary() const
{
    return tr("Write the participant's report as an A4 PDF: code and arm, period covered, the chart, interventions, "
              "questionnaire history with bands and safety flags, summary statistics per measure.");
}

QList<OptionSpec> ReportCommand::options() const
{
    return {{QStringLiteral("output")}, {QStringLiteral("lang")}};
}

void ReportCommand::setWriter(Writer writer)
{
    installedWriter = writer;
}

QString ReportCommand::helperPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {QStringLiteral("moodbiome-report"), QStringLiteral(MOODBIOME_REPORT_HELPER)}) {
        const QFileInfo helper(here.filePath(candidate));
        if (helper.isFile() && helper.isExecutable())
            return helper.absoluteFilePath();
    }
    return {};
}

void ReportCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    if (installedWriter)
        return installedWriter(*this, arguments, parsed, context);
    const QString helper = helperPath();
    if (helper.isEmpty())
        throw CliError::usage(QStringLiteral("command"),
                              tr("report needs moodbiome-report, which is not installed next to moodbiome-cli."));
    std::vector<QByteArray> bytes{QFile::encodeName(helper)};
    for (const QString& argument : context.commandLine)
        bytes.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data()); // returns only when it failed
    throw CliError::usage(
        QStringLiteral("command"),
        tr("moodbiome-report could not be started: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace mb
