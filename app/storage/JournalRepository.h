// Journal entries and their observations: read per participant, written with validation and audit.
#pragma once

#include "core/JournalEntry.h"
#include "core/Measure.h"
#include "core/Series.h"
#include "core/TidyCsv.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace mb {

class BulkJournalWriter;
class Database;
class MeasureRepository;

class JournalRepository {
public:
    JournalRepository(Database& db, const MeasureRepository& measures)
        : m_db(db)
        , m_measures(measures)
    {
    }

    // Newest first.
    QList<JournalEntry> entries(qint64 participantId) const;
    // The same as an export reads them: an entry holding what MoodBiome never stores is refused (requireExportable).
    QList<JournalEntry> exportable(qint64 participantId, const QString& participantCode) const;
    std::optional<JournalEntry> byId(qint64 id) const;
    qint64 count(qint64 participantId) const;
    // Whether the participant has a live entry on a local date (a reminder skips such a day).
    bool hasEntryOn(qint64 participantId, QDate date) const;

    // Values are checked against their measures; the instant is derived from date, time and the
    // clock's time zone. Language picks the measure labels in error messages.
    qint64 add(const JournalEntry& entry, const QString& reason = {});
    // Many entries in one transaction, each validated as by add(), recorded as one audit event
    // (action import, with the count) instead of one row per entry. All or nothing.
    void addMany(const QList<JournalEntry>& entries, const QString& source, const QString& reason = {});
    // addMany with more said in the audit event (details are merged into its new values) and a progress
    // callback every few hundred entries, which may throw to abandon the whole write.
    struct BulkWrite {
        QString source;
        QString reason;
        QJsonObject details;
        std::function<void(qsizetype written)> progress;
    };
    void addMany(const QList<JournalEntry>& entries, const BulkWrite& write);
    // The writer under addMany, for writers that make their rows themselves (an import that reads and writes at
    // once): rows go in inside the caller's transaction; its finish() checks them and records the write as addMany
    // records it (write.details merged into the event). The caller has checked participants and values; progress
    // is not called.
    BulkJournalWriter bulkWriter(const BulkWrite& write);
    void update(const JournalEntry& entry, const QString& reason = {});
    void setDeleted(qint64 id, bool deleted, const QString& reason = {});

    // Every live observation, ordered by participant code, date, time and measure; participantCode
    // empty = everyone.
    void forEachObservation(const QString& participantCode, const std::function<void(const TidyRow&)>& visit) const;
    // A row holding what MoodBiome never stores (an endless value, text for a number, a date Qt cannot read): read
    // as it is, or refused as every export refuses it (requireExportable, ExportWriter.h).
    enum class Unstored { Read, Refuse };
    // The same within local dates from and to (inclusive; an invalid date leaves that end open).
    void forEachObservation(const QString& participantCode, QDate from, QDate to,
                            const std::function<void(const TidyRow&)>& visit, Unstored unstored = Unstored::Read) const;

    // One measure's values for one participant, by local date (several a day possible).
    QList<Observation> observations(qint64 participantId, const QString& measureKey) const;

    void setLanguage(const QString& language) { m_language = language; }

private:
    // refuseFor: the participant's code, to refuse what is never stored as an export does; nullptr to read it.
    QList<JournalEntry> entriesOf(qint64 participantId, const QString* refuseFor) const;
    void validate(const JournalEntry& entry) const;       // participant, then values
    void validateValues(const JournalEntry& entry) const; // date, values against their measures
    void writeValues(qint64 entryId, const QMap<QString, double>& values);
    // False for a database opened without migrating from before tags (a site being merged).
    bool hasTags() const;
    Database& m_db;
    const MeasureRepository& m_measures;
    QString m_language = MeasureText::messageLanguage();
};

} // namespace mb
