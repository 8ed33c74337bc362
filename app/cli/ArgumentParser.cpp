// Command-line splitting: options may stand anywhere, before or after the words.
#include "cli/ArgumentParser.h"

#include "cli/CliError.h"

namespace mb {

std::optional<QString> ParsedArguments::value(const QString& name) const
{
    const auto it = options.constFind(name);
    if (it == options.cend())
        return std::nullopt;
    return *it;
}

const OptionSpec* ArgumentParser::find(QStringView name) const
{
    for (const OptionSpec& option : m_options)
        if (option.name == name)
            return &option;
    return nullptr;
}

ParsedArguments ArgumentParser::parse(const QStringList& arguments) const
{
    ParsedArguments result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (optionsEnded || !argument.startsWith(u'-') || argument == u"-")
            result.words.append(argument);
        else if (argument == u"--")
            optionsEnded = true;
        else
            i = takeOption(arguments, i, result);
    }
    return result;
}

qsizetype ArgumentParser::takeOption(const QStringList& arguments, qsizetype index, ParsedArguments& result) const
{
    const QString& argument = arguments[index];
    if (argument == u"-h") {
        result.options.insert(QStringLiteral("help"), QString());
        return index;
    }
    const qsizetype equals = argument.indexOf(u'=');
    const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
    const OptionSpec* option = argument.startsWith(u"--") ? find(name) : nullptr;
    if (!option) {
        result.unknownOptions.append(equals < 0 ? argument : argument.left(equals));
        return index;
    }
    if (!option->takesValue) {
        if (equals >= 0)
            throw CliError::usage(name, tr("--%1 takes no value.").arg(name));
        result.options.insert(name, QString());
        return index;
    }
    if (equals >= 0) {
        result.options.insert(name, argument.mid(equals + 1));
        result.repeated[name].append(argument.mid(equals + 1));
        return index;
    }
    if (index + 1 >= arguments.size())
        throw CliError::usage(name, tr("--%1 needs a value.").arg(name));
    result.options.insert(name, arguments[index + 1]);
    result.repeated[name].append(arguments[index + 1]);
    return index + 1;
}

} // namespace mb
