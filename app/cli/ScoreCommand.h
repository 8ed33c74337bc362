// `score INSTRUMENT ITEMS`: total, severity band and flags of one questionnaire; opens no database.
#pragma once

#include "cli/Command.h"

namespace mb {

class ScoreCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)
public:
    QStringList words() const override { return {QStringLiteral("score")}; }
    QString synopsis() const override { return Placeholder::fill(u"INSTRUMENT ITEMS"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
