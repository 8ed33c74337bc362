// `report CODE --output FILE.pdf [--lang en|nl]`: the participant's A4 PDF report. Writing it needs Widgets (the
// chart), which moodbiome-cli does not load: it hands the whole command line to its helper moodbiome-report (the
// same commands plus the report writer, app/cli/ReportMain.cpp), so every other command starts without them.
#pragma once

#include "cli/Command.h"

namespace mb {

class ReportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    using Writer = void (*)(const Command& command, const QStringList& arguments, const ParsedArguments& parsed,
                            CommandContext& context);

    QStringList words() const override { return {QStringLiteral("report")}; }
    QString synopsis() const override { return Placeholder::fill(u"CODE --output FILE.pdf [--lang en|nl]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    // With a writer installed (moodbiome-report), writes the report; without one, replaces the process with
    // moodbiome-report and the same arguments (it is looked for next to this program, then where it is installed).
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

    static void setWriter(Writer writer);
    static QString helperPath(); // empty when it is in neither place
};

} // namespace mb
