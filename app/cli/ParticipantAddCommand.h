// `participant add CODE [--name T] [--arm T] [--enrolled DATE]`
#pragma once

#include "cli/Command.h"

namespace mb {

class ParticipantAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ParticipantAddCommand)
public:
    QStringList words() const override { return {QStringLiteral("participant"), QStringLiteral("add")}; }
    QString synopsis() const override { return Placeholder::fill(u"CODE [--name T] [--arm T] [--enrolled DATE]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
