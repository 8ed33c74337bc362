// `report CODE --output FILE.pdf [--lang en|nl]`: the participant's A4 PDF report.
#pragma once

#include "cli/Command.h"

namespace mb {

class ReportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QStringList words() const override { return {QStringLiteral("report")}; }
    QString synopsis() const override { return tr("CODE --output FILE.pdf [--lang en|nl]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
