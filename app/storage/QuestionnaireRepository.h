// Questionnaire responses per participant and the acknowledgement of their safety flags; every write audited.
#pragma once

#include "core/Questionnaire.h"
#include "core/TidyCsv.h"
#include "storage/AuditLog.h"
#include "storage/Statement.h"

#include <QList>
#include <QSet>

#include <optional>

namespace mb {

class Database;

class QuestionnaireRepository {
public:
    explicit QuestionnaireRepository(Database& db)
        : m_db(db)
    {
    }

    // Live responses, newest first.
    QList<QuestionnaireResponse> list(qint64 participantId) const;
    // The same as an export reads them: a response whose date Qt cannot read is refused (requireExportableDate).
    QList<QuestionnaireResponse> exportable(qint64 participantId, const QString& participantCode) const;
    std::optional<QuestionnaireResponse> byId(qint64 id) const;
    // Live responses whose safety flag no clinician has acknowledged yet, oldest first.
    QList<QuestionnaireResponse> unacknowledged(qint64 participantId) const;
    // The live participants with at least one unacknowledged safety flag (for the participant list).
    QSet<qint64> participantsWithUnacknowledgedFlags() const;

    // Checks and scores the answers (total, severity and flag are derived, never taken from the caller)
    // and records when it was stored. Returns the new id.
    qint64 add(const QuestionnaireResponse& response, const QString& reason = {});
    // Each checked and scored as add() does, all or nothing, with one statement for all (demo data, a trial).
    void addMany(const QList<QuestionnaireResponse>& responses, const QString& reason = {});
    // Responses checked and scored as add() does, their audit rows made: apart from the database, on any thread,
    // so that a bulk write can make them while it writes something else. Throws StorageError as add() does.
    struct Prepared {
        QList<QuestionnaireResponse> responses; // scored; their ids are given when they are written
        QList<AuditLog::Row> audit;             // one a response, in the same order
    };
    static Prepared prepare(const QList<QuestionnaireResponse>& responses, const QString& reason = {});
    // Writes prepared responses as addMany() does.
    void addMany(Prepared prepared);
    // A response with an unacknowledged safety flag cannot be deleted: acknowledge it first.
    void setDeleted(qint64 id, bool deleted, const QString& reason = {});
    // Records the clinician's note on a flagged response, now, by the operating-system user.
    FlagAcknowledgement acknowledge(qint64 id, const QString& note, const QString& reason = {});
    // Sets or (nullopt) withdraws an acknowledgement as given; for undo and redo.
    void setAcknowledgement(qint64 id, const std::optional<FlagAcknowledgement>& acknowledgement,
                            const QString& reason = {});

    // Each live response's total as a tidy row (measure phq9_total, gad7_total, pss10_total or who5_percent, no
    // time), ordered by participant code and date, read one at a time: an export merges them into its stream of
    // observations without holding them all (a trial has hundreds of thousands).
    class TidyRows {
    public:
        std::optional<TidyRow> next(); // nullopt after the last
    private:
        friend class QuestionnaireRepository;
        explicit TidyRows(Statement statement)
            : m_statement(std::move(statement))
        {
        }
        Statement m_statement;
    };
    // participantCode empty = everyone.
    TidyRows tidyRows(const QString& participantCode) const;

private:
    // Responses matching where (SQL after the columns; ?1 is participantId).
    QList<QuestionnaireResponse> select(QStringView where, qint64 participantId) const;
    QuestionnaireResponse requireLive(qint64 id) const;
    // Records a change in the audit trail; before is nothing for a new response.
    void audit(AuditLog::Action action, const std::optional<QuestionnaireResponse>& before,
               const QuestionnaireResponse& after, const QString& reason);
    Database& m_db;
};

} // namespace mb
