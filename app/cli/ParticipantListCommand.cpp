// Listing participants as a table or as JSON; a missing database lists nobody and stays missing.
#include "cli/ParticipantListCommand.h"

#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/ParticipantJson.h"
#include "cli/TextTable.h"
#include "core/DateText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mb {

using namespace Qt::StringLiterals;

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
    table.addRow(
        {tr("Code"), tr("Name"), tr("Arm"), tr("Enrolled"), tr("Withdrawn"), tr("Entries"), tr("Safety flag")});
    qsizetype flagged = 0;
    if (const auto store = context.database.openExisting()) {
        for (const Participant& p : store->participants().list()) {
            const qint64 entries = store->journal().count(p.id);
            // PHQ-9 item 9 above 0, not yet acknowledged by a clinician: shown until it is (as in the window).
            const qsizetype open = store->questionnaires().unacknowledged(p.id).size();
            flagged += open > 0;
            QJsonObject row = ParticipantJson::toJson(p, entries);
            row.insert(QStringLiteral("open_safety_flags"), open);
            json.append(row);
            table.addRow({p.code, p.displayName, p.arm, dateCell(p.enrolled), dateCell(p.withdrawn),
                          QString::number(entries), open > 0 ? tr("⚠ %n open", nullptr, int(open)) : u"-"_s});
        }
    }
    QString text = json.isEmpty() ? tr("No participants yet.") : table.toString();
    if (flagged > 0)
        text += u'\n' + tr("⚠ %n participant(s) with an open safety flag (PHQ-9 item 9 above 0): contact them as "
                           "your protocol says, and acknowledge the flag in the Questionnaires tab of the app.",
                           nullptr, int(flagged));
    context.console.result({{QStringLiteral("participants"), json}}, text);
}

} // namespace mb
