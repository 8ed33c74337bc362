// Drawing and locking schedules, and testing them.
#include "cli/RandomisationCommands.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/JsonText.h"
#include "core/CsvReader.h"
#include "core/DateText.h"
#include "core/Participant.h"
#include "storage/Importer.h"
#include "storage/ScheduleRepository.h"
#include "storage/Store.h"

#include <QFileInfo>
#include <QHash>

#include <functional>
#include <utility>

namespace mb {

namespace {

DesignType designOption(const QString& option, const QString& text)
{
    if (const auto type = designTypeFromString(text))
        return *type;
    throw CliError::input(
        option, DesignCommand::tr("--%1 “%2” is not a design; use ab, aba, abab, crd, rbd or atd.").arg(option, text));
}

TestStatistic statisticOption(const QString& text)
{
    if (const auto statistic = testStatisticFromString(text))
        return *statistic;
    throw CliError::input(QStringLiteral("statistic"),
                          RandtestCommand::tr("--statistic “%1” is not a statistic; use A-B, B-A, |A-B|, PA-PB, "
                                              "PB-PA or |PA-PB|.")
                              .arg(text));
}

std::optional<std::uint64_t> seedOption(const ParsedArguments& parsed)
{
    const auto text = parsed.value(QStringLiteral("seed"));
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qulonglong seed = text->toULongLong(&ok);
    if (!ok)
        throw CliError::input(
            QStringLiteral("seed"),
            DesignCommand::tr("--seed “%1” is not a whole number from 0 to 18446744073709551615.").arg(*text));
    return seed;
}

// The participant's first intervention of that name (case-insensitive), or an input error listing theirs.
Intervention requireIntervention(Store& store, const Participant& participant, const QString& name)
{
    QStringList names;
    for (const Intervention& i : store.interventions().list(participant.id)) {
        if (i.name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
        names.append(i.name);
    }
    throw CliError::input(
        QStringLiteral("intervention"),
        names.isEmpty() ? DesignCommand::tr("%1 has no interventions, so there is no “%2”.").arg(participant.code, name)
                        : DesignCommand::tr("%1 has no intervention named “%2”; theirs are: %3.")
                              .arg(participant.code, name, names.join(QStringLiteral(", "))));
}

QString scheduleJson(const QString& code, const QString& intervention, const RandomisationSchedule& s)
{
    QStringList labels;
    for (std::uint8_t label : s.assignment)
        labels << json::string(conditionLabel(label, s.spec.type));
    return json::object({{QStringLiteral("participant"), json::string(code)},
                         {QStringLiteral("intervention"), json::string(intervention)},
                         {QStringLiteral("design"), json::string(toString(s.spec.type))},
                         {QStringLiteral("days"), json::integer(s.spec.days)},
                         {QStringLiteral("min_phase"), json::integer(s.spec.minPhase)},
                         {QStringLiteral("start"), json::string(isoDate(s.start))},
                         {QStringLiteral("seed"), json::string(QString::number(s.seed))},
                         {QStringLiteral("statistic"), json::string(toString(s.statistic))},
                         {QStringLiteral("assignments"), json::integer(qint64(countAssignments(s.spec)))},
                         {QStringLiteral("schedule"), u'[' + labels.join(u',') + u']'},
                         {QStringLiteral("sha256"), json::string(s.sha256)}});
}

QString scheduleText(const QString& code, const QString& intervention, const RandomisationSchedule& s)
{
    QStringList lines;
    lines << DesignCommand::tr("%1 · %2: %3, %4 days from %5 (minimum phase %6), seed %7.")
                 .arg(code, intervention, DesignText::designName(s.spec.type))
                 .arg(s.spec.days)
                 .arg(isoDate(s.start))
                 .arg(s.spec.minPhase)
                 .arg(QString::number(s.seed));
    lines << DesignCommand::tr("Drawn from %1 admissible schedules; statistic %2.")
                 .arg(QString::number(countAssignments(s.spec)), toString(s.statistic));
    for (int day = 0; day < s.spec.days; ++day)
        lines << QStringLiteral("  %1  %2")
                     .arg(isoDate(s.start.addDays(day)), conditionLabel(s.assignment[std::size_t(day)], s.spec.type));
    lines << DesignCommand::tr("Locked; SHA-256 %1.").arg(s.sha256);
    return lines.join(u'\n');
}

// SCRT's layout: condition,value per line in time order; an optional header line.
struct DataFile {
    QStringList conditions;
    DayValues values;
};

// The rows of a small CSV of `columns` columns, the last a number; a first line that is not (a header) is skipped.
void readRows(const QString& path, int columns, const std::function<void(const QStringList&)>& visit)
{
    const QString field = QStringLiteral("data");
    const QString name = QFileInfo(path).fileName();
    QString error;
    const auto bytes = Importer::readFile(path, error);
    if (!bytes)
        throw CliError::input(field, error);
    CsvDialect dialect;
    const auto text = CsvReader::decode(*bytes, dialect, error);
    if (!text)
        throw CliError::input(field, QStringLiteral("%1: %2").arg(name, error));
    CsvReader reader(*text, CsvReader::detectSeparator(*text));
    CsvRecord record;
    bool first = true;
    double magnitudes = 0; // of the values so far: their sum must leave the statistic finite
    while (reader.next(record)) {
        if (record.isBlank())
            continue;
        const bool header = std::exchange(first, false);
        bool ok = false;
        const double value = record.fields.size() == columns ? record.fields.last().trimmed().toDouble(&ok) : 0;
        if (header && (!ok || !std::isfinite(value)))
            continue;
        if (record.fields.size() != columns)
            throw CliError::input(field, RandtestCommand::tr("%1, line %2: expected %3 columns; found %4.")
                                             .arg(name)
                                             .arg(record.line)
                                             .arg(columns)
                                             .arg(record.fields.size()));
        if (!ok || !std::isfinite(value))
            throw CliError::input(field, RandtestCommand::tr("%1, line %2: “%3” is not a number.")
                                             .arg(name)
                                             .arg(record.line)
                                             .arg(record.fields.last()));
        if (addMagnitudes({value}, magnitudes) >= 0)
            throw CliError::input(field, RandtestCommand::tr("%1, line %2: “%3” is too large; the values may add up "
                                                             "to at most %4 (ignoring their signs) for the means "
                                                             "and their differences to be numbers.")
                                             .arg(name)
                                             .arg(record.line)
                                             .arg(record.fields.last().trimmed())
                                             .arg(largestMagnitudeSum, 0, 'g', 3));
        visit(record.fields);
    }
    if (reader.error())
        throw CliError::input(field,
                              QStringLiteral("%1, line %2: %3").arg(name).arg(reader.errorLine()).arg(*reader.error()));
}

DataFile readData(const QString& path)
{
    DataFile data;
    readRows(path, 2, [&data](const QStringList& fields) {
        data.conditions << fields[0].trimmed();
        data.values << fields[1].trimmed().toDouble();
    });
    return data;
}

// participant,condition,value in time order per participant (conditions A then B): a multiple-baseline design
// across participants, each one's admissible starts leaving at least minPhase days in A and in B.
QList<MultipleBaselineCase> readBaselines(const QString& path, int minPhase)
{
    QStringList order;
    QHash<QString, DataFile> byParticipant;
    readRows(path, 3, [&](const QStringList& fields) {
        const QString code = fields[0].trimmed();
        if (!byParticipant.contains(code))
            order << code;
        byParticipant[code].conditions << fields[1].trimmed().toUpper();
        byParticipant[code].values << fields[2].trimmed().toDouble();
    });
    QList<MultipleBaselineCase> cases;
    for (const QString& code : std::as_const(order)) {
        const DataFile& d = byParticipant[code];
        const qsizetype start = d.conditions.indexOf(QStringLiteral("B"));
        const bool ab =
            start > 0 && d.conditions.lastIndexOf(QStringLiteral("A")) == start - 1 &&
            d.conditions.count(QStringLiteral("A")) + d.conditions.count(QStringLiteral("B")) == d.conditions.size();
        if (!ab)
            throw CliError::input(
                QStringLiteral("data"),
                RandtestCommand::tr("Participant %1: the conditions must be A days, then B days.").arg(code));
        if (start < minPhase || d.values.size() - start < minPhase)
            throw CliError::input(
                QStringLiteral("data"),
                RandtestCommand::tr("Participant %1: fewer than %2 days in A or in B.").arg(code).arg(minPhase));
        cases.append({d.values, minPhase, int(d.values.size()) - minPhase, int(start)});
    }
    return cases;
}

// The members of RandtestCommand::toJson().
json::Members resultMembers(const RandomisationResult& r, int participants)
{
    json::Members members = {
        {QStringLiteral("design"), json::string(participants > 0 ? QStringLiteral("MBD") : toString(r.spec.type))},
        {QStringLiteral("days"), json::integer(r.spec.days)},
        {QStringLiteral("min_phase"), json::integer(r.spec.minPhase)},
        {QStringLiteral("assignments"),
         r.assignments == std::numeric_limits<std::uint64_t>::max() ? json::null() : QString::number(r.assignments)},
        {QStringLiteral("method"), json::string(r.exact ? QStringLiteral("exact") : QStringLiteral("monte-carlo"))},
        {QStringLiteral("statistic"), json::string(toString(r.statistic))},
        {QStringLiteral("observed"), json::number(r.observed)},
        {QStringLiteral("p"), json::number(r.p())},
        {QStringLiteral("at_least"), QString::number(r.numerator)},
        {QStringLiteral("of"), QString::number(r.denominator)},
        {QStringLiteral("measured_a"), json::integer(r.measuredA)},
        {QStringLiteral("measured_b"), json::integer(r.measuredB)}};
    if (participants > 0)
        members.insert(1, {QStringLiteral("participants"), json::integer(participants)});
    if (!r.exact) {
        members.append({QStringLiteral("draws"), json::integer(r.draws)});
        members.append({QStringLiteral("seed"), json::string(QString::number(r.seed))});
    }
    return members;
}

} // namespace

QString DesignCommand::summary() const
{
    return tr("Draw a randomised schedule for an intervention before data collection, store it and lock it (its "
              "SHA-256 goes into the audit trail); a locked schedule is never replaced.");
}

QList<OptionSpec> DesignCommand::options() const
{
    return {{QStringLiteral("intervention")}, {QStringLiteral("type")},   {QStringLiteral("days")},
            {QStringLiteral("min-phase")},    {QStringLiteral("start")},  {QStringLiteral("seed")},
            {QStringLiteral("statistic")},    {QStringLiteral("measure")}};
}

void DesignCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, 1, participantCodeNeeded());
    const QString code = arguments.first();
    const QString name = requiredOption(parsed, "intervention");
    DesignSpec spec;
    spec.type = designOption(QStringLiteral("type"), requiredOption(parsed, "type"));
    requiredOption(parsed, "days");
    spec.days = intOption(parsed, "days", 0, 2, maximumDesignDays);
    spec.minPhase = intOption(parsed, "min-phase", 1, 1, maximumDesignDays);
    if (const QString problem = designProblem(spec); !problem.isEmpty())
        throw CliError::input(QStringLiteral("days"), problem);
    const auto seed = seedOption(parsed);
    std::optional<QDate> start;
    if (const auto text = parsed.value(QStringLiteral("start")))
        start = dateOption(QStringLiteral("start"), *text);
    std::optional<TestStatistic> statistic;
    if (const auto text = parsed.value(QStringLiteral("statistic"))) {
        statistic = statisticOption(*text);
        if (isPhaseStatistic(*statistic) && !isPhaseDesign(spec.type))
            throw CliError::input(QStringLiteral("statistic"),
                                  tr("The statistic %1 needs a phase design (ab, aba or abab).").arg(*text));
    }

    const auto store = context.database.openExisting();
    const Participant participant = requireParticipant(store.get(), code);
    const Intervention intervention = requireIntervention(*store, participant, name);
    if (!statistic) {
        Improvement improvement = Improvement::Increase;
        if (const auto key = parsed.value(QStringLiteral("measure")))
            improvement = improvementFor(
                blamingField(QStringLiteral("measure"), [&] { return store->measures().require(*key); }).direction);
        statistic = defaultStatistic(spec.type, improvement);
    }
    RandomisationSchedule schedule =
        drawSchedule(spec, start.value_or(intervention.start), seed.value_or(freshSeed()), *statistic);
    schedule.interventionId = intervention.id;
    blamingField(QStringLiteral("intervention"), [&] { return ScheduleRepository(store->database()).lock(schedule); });
    context.console.jsonTextResult(scheduleJson(code, intervention.name, schedule),
                                   scheduleText(code, intervention.name, schedule));
}

QString RandtestCommand::summary() const
{
    return tr("The randomisation test of a stored schedule against the journal, or of a two-column CSV "
              "(condition,value) without a database: exact up to 100,000 schedules, Monte Carlo above.");
}

QList<OptionSpec> RandtestCommand::options() const
{
    return {{QStringLiteral("intervention")}, {QStringLiteral("measure")}, {QStringLiteral("statistic")},
            {QStringLiteral("draws")},        {QStringLiteral("seed")},    {QStringLiteral("design")},
            {QStringLiteral("min-phase")},    {QStringLiteral("data")}};
}

void RandtestCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    RandomisationOptions options;
    options.draws = intOption(parsed, "draws", defaultDraws, 1, maximumDraws);
    const auto seed = seedOption(parsed);
    if (parsed.value(QStringLiteral("design")).value_or(QString()).compare(u"mbd", Qt::CaseInsensitive) == 0) {
        expectArguments(arguments, 0, 0, QString());
        return runBaselines(parsed, options, seed, context);
    }
    if (!parsed.has(QStringLiteral("data")) && !parsed.has(QStringLiteral("design")))
        return runStored(arguments, parsed, options, seed, context);
    expectArguments(arguments, 0, 0, QString());
    const DesignType type = designOption(QStringLiteral("design"), requiredOption(parsed, "design"));
    const TestStatistic statistic = statisticOption(requiredOption(parsed, "statistic"));
    requiredOption(parsed, "min-phase");
    const int minPhase = intOption(parsed, "min-phase", 1, 1, maximumDesignDays);
    const DataFile data = readData(requiredOption(parsed, "data"));
    const auto observed = assignmentFromLabels(data.conditions, type);
    if (!observed)
        throw CliError::input(
            QStringLiteral("data"),
            isPhaseDesign(type) ? tr("The conditions in the file do not make the phases of an %1 design "
                                     "(A1, B1, A2, B2 in that order, or runs of A and B).")
                                      .arg(toString(type))
                                : tr("The conditions in the file must be A or B for a %1 design.").arg(toString(type)));
    options.seed = seed.value_or(1);
    QString problem;
    const auto result = randomisationTest({type, int(data.values.size()), minPhase}, *observed, data.values, statistic,
                                          options, &problem);
    if (!result)
        throw CliError::input(QStringLiteral("data"), problem);
    context.console.jsonTextResult(toJson(*result), toText(*result));
}

void RandtestCommand::runStored(const QStringList& arguments, const ParsedArguments& parsed,
                                RandomisationOptions options, std::optional<std::uint64_t> seed,
                                CommandContext& context) const
{
    expectArguments(arguments, 1, 1, tr("%1 (or --design with --data)").arg(participantCodeNeeded()));
    const QString code = arguments.first();
    const QString name = requiredOption(parsed, "intervention");
    const QString key = requiredOption(parsed, "measure");
    std::optional<TestStatistic> statistic;
    if (const auto text = parsed.value(QStringLiteral("statistic")))
        statistic = statisticOption(*text);
    const auto store = context.database.openExisting();
    const Participant participant = requireParticipant(store.get(), code);
    blamingField(QStringLiteral("measure"), [&] { return store->measures().require(key); });
    const Intervention intervention = requireIntervention(*store, participant, name);
    const auto schedule = ScheduleRepository(store->database()).forIntervention(intervention.id);
    if (!schedule)
        throw CliError::input(QStringLiteral("intervention"),
                              tr("“%1” of %2 has no randomisation schedule; draw one first with "
                                 "`design %2 --intervention \"%1\" …`.")
                                  .arg(intervention.name, code));
    options.seed = seed.value_or(schedule->seed);
    const ScheduleTest test = testSchedule(*store, *schedule, participant.id, key, statistic, options);
    if (!test.result)
        throw CliError::input(QStringLiteral("measure"), test.problem);
    const auto boolean = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    json::Members members = resultMembers(*test.result, 0);
    members.append({QStringLiteral("pre_registered_statistic"), json::string(toString(test.preRegistered))});
    members.append({QStringLiteral("statistic_pre_registered"), boolean(test.statistic.preRegistered)});
    members.append({QStringLiteral("locked_after_data"), boolean(test.lockedAfterData)});
    QStringList text{toText(*test.result)};
    if (!test.statistic.preRegistered)
        text << RandomisationText::notPreRegistered(test.statistic.statistic, test.preRegistered);
    if (test.lockedAfterData)
        text << RandomisationText::lockedAfterData(schedule->lockedUtc, test.firstValue->atUtc, QLocale::c());
    context.console.jsonTextResult(json::object(members), text.join(u'\n'));
}

void RandtestCommand::runBaselines(const ParsedArguments& parsed, RandomisationOptions options,
                                   std::optional<std::uint64_t> seed, CommandContext& context) const
{
    const TestStatistic statistic = statisticOption(requiredOption(parsed, "statistic"));
    requiredOption(parsed, "min-phase");
    const int minPhase = intOption(parsed, "min-phase", 1, 1, maximumDesignDays);
    const QList<MultipleBaselineCase> cases = readBaselines(requiredOption(parsed, "data"), minPhase);
    options.seed = seed.value_or(1);
    QString problem;
    const auto result = multipleBaselineTest(cases, statistic, options, &problem);
    if (!result)
        throw CliError::input(QStringLiteral("data"), problem);
    const int participants = int(cases.size());
    context.console.jsonTextResult(toJson(*result, participants), toText(*result, participants));
}

QString RandtestCommand::toJson(const RandomisationResult& r, int participants)
{
    return json::object(resultMembers(r, participants));
}

QString RandtestCommand::toText(const RandomisationResult& r, int participants)
{
    if (participants > 0)
        return tr("Multiple baseline across %n participant(s): %1 admissible combinations of start days.", nullptr,
                  participants)
                   .arg(r.assignments == std::numeric_limits<std::uint64_t>::max() ? tr("more than 10^19")
                                                                                   : QString::number(r.assignments)) +
               u'\n' + RandomisationText::reading(r, QLocale::c()) + u'\n' + RandomisationText::limits();
    return tr("%1 design, %2 days, minimum phase %3: %4 admissible schedules.")
               .arg(toString(r.spec.type))
               .arg(r.spec.days)
               .arg(r.spec.minPhase)
               .arg(r.assignments == std::numeric_limits<std::uint64_t>::max() ? tr("more than 10^19")
                                                                               : QString::number(r.assignments)) +
           u'\n' + RandomisationText::reading(r, QLocale::c()) + u'\n' + RandomisationText::limits();
}

} // namespace mb
