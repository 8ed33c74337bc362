// `export [--format tidy|wide|json|fhir|redcap|redcap-dictionary|odm] [--participant CODE] [--from DATE] [--to DATE]
// [--output FILE]`.
#pragma once

#include "cli/Command.h"

#include <functional>

class QIODevice;

namespace mb {

struct ExportFilter;

class ExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QStringList words() const override { return {QStringLiteral("export")}; }
    QString synopsis() const override
    {
        return Placeholder::fill(
            u"[--format tidy|wide|json|fhir|redcap|redcap-dictionary|odm] [--participant CODE] [--from DATE] "
            u"[--to DATE] [--output FILE] "
            u"[--include-names] [--raw] [--fhir-system URI] [--fhir-transaction] [--site NAME]");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

private:
    // Writes the export to a device, naming the destination for the audit trail; returns the row count.
    using Writer = std::function<qint64(QIODevice& device, const QString& destination)>;
    static ExportFilter filterOf(const ParsedArguments& parsed);
    static void requireOutputIsNotDatabase(const QString& output, const DatabaseFile& database);
    static void writeStdout(Console& console, const Writer& write);
    static qint64 writeFile(const QString& path, const Writer& write);
};

} // namespace mb
