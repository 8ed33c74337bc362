// `encrypt`, `decrypt` and `rekey`: the database file rewritten under a new passphrase, or none (docs/SECURITY.md).
#pragma once

#include "cli/Command.h"

namespace mb {

struct EncryptionResult;

class SecurityCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(SecurityCommand)
public:
    enum class Change { Encrypt, Decrypt, Rekey };
    explicit SecurityCommand(Change change)
        : m_change(change)
    {
    }
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<OptionSpec> options() const override;
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;

private:
    QString doneText(const EncryptionResult& result) const;
    Change m_change;
};

} // namespace mb
