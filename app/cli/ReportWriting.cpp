// The report command's work, in moodbiome-report only: it needs Widgets (the chart) and a QApplication.
#include "cli/ReportWriting.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "core/Participant.h"
#include "report/ReportWriter.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QTranslator>

namespace mb {

namespace {
const QString outputOption = QStringLiteral("output");
const QString langOption = QStringLiteral("lang");
} // namespace

void writeReport(const Command& command, const QStringList& arguments, const ParsedArguments& parsed,
                 CommandContext& context)
{
    command.expectArguments(arguments, 1, 1, ReportCommand::tr("a participant %1").arg(Placeholder::word(u"CODE")));
    const auto output = parsed.value(outputOption);
    if (!output || output->isEmpty())
        throw CliError::usage(outputOption,
                              ReportCommand::tr("report needs --output %1.pdf.").arg(Placeholder::word(u"FILE")));
    const QString language = parsed.value(langOption).value_or(QStringLiteral("en"));
    QTranslator translation;
    if (!ReportWriter::loadTranslation(translation, language))
        throw CliError::input(langOption, ReportCommand::tr("--lang %1 is not available; use en or nl.").arg(language));
    if (QFileInfo(*output).exists() &&
        QFileInfo(*output).canonicalFilePath() == QFileInfo(context.database.path()).canonicalFilePath())
        throw CliError::input(
            outputOption, ReportCommand::tr("--output %1 is the database itself; choose another file.").arg(*output));
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        throw CliError::usage(QStringLiteral("command"),
                              ReportCommand::tr("report needs a graphical session or QT_QPA_PLATFORM."));

    const auto store = context.database.openExisting();
    const Participant participant = Command::requireParticipant(store.get(), arguments.first());
    int pages = 0;
    // The report in its language; the command's own messages stay in theirs.
    if (const auto error = ReportWriter::writeFile(*store, participant.id, *output, language, translation, &pages))
        throw CliError::input(outputOption, *error);
    context.console.result({{QStringLiteral("participant"), participant.code},
                            {QStringLiteral("output"), *output},
                            {QStringLiteral("language"), language},
                            {QStringLiteral("pages"), pages}},
                           ReportCommand::tr("Wrote the report of %1 (%n page(s)) to “%2”.", nullptr, pages)
                               .arg(participant.code, *output));
}

} // namespace mb
