// Where moodbiome-cli gets a passphrase: a file (--passphrase-file or MOODBIOME_PASSPHRASE_FILE), or the terminal
// without echo; never the command line itself, which other users can read in ps (docs/SECURITY.md).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mb {

class PassphraseSource {
    Q_DECLARE_TR_FUNCTIONS(mb::PassphraseSource)
public:
    // file: the passphrase file given (option or environment), if any; field names it in errors.
    PassphraseSource(std::optional<QString> file, QString field);

    // The key for the encrypted database at path: from the file, else asked on the terminal; empty when there is
    // neither (opening then says the file needs a passphrase). Read once, then remembered.
    QByteArray forDatabase(const QString& path) const;
    bool hasFile() const { return m_file.has_value(); }

    // A new passphrase: from newFile, else asked twice on the terminal. A usage error when there is neither, an
    // input error when it is too short or the two differ.
    static QByteArray newPassphrase(const std::optional<QString>& newFile, const QString& field);

    // The key in a passphrase file: its first line. A usage error when it cannot be read or holds nothing.
    static QByteArray readFile(const QString& path, const QString& field);
    // Asks on the terminal with echo off; nullopt when standard input is not a terminal.
    static std::optional<QString> ask(const QString& question);

private:
    std::optional<QString> m_file;
    QString m_field;
    mutable std::optional<QByteArray> m_key;
};

} // namespace mb
