// `export [--format tidy] [--participant CODE] [--output FILE]`: observations as tidy CSV.
#pragma once

#include "cli/Command.h"

#include <functional>

class QIODevice;

namespace mb {

class ExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QStringList words() const override { return {QStringLiteral("export")}; }
    QString synopsis() const override { return tr("[--format tidy] [--participant CODE] [--output FILE]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

private:
    // Writes the CSV to a device, naming the destination for the audit trail; returns the row count.
    using Writer = std::function<qint64(QIODevice& device, const QString& destination)>;
    static void requireFormat(const QString& format);
    static void requireOutputIsNotDatabase(const QString& output, const DatabaseFile& database);
    static void writeStdout(const Writer& write);
    static qint64 writeFile(const QString& path, const Writer& write);
};

} // namespace mb
