// Every site is verified and merged inside one transaction of the centre: all sites or none.
#include "cli/MergeCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/PassphraseSource.h"
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
const QString sitePassphraseOption = QStringLiteral("site-passphrase-file");

// The key of each site: from the one --site-passphrase-file given for all, from the one given for it (in the order
// of the sites), or asked on the terminal for an encrypted site; empty for a plain site.
QList<QByteArray> siteKeys(const QStringList& sites, const ParsedArguments& parsed)
{
    const QStringList files = parsed.values(sitePassphraseOption);
    if (files.size() > 1 && files.size() != sites.size())
        throw CliError::usage(
            sitePassphraseOption,
            MergeCommand::tr("Give one --site-passphrase-file for all sites, or one per site database "
                             "in the same order: %1 databases, %2 files.")
                .arg(sites.size())
                .arg(files.size()));
    QList<QByteArray> keys;
    for (qsizetype i = 0; i < sites.size(); ++i) {
        if (!files.isEmpty())
            keys << PassphraseSource::readFile(files.value(i, files.first()), sitePassphraseOption);
        else if (Database::hasUnreadableHeader(sites[i]))
            keys << PassphraseSource(std::nullopt, sitePassphraseOption).forDatabase(sites[i]);
        else
            keys << QByteArray();
    }
    return keys;
}

// Verifies one site before anything is merged; an encrypted one without its passphrase is named as a site.
void checkSite(const QString& site, const QByteArray& key)
{
    if (!QFileInfo(site).isFile())
        throw CliError::input(QStringLiteral("site"),
                              MergeCommand::tr("The site database %1 does not exist.").arg(site));
    VerifyReport report;
    try {
        report = Verifier::verifyFile(site, Verifier::Depth::Full, {}, key);
    } catch (const StorageError& e) {
        if (e.code() == StorageError::Code::Encrypted)
            throw CliError(ExitCode::DatabaseUnusable, sitePassphraseOption,
                           MergeCommand::tr("The site database %1 is encrypted, or not a database at all; nothing was "
                                            "merged. Give its passphrase with --site-passphrase-file %2, or run the "
                                            "command on a terminal to be asked.")
                               .arg(site, Placeholder::word(u"FILE")));
        if (e.code() == StorageError::Code::WrongPassphrase)
            throw CliError(ExitCode::DatabaseUnusable, sitePassphraseOption,
                           MergeCommand::tr("The site database %1 does not open with the passphrase given; nothing "
                                            "was merged.")
                               .arg(site));
        throw;
    }
    if (!report.ok())
        throw CliError(ExitCode::Damaged, QStringLiteral("site"),
                       MergeCommand::tr("The site database %1 is damaged; nothing was merged. %2")
                           .arg(site, Verifier::problem(report)));
}
} // namespace

QString MergeCommand::summary() const
{
    return tr("Merge site databases into the centre's (--into, or --database): each site is verified first (integrity, "
              "audit chain) and a damaged one is refused; give one --site-code per site, in the same order. A "
              "participant code the centre already has becomes %1 (--keep-codes refuses instead). Merging a "
              "site again adds what is new and applies the site's changes since (a row the centre changed too is "
              "refused). All sites are merged in one transaction. An encrypted site needs its "
              "passphrase: one --site-passphrase-file for all sites, or one per site in the same order (asked on a "
              "terminal when none is given).")
        .arg(Placeholder::fill(u"SITE/CODE"));
}

QList<OptionSpec> MergeCommand::options() const
{
    return {{intoOption}, {siteCodeOption}, {keepCodesOption, false}, {sitePassphraseOption}};
}

void MergeCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, -1, tr("one or more %1 databases").arg(Placeholder::word(u"SITE")));
    const QStringList codes = parsed.values(siteCodeOption);
    if (codes.size() != arguments.size())
        throw CliError::usage(siteCodeOption, tr("Give one --site-code per site database: %1 databases, %2 codes.")
                                                  .arg(arguments.size())
                                                  .arg(codes.size()));
    const auto into = parsed.value(intoOption);
    const DatabaseFile centre = into ? DatabaseFile(*into, false) : context.database;
    // Every site is checked before the centre is opened: one damaged site, and nothing is merged.
    const QList<QByteArray> keys = siteKeys(arguments, parsed);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        checkSite(arguments[i], keys[i]);
    QList<SiteMergeResult> results;
    centre.change([&](Store& store) {
        Transaction tx(store.database());
        for (qsizetype i = 0; i < arguments.size(); ++i)
            results.append(SiteMerge::merge(store, arguments[i], {codes[i], parsed.has(keepCodesOption), keys[i]}));
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
                                {QStringLiteral("changes"), r.changes},
                                {QStringLiteral("randomisation_schedules"), r.schedules},
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
        lines << SiteMerge::summaryNotes(r);
        if (!r.renamed.isEmpty())
            lines << tr("Renamed where the code was taken: %1.").arg(r.renamed.join(u", "));
    }
    context.console.result({{QStringLiteral("sites"), json}}, lines.join(u'\n'));
}

} // namespace mb
