// Exporting tidy CSV to stdout or to a file that is written whole or not at all.
#include "cli/ExportCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "core/Participant.h"
#include "core/TidyCsv.h"
#include "storage/TidyExport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace mb {

namespace {
const QString tidy = QStringLiteral("tidy");
} // namespace

QString ExportCommand::summary() const
{
    return tr("Write every observation as tidy CSV (participant,date,time,measure,value,note), to stdout "
              "unless --output is given.");
}

QList<OptionSpec> ExportCommand::options() const
{
    return {{QStringLiteral("format")}, {QStringLiteral("participant")}, {QStringLiteral("output")}};
}

void ExportCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, {});
    requireFormat(parsed.value(QStringLiteral("format")).value_or(tidy));
    const QString participant = parsed.value(QStringLiteral("participant")).value_or(QString());
    const auto output = parsed.value(QStringLiteral("output"));
    if (output)
        requireOutputIsNotDatabase(*output, context.database);

    const auto store = context.database.openExisting();
    if (!participant.isEmpty())
        requireParticipant(store.get(), participant);
    // The export is recorded in the audit trail by writeTidyExport, unless the database is read-only.
    const Writer write = [&](QIODevice& device, const QString& destination) -> qint64 {
        if (store)
            return writeTidyExport(*store, participant, device, destination);
        device.write(TidyCsvWriter::header().toUtf8()); // no database yet: nothing to export or record
        return 0;
    };
    if (!output)
        return writeStdout(write);
    const qint64 rows = writeFile(*output, write);
    context.console.result({{QStringLiteral("rows"), rows}, {QStringLiteral("output"), *output}},
                           tr("Exported to “%1”. Rows: %n.", nullptr, int(rows)).arg(*output));
}

void ExportCommand::requireFormat(const QString& format)
{
    if (format == tidy)
        return;
    if (format == u"wide" || format == u"json")
        throw CliError::input(
            QStringLiteral("format"),
            tr("Export format “%1” is not available yet; this version exports --format tidy.").arg(format));
    throw CliError::input(QStringLiteral("format"), tr("Unknown export format “%1”; use tidy.").arg(format));
}

void ExportCommand::requireOutputIsNotDatabase(const QString& output, const DatabaseFile& database)
{
    const QFileInfo target(output);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(database.path()).canonicalFilePath())
        throw CliError::input(QStringLiteral("output"),
                              tr("--output %1 is the database itself; choose another file.").arg(output));
}

void ExportCommand::writeStdout(const Writer& write)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        throw CliError::input(QStringLiteral("output"), tr("Cannot write to stdout: %1").arg(out.errorString()));
    write(out, QStringLiteral("stdout"));
}

qint64 ExportCommand::writeFile(const QString& path, const Writer& write)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        const qint64 rows = write(file, QFileInfo(path).absoluteFilePath());
        if (file.commit())
            return rows;
    }
    throw CliError::input(QStringLiteral("output"), tr("Cannot write “%1”: %2").arg(path, file.errorString()));
}

} // namespace mb
