// Splits a command line into words, options with values and flags; knows nothing about commands.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace mb {

struct OptionSpec {
    QString name; // without the leading "--"
    bool takesValue = true;
};

struct ParsedArguments {
    QStringList words;                    // everything that is not an option, in order
    QHash<QString, QString> options;      // name -> value; empty for a flag
    QHash<QString, QStringList> repeated; // name -> every value given, in order (for repeatable options)
    QStringList unknownOptions;           // as typed; reported once the command is known

    bool has(const QString& name) const { return options.contains(name); }
    std::optional<QString> value(const QString& name) const;
    QStringList values(const QString& name) const { return repeated.value(name); }
};

class ArgumentParser {
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)
public:
    explicit ArgumentParser(QList<OptionSpec> options)
        : m_options(std::move(options))
    {
    }

    // Accepts "--name value", "--name=value", "-h" for "--help" and "--" to end the options.
    // Throws CliError (usage) when an option lacks its value or a flag is given one.
    ParsedArguments parse(const QStringList& arguments) const;

private:
    const OptionSpec* find(QStringView name) const;
    // Reads the option at arguments[index]; returns the index of the last argument it used.
    qsizetype takeOption(const QStringList& arguments, qsizetype index, ParsedArguments& result) const;

    QList<OptionSpec> m_options;
};

} // namespace mb
