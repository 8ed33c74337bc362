// Every site is verified and merged inside one transaction of the centre: all sites or none.
#include "cli/MergeCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "storage/Database.h"
#include "storage/SiteMerge.h"
#include "storage/StorageError.h"
#include "storage/Verifier.h"

#include <QFileInfo>
#include <QJsonArray>

namespace mb {

namespace {
const QString intoOption = QStringLiteral("into");
const QString siteCodeOption = QStringLiteral("site-code");
const QString keepCodesOption = QStringLiteral("keep-codes");
} // namespace

QString MergeCommand::summary() const
{
    return tr("Merge site databases into the centre's (--into, or --database): each site is verified first (integrity, "
              "audit chain) and a damaged one is refused; give one --site-code per site, in the same order. A "
              "participant code the centre already has becomes SITE/CODE (--keep-codes refuses instead). Merging a "
              "site again adds only what is new. All sites are merged in one transaction.");
}

QList<OptionSpec> MergeCommand::options() const
{
    return {{intoOption}, {siteCodeOption}, {keepCodesOption, false}};
}

void MergeCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, -1, tr("one or more SITE databases"));
    const QStringList codes = parsed.values(siteCodeOption);
    if (codes.size() != arguments.size())
        throw CliError::usage(siteCodeOption, tr("Give one --site-code per site database: %1 databases, %2 codes.")
                                                  .arg(arguments.size())
                                                  .arg(codes.size()));
    const auto into = parsed.value(intoOption);
    const DatabaseFile centre = into ? DatabaseFile(*into, false) : context.database;
    // Every site is checked before the centre is opened: one damaged site, and nothing is merged.
    for (const QString& site : arguments) {
        if (!QFileInfo(site).isFile())
            throw CliError::input(QStringLiteral("site"), tr("The site database %1 does not exist.").arg(site));
        const VerifyReport report = Verifier::verifyFile(site, Verifier::Depth::Full);
        if (!report.ok())
            throw CliError(
                ExitCode::Damaged, QStringLiteral("site"),
                tr("The site database %1 is damaged; nothing was merged. %2").arg(site, Verifier::problem(report)));
    }
    QList<SiteMergeResult> results;
    centre.change([&](Store& store) {
        Transaction tx(store.database());
        for (qsizetype i = 0; i < arguments.size(); ++i)
            results.append(SiteMerge::merge(store, arguments[i], {codes[i], parsed.has(keepCodesOption)}));
        tx.commit();
    });
    QJsonArray json;
    QStringList lines;
    for (const SiteMergeResult& r : std::as_const(results)) {
        json.append(QJsonObject{{QStringLiteral("site"), r.site},
                                {QStringLiteral("file"), r.file},
                                {QStringLiteral("participants"), r.participants},
                                {QStringLiteral("entries"), r.entries},
                                {QStringLiteral("questionnaire_responses"), r.questionnaires},
                                {QStringLiteral("interventions"), r.interventions},
                                {QStringLiteral("site_audit_events"), r.auditEvents},
                                {QStringLiteral("renamed"), QJsonArray::fromStringList(r.renamed)}});
        lines << tr("Site %1 (%2): %3 new participants, %4 entries, %5 questionnaire responses, %6 interventions, "
                    "%7 audit events kept as provenance.")
                     .arg(r.site, r.file)
                     .arg(r.participants)
                     .arg(r.entries)
                     .arg(r.questionnaires)
                     .arg(r.interventions)
                     .arg(r.auditEvents);
        if (!r.renamed.isEmpty())
            lines << tr("Renamed where the code was taken: %1.").arg(r.renamed.join(u", "));
    }
    context.console.result({{QStringLiteral("sites"), json}}, lines.join(u'\n'));
}

} // namespace mb
