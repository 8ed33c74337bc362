// Questionnaire responses in the database: derived scores, refusals that change nothing, soft delete, the
// audited acknowledgement of safety flags, and questionnaire totals in the tidy export.
#include "TestSupport.h"
#include "core/DateText.h"
#include "storage/StorageError.h"
#include "storage/TidyExport.h"
#include "storage/Verifier.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mb;
using Code = StorageError::Code;

Q_DECLARE_METATYPE(mb::Instrument)

namespace {
const QList<int> flaggedPhq9{0, 1, 2, 3, 0, 1, 2, 1, 1}; // total 11, moderate, item 9 above 0
const QList<int> quietPhq9{0, 0, 1, 0, 0, 1, 0, 0, 0};   // total 2, none

QJsonObject json(const QString& compact)
{
    return QJsonDocument::fromJson(compact.toUtf8()).object();
}
} // namespace

class TestQuestionnaireRepository : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_store.reset(); }

    void addDerivesScoreAndIsAudited();
    void addManyIsAuditedAndAllOrNothing();
    void instantIsNowTodayAndNoonBefore();
    void refusedResponsesChangeNothing_data();
    void refusedResponsesChangeNothing();
    void listNewestFirstAndSoftDelete();
    void acknowledgementIsAudited();
    void acknowledgementNeedsNoteAndFlag();
    void acknowledgementCanBeWithdrawnAndRestored();
    void unacknowledgedFlagBlocksDelete();
    void withdrawnParticipantIsReadOnlyButFlagsCanBeAcknowledged();
    void participantsWithFlags();
    void databaseRefusesAcknowledgementWithoutFlag();
    void tidyExportMergesTotals();

private:
    qint64 addParticipant(const QString& code);
    qint64 addResponse(qint64 participant, Instrument instrument, const QList<int>& answers, QDate date);
    qint64 rowCount();
    qint64 auditCount() { return m_store->audit().rows().size(); }
    QString exportCsv(const QString& participant = {});

    QTemporaryDir m_dir;
    test::ScopedClock m_clock; // 2025-01-05 08:30 UTC, 09:30 in Amsterdam
    std::unique_ptr<Store> m_store;
    qint64 m_participant = 0;
};

void TestQuestionnaireRepository::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_store = Store::open(m_dir.filePath(QStringLiteral("q%1.sqlite").arg(++n)));
    m_participant = addParticipant(QStringLiteral("P-001"));
}

qint64 TestQuestionnaireRepository::addParticipant(const QString& code)
{
    Participant p;
    p.code = code;
    return m_store->participants().add(p);
}

qint64 TestQuestionnaireRepository::addResponse(qint64 participant, Instrument instrument, const QList<int>& answers,
                                                QDate date)
{
    QuestionnaireResponse r;
    r.participantId = participant;
    r.instrument = instrument;
    r.answers = answers;
    r.date = date;
    return m_store->questionnaires().add(r);
}

qint64 TestQuestionnaireRepository::rowCount()
{
    Statement st = m_store->database().prepare(u"SELECT count(*) FROM questionnaire_response");
    st.step();
    return st.int64(0);
}

QString TestQuestionnaireRepository::exportCsv(const QString& participant)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTidyExport(*m_store, participant, buffer, QStringLiteral("test"));
    return QString::fromUtf8(buffer.data());
}

void TestQuestionnaireRepository::addManyIsAuditedAndAllOrNothing()
{
    QList<QuestionnaireResponse> responses;
    for (int day = 1; day <= 3; ++day) {
        QuestionnaireResponse r;
        r.participantId = m_participant;
        r.instrument = Instrument::Phq9;
        r.date = QDate(2025, 1, day);
        r.answers = day == 2 ? flaggedPhq9 : quietPhq9;
        responses << r;
    }
    const qint64 auditBefore = auditCount();
    m_store->questionnaires().addMany(responses, QStringLiteral("bulk"));
    QCOMPARE(rowCount(), 3);
    QCOMPARE(auditCount(), auditBefore + 3); // one row each, in the chain
    const QList<QuestionnaireResponse> stored = m_store->questionnaires().list(m_participant);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored[1].total, 11); // newest first: 2025-01-02 is the middle one, scored and flagged
    QVERIFY(stored[1].flagged);
    QVERIFY(Verifier::verify(m_store->database()).chainProblem.isEmpty());
    // Each audit row names the response it describes (ids are given when written, after the rows were made).
    const QList<AuditLog::Row> trail = m_store->audit().rows(m_participant); // newest first
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(trail[i].table, QStringLiteral("questionnaire_response"));
        QCOMPARE(trail[i].rowId, stored[i].id);
        QVERIFY(trail[i].newValues.contains(QStringLiteral("\"date\":\"%1\"").arg(isoDate(stored[i].date))));
    }
    // One bad response (in the future) and none is written.
    responses[1].date = QDate(2025, 2, 1);
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->questionnaires().addMany(responses));
    QCOMPARE(rowCount(), 3);
    QCOMPARE(auditCount(), auditBefore + 3);
}

void TestQuestionnaireRepository::addDerivesScoreAndIsAudited()
{
    QuestionnaireResponse input;
    input.participantId = m_participant;
    input.instrument = Instrument::Phq9;
    input.date = QDate(2025, 1, 5);
    input.answers = flaggedPhq9;
    // Whatever the caller claims, the score comes from the answers.
    input.total = 0;
    input.severity = QStringLiteral("none");
    input.flagged = false;
    input.acknowledgement =
        FlagAcknowledgement{QDateTime::currentDateTimeUtc(), QStringLiteral("x"), QStringLiteral("forged")};
    const qint64 id = m_store->questionnaires().add(input, QStringLiteral("clinic visit"));

    const auto stored = m_store->questionnaires().byId(id);
    QVERIFY(stored);
    QCOMPARE(stored->participantId, m_participant);
    QVERIFY(stored->instrument == Instrument::Phq9);
    QCOMPARE(stored->date, QDate(2025, 1, 5));
    QCOMPARE(stored->answers, flaggedPhq9);
    QCOMPARE(stored->total, 11);
    QCOMPARE(stored->severity, QStringLiteral("moderate"));
    QVERIFY(stored->flagged);
    QVERIFY(!stored->acknowledgement);
    QVERIFY(stored->needsAcknowledgement());

    const auto audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("insert"));
    QCOMPARE(audit[0].table, QStringLiteral("questionnaire_response"));
    QCOMPARE(audit[0].rowId, id);
    QCOMPARE(audit[0].reason, QStringLiteral("clinic visit"));
    const QJsonObject values = json(audit[0].newValues);
    QCOMPARE(values.value(QStringLiteral("instrument")).toString(), QStringLiteral("phq9"));
    QCOMPARE(values.value(QStringLiteral("items")).toString(), QStringLiteral("0,1,2,3,0,1,2,1,1"));
    QCOMPARE(values.value(QStringLiteral("total")).toInt(), 11);
    QCOMPARE(values.value(QStringLiteral("severity")).toString(), QStringLiteral("moderate"));
    QCOMPARE(values.value(QStringLiteral("flagged")).toBool(), true);
    QVERIFY(values.value(QStringLiteral("acknowledged_utc")).isNull());
}

void TestQuestionnaireRepository::instantIsNowTodayAndNoonBefore()
{
    const qint64 today = addResponse(m_participant, Instrument::Gad7, QList<int>(7, 1), QDate(2025, 1, 5));
    QCOMPARE(m_store->questionnaires().byId(today)->atUtc,
             QDateTime(QDate(2025, 1, 5), QTime(8, 30), QTimeZone::utc()));
    // Dated earlier: local noon of that day (Amsterdam, winter: 11:00 UTC).
    const qint64 earlier = addResponse(m_participant, Instrument::Gad7, QList<int>(7, 1), QDate(2024, 12, 20));
    QCOMPARE(m_store->questionnaires().byId(earlier)->atUtc,
             QDateTime(QDate(2024, 12, 20), QTime(11, 0), QTimeZone::utc()));
}

void TestQuestionnaireRepository::refusedResponsesChangeNothing_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("knownParticipant");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QDate day(2025, 1, 4);
    QTest::newRow("too few") << Instrument::Phq9 << QList<int>(8, 0) << day << true << int(Code::InvalidInput)
                             << QStringLiteral("item 9 has no answer");
    QTest::newRow("out of range") << Instrument::Who5 << QList<int>{0, 0, 6, 0, 0} << day << true
                                  << int(Code::InvalidInput) << QStringLiteral("item 3: 6 is outside 0–5");
    QTest::newRow("future") << Instrument::Gad7 << QList<int>(7, 0) << QDate(2025, 1, 6) << true
                            << int(Code::InvalidInput) << QStringLiteral("2025-01-06 lies in the future");
    QTest::newRow("no date") << Instrument::Gad7 << QList<int>(7, 0) << QDate() << true << int(Code::InvalidInput)
                             << QStringLiteral("valid date");
    QTest::newRow("unknown participant") << Instrument::Gad7 << QList<int>(7, 0) << day << false << int(Code::NotFound)
                                         << QStringLiteral("participant");
}

void TestQuestionnaireRepository::refusedResponsesChangeNothing()
{
    QFETCH(Instrument, instrument);
    QFETCH(QList<int>, answers);
    QFETCH(QDate, date);
    QFETCH(bool, knownParticipant);
    QFETCH(int, code);
    QFETCH(QString, message);
    const qint64 audits = auditCount();
    try {
        addResponse(knownParticipant ? m_participant : 999, instrument, answers, date);
        QFAIL("the response was accepted");
    } catch (const StorageError& e) {
        QCOMPARE(int(e.code()), code);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
    QCOMPARE(rowCount(), 0);
    QCOMPARE(auditCount(), audits);
}

void TestQuestionnaireRepository::listNewestFirstAndSoftDelete()
{
    const qint64 old = addResponse(m_participant, Instrument::Who5, {3, 3, 3, 2, 2}, QDate(2024, 12, 1));
    const qint64 mid = addResponse(m_participant, Instrument::Gad7, QList<int>(7, 2), QDate(2024, 12, 15));
    const qint64 same = addResponse(m_participant, Instrument::Phq9, quietPhq9, QDate(2024, 12, 15));
    const qint64 other = addParticipant(QStringLiteral("P-002"));
    addResponse(other, Instrument::Phq9, quietPhq9, QDate(2024, 12, 20));

    auto ids = [this] {
        QList<qint64> result;
        for (const QuestionnaireResponse& r : m_store->questionnaires().list(m_participant))
            result.append(r.id);
        return result;
    };
    QCOMPARE(ids(), (QList<qint64>{same, mid, old}));

    m_store->questionnaires().setDeleted(mid, true, QStringLiteral("entered twice"));
    QCOMPARE(ids(), (QList<qint64>{same, old}));
    QVERIFY(m_store->questionnaires().byId(mid)->deleted);
    auto audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("delete"));
    QCOMPARE(audit[0].rowId, mid);
    QCOMPARE(audit[0].reason, QStringLiteral("entered twice"));
    QCOMPARE(json(audit[0].oldValues).value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(json(audit[0].newValues).value(QStringLiteral("deleted")).toBool(), true);

    m_store->questionnaires().setDeleted(mid, false);
    QCOMPARE(ids(), (QList<qint64>{same, mid, old}));
    QCOMPARE(m_store->audit().rows(m_participant)[0].action, QStringLiteral("restore"));
    QCOMPARE(rowCount(), 4); // nothing is ever really deleted
}

void TestQuestionnaireRepository::acknowledgementIsAudited()
{
    const qint64 id = addResponse(m_participant, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5));
    QCOMPARE(m_store->questionnaires().unacknowledged(m_participant).size(), 1);

    m_clock.clock().set(QDateTime(QDate(2025, 1, 5), QTime(10, 15, 42), QTimeZone::utc()));
    const FlagAcknowledgement ack = m_store->questionnaires().acknowledge(
        id, QStringLiteral("  Called the participant; safety plan agreed.  "), QStringLiteral("phone call"));
    QCOMPARE(ack.atUtc, QDateTime(QDate(2025, 1, 5), QTime(10, 15, 42), QTimeZone::utc()));
    QCOMPARE(ack.by, AuditLog::osUser());
    QCOMPARE(ack.note, QStringLiteral("Called the participant; safety plan agreed."));

    const auto stored = m_store->questionnaires().byId(id);
    QCOMPARE(stored->acknowledgement, std::optional<FlagAcknowledgement>(ack));
    QVERIFY(!stored->needsAcknowledgement());
    QVERIFY(m_store->questionnaires().unacknowledged(m_participant).isEmpty());

    const auto audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("update"));
    QCOMPARE(audit[0].table, QStringLiteral("questionnaire_response"));
    QCOMPARE(audit[0].rowId, id);
    QCOMPARE(audit[0].reason, QStringLiteral("phone call"));
    QVERIFY(json(audit[0].oldValues).value(QStringLiteral("acknowledgement_note")).isNull());
    const QJsonObject after = json(audit[0].newValues);
    QCOMPARE(after.value(QStringLiteral("acknowledgement_note")).toString(),
             QStringLiteral("Called the participant; safety plan agreed."));
    QCOMPARE(after.value(QStringLiteral("acknowledged_by")).toString(), AuditLog::osUser());
    QCOMPARE(after.value(QStringLiteral("acknowledged_utc")).toString(), QStringLiteral("2025-01-05T10:15:42Z"));

    // Once is enough: a second acknowledgement is refused and changes nothing.
    const qint64 audits = auditCount();
    try {
        m_store->questionnaires().acknowledge(id, QStringLiteral("again"));
        QFAIL("a second acknowledgement was accepted");
    } catch (const StorageError& e) {
        // When, as the clock on the wall said it (Amsterdam), not the stored UTC.
        QVERIFY2(e.message().contains(QStringLiteral("on 2025-01-05 11:15 by")), qPrintable(e.message()));
    }
    QCOMPARE(auditCount(), audits);
    QCOMPARE(m_store->questionnaires().byId(id)->acknowledgement->note,
             QStringLiteral("Called the participant; safety plan agreed."));
}

void TestQuestionnaireRepository::acknowledgementNeedsNoteAndFlag()
{
    const qint64 flagged = addResponse(m_participant, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5));
    const qint64 quiet = addResponse(m_participant, Instrument::Phq9, quietPhq9, QDate(2025, 1, 5));
    const qint64 audits = auditCount();
    for (const QString& note : {QString(), QStringLiteral("   \n ")}) {
        try {
            m_store->questionnaires().acknowledge(flagged, note);
            QFAIL("acknowledged without a note");
        } catch (const StorageError& e) {
            QCOMPARE(e.code(), Code::InvalidInput);
            QVERIFY(e.message().contains(QStringLiteral("note")));
        }
    }
    try {
        m_store->questionnaires().acknowledge(quiet, QStringLiteral("nothing to see"));
        QFAIL("acknowledged a response without a flag");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
    }
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->questionnaires().acknowledge(12345, QStringLiteral("note")));
    QCOMPARE(auditCount(), audits);
    QVERIFY(!m_store->questionnaires().byId(flagged)->acknowledgement);
}

void TestQuestionnaireRepository::acknowledgementCanBeWithdrawnAndRestored()
{
    const qint64 id = addResponse(m_participant, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5));
    const FlagAcknowledgement ack = m_store->questionnaires().acknowledge(id, QStringLiteral("seen"));
    m_clock.clock().advanceDays(1);

    m_store->questionnaires().setAcknowledgement(id, std::nullopt, QStringLiteral("Undo: acknowledge"));
    QVERIFY(m_store->questionnaires().byId(id)->needsAcknowledgement());
    auto audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].reason, QStringLiteral("Undo: acknowledge"));
    QVERIFY(json(audit[0].newValues).value(QStringLiteral("acknowledgement_note")).isNull());

    // Redo puts back the original acknowledgement, with its own time and author.
    m_store->questionnaires().setAcknowledgement(id, ack, QStringLiteral("Redo: acknowledge"));
    QCOMPARE(m_store->questionnaires().byId(id)->acknowledgement, std::optional<FlagAcknowledgement>(ack));
    audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].reason, QStringLiteral("Redo: acknowledge"));
}

void TestQuestionnaireRepository::unacknowledgedFlagBlocksDelete()
{
    const qint64 id = addResponse(m_participant, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5));
    const qint64 audits = auditCount();
    try {
        m_store->questionnaires().setDeleted(id, true);
        QFAIL("a response with an unacknowledged flag was deleted");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
        QVERIFY(e.message().contains(QStringLiteral("Acknowledge")));
    }
    QCOMPARE(auditCount(), audits);
    QVERIFY(!m_store->questionnaires().byId(id)->deleted);

    m_store->questionnaires().acknowledge(id, QStringLiteral("Entered for the wrong participant; checked."));
    m_store->questionnaires().setDeleted(id, true);
    QVERIFY(m_store->questionnaires().byId(id)->deleted);
    // A deleted response's flag no longer shows, and cannot be acknowledged again.
    QVERIFY(m_store->questionnaires().unacknowledged(m_participant).isEmpty());
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->questionnaires().setAcknowledgement(id, std::nullopt));
}

void TestQuestionnaireRepository::withdrawnParticipantIsReadOnlyButFlagsCanBeAcknowledged()
{
    const qint64 flagged = addResponse(m_participant, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 2));
    const qint64 quiet = addResponse(m_participant, Instrument::Phq9, quietPhq9, QDate(2025, 1, 2));
    Participant p = *m_store->participants().byId(m_participant);
    p.withdrawn = QDate(2025, 1, 3);
    m_store->participants().update(p);

    try {
        addResponse(m_participant, Instrument::Gad7, QList<int>(7, 0), QDate(2025, 1, 5));
        QFAIL("a withdrawn participant got a new response");
    } catch (const StorageError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("read-only")), qPrintable(e.message()));
    }
    // The participant is named before the answers are looked at, for one response and for many.
    QuestionnaireResponse bad;
    bad.participantId = m_participant;
    bad.instrument = Instrument::Gad7;
    bad.date = QDate(2025, 1, 5);
    bad.answers = QList<int>(7, 9); // no item goes above 3
    for (const bool many : {false, true}) {
        try {
            if (many)
                m_store->questionnaires().addMany({bad});
            else
                m_store->questionnaires().add(bad);
            QFAIL("a withdrawn participant got a new response");
        } catch (const StorageError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("read-only")), qPrintable(e.message()));
        }
    }
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->questionnaires().setDeleted(quiet, true));
    // Safety comes first: the flag can still be acknowledged.
    m_store->questionnaires().acknowledge(flagged, QStringLiteral("GP informed"));
    QVERIFY(m_store->questionnaires().unacknowledged(m_participant).isEmpty());
}

void TestQuestionnaireRepository::participantsWithFlags()
{
    const qint64 second = addParticipant(QStringLiteral("P-002"));
    const qint64 third = addParticipant(QStringLiteral("P-003"));
    addResponse(m_participant, Instrument::Phq9, quietPhq9, QDate(2025, 1, 5));
    const qint64 a = addResponse(second, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 1));
    const qint64 b = addResponse(second, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 4));
    addResponse(third, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 4));
    QCOMPARE(m_store->questionnaires().participantsWithUnacknowledgedFlags(), (QSet<qint64>{second, third}));

    const auto pending = m_store->questionnaires().unacknowledged(second);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending[0].id, a); // oldest first
    QCOMPARE(pending[1].id, b);
    m_store->questionnaires().acknowledge(a, QStringLiteral("seen"));
    m_store->questionnaires().acknowledge(b, QStringLiteral("seen"));
    QCOMPARE(m_store->questionnaires().participantsWithUnacknowledgedFlags(), (QSet<qint64>{third}));
    m_store->participants().setDeleted(third, true);
    QVERIFY(m_store->questionnaires().participantsWithUnacknowledgedFlags().isEmpty());
}

void TestQuestionnaireRepository::databaseRefusesAcknowledgementWithoutFlag()
{
    const qint64 quiet = addResponse(m_participant, Instrument::Phq9, quietPhq9, QDate(2025, 1, 5));
    Statement st = m_store->database().prepare(
        u"UPDATE questionnaire_response SET acknowledged_utc = '2025-01-05T09:00:00Z' WHERE id = ?1");
    st.bind(1, quiet);
    QVERIFY_THROWS_EXCEPTION(StorageError, st.run());
}

void TestQuestionnaireRepository::tidyExportMergesTotals()
{
    const qint64 second = addParticipant(QStringLiteral("P-002"));
    JournalEntry untimed;
    untimed.participantId = m_participant;
    untimed.date = QDate(2025, 1, 3);
    untimed.values = {{QStringLiteral("mood"), 6}};
    m_store->journal().add(untimed);
    JournalEntry timed = untimed;
    timed.time = QTime(8, 0);
    timed.values = {{QStringLiteral("mood"), 5}};
    m_store->journal().add(timed);
    JournalEntry later = timed;
    later.date = QDate(2025, 1, 4);
    m_store->journal().add(later);
    JournalEntry secondEntry = untimed;
    secondEntry.participantId = second;
    secondEntry.date = QDate(2025, 1, 1);
    m_store->journal().add(secondEntry);

    addResponse(m_participant, Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 3));
    addResponse(m_participant, Instrument::Who5, {3, 3, 3, 2, 2}, QDate(2025, 1, 5));
    addResponse(m_participant, Instrument::Pss10, QList<int>(10, 0), QDate(2024, 12, 31));
    addResponse(second, Instrument::Gad7, QList<int>(7, 1), QDate(2025, 1, 2));
    const qint64 deleted = addResponse(second, Instrument::Gad7, QList<int>(7, 3), QDate(2025, 1, 2));
    m_store->questionnaires().setDeleted(deleted, true);

    QCOMPARE(
        exportCsv(),
        QStringLiteral(
            "participant,date,time,measure,value,note,tags\nP-001,2024-12-31,,pss10_total,16,,\nP-001,2025-01-03,,"
            "mood,6,,\nP-001,2025-01-03,,phq9_total,11,,\nP-001,2025-01-03,08:00,mood,5,,\nP-001,2025-01-04,08:00,"
            "mood,5,,\nP-001,2025-01-05,,who5_percent,52,,\nP-002,2025-01-01,,mood,6,,\nP-002,2025-01-02,,gad7_total,"
            "7,,\n"));
    QCOMPARE(exportCsv(QStringLiteral("P-002")), QStringLiteral("participant,date,time,measure,value,note,tags\nP-002,"
                                                                "2025-01-01,,mood,6,,\nP-002,2025-01-02,,gad7_total,7,,"
                                                                "\n"));
    const auto audit = m_store->audit().rows();
    QCOMPARE(audit[0].action, QStringLiteral("export"));
    QCOMPARE(json(audit[0].newValues).value(QStringLiteral("rows")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestQuestionnaireRepository)
#include "tst_questionnairerepository.moc"
