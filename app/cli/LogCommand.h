// `log CODE [--date DATE] [--time HH:MM] [--note T] [--tag NAME]... KEY=VALUE...`: one journal entry.
#pragma once

#include "cli/Command.h"
#include "core/JournalEntry.h"

namespace mb {

class LogCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(LogCommand)
public:
    QStringList words() const override { return {QStringLiteral("log")}; }
    QString synopsis() const override
    {
        return Placeholder::fill(u"CODE [--date DATE] [--time HH:MM] [--note T] [--tag NAME]... KEY=VALUE...");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

private:
    // Everything the command line says about the entry, checked without opening the database.
    static JournalEntry entryFromArguments(const QStringList& pairs, const ParsedArguments& parsed);
    static void setDateAndTime(JournalEntry& entry, const ParsedArguments& parsed);
    static QMap<QString, double> parseValues(const QStringList& pairs);
    static double parseValue(const QString& key, const QString& text);
    static void requireKnownMeasures(Store& store, const QMap<QString, double>& values);
    // The ids of the tags named with --tag; an input error for a name that is no tag.
    static QList<qint64> requireTags(Store& store, const QStringList& names);
};

} // namespace mb
