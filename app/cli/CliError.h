// The failures of moodbiome-cli: what went wrong, which argument it concerns, and the exit code.
#pragma once

#include "storage/StorageError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <exception>

namespace mb {

// The exit codes of README.md "Command line" (and man moodbiome-cli, "EXIT STATUS").
enum class ExitCode { Done = 0, Usage = 1, InvalidInput = 2, DatabaseUnusable = 3, Damaged = 4 };

// One of several problems behind an error, such as a bad line of an imported file (line 0: none).
struct CliErrorDetail {
    qint64 line = 0;
    QString field;
    QString message;
};

class CliError : public std::exception {
public:
    CliError(ExitCode code, QString field, QString message);

    static CliError usage(QString field, QString message)
    {
        return {ExitCode::Usage, std::move(field), std::move(message)};
    }
    static CliError input(QString field, QString message)
    {
        return {ExitCode::InvalidInput, std::move(field), std::move(message)};
    }
    // Input errors are blamed on inputField; anything else is the database's fault.
    static CliError fromStorage(const StorageError& error, const QString& inputField);

    ExitCode exitCode() const { return m_code; }
    const QString& field() const { return m_field; }
    const QString& message() const { return m_message; }
    // Problems listed each on its own (with --json as the errors array) under the message.
    const QList<CliErrorDetail>& details() const { return m_details; }
    CliError& withDetails(QList<CliErrorDetail> details)
    {
        m_details = std::move(details);
        return *this;
    }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    ExitCode m_code;
    QString m_field;
    QString m_message;
    QList<CliErrorDetail> m_details;
    QByteArray m_utf8;
};

// Runs a storage call; an input error it throws is reported against field (e.g. "participant").
template <typename Function> auto blamingField(const QString& field, Function&& function) -> decltype(function())
{
    try {
        return function();
    } catch (const StorageError& error) {
        throw CliError::fromStorage(error, field);
    }
}

} // namespace mb
