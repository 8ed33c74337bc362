// `design` draws, stores and locks a randomisation schedule for an intervention; `randtest` tests a stored
// schedule against the journal, or SCRT-style data from a CSV file without a database (docs/STATISTICS.md
// "Randomised designs" and "Randomisation test").
#pragma once

#include "cli/Command.h"
#include "core/RandomisationTest.h"

namespace mb {

struct RandomisationSchedule;

class DesignCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DesignCommand)
public:
    QStringList words() const override { return {QStringLiteral("design")}; }
    QString synopsis() const override
    {
        return tr("CODE --intervention NAME --type ab|aba|abab|crd|rbd|atd --days N --min-phase N [--start DATE] "
                  "[--seed N] [--statistic S | --measure KEY]");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

class RandtestCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(RandtestCommand)
public:
    QStringList words() const override { return {QStringLiteral("randtest")}; }
    QString synopsis() const override
    {
        return tr("CODE --intervention NAME --measure KEY [--statistic S] [--draws N] [--seed N] | --design "
                  "ab|aba|abab|crd|rbd|atd --min-phase N --statistic S --data FILE [--draws N] [--seed N]");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

    // {"design":…,"assignments":…,"method":"exact"|"monte-carlo","statistic":…,"observed":…,"p":…, …}
    static QString toJson(const RandomisationResult& result);
    static QString toText(const RandomisationResult& result);
};

} // namespace mb
