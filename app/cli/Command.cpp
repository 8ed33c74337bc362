// What every command shares: argument counts, strict dates and times, and finding a participant.
#include "cli/Command.h"

#include "cli/CliError.h"
#include "core/DateText.h"
#include "storage/Store.h"

namespace mb {

void Command::expectArguments(const QStringList& arguments, qsizetype minimum, qsizetype maximum,
                              const QString& missing) const
{
    if (arguments.size() < minimum)
        throw CliError::usage(QStringLiteral("arguments"), tr("%1 needs %2.").arg(name(), missing));
    if (maximum >= 0 && arguments.size() > maximum)
        throw CliError::usage(QStringLiteral("arguments"),
                              tr("%1: unexpected argument “%2”.").arg(name(), arguments.at(maximum)));
}

QDate Command::dateOption(const QString& option, const QString& text)
{
    if (const auto date = parseIsoDate(text))
        return *date;
    throw CliError::input(option,
                          tr("--%1 %2 is not a valid date; use YYYY-MM-DD, such as 2025-01-31.").arg(option, text));
}

QTime Command::timeOption(const QString& option, const QString& text)
{
    if (const auto time = parseHourMinute(text))
        return *time;
    throw CliError::input(option,
                          tr("--%1 %2 is not a valid time; use HH:MM (24-hour), such as 08:30.").arg(option, text));
}

Participant Command::requireParticipant(Store* store, const QString& code)
{
    if (!store)
        throw CliError::input(QStringLiteral("participant"),
                              tr("There is no participant with code “%1”: the database holds no data yet.").arg(code));
    return blamingField(QStringLiteral("participant"), [&] { return store->participants().require(code); });
}

} // namespace mb
