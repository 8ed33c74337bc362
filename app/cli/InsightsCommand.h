// `insights CODE [--measure KEY] [--max-lag N]`: which tags and measures go with a better or worse outcome on
// the same or following days, for one participant (docs/STATISTICS.md "Insights").
#pragma once

#include "cli/Command.h"

namespace mb {

struct InsightsResult;
struct Measure;

class InsightsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InsightsCommand)
public:
    QStringList words() const override { return {QStringLiteral("insights")}; }
    QString synopsis() const override { return Placeholder::fill(u"CODE [--measure KEY] [--max-lag N]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

    // {"measure":"mood","results":[...]}: numbers with 17 significant digits, by adjusted p.
    static QString toJson(const Measure& outcome, const InsightsResult& result);
    // A table, then the plain sentences of the results that held up and the caveat.
    static QString toText(const QString& participantCode, const Measure& outcome, const InsightsResult& result);
};

} // namespace mb
