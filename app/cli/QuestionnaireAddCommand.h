// `questionnaire add CODE INSTRUMENT ITEMS [--date DATE]`: store one scored, audited response.
#pragma once

#include "cli/Command.h"

namespace mb {

class QuestionnaireAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireAddCommand)
public:
    QStringList words() const override { return {QStringLiteral("questionnaire"), QStringLiteral("add")}; }
    QString synopsis() const override { return Placeholder::fill(u"CODE INSTRUMENT ITEMS [--date DATE]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {{QStringLiteral("date")}}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
