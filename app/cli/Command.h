// One command of moodbiome-cli: the words that name it, its synopsis, its options and what it does.
#pragma once

#include "cli/ArgumentParser.h"
#include "cli/Placeholder.h"
#include "core/Intervention.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>

namespace mb {

class Console;
class DatabaseFile;
class Store;
struct Participant;

struct CommandContext {
    Console& console;
    const DatabaseFile& database;
    const QStringList& commandLine; // every argument as given, without the program name
};

class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;

    virtual QStringList words() const = 0;         // {"participant", "add"}
    virtual QString synopsis() const = 0;          // what follows the words: "CODE [--name T]"
    virtual QString summary() const = 0;           // one sentence for --help
    virtual QList<OptionSpec> options() const = 0; // besides the global ones
    // arguments: the words after the command's own. Throws CliError or StorageError.
    virtual void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const = 0;

    QString name() const { return words().join(u' '); }

    // A usage error unless minimum <= count <= maximum (-1: no maximum); missing names what is needed.
    void expectArguments(const QStringList& arguments, qsizetype minimum, qsizetype maximum,
                         const QString& missing) const;
    // The participant with this code; an input error when there is none (or no database yet).
    static Participant requireParticipant(Store* store, const QString& code);

protected:
    static QDate dateOption(const QString& option, const QString& text);
    static QTime timeOption(const QString& option, const QString& text);
    // A whole-number option from minimum to maximum, or fallback when it is not given; an input error otherwise.
    static int intOption(const ParsedArguments& parsed, const char* option, int fallback, int minimum, int maximum);
    // An intervention kind key such as "probiotic"; an input error naming the keys otherwise.
    static InterventionKind kindOption(const QString& option, const QString& text);
    static QString kindList(); // "probiotic, prebiotic, ..."
    // What a command that takes one participant code needs: "a participant CODE, such as P-001".
    static QString participantCodeNeeded();
    // The trimmed value of an option the command cannot do without; a usage error when it is missing.
    QString requiredOption(const ParsedArguments& parsed, const char* option) const;
};

} // namespace mb
