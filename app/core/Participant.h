// A participant: a pseudonymous code, optional name, study arm and enrolment dates.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace mb {

struct Participant {
    qint64 id = 0;
    QString code; // unique, required; the only identifier in exports
    QString displayName;
    QString arm;
    QDate enrolled;  // invalid = not set
    QDate withdrawn; // invalid = still taking part
    QString notes;
    bool deleted = false;

    // The code single-person mode gives the one person who tracks themself (ui/Workspace::singlePersonCode).
    static constexpr QStringView selfCode = u"Me";

    bool isWithdrawn() const { return withdrawn.isValid(); }
    bool isSelf() const { return code == selfCode; }
    // The code as the interface and the report show it: the self-tracker's "Me" as the word of the current
    // language (Dutch "Ik"), any other code as it is. Stored data, CSV and the audit trail keep the code itself.
    QString shownCode() const;
    // "P-001 — Anna", or the shown code alone when there is no other name: how titles name a participant.
    QString title() const
    {
        const QString shown = shownCode();
        return displayName.isEmpty() || displayName == shown ? shown
                                                             : QStringLiteral("%1 — %2").arg(shown, displayName);
    }
    bool operator==(const Participant&) const = default;
};

// The rule for codes everywhere (command line, import, dialogs): 1 to 40 printable ASCII letters, digits,
// '-', '_' and '.', so that no two codes look alike (a zero-width space, a right-to-left mark or a Cyrillic
// "Р" would make another "P-001"). Returns what is wrong, or nullopt for a good code.
std::optional<QString> participantCodeProblem(QStringView code);

} // namespace mb

// Lists of thousands (a trial's participant list) grow by moving bytes, not element by element.
Q_DECLARE_TYPEINFO(mb::Participant, Q_RELOCATABLE_TYPE);
