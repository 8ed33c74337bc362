// Generating demo participants (deterministic for a seed) into the database, all or nothing.
#include "cli/DemoCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "core/Clock.h"
#include "storage/DemoWriter.h"

#include <QJsonObject>

namespace mb {

QString DemoCommand::summary() const
{
    return tr("Fill the database with realistic synthetic participants P-001, P-002, …: weekly rhythm, noise, "
              "missing days, interventions with modest effects. The same seed gives the same data.");
}

QList<OptionSpec> DemoCommand::options() const
{
    return {{QStringLiteral("participants")}, {QStringLiteral("days")}, {QStringLiteral("seed")}};
}

void DemoCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, QString());
    DemoOptions options;
    options.participants = intOption(parsed, "participants", 12, 1, 10000);
    options.days = intOption(parsed, "days", 180, 14, 36600);
    options.seed = quint32(intOption(parsed, "seed", 42, 0, std::numeric_limits<int>::max()));
    options.endNow();
    const auto demo = generateDemo(options);
    DemoSummary summary;
    context.database.change([&](Store& store) {
        summary = blamingField(QStringLiteral("participants"), [&] { return writeDemo(store, demo); });
    });
    context.console.result({{QStringLiteral("participants"), summary.participants},
                            {QStringLiteral("entries"), summary.entries},
                            {QStringLiteral("interventions"), summary.interventions},
                            {QStringLiteral("seed"), qint64(options.seed)}},
                           tr("Added %1 demo participants with %2 entries and %3 interventions (seed %4).")
                               .arg(summary.participants)
                               .arg(summary.entries)
                               .arg(summary.interventions)
                               .arg(options.seed));
}

} // namespace mb
