// Exporting tidy, wide or JSON to stdout or to a file that is written whole or not at all.
#include "cli/ExportCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "core/DateText.h"
#include "core/Participant.h"
#include "storage/ChainAnchor.h"
#include "storage/DataExport.h"
#include "storage/FhirExport.h"
#include "storage/SiteMerge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

namespace mb {

namespace {
const QString formatOption = QStringLiteral("format");
const QString participantOption = QStringLiteral("participant");
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");
const QString outputOption = QStringLiteral("output");
const QString namesOption = QStringLiteral("include-names");
const QString rawOption = QStringLiteral("raw");
const QString fhirSystemOption = QStringLiteral("fhir-system");
const QString fhirTransactionOption = QStringLiteral("fhir-transaction");
const QString siteOption = QStringLiteral("site");
} // namespace

QString ExportCommand::summary() const
{
    return tr("Export to stdout unless --output is given: tidy CSV (participant,date,time,measure,value,note,tags; the "
              "default), wide CSV (one row per participant-day, daily means, one column per measure with data) or "
              "JSON (participants, measures, entries, interventions, questionnaire responses). Participants appear "
              "by code; --include-names adds display names and notes to JSON. In CSV, a code or note that starts with "
              "=, +, -, "
              "@, a tab or a carriage return gets a single quote in front, so that a spreadsheet never runs it as a "
              "formula (import removes it again); --raw writes them as stored. FHIR R4 (--format fhir) writes one "
              "Bundle of Patient (code only), Observation, QuestionnaireResponse, MedicationStatement and Procedure "
              "resources; --fhir-system URI names the study's identifier system, --fhir-transaction writes a "
              "transaction Bundle with conditional creates instead of a collection. REDCap: --format "
              "redcap-dictionary writes a data dictionary, --format redcap the matching data for its Data Import Tool. "
              "CDISC ODM 1.3.2 (--format odm): study metadata, clinical data per participant and the audit trail as "
              "AuditRecords. --site %1 exports only the participants merged from that site.")
        .arg(Placeholder::word(u"NAME"));
}

QList<OptionSpec> ExportCommand::options() const
{
    return {{formatOption},     {participantOption}, {fromOption},
            {toOption},         {outputOption},      {namesOption, false},
            {rawOption, false}, {fhirSystemOption},  {fhirTransactionOption, false},
            {siteOption}};
}

void ExportCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, {});
    const QString formatText = parsed.value(formatOption).value_or(QStringLiteral("tidy"));
    const auto format = exportFormatFromString(formatText);
    if (!format)
        throw CliError::input(
            formatOption,
            tr("Unknown export format “%1”; use tidy, wide, json, fhir, redcap, redcap-dictionary or odm.")
                .arg(formatText));
    ExportFilter filter = filterOf(parsed);
    const auto output = parsed.value(outputOption);
    if (output)
        requireOutputIsNotDatabase(*output, context.database);

    // Without a database yet, the export is that of an empty one (and recorded nowhere): a REDCap dictionary of
    // the measures is useful so; a mistyped --database is said, not passed on as a study without data.
    const QTemporaryDir scratch;
    const auto store = context.database.openExistingOrScratch(scratch);
    if (!context.database.hasData())
        context.console.notice(tr("There is no database at “%1” yet: this is the export of an empty one.")
                                   .arg(QDir::toNativeSeparators(context.database.path())));
    if (!store->database().isReadOnly())
        store->database().requireWritable(); // the export is recorded: a damaged database refuses it up front
    if (!filter.participantCode.isEmpty())
        requireParticipant(context.database.hasData() ? store.get() : nullptr, filter.participantCode);
    if (const auto site = parsed.value(siteOption)) {
        if (!SiteMerge::sites(*store).contains(*site))
            throw CliError::input(siteOption, tr("No site “%1” has been merged into this database.").arg(*site));
        filter.bySite = true;
        const QStringList codes = SiteMerge::participantsOfSite(*store, *site);
        filter.siteParticipants = QSet<QString>(codes.cbegin(), codes.cend());
        if (!filter.participantCode.isEmpty() && !filter.siteParticipants.contains(filter.participantCode))
            throw CliError::input(participantOption,
                                  tr("%1 is not one of site %2's participants, so the export would be empty; leave "
                                     "out --site, or name one of that site's participants.")
                                      .arg(filter.participantCode, *site));
    }
    const Writer write = [&](QIODevice& device, const QString& destination) -> qint64 {
        return writeExport(*store, *format, filter, device, destination);
    };
    if (!output)
        return writeStdout(context.console, write);
    // The head of the chain the data come from, before the export's own audit row: keep it with the file.
    const ChainHead head = context.database.hasData() ? ChainAnchor::head(store->database()) : ChainHead();
    const qint64 rows = writeFile(*output, write);
    QString text = tr("Exported to “%1”. Rows: %n.", nullptr, int(rows)).arg(*output);
    if (head.isValid())
        text += u'\n' + tr("Audit chain: %1 events, head %2 (verify --anchor %3 checks the database later).")
                            .arg(head.events)
                            .arg(head.shortHash(), head.text());
    context.console.result({{QStringLiteral("rows"), rows},
                            {QStringLiteral("output"), *output},
                            {QStringLiteral("chain_head"), head.isValid() ? QJsonValue(head.toJson()) : QJsonValue()}},
                           text);
}

ExportFilter ExportCommand::filterOf(const ParsedArguments& parsed)
{
    ExportFilter filter;
    filter.participantCode = parsed.value(participantOption).value_or(QString());
    if (const auto from = parsed.value(fromOption))
        filter.from = dateOption(fromOption, *from);
    if (const auto to = parsed.value(toOption))
        filter.to = dateOption(toOption, *to);
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        throw CliError::input(toOption,
                              tr("--to %1 lies before --from %2.").arg(isoDate(filter.to), isoDate(filter.from)));
    filter.includeNames = parsed.has(namesOption);
    filter.rawCsv = parsed.has(rawOption);
    if (const auto system = parsed.value(fhirSystemOption)) {
        if (!isFhirSystemUri(*system))
            throw CliError::input(fhirSystemOption,
                                  tr("--fhir-system “%1” is not an absolute URI (such as https://example.org/trial or "
                                     "urn:oid:1.2.3).")
                                      .arg(*system));
        filter.fhirSystem = *system;
    }
    filter.fhirTransaction = parsed.has(fhirTransactionOption);
    return filter;
}

void ExportCommand::requireOutputIsNotDatabase(const QString& output, const DatabaseFile& database)
{
    const QFileInfo target(output);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(database.path()).canonicalFilePath())
        throw CliError::input(QStringLiteral("output"),
                              tr("--output %1 is the database itself; choose another file.").arg(output));
}

void ExportCommand::writeStdout(Console& console, const Writer& write)
{
    console.out().flush();
    QIODevice& out = console.outDevice();
    write(out, QStringLiteral("stdout"));
    if (auto* file = qobject_cast<QFileDevice*>(&out); file && !file->flush())
        throw CliError::input(QStringLiteral("output"), tr("Cannot write to stdout: %1").arg(file->errorString()));
}

qint64 ExportCommand::writeFile(const QString& path, const Writer& write)
{
    ExportTarget file(path);
    if (file.open()) {
        const qint64 rows = write(file.device(), QFileInfo(path).absoluteFilePath());
        if (file.commit())
            return rows;
    }
    throw CliError::input(QStringLiteral("output"), tr("Cannot write “%1”: %2").arg(path, file.errorString()));
}

} // namespace mb
