// Choosing the cohort, aligning it, and printing one row per day.
#include "cli/CohortCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/JsonText.h"
#include "cli/TextTable.h"
#include "core/AnalysisText.h"
#include "core/DateText.h"
#include "storage/AnalysisLoader.h"
#include "storage/SiteMerge.h"

namespace mb {

namespace {
constexpr int defaultDaysBefore = 28;
constexpr int defaultDaysAfter = 56;
constexpr int maximumDays = 3650;

QString number(std::optional<double> value)
{
    return value ? AnalysisText::number(value, QLocale::c()) : QString();
}
} // namespace

QString CohortCommand::summary() const
{
    return tr("Every participant with an intervention (by name, or every one of a kind) aligned at its start as "
              "day 0: each day's values, their mean and its 95% confidence interval (t-based).");
}

QList<OptionSpec> CohortCommand::options() const
{
    return {{QStringLiteral("intervention")}, {QStringLiteral("kind")},       {QStringLiteral("measure")},
            {QStringLiteral("days-before")},  {QStringLiteral("days-after")}, {QStringLiteral("site")}};
}

void CohortCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, QString());
    CohortSelection selection;
    const bool byKind = parsed.has(QStringLiteral("kind"));
    if (byKind == parsed.has(QStringLiteral("intervention")))
        throw CliError::usage(QStringLiteral("intervention"), tr("cohort needs either --intervention or --kind."));
    if (byKind) {
        selection.kind = kindOption(QStringLiteral("kind"), requiredOption(parsed, "kind"));
    } else {
        selection.name = requiredOption(parsed, "intervention");
    }
    const QString key = requiredOption(parsed, "measure");
    const int before = intOption(parsed, "days-before", defaultDaysBefore, 0, maximumDays);
    const int after = intOption(parsed, "days-after", defaultDaysAfter, 0, maximumDays);

    const auto store = context.database.openExisting();
    if (!store)
        throw CliError::input(QStringLiteral("intervention"), tr("The database holds no data yet."));
    QList<CohortMember> members =
        blamingField(QStringLiteral("measure"), [&] { return loadCohort(*store, selection, key); });
    // A coordinating centre's cohort of one merged site.
    if (const auto site = parsed.value(QStringLiteral("site"))) {
        if (!SiteMerge::sites(*store).contains(*site))
            throw CliError::input(QStringLiteral("site"),
                                  tr("No site “%1” has been merged into this database.").arg(*site));
        const QStringList codes = SiteMerge::participantsOfSite(*store, *site);
        members.removeIf([&](const CohortMember& m) { return !codes.contains(m.code); });
    }
    if (members.isEmpty())
        throw CliError::input(
            byKind ? QStringLiteral("kind") : QStringLiteral("intervention"),
            byKind ? tr("No participant has an intervention of kind “%1”.").arg(toString(*selection.kind))
                   : tr("No participant has an intervention named “%1”.").arg(selection.name));
    const QList<CohortDay> days = alignCohort(members, before, after);
    context.console.jsonTextResult(toJson(members, days), toText(members, days));
}

QString CohortCommand::toJson(const QList<CohortMember>& members, const QList<CohortDay>& days)
{
    QStringList people;
    for (const CohortMember& m : members)
        people.append(json::object({{QStringLiteral("participant"), json::string(m.code)},
                                    {QStringLiteral("start"), json::string(isoDate(m.start))}}));
    QStringList rows;
    for (const CohortDay& day : days) {
        json::Members values;
        for (qsizetype i = 0; i < members.size(); ++i)
            if (day.values[i])
                values.append({members[i].code, json::number(*day.values[i])});
        rows.append(json::object({{QStringLiteral("day"), json::integer(day.day)},
                                  {QStringLiteral("n"), json::integer(day.count)},
                                  {QStringLiteral("values"), json::object(values)},
                                  {QStringLiteral("mean"), json::number(day.mean)},
                                  {QStringLiteral("ci_lower"), json::number(day.ciLower)},
                                  {QStringLiteral("ci_upper"), json::number(day.ciUpper)}}));
    }
    return json::object(
        {{QStringLiteral("participants"), json::array(people)}, {QStringLiteral("days"), json::array(rows)}});
}

QString CohortCommand::toText(const QList<CohortMember>& members, const QList<CohortDay>& days)
{
    TextTable table;
    QStringList header{tr("day"), tr("n"), tr("mean"), tr("ci_lower"), tr("ci_upper")};
    for (const CohortMember& m : members)
        header << m.code;
    table.addRow(header);
    for (const CohortDay& day : days) {
        QStringList row{QString::number(day.day), QString::number(day.count), number(day.mean), number(day.ciLower),
                        number(day.ciUpper)};
        for (const auto& value : day.values)
            row << number(value);
        table.addRow(row);
    }
    QStringList starts;
    for (const CohortMember& m : members)
        starts << tr("%1 from %2").arg(m.code, isoDate(m.start));
    return tr("Day 0 is each participant’s start: %1.").arg(starts.join(QStringLiteral(", "))) + u'\n' +
           tr("The 95% confidence interval is mean ± t(0.975, n − 1) · SD / √n, from n = 2.") + u"\n\n" +
           table.toString();
}

} // namespace mb
