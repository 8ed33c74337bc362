// Questionnaire response rows and their audit records; scores are always derived from the answers here.
#include "storage/QuestionnaireRepository.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "storage/AuditLog.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/ExportWriter.h"
#include "storage/ParticipantRepository.h"
#include "storage/StorageError.h"

#include <QJsonObject>

namespace mb {

namespace {

using Code = StorageError::Code;

const QString table = QStringLiteral("questionnaire_response");
const QString selectColumns =
    QStringLiteral("SELECT id, participant_id, instrument, local_date, at_utc, items, total, severity, flagged, "
                   "acknowledged_utc, acknowledged_by, acknowledgement_note, deleted FROM questionnaire_response ");

QList<int> answersFromText(const QString& text)
{
    QList<int> answers;
    for (const QStringView part : QStringView(text).split(u','))
        answers.append(part.toInt());
    return answers;
}

QuestionnaireResponse read(const Statement& st)
{
    QuestionnaireResponse r;
    r.id = st.int64(0);
    r.participantId = st.int64(1);
    r.instrument = instrumentFromString(st.text(2)).value_or(Instrument::Phq9);
    r.date = QDate::fromString(st.text(3), Qt::ISODate);
    r.atUtc = QDateTime::fromString(st.text(4), Qt::ISODate);
    r.answers = answersFromText(st.text(5));
    r.total = int(st.int64(6));
    r.severity = st.text(7);
    r.flagged = st.int64(8) != 0;
    if (!st.isNull(9))
        r.acknowledgement =
            FlagAcknowledgement{QDateTime::fromString(st.text(9), Qt::ISODate), st.text(10), st.text(11)};
    r.deleted = st.int64(12) != 0;
    return r;
}

QJsonObject toJson(const QuestionnaireResponse& r)
{
    const auto& ack = r.acknowledgement;
    return {{QStringLiteral("participant_id"), r.participantId},
            {QStringLiteral("instrument"), toString(r.instrument)},
            {QStringLiteral("date"), isoDate(r.date)},
            {QStringLiteral("at_utc"), isoUtc(r.atUtc)},
            {QStringLiteral("items"), answersText(r.answers)},
            {QStringLiteral("total"), r.total},
            {QStringLiteral("severity"), r.severity},
            {QStringLiteral("flagged"), r.flagged},
            {QStringLiteral("acknowledged_utc"), ack ? QJsonValue(isoUtc(ack->atUtc)) : QJsonValue()},
            {QStringLiteral("acknowledged_by"), ack ? QJsonValue(ack->by) : QJsonValue()},
            {QStringLiteral("acknowledgement_note"), ack ? QJsonValue(ack->note) : QJsonValue()},
            {QStringLiteral("deleted"), r.deleted}};
}

// Now, to the second, as the audit trail and the ISO text keep it.
QDateTime nowToTheSecond()
{
    const QDateTime now = clock().nowUtc();
    return now.addMSecs(-now.time().msec());
}

// Withdrawn participants keep their responses, read-only; acknowledging a flag stays possible.
void requireActiveParticipant(Database& db, qint64 participantId)
{
    const auto participant = ParticipantRepository(db).byId(participantId);
    if (!participant || participant->deleted)
        throw StorageError(Code::NotFound, StorageText::tr("That participant does not exist."));
    if (participant->isWithdrawn())
        throw StorageError(Code::InvalidInput, StorageText::tr("%1 withdrew on %2; their questionnaires are read-only.")
                                                   .arg(participant->code, isoDate(participant->withdrawn)));
}

} // namespace

QList<QuestionnaireResponse> QuestionnaireRepository::select(QStringView where, qint64 participantId) const
{
    Statement st = m_db.prepare(QString(selectColumns + where));
    st.bind(1, participantId);
    QList<QuestionnaireResponse> result;
    while (st.step())
        result.append(read(st));
    return result;
}

QList<QuestionnaireResponse> QuestionnaireRepository::exportable(qint64 participantId,
                                                                 const QString& participantCode) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE participant_id = ?1 AND deleted = 0 "
                                                        u"ORDER BY local_date DESC, id DESC"));
    st.bind(1, participantId);
    QList<QuestionnaireResponse> result;
    while (st.step()) {
        requireExportableDate(st, DatedRow::QuestionnaireResponse, 0, 3, participantCode);
        result.append(read(st));
    }
    return result;
}

QList<QuestionnaireResponse> QuestionnaireRepository::list(qint64 participantId) const
{
    return select(u"WHERE participant_id = ?1 AND deleted = 0 ORDER BY local_date DESC, id DESC", participantId);
}

std::optional<QuestionnaireResponse> QuestionnaireRepository::byId(qint64 id) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

QList<QuestionnaireResponse> QuestionnaireRepository::unacknowledged(qint64 participantId) const
{
    return select(u"WHERE participant_id = ?1 AND deleted = 0 AND flagged = 1 AND acknowledged_utc IS NULL "
                  u"ORDER BY local_date, id",
                  participantId);
}

QSet<qint64> QuestionnaireRepository::participantsWithUnacknowledgedFlags() const
{
    Statement st = m_db.prepare(
        u"SELECT DISTINCT q.participant_id FROM questionnaire_response q JOIN participant p ON p.id = q.participant_id "
        u"WHERE q.flagged = 1 AND q.acknowledged_utc IS NULL AND q.deleted = 0 AND p.deleted = 0");
    QSet<qint64> result;
    while (st.step())
        result.insert(st.int64(0));
    return result;
}

void QuestionnaireRepository::audit(AuditLog::Action action, const std::optional<QuestionnaireResponse>& before,
                                    const QuestionnaireResponse& after, const QString& reason)
{
    AuditLog(m_db).record({.action = action,
                           .table = table,
                           .rowId = after.id,
                           .participantId = after.participantId,
                           .oldValues = before ? toJson(*before) : QJsonObject(),
                           .newValues = toJson(after),
                           .reason = reason});
}

QuestionnaireResponse QuestionnaireRepository::requireLive(qint64 id) const
{
    const auto response = byId(id);
    if (!response || response->deleted)
        throw StorageError(Code::NotFound, StorageText::tr("That questionnaire response no longer exists."));
    return *response;
}

namespace {

// The response as add() stores it: checked, scored, stamped; throws StorageError when it cannot be.
// today and zone are the clock's, asked once for a whole write (the zone is looked up on disk at every ask).
QuestionnaireResponse scoredResponse(const QuestionnaireResponse& input, QDate today, const QTimeZone& zone)
{
    if (!input.date.isValid())
        throw StorageError(Code::InvalidInput, StorageText::tr("The questionnaire needs a valid date."));
    requireAcceptedDates({input.date});
    if (input.date > today)
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("%1 lies in the future; a questionnaire is dated the day it was filled in.")
                               .arg(isoDate(input.date)));
    if (auto problem = checkAnswers(input.instrument, input.answers))
        throw StorageError(Code::InvalidInput, *problem);
    QuestionnaireResponse r = input;
    const QuestionnaireScore score = scoreAnswers(r.instrument, r.answers);
    r.total = score.total;
    r.severity = score.severity;
    r.flagged = !score.flags.isEmpty();
    r.acknowledgement.reset();
    r.deleted = false;
    r.atUtc = r.date == today ? nowToTheSecond() : localToUtc(r.date, std::nullopt, zone);
    return r;
}

// Inserts and audits each prepared response inside the caller's transaction, many to a statement run; their ids.
QList<qint64> writeResponses(Database& db, QuestionnaireRepository::Prepared prepared)
{
    if (prepared.audit.size() != prepared.responses.size())
        throw StorageError(Code::Failed, StorageText::tr("The questionnaires to write do not match their audit "
                                                         "records; nothing was saved."));
    QSet<qint64> checked;
    Statement last = db.prepare(u"SELECT coalesce(max(id), 0) FROM questionnaire_response");
    qint64 id = last.step() ? last.int64(0) : 0; // the ids SQLite would give, one after the other
    QList<qint64> ids;
    ids.reserve(prepared.responses.size());
    for (qsizetype i = 0; i < prepared.responses.size(); ++i) {
        QuestionnaireResponse& r = prepared.responses[i];
        if (!checked.contains(r.participantId)) {
            requireActiveParticipant(db, r.participantId);
            checked.insert(r.participantId);
        }
        r.id = prepared.audit[i].rowId = ++id;
        ids.append(id);
    }
    insertInBatches(
        db,
        u"INSERT INTO questionnaire_response (id, participant_id, instrument, local_date, at_utc, items, "
        u"total, severity, flagged) VALUES ",
        u"(?, ?, ?, ?, ?, ?, ?, ?, ?)", {}, 64, prepared.responses,
        [](Statement& st, int i, const QuestionnaireResponse& r) {
            const int p = 9 * i;
            st.bind(p + 1, r.id).bind(p + 2, r.participantId).bind(p + 3, toString(r.instrument));
            st.bind(p + 4, isoDate(r.date)).bind(p + 5, isoUtc(r.atUtc)).bind(p + 6, answersText(r.answers));
            st.bind(p + 7, r.total).bind(p + 8, r.severity).bind(p + 9, qint64(r.flagged));
        });
    AuditLog(db).appendRows(std::move(prepared.audit));
    return ids;
}

} // namespace

qint64 QuestionnaireRepository::add(const QuestionnaireResponse& input, const QString& reason)
{
    Transaction tx(m_db);
    requireActiveParticipant(m_db, input.participantId); // before the answers, as the user would ask
    const qint64 id = writeResponses(m_db, prepare({input}, reason)).first();
    tx.commit();
    return id;
}

void QuestionnaireRepository::addMany(const QList<QuestionnaireResponse>& responses, const QString& reason)
{
    Transaction tx(m_db);
    QSet<qint64> participants; // each checked before any answers are, as add() does
    for (const QuestionnaireResponse& r : responses)
        if (!participants.contains(r.participantId)) {
            requireActiveParticipant(m_db, r.participantId);
            participants.insert(r.participantId);
        }
    writeResponses(m_db, prepare(responses, reason));
    tx.commit();
}

QuestionnaireRepository::Prepared QuestionnaireRepository::prepare(const QList<QuestionnaireResponse>& responses,
                                                                   const QString& reason)
{
    const QTimeZone zone = clock().timeZone();
    const QDate today = clock().nowUtc().toTimeZone(zone).date();
    Prepared prepared;
    prepared.responses.reserve(responses.size());
    prepared.audit.reserve(responses.size());
    for (const QuestionnaireResponse& input : responses) {
        const QuestionnaireResponse& r = prepared.responses.emplace_back(scoredResponse(input, today, zone));
        prepared.audit.append(AuditLog::rowOf({.action = AuditLog::Action::Insert,
                                               .table = table,
                                               .participantId = r.participantId,
                                               .newValues = toJson(r),
                                               .reason = reason}));
    }
    return prepared;
}

void QuestionnaireRepository::addMany(Prepared prepared)
{
    Transaction tx(m_db);
    writeResponses(m_db, std::move(prepared));
    tx.commit();
}

void QuestionnaireRepository::setDeleted(qint64 id, bool deleted, const QString& reason)
{
    Transaction tx(m_db);
    const auto before = byId(id);
    if (!before)
        throw StorageError(Code::NotFound, StorageText::tr("That questionnaire response no longer exists."));
    requireActiveParticipant(m_db, before->participantId);
    if (deleted && before->needsAcknowledgement())
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("This response has a safety flag that no clinician has acknowledged yet. "
                                           "Acknowledge the flag with a note before deleting the response."));
    Statement st = m_db.prepare(u"UPDATE questionnaire_response SET deleted = ?1 WHERE id = ?2");
    st.bind(1, qint64(deleted)).bind(2, id).run();
    QuestionnaireResponse after = *before;
    after.deleted = deleted;
    audit(deleted ? AuditLog::Action::Delete : AuditLog::Action::Restore, before, after, reason);
    tx.commit();
}

FlagAcknowledgement QuestionnaireRepository::acknowledge(qint64 id, const QString& note, const QString& reason)
{
    Transaction tx(m_db);
    const QuestionnaireResponse before = requireLive(id);
    if (before.acknowledgement)
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("This safety flag was already acknowledged on %1 by %2.")
                               .arg(localDateTimeText(before.acknowledgement->atUtc), before.acknowledgement->by));
    const FlagAcknowledgement acknowledgement{nowToTheSecond(), AuditLog::osUser(), note.trimmed()};
    setAcknowledgement(id, acknowledgement, reason);
    tx.commit();
    return acknowledgement;
}

void QuestionnaireRepository::setAcknowledgement(qint64 id, const std::optional<FlagAcknowledgement>& acknowledgement,
                                                 const QString& reason)
{
    Transaction tx(m_db);
    const QuestionnaireResponse before = requireLive(id);
    if (acknowledgement && !before.flagged)
        throw StorageError(Code::InvalidInput, StorageText::tr("This response raised no safety flag."));
    if (acknowledgement && acknowledgement->note.trimmed().isEmpty())
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("Write a note on the risk assessment or the action taken."));
    Statement st = m_db.prepare(u"UPDATE questionnaire_response SET acknowledged_utc = ?1, acknowledged_by = ?2, "
                                u"acknowledgement_note = ?3 WHERE id = ?4");
    if (acknowledgement)
        st.bind(1, isoUtc(acknowledgement->atUtc)).bind(2, acknowledgement->by).bind(3, acknowledgement->note);
    else
        st.bindNull(1).bindNull(2).bindNull(3);
    st.bind(4, id).run();
    QuestionnaireResponse after = before;
    after.acknowledgement = acknowledgement;
    audit(AuditLog::Action::Update, before, after, reason);
    tx.commit();
}

QuestionnaireRepository::TidyRows QuestionnaireRepository::tidyRows(const QString& participantCode) const
{
    // Participant by participant (CROSS JOIN keeps SQLite to that order), so that only one participant's responses
    // are ever sorted.
    Statement st = m_db.prepare(u"SELECT p.code, q.local_date, q.instrument, q.total, q.id FROM participant p "
                                u"CROSS JOIN questionnaire_response q ON q.participant_id = p.id "
                                u"WHERE q.deleted = 0 AND p.deleted = 0 AND (?1 = '' OR p.code = ?1) "
                                u"ORDER BY p.code, q.local_date, q.id");
    st.bind(1, participantCode.isNull() ? QStringLiteral("") : participantCode);
    return TidyRows(std::move(st));
}

std::optional<TidyRow> QuestionnaireRepository::TidyRows::next()
{
    while (m_statement.step()) {
        const auto instrument = instrumentFromString(m_statement.text(2));
        if (!instrument)
            continue;
        TidyRow row;
        row.participant = m_statement.text(0);
        row.date = requireExportableDate(m_statement, DatedRow::QuestionnaireResponse, 4, 1, row.participant);
        const InstrumentDefinition& definition = instrumentDefinition(*instrument);
        row.measure = definition.exportKey();
        row.value = definition.exportValue(int(m_statement.int64(3)));
        return row;
    }
    return std::nullopt;
}

} // namespace mb
