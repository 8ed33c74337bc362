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
    if (const auto date = parseIsoDate(text)) {
        if (const auto problem = dateRangeProblem(*date))
            throw CliError::input(option, QStringLiteral("--%1 %2: %3").arg(option, text, *problem));
        return *date;
    }
    throw CliError::input(option, tr("--%1 %2 is not a valid date; use %3, such as 2025-01-31.")
                                      .arg(option, text, Placeholder::word(u"YYYY-MM-DD")));
}

QTime Command::timeOption(const QString& option, const QString& text)
{
    if (const auto time = parseHourMinute(text))
        return *time;
    throw CliError::input(option, tr("--%1 %2 is not a valid time; use %3 (24-hour), such as 08:30.")
                                      .arg(option, text, Placeholder::word(u"HH:MM")));
}

int Command::intOption(const ParsedArguments& parsed, const char* option, int fallback, int minimum, int maximum)
{
    const QString name = QString::fromLatin1(option);
    const auto text = parsed.value(name);
    if (!text)
        return fallback;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw CliError::input(
            name,
            tr("--%1 must be a whole number from %2 to %3, not “%4”.").arg(name).arg(minimum).arg(maximum).arg(*text));
    return value;
}

InterventionKind Command::kindOption(const QString& option, const QString& text)
{
    if (const auto kind = interventionKindFromString(text))
        return *kind;
    throw CliError::input(option, tr("Unknown kind “%1”; use one of %2.").arg(text, kindList()));
}

QString Command::kindList()
{
    QStringList keys;
    for (InterventionKind kind : allInterventionKinds())
        keys << toString(kind);
    return keys.join(QStringLiteral(", "));
}

QString Command::participantCodeNeeded()
{
    return tr("a participant %1, such as P-001").arg(Placeholder::word(u"CODE"));
}

QString Command::requiredOption(const ParsedArguments& parsed, const char* option) const
{
    const QString name = QString::fromLatin1(option);
    const auto value = parsed.value(name);
    if (!value || value->trimmed().isEmpty())
        throw CliError::usage(name, tr("%1 needs --%2.").arg(this->name(), name));
    return value->trimmed();
}

Participant Command::requireParticipant(Store* store, const QString& code)
{
    if (!store)
        throw CliError::input(QStringLiteral("participant"),
                              tr("There is no participant with code “%1”: the database holds no data yet.").arg(code));
    return blamingField(QStringLiteral("participant"), [&] { return store->participants().require(code); });
}

} // namespace mb
