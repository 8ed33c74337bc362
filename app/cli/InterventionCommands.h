// `intervention add CODE --kind K --name T --start DATE [--end DATE] [--dose N --unit T] [--frequency T]`
// and `intervention list [CODE]`.
#pragma once

#include "cli/Command.h"

namespace mb {

class InterventionAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InterventionAddCommand)
public:
    QStringList words() const override { return {QStringLiteral("intervention"), QStringLiteral("add")}; }
    QString synopsis() const override
    {
        return Placeholder::fill(
            u"CODE --kind K --name T --start DATE [--end DATE] [--dose N --unit T] [--frequency T]");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

class InterventionListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InterventionListCommand)
public:
    QStringList words() const override { return {QStringLiteral("intervention"), QStringLiteral("list")}; }
    QString synopsis() const override { return Placeholder::fill(u"[CODE]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
