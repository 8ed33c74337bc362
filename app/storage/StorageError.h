// The one exception storage throws: a code callers can act on and a message users can read.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <exception>
#include <initializer_list>

namespace mb {

class StorageError : public std::exception {
public:
    enum class Code {
        InvalidInput, // a value the user gave is not acceptable; nothing was written
        NotFound,     // a participant, entry or measure that does not exist
        NotADatabase, // the file is not an SQLite database at all
        // Not a plain SQLite file, and no passphrase was given: either encrypted (SQLCipher) or not a database
        Encrypted,
        WrongPassphrase, // a passphrase was given, and it does not open the file (or the file is no database)
        NotMoodBiome,    // an SQLite database, but not one of ours
        NewerSchema,     // made by a newer MoodBiome
        Corrupt,
        Locked,
        ReadOnly,
        CannotOpen,
        Failed, // any other SQLite failure
    };

    StorageError(Code code, QString message);
    Code code() const { return m_code; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

    // True where the user's input was at fault (command-line exit 2), false where the database is.
    bool isInputError() const { return m_code == Code::InvalidInput || m_code == Code::NotFound; }

private:
    Code m_code;
    QString m_message;
    QByteArray m_utf8;
};

// Translatable texts of the storage layer.
class StorageText {
    Q_DECLARE_TR_FUNCTIONS(StorageText)
};

// Refuses (InvalidInput) each valid date outside the dates MoodBiome stores (core/DateText); invalid dates are the
// caller's to refuse or allow (an open end).
void requireAcceptedDates(std::initializer_list<QDate> dates);

} // namespace mb
