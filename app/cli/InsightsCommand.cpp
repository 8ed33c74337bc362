// Finding the participant and measure, loading the day pairs, printing JSON or a table.
#include "cli/InsightsCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/JsonText.h"
#include "cli/TextTable.h"
#include "core/AnalysisText.h"
#include "core/InsightsText.h"
#include "storage/InsightsLoader.h"
#include "storage/Store.h"

namespace mb {

namespace {

QString rowJson(const InsightRow& row)
{
    json::Members members = {{QStringLiteral("factor"), json::string(row.factor)},
                             {QStringLiteral("kind"), json::string(insightKindKey(row.kind))},
                             {QStringLiteral("lag"), json::integer(row.lag)}};
    if (row.kind == InsightRow::Kind::Tag)
        members.append(json::Members{{QStringLiteral("n_with"), json::integer(row.nWith)},
                                     {QStringLiteral("n_without"), json::integer(row.nWithout)},
                                     {QStringLiteral("mean_with"), json::number(row.meanWith)},
                                     {QStringLiteral("mean_without"), json::number(row.meanWithout)},
                                     {QStringLiteral("difference"), json::number(row.difference)}});
    else
        members.append(
            json::Members{{QStringLiteral("n"), json::integer(row.n)}, {QStringLiteral("r"), json::number(row.r)}});
    members.append(json::Members{{QStringLiteral("ci_lower"), json::number(row.ciLower)},
                                 {QStringLiteral("ci_upper"), json::number(row.ciUpper)},
                                 {QStringLiteral("p"), json::number(row.p)},
                                 {QStringLiteral("p_adjusted"), json::number(row.pAdjusted)}});
    if (row.status != InsightRow::Status::Computed)
        members.append({QStringLiteral("reason"), json::string(insightStatusKey(row.status))});
    return json::object(members);
}

QString number(std::optional<double> value)
{
    return AnalysisText::number(value, QLocale::c(), 2);
}

QStringList tableRow(const InsightRow& row)
{
    const QLocale c = QLocale::c();
    const bool tag = row.kind == InsightRow::Kind::Tag;
    const QString n = tag ? QStringLiteral("%1/%2").arg(row.nWith).arg(row.nWithout) : QString::number(row.n);
    const QString effect = tag ? number(row.difference) : QStringLiteral("r = ") + number(row.r);
    const QString ci =
        row.ciLower ? QStringLiteral("%1 to %2").arg(number(row.ciLower), number(row.ciUpper)) : QStringLiteral("—");
    const QString p = row.hasP() ? InsightsText::pText(row.p, c) : InsightsText::statusText(row.status);
    return {row.label,
            insightKindKey(row.kind),
            QString::number(row.lag),
            n,
            effect,
            ci,
            p,
            InsightsText::pText(row.pAdjusted, c)};
}

} // namespace

QString InsightsCommand::summary() const
{
    return tr("Which tags and numeric measures go with a higher or lower value of a measure (default mood) on the "
              "same day and up to N days later (default 2): Welch t-tests and Pearson r, Benjamini-Hochberg "
              "adjusted p-values, sorted by them.");
}

QList<OptionSpec> InsightsCommand::options() const
{
    return {{QStringLiteral("measure")}, {QStringLiteral("max-lag")}};
}

void InsightsCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, 1, participantCodeNeeded());
    const QString code = arguments.first();
    const QString key =
        parsed.has(QStringLiteral("measure")) ? requiredOption(parsed, "measure") : QStringLiteral("mood");
    const int maxLag = intOption(parsed, "max-lag", defaultInsightLag, 0, maximumInsightLag);

    const auto store = context.database.openExisting();
    const Participant participant = requireParticipant(store.get(), code);
    const Measure outcome = blamingField(QStringLiteral("measure"), [&] { return store->measures().require(key); });
    const InsightsResult result = loadInsights(*store, participant.id, outcome.key, maxLag);
    context.console.jsonTextResult(toJson(outcome, result), toText(participant.code, outcome, result));
}

QString InsightsCommand::toJson(const Measure& outcome, const InsightsResult& result)
{
    QStringList rows;
    for (const InsightRow& row : result.rows)
        rows.append(rowJson(row));
    return json::object(
        {{QStringLiteral("measure"), json::string(outcome.key)}, {QStringLiteral("results"), json::array(rows)}});
}

QString InsightsCommand::toText(const QString& participantCode, const Measure& outcome, const InsightsResult& result)
{
    const QLocale c = QLocale::c();
    QStringList lines;
    lines << tr("%1 · insights for %2").arg(participantCode, outcome.labelEn) << QString();
    if (result.rows.isEmpty()) {
        lines << tr("No tags or other measures to compare yet.");
        return lines.join(u'\n');
    }
    TextTable table;
    table.addRow(
        {tr("Factor"), tr("Kind"), tr("Lag"), tr("n"), tr("Difference / r"), tr("95% CI"), tr("p"), tr("Adjusted p")});
    for (const InsightRow& row : result.rows)
        table.addRow(tableRow(row));
    lines << table.toString(QStringLiteral("  ")) << QString();
    for (const QString& sentence : InsightsText::headline(result, outcome, c))
        lines << QStringLiteral("- ") + sentence;
    lines << QString() << InsightsText::caveat();
    return lines.join(u'\n');
}

} // namespace mb
