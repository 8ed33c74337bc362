// `demo [--participants N] [--days N] [--seed N]`: realistic synthetic data with intervention effects.
#pragma once

#include "cli/Command.h"

namespace mb {

class DemoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QStringList words() const override { return {QStringLiteral("demo")}; }
    QString synopsis() const override { return Placeholder::fill(u"[--participants N] [--days N] [--seed N]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
