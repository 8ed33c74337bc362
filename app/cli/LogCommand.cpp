// Logging one journal entry: every argument is checked before the database is opened, so bad input
// leaves the file untouched (and uncreated).
#include "cli/LogCommand.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "core/Measure.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace mb {

namespace {

const Measure* builtinMeasure(const QString& key)
{
    for (const Measure& measure : builtinMeasures())
        if (measure.key == key)
            return &measure;
    return nullptr;
}

QStringList keys(const QList<Measure>& measures)
{
    QStringList result;
    for (const Measure& measure : measures)
        result.append(measure.key);
    return result;
}

CliError unknownMeasure(const QString& key, const QList<Measure>& known)
{
    return CliError::input(key, QCoreApplication::translate("LogCommand", "Unknown measure “%1”. Known measures: %2.")
                                    .arg(key, keys(known).join(QStringLiteral(", "))));
}

QJsonObject toJson(const QString& code, const JournalEntry& entry, const QStringList& tags)
{
    QJsonObject values;
    for (auto it = entry.values.cbegin(); it != entry.values.cend(); ++it)
        values.insert(it.key(), it.value());
    return {{QStringLiteral("entry_id"), entry.id},
            {QStringLiteral("participant"), code},
            {QStringLiteral("date"), isoDate(entry.date)},
            {QStringLiteral("time"), entry.time ? QJsonValue(hourMinute(*entry.time)) : QJsonValue()},
            {QStringLiteral("note"), entry.note},
            {QStringLiteral("values"), values},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}

QString describe(const QString& code, const JournalEntry& entry, const QStringList& tags)
{
    QStringList values;
    for (auto it = entry.values.cbegin(); it != entry.values.cend(); ++it)
        values.append(it.key() + u'=' + plainNumber(it.value()));
    for (const QString& tag : tags)
        values.append(u'#' + tag);
    const QString when = entry.time ? isoDate(entry.date) + u' ' + hourMinute(*entry.time) : isoDate(entry.date);
    return QCoreApplication::translate("LogCommand", "Logged entry %1 for %2 on %3: %4")
        .arg(QString::number(entry.id), code, when,
             values.isEmpty() ? QCoreApplication::translate("LogCommand", "a note") : values.join(u' '));
}

} // namespace

QString LogCommand::summary() const
{
    return tr("Record one journal entry. Without --date: now. %1 is a number with a decimal point, "
              "within the measure's range.")
        .arg(Placeholder::word(u"VALUE"));
}

QList<OptionSpec> LogCommand::options() const
{
    return {{QStringLiteral("date")}, {QStringLiteral("time")}, {QStringLiteral("note")}, {QStringLiteral("tag")}};
}

void LogCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, -1,
                    tr("a participant %1 and at least one %2, such as mood=7")
                        .arg(Placeholder::word(u"CODE"), Placeholder::fill(u"KEY=VALUE")));
    const QString code = arguments.first();
    JournalEntry entry = entryFromArguments(arguments.mid(1), parsed);

    const auto store = context.database.openExisting();
    entry.participantId = requireParticipant(store.get(), code).id;
    requireKnownMeasures(*store, entry.values);
    const QStringList tags = parsed.values(QStringLiteral("tag"));
    entry.tagIds = requireTags(*store, tags);
    entry.id = blamingField(QStringLiteral("values"), [&] { return store->journal().add(entry); });
    QStringList names;
    for (const QString& tag : tags)
        names.append(store->tags().byName(tag)->name);
    names.removeDuplicates();
    context.console.result(toJson(code, entry, names), describe(code, entry, names));
}

QList<qint64> LogCommand::requireTags(Store& store, const QStringList& names)
{
    QList<qint64> ids;
    for (const QString& name : names) {
        const auto tag = store.tags().byName(name);
        if (!tag)
            throw CliError::input(QStringLiteral("tag"),
                                  tr("There is no tag “%1”; add it first with: tag add “%1”.").arg(name.trimmed()));
        ids.append(tag->id);
    }
    return ids;
}

JournalEntry LogCommand::entryFromArguments(const QStringList& pairs, const ParsedArguments& parsed)
{
    JournalEntry entry;
    setDateAndTime(entry, parsed);
    entry.values = parseValues(pairs);
    entry.note = parsed.value(QStringLiteral("note")).value_or(QString());
    if (entry.values.isEmpty() && entry.note.trimmed().isEmpty() && parsed.values(QStringLiteral("tag")).isEmpty())
        throw CliError::usage(
            QStringLiteral("values"),
            tr("log needs at least one %1, such as mood=7, a --tag or a --note.").arg(Placeholder::fill(u"KEY=VALUE")));
    return entry;
}

void LogCommand::setDateAndTime(JournalEntry& entry, const ParsedArguments& parsed)
{
    const auto time = parsed.value(QStringLiteral("time"));
    if (const auto date = parsed.value(QStringLiteral("date"))) {
        entry.date = dateOption(QStringLiteral("date"), *date);
    } else {
        const QDateTime now = clock().nowLocal();
        entry.date = now.date();
        entry.time = QTime(now.time().hour(), now.time().minute());
    }
    if (time)
        entry.time = timeOption(QStringLiteral("time"), *time);
}

QMap<QString, double> LogCommand::parseValues(const QStringList& pairs)
{
    QMap<QString, double> values;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            throw CliError::input(QStringLiteral("values"),
                                  tr("“%1” is not %2, such as mood=7.").arg(pair, Placeholder::fill(u"KEY=VALUE")));
        const QString key = pair.left(equals);
        if (values.contains(key))
            throw CliError::input(key, tr("%1 is given more than once.").arg(key));
        values.insert(key, parseValue(key, pair.mid(equals + 1)));
    }
    return values;
}

double LogCommand::parseValue(const QString& key, const QString& text)
{
    if (!isValidMeasureKey(key))
        throw unknownMeasure(key, builtinMeasures());
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double value = c.toDouble(text, &ok);
    if (!ok)
        throw CliError::input(key, tr("%1=%2: the value must be a number, such as 7 or 7.5.").arg(key, text));
    if (const Measure* measure = builtinMeasure(key))
        if (const auto problem = MeasureText::validate(*measure, value, MeasureText::messageLanguage()))
            throw CliError::input(key, *problem);
    return value;
}

void LogCommand::requireKnownMeasures(Store& store, const QMap<QString, double>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!store.measures().byKey(it.key()))
            throw unknownMeasure(it.key(), store.measures().list());
}

} // namespace mb
