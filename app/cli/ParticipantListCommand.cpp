// Listing participants as a table or as JSON; a missing database lists nobody and stays missing.
#include "cli/ParticipantListCommand.h"

#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/ParticipantJson.h"
#include "cli/TextTable.h"
#include "core/DateText.h"

#include <QJsonArray>

namespace mb {

namespace {
QString dateCell(QDate date)
{
    return date.isValid() ? isoDate(date) : QStringLiteral("-");
}
} // namespace

void ParticipantListCommand::run(const QStringList& arguments, const ParsedArguments&, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, {});
    QJsonArray json;
    TextTable table;
    table.addRow({tr("Code"), tr("Name"), tr("Arm"), tr("Enrolled"), tr("Withdrawn"), tr("Entries")});
    if (const auto store = context.database.openExisting()) {
        for (const Participant& p : store->participants().list()) {
            const qint64 entries = store->journal().count(p.id);
            json.append(ParticipantJson::toJson(p, entries));
            table.addRow(
                {p.code, p.displayName, p.arm, dateCell(p.enrolled), dateCell(p.withdrawn), QString::number(entries)});
        }
    }
    context.console.result({{QStringLiteral("participants"), json}},
                           json.isEmpty() ? tr("No participants yet.") : table.toString());
}

} // namespace mb
