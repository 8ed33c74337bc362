// Adding a participant; the only command that may create the database.
#include "cli/ParticipantAddCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/ParticipantJson.h"

namespace mb {

QString ParticipantAddCommand::summary() const
{
    return tr("Add a participant with a unique pseudonymous code, such as P-001. Creates the database when "
              "there is none yet.");
}

QList<OptionSpec> ParticipantAddCommand::options() const
{
    return {{QStringLiteral("name")}, {QStringLiteral("arm")}, {QStringLiteral("enrolled")}};
}

void ParticipantAddCommand::run(const QStringList& arguments, const ParsedArguments& parsed,
                                CommandContext& context) const
{
    expectArguments(arguments, 1, 1, participantCodeNeeded());
    Participant participant;
    participant.code = arguments.first();
    participant.displayName = parsed.value(QStringLiteral("name")).value_or(QString());
    participant.arm = parsed.value(QStringLiteral("arm")).value_or(QString());
    if (const auto enrolled = parsed.value(QStringLiteral("enrolled")))
        participant.enrolled = dateOption(QStringLiteral("enrolled"), *enrolled);

    context.database.change([&](Store& store) {
        participant.id = blamingField(QStringLiteral("code"), [&] { return store.participants().add(participant); });
    });
    context.console.result({{QStringLiteral("participant"), ParticipantJson::toJson(participant, 0)}},
                           tr("Added participant %1.").arg(participant.code));
}

} // namespace mb
