// `import FILE [--format auto|tidy|wide|daylio] [--participant CODE] [--dry-run] [--mood-map L=N]`: all or nothing.
#pragma once

#include "cli/Command.h"
#include "cli/Console.h"
#include "core/ImportBatch.h"

namespace mb {

struct ImportSummary;

class ImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QStringList words() const override { return {QStringLiteral("import")}; }
    QString synopsis() const override;
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

    // The documented --json summary: rows, observations, participants_created, skipped_duplicates, errors.
    static OrderedJson summaryJson(const ImportSummary& summary);

private:
    static ImportOptions importOptions(const ParsedArguments& parsed);
    static void runFhir(const QString& path, bool dryRun, CommandContext& context);
    static QMap<QString, int> moodMap(const QStringList& pairs);
    static QByteArray readFile(const QString& path);
    static QString describe(const ImportSummary& summary, const QString& file, bool dryRun);
    [[noreturn]] static void refuse(const ImportSummary& summary, const QString& file, Console& console);
};

} // namespace mb
