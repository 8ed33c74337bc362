// Writing the report needs widgets (the chart); main() gives this command a QApplication, every other a core one.
#include "cli/ReportCommand.h"

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

QString ReportCommand::summary() const
{
    return tr("Write the participant's report as an A4 PDF: code and arm, period covered, the chart, interventions, "
              "questionnaire history with bands and safety flags, summary statistics per measure.");
}

QList<OptionSpec> ReportCommand::options() const
{
    return {{outputOption}, {langOption}};
}

void ReportCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, 1, tr("a participant CODE"));
    const auto output = parsed.value(outputOption);
    if (!output || output->isEmpty())
        throw CliError::usage(outputOption, tr("report needs --output FILE.pdf."));
    const QString language = parsed.value(langOption).value_or(QStringLiteral("en"));
    QTranslator translation;
    if (!ReportWriter::loadTranslation(translation, language))
        throw CliError::input(langOption, tr("--lang %1 is not available; use en or nl.").arg(language));
    if (QFileInfo(*output).exists() &&
        QFileInfo(*output).canonicalFilePath() == QFileInfo(context.database.path()).canonicalFilePath())
        throw CliError::input(outputOption,
                              tr("--output %1 is the database itself; choose another file.").arg(*output));
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        throw CliError::usage(QStringLiteral("command"), tr("report needs a graphical session or QT_QPA_PLATFORM."));

    const auto store = context.database.openExisting();
    const Participant participant = requireParticipant(store.get(), arguments.first());
    int pages = 0;
    // The report in its language; the command's own messages stay in theirs.
    if (const auto error = ReportWriter::writeFile(*store, participant.id, *output, language, translation, &pages))
        throw CliError::input(outputOption, *error);
    context.console.result(
        {{QStringLiteral("participant"), participant.code},
         {QStringLiteral("output"), *output},
         {QStringLiteral("language"), language},
         {QStringLiteral("pages"), pages}},
        tr("Wrote the report of %1 (%n page(s)) to “%2”.", nullptr, pages).arg(participant.code, *output));
}

} // namespace mb
