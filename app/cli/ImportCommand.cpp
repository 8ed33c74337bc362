// Importing a file: everything is checked first; a file with any problem is refused whole, with every line listed.
#include "cli/ImportCommand.h"

#include "cli/CliError.h"
#include "cli/DatabaseFile.h"
#include "storage/FhirImport.h"
#include "storage/Importer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace mb {

namespace {
const QString formatOption = QStringLiteral("format");
const QString participantOption = QStringLiteral("participant");
const QString dryRunOption = QStringLiteral("dry-run");
const QString moodMapOption = QStringLiteral("mood-map");
} // namespace

QString ImportCommand::synopsis() const
{
    return Placeholder::fill(
        u"FILE [--format auto|tidy|wide|daylio|fhir] [--participant CODE] [--dry-run] [--mood-map LABEL=LEVEL]…");
}

QString ImportCommand::summary() const
{
    return tr("Import a tidy, wide or Daylio CSV file, all or nothing: any bad line means nothing is written, and "
              "every bad line is listed. Values already stored are skipped. Daylio files need --participant; "
              "--mood-map gives a Daylio mood label a level from 1 (awful) to 5 (rad). --format fhir reads a FHIR "
              "Bundle that export --format fhir wrote, in one transaction.");
}

QList<OptionSpec> ImportCommand::options() const
{
    return {{formatOption}, {participantOption}, {dryRunOption, false}, {moodMapOption}};
}

void ImportCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, 1, tr("the %1 to import").arg(Placeholder::word(u"FILE")));
    const QString path = arguments.first();
    if (parsed.value(formatOption) == u"fhir")
        return runFhir(path, parsed.has(dryRunOption), context);
    const ImportOptions options = importOptions(parsed);
    const QByteArray bytes = readFile(path);
    const QString fileName = QFileInfo(path).fileName();
    const bool dryRun = parsed.has(dryRunOption);

    ImportSummary summary;
    if (dryRun) {
        const QTemporaryDir scratch; // without a database, check against an empty one
        const auto store = context.database.openExistingOrScratch(scratch);
        summary = Importer(*store).run(bytes, fileName, options, true);
    } else {
        context.database.change([&](Store& store) {
            summary = Importer(store).run(bytes, fileName, options, false);
            if (!summary.problems.isEmpty())
                refuse(summary, path, context.console); // throws: a database created for it is removed again
        });
    }
    if (!summary.problems.isEmpty())
        refuse(summary, path, context.console);
    context.console.orderedResult(summaryJson(summary), describe(summary, path, dryRun));
}

void ImportCommand::runFhir(const QString& path, bool dryRun, CommandContext& context)
{
    if (dryRun)
        throw CliError::usage(dryRunOption, tr("--dry-run is not available for --format fhir."));
    const QByteArray bytes = readFile(path);
    FhirImportSummary s;
    context.database.change([&](Store& store) { s = FhirImport::run(store, bytes, QFileInfo(path).fileName()); });
    QString text =
        tr("Imported “%1” (FHIR): %2 entries with %3 values, %4 questionnaire responses, %5 interventions; %6 "
           "resources skipped (questionnaire totals and others). New participants: %7.")
            .arg(path)
            .arg(s.entries)
            .arg(s.observations)
            .arg(s.questionnaires)
            .arg(s.interventions)
            .arg(s.skipped)
            .arg(s.participantsCreated.isEmpty() ? tr("none") : s.participantsCreated.join(u", "));
    if (s.alreadyStored > 0)
        text +=
            u' ' +
            tr("Skipped %1 entries, questionnaire responses and interventions stored already.").arg(s.alreadyStored);
    context.console.result(
        {{QStringLiteral("format"), QStringLiteral("fhir")},
         {QStringLiteral("resources"), s.resources},
         {QStringLiteral("entries"), s.entries},
         {QStringLiteral("observations"), s.observations},
         {QStringLiteral("questionnaire_responses"), s.questionnaires},
         {QStringLiteral("interventions"), s.interventions},
         {QStringLiteral("skipped"), s.skipped},
         {QStringLiteral("already_stored"), s.alreadyStored},
         {QStringLiteral("participants_created"), QJsonArray::fromStringList(s.participantsCreated)}},
        text);
}

ImportOptions ImportCommand::importOptions(const ParsedArguments& parsed)
{
    ImportOptions options;
    const QString format = parsed.value(formatOption).value_or(QStringLiteral("auto"));
    const auto chosen = importFormatFromString(format);
    if (!chosen)
        throw CliError::input(formatOption,
                              tr("Unknown import format “%1”; use auto, tidy, wide or daylio.").arg(format));
    options.format = *chosen;
    options.participant = parsed.value(participantOption).value_or(QString()).trimmed();
    options.moodMap = moodMap(parsed.values(moodMapOption));
    return options;
}

QMap<QString, int> ImportCommand::moodMap(const QStringList& pairs)
{
    QMap<QString, int> map;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        bool ok = false;
        const int level = equals > 0 ? pair.mid(equals + 1).trimmed().toInt(&ok) : 0;
        if (!ok || level < 1 || level > 5)
            throw CliError::input(moodMapOption, tr("--mood-map “%1” is not %2 with a level from 1 (awful) "
                                                    "to 5 (rad), such as --mood-map \"tired=2\".")
                                                     .arg(pair, Placeholder::fill(u"LABEL=LEVEL")));
        map.insert(pair.left(equals).trimmed().toLower(), level);
    }
    return map;
}

QByteArray ImportCommand::readFile(const QString& path)
{
    QString error;
    if (auto bytes = Importer::readFile(path, error))
        return *bytes;
    throw CliError::input(QStringLiteral("file"), error);
}

OrderedJson ImportCommand::summaryJson(const ImportSummary& summary)
{
    QJsonArray errors;
    for (const ImportProblem& p : summary.problems.shown())
        errors.append(QJsonObject{{QStringLiteral("line"), p.line > 0 ? QJsonValue(p.line) : QJsonValue()},
                                  {QStringLiteral("field"), p.field},
                                  {QStringLiteral("message"), p.message}});
    if (summary.problems.notShown() > 0)
        errors.append(QJsonObject{{QStringLiteral("line"), QJsonValue()},
                                  {QStringLiteral("field"), QStringLiteral("errors")},
                                  {QStringLiteral("message"), ImportText::notShown(summary.problems.notShown())}});
    QList<std::pair<QString, QJsonValue>> result{
        {QStringLiteral("rows"), summary.rows},
        {QStringLiteral("observations"), summary.observations},
        {QStringLiteral("participants_created"), QJsonArray::fromStringList(summary.participantsCreated)}};
    if (!summary.tagsCreated.isEmpty())
        result.append({QStringLiteral("tags_created"), QJsonArray::fromStringList(summary.tagsCreated)});
    if (summary.entriesTagged > 0)
        result.append({QStringLiteral("entries_tagged"), summary.entriesTagged});
    result.append({QStringLiteral("skipped_duplicates"), summary.skippedDuplicates});
    result.append({QStringLiteral("errors"), errors});
    return result;
}

void ImportCommand::refuse(const ImportSummary& summary, const QString& file, Console& console)
{
    if (console.json())
        console.orderedResult(summaryJson(summary), QString());
    QList<CliErrorDetail> details;
    for (const ImportProblem& p : summary.problems.shown())
        details.append({p.line, p.field, p.message});
    if (summary.problems.notShown() > 0)
        details.append({0, QStringLiteral("errors"), ImportText::notShown(summary.problems.notShown())});
    throw CliError::input(QStringLiteral("file"),
                          tr("Nothing was imported: “%1” has %n problem(s); correct every line listed and try again.",
                             nullptr, int(std::min<qint64>(summary.problems.count(), 1 << 30)))
                              .arg(file))
        .withDetails(details);
}

QString ImportCommand::describe(const ImportSummary& s, const QString& file, bool dryRun)
{
    QStringList lines;
    lines << (dryRun ? tr("Dry run of “%1”: nothing was written.").arg(file) : tr("Imported “%1”.").arg(file));
    lines << tr("Format: %1; separator: %2; %3; encoding: %4.")
                 .arg(ImportText::formatName(s.format), ImportText::separatorName(s.dialect.separator),
                      ImportText::decimalMarkName(s.dialect), ImportText::encodingName(s.dialect));
    lines << (dryRun ? tr("Rows: %1. Values to import: %2 in %3 entries.")
                     : tr("Rows: %1. Values imported: %2 in %3 entries."))
                 .arg(s.rows)
                 .arg(s.observations)
                 .arg(s.entries);
    if (!s.participantsCreated.isEmpty())
        lines << (dryRun ? tr("Participants to create: %1.") : tr("Participants created: %1."))
                     .arg(s.participantsCreated.join(QStringLiteral(", ")));
    if (!s.tagsCreated.isEmpty())
        lines << (dryRun ? tr("Tags to create: %1.") : tr("Tags created: %1."))
                     .arg(s.tagsCreated.join(QStringLiteral(", ")));
    if (s.entriesTagged > 0)
        lines << (dryRun ? tr("Tags to add to %n entry(ies) stored already.", nullptr, int(s.entriesTagged))
                         : tr("Tags added to %n entry(ies) stored already.", nullptr, int(s.entriesTagged)));
    if (s.skippedDuplicates > 0)
        lines << tr("Skipped %1 values already stored (same participant, date, time, measure and value).")
                     .arg(s.skippedDuplicates);
    if (s.skippedQuestionnaireTotals > 0)
        lines << tr("Skipped %1 questionnaire totals: a total alone is not a questionnaire response.")
                     .arg(s.skippedQuestionnaireTotals);
    return lines.join(u'\n');
}

} // namespace mb
