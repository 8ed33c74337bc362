// Finding the participant, intervention and measure, running the analysis, printing JSON or text.
#include "cli/AnalyzeCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/JsonText.h"
#include "cli/TextTable.h"
#include "core/AnalysisText.h"
#include "core/DateText.h"
#include "storage/AnalysisLoader.h"
#include "storage/ScheduleRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

namespace mb {

using namespace Qt::StringLiterals;

namespace {

QString optionalDate(QDate date)
{
    return date.isValid() ? json::string(isoDate(date)) : json::null();
}

QString phaseJson(const PhaseSummary& phase)
{
    return json::object({{QStringLiteral("first_date"), optionalDate(phase.first)},
                         {QStringLiteral("last_date"), optionalDate(phase.last)},
                         {QStringLiteral("n"), json::integer(phase.n)},
                         {QStringLiteral("mean"), json::number(phase.mean)},
                         {QStringLiteral("sd"), json::number(phase.sd)},
                         {QStringLiteral("median"), json::number(phase.median)}});
}

// The members of one index; the reason goes beside whichever of them is null.
QString indexJson(const IndexValue& index, json::Members members)
{
    const bool anyNull =
        std::any_of(members.cbegin(), members.cend(), [](const auto& member) { return member.second == json::null(); });
    if (anyNull && !index.reason.isEmpty())
        members.append({QStringLiteral("reason"), json::string(index.reason)});
    return json::object(members);
}

// The trend line exists only when Tau-BC was computed.
std::optional<TrendLine> shownTrend(const SingleCaseResult& r)
{
    return r.tauBc.available() ? r.baselineTrend : std::nullopt;
}

QString number(std::optional<double> value, int decimals = 2)
{
    return AnalysisText::number(value, QLocale::c(), decimals);
}

QString datesText(const PhaseSummary& phase)
{
    return phase.n == 0 ? QStringLiteral("—")
                        : QStringLiteral("%1 – %2").arg(isoDate(phase.first), isoDate(phase.last));
}

QString phaseTable(const SingleCaseResult& r)
{
    TextTable table;
    table.addRow({QString(), AnalyzeCommand::tr("Baseline"), AnalyzeCommand::tr("Intervention")});
    table.addRow({AnalyzeCommand::tr("Days"), datesText(r.baseline), datesText(r.treatment)});
    table.addRow({AnalyzeCommand::tr("n"), QString::number(r.baseline.n), QString::number(r.treatment.n)});
    table.addRow({AnalyzeCommand::tr("Mean"), number(r.baseline.mean), number(r.treatment.mean)});
    table.addRow({AnalyzeCommand::tr("SD"), number(r.baseline.sd), number(r.treatment.sd)});
    table.addRow({AnalyzeCommand::tr("Median"), number(r.baseline.median), number(r.treatment.median)});
    return table.toString(QStringLiteral("  "));
}

QString indexTable(const SingleCaseResult& r)
{
    const QLocale c = QLocale::c();
    QString tauBc = AnalysisText::indexText(r.tauBc, c);
    if (const auto trend = shownTrend(r))
        tauBc += u' ' + AnalyzeCommand::tr("[baseline trend %1 per recorded day, intercept %2]")
                            .arg(number(trend->slope, 3), number(trend->intercept));
    QString nap = AnalysisText::indexText(r.nap, c);
    if (r.nap.se)
        nap += u' ' + AnalyzeCommand::tr("[SE %1]").arg(number(r.nap.se));
    TextTable table;
    table.addRow({AnalyzeCommand::tr("NAP"), nap});
    table.addRow({AnalyzeCommand::tr("Tau"), AnalysisText::indexText(r.tau, c)});
    table.addRow({AnalyzeCommand::tr("Tau-U"), AnalysisText::indexText(r.tauU, c)});
    table.addRow({AnalyzeCommand::tr("Tau-BC"), tauBc});
    table.addRow({AnalyzeCommand::tr("Hedges’ g"), AnalysisText::indexText(r.smd, c)});
    return table.toString(QStringLiteral("  "));
}

QString cdcJson(const std::optional<CdcResult>& cdc)
{
    if (!cdc)
        return json::null();
    return json::object({{QStringLiteral("exceeding"), json::integer(cdc->exceeding)},
                         {QStringLiteral("n"), json::integer(cdc->n)},
                         {QStringLiteral("p"), json::number(cdc->p)}});
}

QString piecewiseJson(const std::optional<PiecewiseResult>& pw)
{
    if (!pw)
        return json::null();
    return json::object({{QStringLiteral("intercept"), json::number(pw->intercept)},
                         {QStringLiteral("trend"), json::number(pw->trend)},
                         {QStringLiteral("level_change"), json::number(pw->levelChange)},
                         {QStringLiteral("level_change_se"), json::number(pw->levelChangeSe)},
                         {QStringLiteral("slope_change"), json::number(pw->slopeChange)},
                         {QStringLiteral("slope_change_se"), json::number(pw->slopeChangeSe)}});
}

// The test of the intervention's locked schedule on the analysed measure with its pre-registered statistic, as
// randtest gives it: a sentence for the text, an object (or null) for the JSON.
struct LockedTest {
    QString text;
    QString json = json::null();
};

LockedTest lockedTest(Store& store, const InterventionAnalysis& analysis)
{
    LockedTest locked;
    if (!analysis.randomised)
        return locked;
    try {
        const auto schedule = ScheduleRepository(store.database()).forIntervention(analysis.intervention.id);
        if (!schedule)
            return locked;
        const ScheduleTest test =
            testSchedule(store, *schedule, analysis.intervention.participantId, analysis.measure.key);
        QString reading = test.result ? RandomisationText::reading(*test.result, QLocale::c())
                                      : AnalyzeCommand::tr("It cannot be computed yet: %1").arg(test.problem);
        if (test.lockedAfterData)
            reading.prepend(
                RandomisationText::lockedAfterData(schedule->lockedUtc, test.firstValue->atUtc, QLocale::c()) + u' ');
        locked.text =
            AnalyzeCommand::tr("The locked schedule’s test (as randtest gives it, with details): %1").arg(reading);
        locked.json =
            json::object({{QStringLiteral("statistic"), json::string(toString(test.statistic.statistic))},
                          {QStringLiteral("p"), test.result ? json::number(test.result->p()) : json::null()},
                          {QStringLiteral("locked_after_data"), test.lockedAfterData ? u"true"_s : u"false"_s}});
    } catch (const StorageError& e) {
        locked.text = e.message();
    }
    return locked;
}

} // namespace

QString AnalyzeCommand::summary() const
{
    return tr("N-of-1 effect sizes of an intervention on a measure for one participant: NAP with its SE and 95% "
              "CI, Tau, Tau-U, Tau-BC and Hedges’ g, baseline days (default 28) against the intervention phase.");
}

QList<OptionSpec> AnalyzeCommand::options() const
{
    return {{QStringLiteral("intervention")}, {QStringLiteral("measure")}, {QStringLiteral("baseline-days")}};
}

void AnalyzeCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, 1, participantCodeNeeded());
    const QString code = arguments.first();
    const QString name = requiredOption(parsed, "intervention");
    const QString key = requiredOption(parsed, "measure");
    const int baselineDays =
        intOption(parsed, "baseline-days", defaultBaselineDays, minimumBaselineDays, maximumBaselineDays);

    const auto store = context.database.openExisting();
    const Participant participant = requireParticipant(store.get(), code);
    blamingField(QStringLiteral("measure"), [&] { return store->measures().require(key); });
    QList<Intervention> matches;
    QStringList names;
    for (const Intervention& i : store->interventions().list(participant.id)) {
        names.append(i.name);
        if (i.name.compare(name, Qt::CaseInsensitive) == 0)
            matches.append(i);
    }
    if (matches.isEmpty())
        throw CliError::input(QStringLiteral("intervention"),
                              names.isEmpty()
                                  ? tr("%1 has no interventions, so there is no “%2” to analyse.").arg(code, name)
                                  : tr("%1 has no intervention named “%2”; theirs are: %3.")
                                        .arg(code, name, names.join(QStringLiteral(", "))));
    // The first period of an intervention has the cleanest baseline; the text says when there are more.
    const InterventionAnalysis analysis = loadAnalysis(*store, matches.first(), key, baselineDays);
    const LockedTest locked = lockedTest(*store, analysis);
    QString text = toText(participant.code, analysis);
    if (!locked.text.isEmpty())
        text += u"\n  - "_s + locked.text;
    if (matches.size() > 1)
        text += u'\n' + tr("%1 has %2 periods of “%3”; this is the first, from %4.")
                            .arg(code)
                            .arg(matches.size())
                            .arg(matches.first().name, isoDate(matches.first().start));
    context.console.jsonTextResult(toJson(participant.code, analysis, locked.json), text);
}

QString AnalyzeCommand::toJson(const QString& participantCode, const InterventionAnalysis& analysis,
                               const QString& randomisationTest)
{
    const SingleCaseResult& r = analysis.result;
    const auto trend = shownTrend(r);
    return json::object(
        {{QStringLiteral("participant"), json::string(participantCode)},
         {QStringLiteral("intervention"), json::string(analysis.intervention.name)},
         {QStringLiteral("measure"), json::string(analysis.measure.key)},
         {QStringLiteral("direction"), json::string(toString(r.improvement))},
         {QStringLiteral("baseline"), phaseJson(r.baseline)},
         {QStringLiteral("treatment"), phaseJson(r.treatment)},
         {QStringLiteral("nap"), indexJson(r.nap, {{QStringLiteral("estimate"), json::number(r.nap.estimate)},
                                                   {QStringLiteral("se"), json::number(r.nap.se)},
                                                   {QStringLiteral("ci_lower"), json::number(r.nap.ciLower)},
                                                   {QStringLiteral("ci_upper"), json::number(r.nap.ciUpper)}})},
         {QStringLiteral("tau"), indexJson(r.tau, {{QStringLiteral("estimate"), json::number(r.tau.estimate)}})},
         {QStringLiteral("tau_u"), indexJson(r.tauU, {{QStringLiteral("estimate"), json::number(r.tauU.estimate)}})},
         {QStringLiteral("tau_bc"),
          indexJson(r.tauBc, {{QStringLiteral("estimate"), json::number(r.tauBc.estimate)},
                              {QStringLiteral("slope"), trend ? json::number(trend->slope) : json::null()},
                              {QStringLiteral("intercept"), trend ? json::number(trend->intercept) : json::null()}})},
         {QStringLiteral("smd"), indexJson(r.smd, {{QStringLiteral("estimate"), json::number(r.smd.estimate)},
                                                   {QStringLiteral("se"), json::number(r.smd.se)}})},
         {QStringLiteral("cdc"), cdcJson(analysis.visual.cdc)},
         {QStringLiteral("autocorrelation"),
          json::object({{QStringLiteral("baseline"), json::number(analysis.visual.baselineAutocorrelation)},
                        {QStringLiteral("treatment"), json::number(analysis.visual.treatmentAutocorrelation)}})},
         {QStringLiteral("piecewise"), piecewiseJson(analysis.visual.piecewise)},
         {QStringLiteral("randomised"), analysis.randomised ? u"true"_s : u"false"_s},
         {QStringLiteral("randomisation_test"), randomisationTest}});
}

QString AnalyzeCommand::toText(const QString& participantCode, const InterventionAnalysis& analysis)
{
    const SingleCaseResult& r = analysis.result;
    const QLocale c = QLocale::c();
    QStringList lines;
    lines << tr("%1 · %2 · %3 (%4)")
                 .arg(participantCode, analysis.intervention.name, analysis.measure.labelEn,
                      AnalysisText::directionText(analysis.measure.direction));
    lines << tr("Baseline: up to %1 days before the start on %2.")
                 .arg(analysis.baselineDays)
                 .arg(isoDate(analysis.intervention.start));
    lines << QString() << phaseTable(r) << QString();
    if (r.computed())
        lines << indexTable(r) << QString();
    lines << AnalysisText::interpretation(analysis, c) << QString();
    lines << tr("Visual analysis:");
    for (const QString& line : VisualAnalysisText::reading(analysis.visual, c))
        lines << QStringLiteral("  - ") + line;
    lines << QString() << tr("Caveats:");
    for (const QString& caveat : AnalysisText::caveats(analysis, c))
        lines << QStringLiteral("  - ") + caveat;
    return lines.join(u'\n');
}

} // namespace mb
