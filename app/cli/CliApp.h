// moodbiome-cli: reads the command line, runs one command and turns every failure into an exit code.
#pragma once

#include "cli/ArgumentParser.h"
#include "cli/Console.h"
#include "cli/PassphraseSource.h"
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
    // Names the application for the shared data folder and installs the messages' translation (a child of app).
    // main() makes the application object: a QCoreApplication, or moodbiome-report's QApplication.
    static void setUpApplication(QCoreApplication& app);

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
    PassphraseSource passphraseSource(const ParsedArguments& parsed) const;
    void installClock();
    QString helpText() const;
    QString versionText() const;

    Console m_console;
    std::vector<std::unique_ptr<Command>> m_commands;
    std::optional<FixedClock> m_fixedClock;
};

} // namespace mb
