// moodbiome-cli: reads the command line, runs one command and turns every failure into an exit code.
#pragma once

#include "cli/ArgumentParser.h"
#include "cli/Console.h"
#include "core/Clock.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace mb {

class Command;

class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp();                               // writes to stdout and stderr
    CliApp(QIODevice* out, QIODevice* err); // writes to these devices instead (in-process tests)
    ~CliApp();                              // restores the system clock
    CliApp(const CliApp&) = delete;
    CliApp& operator=(const CliApp&) = delete;

    // arguments: without the program name. Returns the process exit code.
    int run(const QStringList& arguments);
    // Whether the command needs a QApplication (report draws its chart with widgets); all others run on
    // QCoreApplication, without loading any GUI plugin.
    bool needsWidgets(const QStringList& arguments) const;
    // The application object the command line in argv needs (see needsWidgets), named for the shared data folder,
    // with the messages' translation installed; main() keeps it for the run.
    std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) const;

    // The language of messages, "en" or "nl", as GNU tools choose it from LC_ALL, LC_MESSAGES, LANG and LANGUAGE.
    static QString messageLanguage();

private:
    void addCommands();
    void execute(const QStringList& arguments);
    ArgumentParser parser() const;
    // The command the words name; the rest of the words are its arguments.
    const Command& findCommand(const QStringList& words) const;
    void checkOptions(const Command& command, const ParsedArguments& parsed) const;
    QString databasePath(const ParsedArguments& parsed) const;
    void installClock();
    QString helpText() const;
    QString versionText() const;

    Console m_console;
    std::vector<std::unique_ptr<Command>> m_commands;
    std::optional<FixedClock> m_fixedClock;
};

} // namespace mb
