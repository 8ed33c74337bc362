// `merge SITE.db... [--into CENTRE.db] --site-code NAME... [--keep-codes] [--site-passphrase-file FILE]...`: a
// coordinating centre merges sites.
#pragma once

#include "cli/Command.h"

namespace mb {

class MergeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)
public:
    QStringList words() const override { return {QStringLiteral("merge")}; }
    QString synopsis() const override
    {
        return Placeholder::fill(
            u"SITE.db... [--into CENTRE.db] --site-code NAME... [--keep-codes] [--site-passphrase-file FILE]...");
    }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
