// Adding and listing interventions; every option is checked before the database is opened.
#include "cli/InterventionCommands.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/TextTable.h"
#include "core/DateText.h"
#include "core/JsonCodec.h"
#include "core/Measure.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace mb {

namespace {

// The codec's row image, as a command-line user reads it: the participant by code, the row's id, whether it is
// a one-day event; the notes and the deletion flag stay out.
QJsonObject toJson(const QString& code, const Intervention& i)
{
    QJsonObject json = JsonCodec::intervention(i);
    json.remove(QStringLiteral("participant_id"));
    json.remove(QStringLiteral("notes"));
    json.remove(QStringLiteral("deleted"));
    json.insert(QStringLiteral("id"), i.id);
    json.insert(QStringLiteral("participant"), code);
    json.insert(QStringLiteral("event"), i.isEvent());
    return json;
}

} // namespace

QString InterventionAddCommand::summary() const
{
    return tr("Add an intervention for a participant. K is one of %1. Without --end it is ongoing; "
              "an --end equal to --start makes a one-day event (such as an FMT).")
        .arg(kindList());
}

QList<OptionSpec> InterventionAddCommand::options() const
{
    return {{QStringLiteral("kind")}, {QStringLiteral("name")}, {QStringLiteral("start")},    {QStringLiteral("end")},
            {QStringLiteral("dose")}, {QStringLiteral("unit")}, {QStringLiteral("frequency")}};
}

void InterventionAddCommand::run(const QStringList& arguments, const ParsedArguments& parsed,
                                 CommandContext& context) const
{
    expectArguments(arguments, 1, 1, participantCodeNeeded());
    const QString code = arguments.first();
    auto required = [&](const char* option) {
        return requiredOption(parsed, option);
    };
    Intervention intervention;
    intervention.kind = kindOption(QStringLiteral("kind"), required("kind"));
    intervention.name = required("name");
    intervention.start = dateOption(QStringLiteral("start"), required("start"));
    if (const auto end = parsed.value(QStringLiteral("end")))
        intervention.end = dateOption(QStringLiteral("end"), *end);
    if (intervention.end.isValid() && intervention.end < intervention.start)
        throw CliError::input(QStringLiteral("end"), tr("The end date %1 lies before the start date %2.")
                                                         .arg(isoDate(intervention.end), isoDate(intervention.start)));
    if (const auto dose = parsed.value(QStringLiteral("dose"))) {
        bool ok = false;
        const double value = dose->toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0)
            throw CliError::input(QStringLiteral("dose"),
                                  tr("--dose “%1” is not a number of zero or more.").arg(*dose));
        if (auto problem = InterventionText::doseProblem(value))
            throw CliError::input(QStringLiteral("dose"), *problem);
        intervention.dose = value;
    }
    intervention.unit = parsed.value(QStringLiteral("unit")).value_or(QString());
    intervention.frequency = parsed.value(QStringLiteral("frequency")).value_or(QString());

    const auto store = context.database.openExisting();
    intervention.participantId = requireParticipant(store.get(), code).id;
    intervention.id =
        blamingField(QStringLiteral("intervention"), [&] { return store->interventions().add(intervention); });
    context.console.result({{QStringLiteral("intervention"), toJson(code, intervention)}},
                           tr("Added %1 “%2” for %3 from %4.")
                               .arg(toString(intervention.kind), intervention.name, code, isoDate(intervention.start)));
}

QString InterventionListCommand::summary() const
{
    return tr("List the interventions of one participant, or of everyone.");
}

void InterventionListCommand::run(const QStringList& arguments, const ParsedArguments&, CommandContext& context) const
{
    expectArguments(arguments, 0, 1, QString());
    const auto store = context.database.openExisting();
    QList<Participant> participants;
    if (!arguments.isEmpty())
        participants.append(requireParticipant(store.get(), arguments.first()));
    else if (store)
        participants = store->participants().list();

    QJsonArray json;
    TextTable table;
    table.addRow({tr("Participant"), tr("Kind"), tr("Name"), tr("Dose"), tr("Start"), tr("End")});
    for (const Participant& p : participants) {
        for (const Intervention& i : store->interventions().list(p.id)) {
            json.append(toJson(p.code, i));
            const QString dose = i.dose ? QString(plainNumber(*i.dose) + u' ' + i.unit).trimmed() : QString();
            table.addRow({p.code, toString(i.kind), i.name, dose, isoDate(i.start),
                          i.isOngoing() ? tr("ongoing") : isoDate(i.end)});
        }
    }
    context.console.result({{QStringLiteral("interventions"), json}},
                           json.isEmpty() ? tr("No interventions yet.") : table.toString());
}

} // namespace mb
