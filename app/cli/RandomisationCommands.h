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
        return Placeholder::fill(
            u"CODE --intervention NAME --type ab|aba|abab|crd|rbd|atd --days N --min-phase N [--start DATE] "
            u"[--seed N] [--statistic S | --measure KEY]");
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
        return Placeholder::fill(
            u"CODE --intervention NAME --measure KEY [--statistic S] [--draws N] [--seed N] | --design "
            u"ab|aba|abab|crd|rbd|atd|mbd --min-phase N --statistic S --data FILE [--draws N] [--seed N]");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

    // {"design":…,"assignments":…,"method":"exact"|"monte-carlo","statistic":…,"observed":…,"p":…, …}
    // participants > 0: a multiple-baseline design across that many participants ("design":"MBD").
    static QString toJson(const RandomisationResult& result, int participants = 0);
    static QString toText(const RandomisationResult& result, int participants = 0);

private:
    // CODE --intervention NAME --measure KEY: the stored schedule against the journal (testSchedule()).
    void runStored(const QStringList& arguments, const ParsedArguments& parsed, RandomisationOptions options,
                   std::optional<std::uint64_t> seed, CommandContext& context) const;
    // --design mbd: participant,condition,value rows (Marascuilo & Busk; docs/STATISTICS.md).
    void runBaselines(const ParsedArguments& parsed, RandomisationOptions options, std::optional<std::uint64_t> seed,
                      CommandContext& context) const;
};

} // namespace mb
