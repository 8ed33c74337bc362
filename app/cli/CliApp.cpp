// Dispatching the command line to a command, with global options anywhere and exit codes for failures.
#include "cli/CliApp.h"

#include "cli/AnalyzeCommand.h"
#include "cli/BackupCommands.h"
#include "cli/CliError.h"
#include "cli/CohortCommand.h"
#include "cli/DatabaseFile.h"
#include "cli/DemoCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InsightsCommand.h"
#include "cli/InterventionCommands.h"
#include "cli/LogCommand.h"
#include "cli/MergeCommand.h"
#include "cli/ParticipantAddCommand.h"
#include "cli/ParticipantListCommand.h"
#include "cli/Placeholder.h"
#include "cli/QuestionnaireAddCommand.h"
#include "cli/RandomisationCommands.h"
#include "cli/ReportCommand.h"
#include "cli/ScoreCommand.h"
#include "cli/SecurityCommands.h"
#include "cli/TagCommands.h"
#include "cli/TextTable.h"
#include "core/Measure.h"

#include <QTranslator>

namespace mb {

namespace {

const QString database = QStringLiteral("database");
const QString json = QStringLiteral("json");
const QString help = QStringLiteral("help");
const QString version = QStringLiteral("version");
const QString passphraseFile = QStringLiteral("passphrase-file");
const QString passphrase = QStringLiteral("passphrase"); // refused: see passphraseSource()

const QList<OptionSpec> globalOptions = {{database},       {json, false},    {help, false},
                                         {version, false}, {passphraseFile}, {passphrase}};

bool isGlobal(const QString& name)
{
    return std::any_of(globalOptions.cbegin(), globalOptions.cend(),
                       [&](const OptionSpec& option) { return option.name == name; });
}

} // namespace

CliApp::CliApp()
{
    addCommands();
}

CliApp::CliApp(QIODevice* out, QIODevice* err)
    : m_console(out, err)
{
    addCommands();
}

void CliApp::addCommands()
{
    m_commands.push_back(std::make_unique<ParticipantAddCommand>());
    m_commands.push_back(std::make_unique<ParticipantListCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<QuestionnaireAddCommand>());
    m_commands.push_back(std::make_unique<ScoreCommand>());
    m_commands.push_back(std::make_unique<InterventionAddCommand>());
    m_commands.push_back(std::make_unique<InterventionListCommand>());
    m_commands.push_back(std::make_unique<TagListCommand>());
    m_commands.push_back(std::make_unique<TagAddCommand>());
    m_commands.push_back(std::make_unique<TagRenameCommand>());
    m_commands.push_back(std::make_unique<TagArchiveCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<AnalyzeCommand>());
    m_commands.push_back(std::make_unique<InsightsCommand>());
    m_commands.push_back(std::make_unique<DesignCommand>());
    m_commands.push_back(std::make_unique<RandtestCommand>());
    m_commands.push_back(std::make_unique<CohortCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<SecurityCommand>(SecurityCommand::Change::Encrypt));
    m_commands.push_back(std::make_unique<SecurityCommand>(SecurityCommand::Change::Decrypt));
    m_commands.push_back(std::make_unique<SecurityCommand>(SecurityCommand::Change::Rekey));
    m_commands.push_back(std::make_unique<MergeCommand>());
}

CliApp::~CliApp()
{
    setClock(nullptr);
}

int CliApp::run(const QStringList& arguments)
{
    // Until the arguments are parsed, a plain look decides how a parse error is reported.
    m_console.setJson(arguments.contains(u"--" + json));
    try {
        execute(arguments);
        return int(ExitCode::Done);
    } catch (const CliError& error) {
        m_console.error(error);
        return int(error.exitCode());
    } catch (const StorageError& error) {
        CliError cliError = CliError::fromStorage(error, QStringLiteral("input"));
        if (error.code() == StorageError::Code::Encrypted)
            cliError = CliError(ExitCode::DatabaseUnusable, QStringLiteral("passphrase"),
                                error.message() + u' ' +
                                    tr("If it is encrypted, give its passphrase with --passphrase-file %1 or "
                                       "MOODBIOME_PASSPHRASE_FILE, or run the command on a terminal to be asked.")
                                        .arg(Placeholder::word(u"FILE")));
        m_console.error(cliError);
        return int(cliError.exitCode());
    }
}

void CliApp::execute(const QStringList& arguments)
{
    const ParsedArguments parsed = parser().parse(arguments);
    m_console.setJson(parsed.has(json));
    if (parsed.has(help))
        return m_console.result({{QStringLiteral("usage"), helpText()}}, helpText());
    if (parsed.has(version))
        return m_console.result({{QStringLiteral("name"), QStringLiteral("moodbiome-cli")},
                                 {QStringLiteral("version"), QStringLiteral(MOODBIOME_VERSION)}},
                                versionText());

    const Command& command = findCommand(parsed.words);
    checkOptions(command, parsed);
    installClock();
    const DatabaseFile file(databasePath(parsed),
                            !parsed.has(database) && qEnvironmentVariableIsEmpty("MOODBIOME_DATABASE"),
                            passphraseSource(parsed));
    CommandContext context{m_console, file, arguments};
    command.run(parsed.words.mid(command.words().size()), parsed, context);
}

void CliApp::setUpApplication(QCoreApplication& app)
{
    // No organization name: the GUI and the command line share ~/.local/share/moodbiome.
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOODBIOME_VERSION));
    // English has a translation too: it holds the plural forms ("1 entry", "2 entries"). It lives as long as the
    // application object.
    auto* messages = new QTranslator(&app);
    if (messages->load(QStringLiteral(":/i18n/moodbiome_%1.qm").arg(messageLanguage())))
        QCoreApplication::installTranslator(messages);
}

ArgumentParser CliApp::parser() const
{
    QList<OptionSpec> options = globalOptions;
    for (const auto& command : m_commands)
        options.append(command->options());
    return ArgumentParser(options);
}

const Command& CliApp::findCommand(const QStringList& words) const
{
    if (words.isEmpty())
        throw CliError::usage(QStringLiteral("command"), tr("No command given."));
    QStringList subcommands;
    for (const auto& command : m_commands) {
        const QStringList name = command->words();
        if (name.first() != words.first())
            continue;
        if (name.size() == 1 || (words.size() > 1 && words[1] == name[1]))
            return *command;
        subcommands.append(name[1]);
    }
    if (subcommands.isEmpty())
        throw CliError::usage(QStringLiteral("command"), tr("Unknown command “%1”.").arg(words.first()));
    throw CliError::usage(QStringLiteral("command"),
                          tr("“%1” needs one of: %2.").arg(words.first(), subcommands.join(QStringLiteral(", "))));
}

void CliApp::checkOptions(const Command& command, const ParsedArguments& parsed) const
{
    if (!parsed.unknownOptions.isEmpty())
        throw CliError::usage(QStringLiteral("option"), tr("Unknown option “%1”.").arg(parsed.unknownOptions.first()));
    const QList<OptionSpec> accepted = command.options();
    for (auto it = parsed.options.cbegin(); it != parsed.options.cend(); ++it) {
        const bool known = isGlobal(it.key()) || std::any_of(accepted.cbegin(), accepted.cend(),
                                                             [&](const OptionSpec& o) { return o.name == it.key(); });
        if (!known)
            throw CliError::usage(it.key(), tr("%1 does not take --%2.").arg(command.name(), it.key()));
    }
}

PassphraseSource CliApp::passphraseSource(const ParsedArguments& parsed) const
{
    if (parsed.has(passphrase))
        throw CliError::usage(passphrase, tr("A passphrase is never given on the command line, where other users can "
                                             "read it (ps). Use --passphrase-file %1 or MOODBIOME_PASSPHRASE_FILE, "
                                             "or type it when asked.")
                                              .arg(Placeholder::word(u"FILE")));
    if (const auto given = parsed.value(passphraseFile)) {
        if (given->isEmpty())
            throw CliError::usage(passphraseFile, tr("--passphrase-file needs a file name."));
        return {*given, passphraseFile};
    }
    if (!qEnvironmentVariableIsEmpty("MOODBIOME_PASSPHRASE_FILE"))
        return {qEnvironmentVariable("MOODBIOME_PASSPHRASE_FILE"), QStringLiteral("MOODBIOME_PASSPHRASE_FILE")};
    return {std::nullopt, passphraseFile};
}

QString CliApp::databasePath(const ParsedArguments& parsed) const
{
    const auto given = parsed.value(database);
    if (!given)
        return Store::defaultPath();
    if (given->isEmpty())
        throw CliError::usage(database, tr("--database needs a file name."));
    return *given;
}

void CliApp::installClock()
{
    const auto utc = nowFromEnvironment();
    if (!utc)
        return;
    if (!utc->isValid())
        throw CliError::usage(QStringLiteral("MOODBIOME_NOW"),
                              tr("MOODBIOME_NOW=%1 is not an ISO-8601 time such as 2025-01-05T08:30:00Z.")
                                  .arg(qEnvironmentVariable("MOODBIOME_NOW")));
    m_fixedClock.emplace(*utc, QTimeZone::systemTimeZone());
    setClock(&*m_fixedClock);
}

QString CliApp::helpText() const
{
    TextTable commands;
    for (const auto& command : m_commands) {
        commands.addRow({QStringList{command->name(), command->synopsis()}.join(u' ').trimmed()});
        commands.addRow({QStringLiteral("    ") + command->summary()});
    }
    TextTable options;
    options.addRow({Placeholder::fill(u"--database FILE"),
                    tr("the database (default: %1; the environment variable MOODBIOME_DATABASE overrides it)")
                        .arg(Store::defaultPath())});
    options.addRow({Placeholder::fill(u"--passphrase-file FILE"),
                    tr("the passphrase of an encrypted database: the first line of %1 (or the file "
                       "MOODBIOME_PASSPHRASE_FILE names; on a terminal it is asked for, without echo)")
                        .arg(Placeholder::word(u"FILE"))});
    options.addRow({QStringLiteral("--json"), tr("print one JSON document on stdout; errors as JSON on stderr")});
    options.addRow({QStringLiteral("--help"), tr("show this help")});
    options.addRow({QStringLiteral("--version"), tr("show the version")});
    TextTable measures;
    for (const Measure& measure : builtinMeasures())
        measures.addRow({measure.key, MeasureText::rangeText(measure), measure.label(MeasureText::messageLanguage())});

    return tr("Usage: %1").arg(Placeholder::fill(u"moodbiome-cli [--database FILE] [--json] COMMAND ...")) + u"\n\n" +
           tr("Commands:") + u'\n' + commands.toString(QStringLiteral("  ")) + u"\n\n" +
           tr("Global options (before or after the command):") + u'\n' + options.toString(QStringLiteral("  ")) +
           u"\n\n" + tr("Measures (%1 for log):").arg(Placeholder::word(u"KEY")) + u'\n' +
           measures.toString(QStringLiteral("  ")) + u"\n\n" +
           tr("Dates are %1, times %2 (24-hour).").arg(Placeholder::word(u"YYYY-MM-DD"), Placeholder::word(u"HH:MM")) +
           u'\n' +
           tr("Exit codes: 0 done; 1 usage error; 2 invalid input, nothing written; 3 the database cannot be "
              "used; 4 verify found damage.");
}

// As GNU tools choose: LC_ALL, else LC_MESSAGES, else LANG; the C and POSIX locales mean English; LANGUAGE, a
// priority list such as "nl:en", decides among the others. Only messages follow it: numbers and dates in the output
// keep the file formats' notation.
QString CliApp::messageLanguage()
{
    QString locale = qEnvironmentVariable("LC_ALL");
    if (locale.isEmpty())
        locale = qEnvironmentVariable("LC_MESSAGES");
    if (locale.isEmpty())
        locale = qEnvironmentVariable("LANG");
    if (locale.isEmpty() || locale == u"C" || locale.startsWith(u"C.") || locale == u"POSIX")
        return QStringLiteral("en");
    const QString priority = qEnvironmentVariable("LANGUAGE");
    for (const QString& language : priority.isEmpty() ? QStringList{locale} : priority.split(u':')) {
        if (language.startsWith(u"nl"))
            return QStringLiteral("nl");
        if (language.startsWith(u"en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString CliApp::versionText() const
{
    return QStringLiteral("moodbiome-cli ") + QStringLiteral(MOODBIOME_VERSION);
}

} // namespace mb
