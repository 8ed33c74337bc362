// `cohort (--intervention NAME | --kind K) --measure KEY [--days-before N] [--days-after N]`: every
// participant with the intervention aligned at its start, with the cohort mean and 95% CI per day.
#pragma once

#include "cli/Command.h"

namespace mb {

struct CohortDay;
struct CohortMember;

class CohortCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CohortCommand)
public:
    QStringList words() const override { return {QStringLiteral("cohort")}; }
    QString synopsis() const override
    {
        return Placeholder::fill(
            u"(--intervention NAME | --kind K) --measure KEY [--days-before N] [--days-after N] [--site NAME]");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

private:
    static QString toJson(const QList<CohortMember>& members, const QList<CohortDay>& days);
    static QString toText(const QList<CohortMember>& members, const QList<CohortDay>& days);
};

} // namespace mb
