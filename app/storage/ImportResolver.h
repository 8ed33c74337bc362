// Whose rows an import holds and which of their values are new: the one set of rules that the dry run, the
// import dialog's preview and the write all follow.
#pragma once

#include "core/ImportBatch.h"
#include "core/Participant.h"
#include "storage/BulkJournalWriter.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <unordered_map>

namespace mb {

class Store;

// Participants are looked up by code once each, as their first record comes by; the values already stored for
// a participant who was there before are read then too, so that a re-import skips them. Withdrawn and deleted
// participants are refused: none of their rows may be written.
class ImportResolver {
public:
    ImportResolver(Store& store, const QString& givenParticipant);

    // Adds a problem (line 0) when the participant given for the whole file does not exist; false then.
    bool checkGiven(ImportProblems& problems) const;
    // The id of the record's participant: 0 for a code that is new (until created() is told), nullopt for a
    // refused participant. Consecutive records of one participant cost one comparison.
    std::optional<qint64> participant(const ImportRecord& record);
    // A participant the write has just created for a new code.
    void created(const QString& code, qint64 id);
    // The number of the record's values stored already, for the record participant() was last asked about
    // (0 for any other). With a row (row->values[i] is the record's i-th value),
    // the row keeps only the others.
    qsizetype dropStored(const ImportRecord& record, BulkJournalWriter::Row* row) const;
    // The stored entry that holds every value of the record (for the record participant() was last asked about),
    // or 0 when there is none (or they lie in different entries). A record without values: the stored entry
    // without values on the same date and time with the same note.
    qint64 storedEntry(const ImportRecord& record) const;

    // A problem for each refused participant, at its first line, with its number of rows.
    void reportRefused(ImportProblems& problems) const;
    QStringList newParticipants() const;  // codes not in the database (or just created for it), sorted
    QStringList participantCodes() const; // every code that was not refused, sorted

    static QString valueKey(QDate date, const std::optional<QTime>& time, const QString& measure, double value);
    static QString bareKey(QDate date, const std::optional<QTime>& time, const QString& note);

private:
    struct Code {
        std::optional<Participant> known; // as the database had it before the import
        qint64 id = 0;
        qint64 firstLine = 0;
        qint64 rows = 0;
        QHash<QString, qint64> stored; // value keys of a participant there before -> their entry
        QString lookAlike;             // a new code differing only in case from this one, stored or earlier in the file
    };
    Code& lookUp(const QString& code, qint64 line);
    bool refused(const Code& code) const
    {
        return !code.lookAlike.isEmpty() || (code.known && (code.known->deleted || code.known->isWithdrawn()));
    }

    Store& m_store;
    QString m_given;
    QHash<QString, Participant> m_participants; // by code, deleted ones included
    QHash<QString, QString> m_byFoldedCode;     // lower case -> the code: the stored ones, then the file's new ones
    std::unordered_map<QString, Code> m_codes;  // node-based: m_last stays valid as codes are added
    QString m_lastCode;
    Code* m_last = nullptr;
};

} // namespace mb
