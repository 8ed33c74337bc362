// `analyze CODE --intervention NAME --measure KEY [--baseline-days N]`: the N-of-1 effect sizes of
// docs/STATISTICS.md for one participant, intervention and measure.
#pragma once

#include "cli/Command.h"

namespace mb {

struct InterventionAnalysis;

class AnalyzeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)
public:
    QStringList words() const override { return {QStringLiteral("analyze")}; }
    QString synopsis() const override
    {
        return Placeholder::fill(u"CODE --intervention NAME --measure KEY [--baseline-days N]");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

    // The documented JSON document; numbers with 17 significant digits, null with a "reason" beside
    // an index that cannot be computed; randomisationTest is the JSON of the locked schedule's test (or null).
    static QString toJson(const QString& participantCode, const InterventionAnalysis& analysis,
                          const QString& randomisationTest = QStringLiteral("null"));
    // Phases, indices, interpretation and caveats as readable text.
    static QString toText(const QString& participantCode, const InterventionAnalysis& analysis);
};

} // namespace mb
