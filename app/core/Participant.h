// A participant: a pseudonymous code, optional name, study arm and enrolment dates.
#pragma once

#include <QDate>
#include <QString>

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

    bool isWithdrawn() const { return withdrawn.isValid(); }
    bool operator==(const Participant&) const = default;
};

} // namespace mb
