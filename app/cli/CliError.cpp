// Turning storage failures into command-line errors with an exit code.
#include "cli/CliError.h"

namespace mb {

CliError::CliError(ExitCode code, QString field, QString message)
    : m_code(code)
    , m_field(std::move(field))
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

CliError CliError::fromStorage(const StorageError& error, const QString& inputField)
{
    if (error.isInputError())
        return input(inputField, error.message());
    return {ExitCode::DatabaseUnusable, QStringLiteral("database"), error.message()};
}

} // namespace mb
