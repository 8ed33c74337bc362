// `participant list`
#pragma once

#include "cli/Command.h"

namespace mb {

class ParticipantListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ParticipantListCommand)
public:
    QStringList words() const override { return {QStringLiteral("participant"), QStringLiteral("list")}; }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return tr("List the participants with their number of journal entries and open safety flags.");
    }
    QList<OptionSpec> options() const override { return {}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
