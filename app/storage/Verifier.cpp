// Verification reads only: it never migrates, repairs or writes, so a damaged file stays as evidence.
#include "storage/Verifier.h"

#include "core/DateText.h"
#include "core/Questionnaire.h"
#include "storage/AuditLog.h"
#include "storage/AuditReplay.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SchemaCheck.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <sqlite3.h>
#include <unistd.h>

namespace mb {

namespace {

constexpr int maxIntegrityLines = 20;

const QStringList eventsThatChangeNoData = {
    AuditLog::actionName(AuditLog::Action::Backup), AuditLog::actionName(AuditLog::Action::Verify),
    AuditLog::actionName(AuditLog::Action::Export), AuditLog::actionName(AuditLog::Action::Security)};

QString brokenLink(const AuditLog::Row& row, qint64 previousId)
{
    if (previousId == 0)
        return Verifier::tr("audit row %1 is the first row but does not begin the chain: rows before it were "
                            "removed")
            .arg(row.id);
    return Verifier::tr("audit row %1 does not follow row %2: its prev_hash is not the hash of row %2, so rows "
                        "between them were removed, added or changed")
        .arg(row.id)
        .arg(previousId);
}

constexpr int maxRuleProblems = 20;

// Values the schema's triggers refuse on every write: a measure's range and kind (version 1), calendar dates
// (version 4). Rows that break them were never written through MoodBiome's schema: the sqlite3 tool wrote them
// with the trigger dropped and put back. The replay cannot see them in imported entries, which are audited by
// count only, nor anywhere the trail was rewritten to match.
QStringList valueBreaches(const Database& db)
{
    QStringList problems;
    Statement values = db.prepare(
        u"SELECT o.entry_id, coalesce(m.key, o.measure_id), quote(o.value) FROM observation o LEFT JOIN measure m "
        u"ON m.id = o.measure_id WHERE m.id IS NULL OR typeof(o.value) NOT IN ('real', 'integer') OR NOT (o.value "
        u"BETWEEN m.min_value AND m.max_value) OR (m.kind IN ('category', 'count') AND o.value <> CAST(o.value AS "
        u"INTEGER)) LIMIT ?1");
    values.bind(1, maxRuleProblems);
    while (values.step())
        problems.append(Verifier::tr("entry row %1 has %2 = %3, a value its measure does not allow")
                            .arg(values.text(0), values.text(1), values.text(2)));
    return problems;
}

// The UTC date of text in the one form MoodBiome writes a UTC time (isoUtc, core/DateText): YYYY-MM-DDThh:mm:ssZ.
// Qt reads other forms too, a time without the Z as the computer's local time, so such a time is read wrong rather
// than refused: only this form is a time MoodBiome stores.
std::optional<QDate> utcDateIn(QStringView text)
{
    if (text.size() != 20 || text[10] != u'T' || text[16] != u':' || text[19] != u'Z' ||
        !parseHourMinute(text.mid(11, 5)) || text[17] < u'0' || text[17] > u'5' || text[18] < u'0' || text[18] > u'9')
        return std::nullopt;
    return parseIsoDate(text.first(10));
}

// A UTC time MoodBiome stores is an instant of a local time on a date it accepts, anywhere: within a day of them.
QDate firstAcceptedUtcDate()
{
    return firstAcceptedDate().addDays(-1);
}

QDate lastAcceptedUtcDate()
{
    return lastAcceptedDate().addDays(1);
}

// A row's name, made once and only when something is wrong with it.
template <typename Name> class RowName {
public:
    explicit RowName(Name name)
        : m_name(std::move(name))
    {
    }
    const QString& operator()()
    {
        if (m_text.isEmpty())
            m_text = m_name();
        return m_text;
    }

private:
    Name m_name;
    QString m_text;
};

// Every date MoodBiome stores is held, every way in, to one rule (core/DateText): a calendar date YYYY-MM-DD
// that Qt reads (parseIsoDate), from 1900-01-01 to 2200-12-31 (dateRangeProblem); an end (an intervention's, a
// withdrawal) not before its start; an adherence tick on a day its intervention is active (InterventionRepository).
// The triggers of version 4 see only the calendar, so the sqlite3 tool stores a response dated 1850, or year 0 (a
// date to SQLite, none to Qt: exports wrote the row without one), around them or not; nor does the replay see it
// where the trail was rewritten to match or the row was imported (counted only). Every UTC time (an entry's or a
// response's at_utc, a flag's acknowledgement, an audit event, a schedule's lock, a site's merge) is held to the form
// MoodBiome writes and to the dates it accepts, a day either side (utcDateIn); no trigger checks those at all. Every
// dated row is checked here, deleted ones too (they can be restored): one pass over each table, the first
// maxRuleProblems problems named by row and participant, the rows beyond them counted.
class DateBreaches {
public:
    explicit DateBreaches(const Database& db)
        : m_db(db)
    {
    }
    QStringList find();

private:
    struct Span {
        QDate start;
        QDate end; // invalid: open-ended
    };
    void participants();
    void entries();
    void interventions();
    void adherence();
    void responses();
    void schedules();
    void auditTrail();
    void sites();
    // The dates in column first (named column) and first + 1 (named second), which may not lie before the first.
    // Returns them when both keep the rule (an empty second: open-ended).
    template <typename Row>
    std::optional<Span> span(const Statement& st, int first, QStringView column, QStringView second, Row& row);
    // The date in st's column when it keeps the rule; nullopt for an empty column and for one that does not (which
    // is reported, as row() names it).
    template <typename Row> std::optional<QDate> dateIn(const Statement& st, int column, QStringView name, Row& row);
    // Reports the UTC time in st's column unless it keeps the rule; an empty column is none.
    template <typename Row> void timeIn(const Statement& st, int column, QStringView name, Row& row);
    void startRow() { m_rowHasProblem = false; }
    void add(const QString& problem);
    QString participant(qint64 id) const;
    QString named(QStringView table, const Statement& st, qint64 participantId) const;

    const Database& m_db;
    QHash<qint64, QString> m_codes;        // participant id → code
    QHash<qint64, qint64> m_participantOf; // intervention id → participant id
    QHash<qint64, Span> m_spans;           // intervention id → its days, when they keep the rule
    QStringList m_problems;
    qint64 m_unnamed = 0; // rows with problems beyond the first maxRuleProblems
    bool m_rowHasProblem = false;
};

QString DateBreaches::participant(qint64 id) const
{
    const auto it = m_codes.constFind(id);
    return it != m_codes.cend() ? *it : Verifier::tr("participant id %1").arg(id);
}

QString DateBreaches::named(QStringView table, const Statement& st, qint64 participantId) const
{
    return Verifier::tr("%1 row %2 (%3)").arg(table, st.text(0), participant(participantId));
}

void DateBreaches::add(const QString& problem)
{
    if (m_problems.size() < maxRuleProblems)
        m_problems.append(problem);
    else if (!m_rowHasProblem)
        ++m_unnamed;
    m_rowHasProblem = true;
}

// The stored text of st's column as UTF-16 in text, without a QString a row (a trial has millions of entries): a date
// or time is ASCII of a fixed length, and longer text keeps no rule anyway. Returns the text, or nullopt when longer.
template <std::size_t size>
std::optional<QStringView> storedText(const Statement& st, int column, char16_t (&text)[size])
{
    const QByteArrayView bytes = st.bytes(column);
    if (bytes.size() > qsizetype(size))
        return std::nullopt;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        text[i] = char16_t(uchar(bytes[i]));
    return QStringView(text, bytes.size());
}

QString quoted(const Statement& st, int column)
{
    return u'\'' + st.text(column) + u'\'';
}

template <typename Row>
std::optional<QDate> DateBreaches::dateIn(const Statement& st, int column, QStringView name, Row& row)
{
    if (st.isNull(column))
        return std::nullopt;
    char16_t text[10] = {};
    const auto stored = storedText(st, column, text);
    const auto date = stored ? parseIsoDate(*stored) : std::nullopt;
    if (!date)
        add(Verifier::tr("%1 has %2 = %3, which is not a calendar date").arg(row(), name, quoted(st, column)));
    else if (dateRangeProblem(*date))
        add(Verifier::tr("%1 has %2 = %3, outside the dates MoodBiome accepts (%4 to %5)")
                .arg(row(), name, quoted(st, column), isoDate(firstAcceptedDate()), isoDate(lastAcceptedDate())));
    else
        return date;
    return std::nullopt;
}

template <typename Row> void DateBreaches::timeIn(const Statement& st, int column, QStringView name, Row& row)
{
    if (st.isNull(column))
        return;
    char16_t text[20] = {};
    const auto stored = storedText(st, column, text);
    const auto date = stored ? utcDateIn(*stored) : std::nullopt;
    if (!date)
        add(Verifier::tr("%1 has %2 = %3, which is not a UTC time (YYYY-MM-DDThh:mm:ssZ)")
                .arg(row(), name, quoted(st, column)));
    else if (*date < firstAcceptedUtcDate() || *date > lastAcceptedUtcDate())
        add(Verifier::tr("%1 has %2 = %3, outside the times MoodBiome accepts (%4 to %5)")
                .arg(row(), name, quoted(st, column),
                     isoUtc(QDateTime(firstAcceptedUtcDate(), QTime(0, 0), QTimeZone::utc())),
                     isoUtc(QDateTime(lastAcceptedUtcDate(), QTime(23, 59, 59), QTimeZone::utc()))));
}

template <typename Row>
std::optional<DateBreaches::Span> DateBreaches::span(const Statement& st, int first, QStringView column,
                                                     QStringView second, Row& row)
{
    const auto start = dateIn(st, first, column, row);
    const auto end = dateIn(st, first + 1, second, row);
    if (start && end && *end < *start) {
        add(Verifier::tr("%1 has %2 = '%3', before its %4 = '%5'")
                .arg(row(), second, isoDate(*end), column, isoDate(*start)));
        return std::nullopt;
    }
    if (!start || (!end && !st.isNull(first + 1)))
        return std::nullopt;
    return Span{*start, end.value_or(QDate())};
}

void DateBreaches::participants()
{
    Statement st = m_db.prepare(u"SELECT id, code, enrolled_on, withdrawn_on FROM participant");
    while (st.step()) {
        m_codes.insert(st.int64(0), st.text(1));
        startRow();
        RowName row([&] { return named(u"participant", st, st.int64(0)); });
        span(st, 2, u"enrolled_on", u"withdrawn_on", row);
    }
}

void DateBreaches::entries()
{
    Statement st = m_db.prepare(u"SELECT id, participant_id, local_date, at_utc FROM entry");
    while (st.step()) {
        startRow();
        RowName row([&] { return named(u"entry", st, st.int64(1)); });
        dateIn(st, 2, u"local_date", row);
        timeIn(st, 3, u"at_utc", row);
    }
}

void DateBreaches::interventions()
{
    Statement st = m_db.prepare(u"SELECT id, participant_id, start_date, end_date FROM intervention");
    while (st.step()) {
        m_participantOf.insert(st.int64(0), st.int64(1));
        startRow();
        RowName row([&] { return named(u"intervention", st, st.int64(1)); });
        if (const auto days = span(st, 2, u"start_date", u"end_date", row))
            m_spans.insert(st.int64(0), *days);
    }
}

// Each tick on a day its intervention is active, as setAdherence stores it: from its start to its end, or open-ended.
// A tick whose date or intervention breaks the rule is reported for that alone; one of no intervention by the foreign
// key check.
void DateBreaches::adherence()
{
    Statement st = m_db.prepare(u"SELECT intervention_id, local_date FROM adherence");
    while (st.step()) {
        startRow();
        RowName row([&] {
            return Verifier::tr("adherence of intervention %1 (%2)")
                .arg(st.text(0), participant(m_participantOf.value(st.int64(0))));
        });
        const auto day = dateIn(st, 1, u"local_date", row);
        const auto days = m_spans.constFind(st.int64(0));
        if (!day || days == m_spans.cend())
            continue;
        if (*day < days->start)
            add(Verifier::tr("%1 has %2 = '%3', before its intervention's %4 = '%5'")
                    .arg(row(), u"local_date", isoDate(*day), u"start_date", isoDate(days->start)));
        else if (days->end.isValid() && *day > days->end)
            add(Verifier::tr("%1 has %2 = '%3', after its intervention's %4 = '%5'")
                    .arg(row(), u"local_date", isoDate(*day), u"end_date", isoDate(days->end)));
    }
}

void DateBreaches::responses()
{
    Statement st =
        m_db.prepare(u"SELECT id, participant_id, local_date, at_utc, acknowledged_utc FROM questionnaire_response");
    while (st.step()) {
        startRow();
        RowName row([&] { return named(u"questionnaire_response", st, st.int64(1)); });
        dateIn(st, 2, u"local_date", row);
        timeIn(st, 3, u"at_utc", row);
        timeIn(st, 4, u"acknowledged_utc", row);
    }
}

void DateBreaches::schedules()
{
    Statement st = m_db.prepare(u"SELECT id, intervention_id, start_date, locked_utc FROM randomisation_schedule");
    while (st.step()) {
        startRow();
        RowName row([&] { return named(u"randomisation_schedule", st, m_participantOf.value(st.int64(1))); });
        dateIn(st, 2, u"start_date", row);
        timeIn(st, 3, u"locked_utc", row);
    }
}

// The hash of an audit row covers its time as Qt reads it, and one Qt cannot read hashes as empty text: the chain
// holds whatever the text was, once recomputed.
void DateBreaches::auditTrail()
{
    Statement st = m_db.prepare(u"SELECT id, at_utc FROM audit");
    while (st.step()) {
        startRow();
        RowName row([&] { return Verifier::tr("audit row %1").arg(st.text(0)); });
        timeIn(st, 1, u"at_utc", row);
    }
}

void DateBreaches::sites()
{
    Statement st = m_db.prepare(u"SELECT id, code, first_merged_utc FROM site");
    while (st.step()) {
        startRow();
        RowName row([&] { return Verifier::tr("site row %1 (%2)").arg(st.text(0), st.text(1)); });
        timeIn(st, 2, u"first_merged_utc", row);
    }
    Statement audit = m_db.prepare(u"SELECT site_id, original_id, at_utc FROM site_audit");
    while (audit.step()) {
        startRow();
        RowName row([&] {
            return Verifier::tr("%1 row (%2)")
                .arg(u"site_audit", u"site_id = " + audit.text(0) + u", original_id = " + audit.text(1));
        });
        timeIn(audit, 2, u"at_utc", row);
    }
}

QStringList DateBreaches::find()
{
    QSet<QString> tables;
    Statement schema = m_db.prepare(u"SELECT name FROM sqlite_schema WHERE type = 'table'");
    while (schema.step())
        tables.insert(schema.text(0));
    participants();
    entries();
    if (tables.contains(QStringLiteral("intervention"))) {
        interventions();
        adherence();
    }
    if (tables.contains(QStringLiteral("questionnaire_response")))
        responses();
    if (tables.contains(QStringLiteral("randomisation_schedule")))
        schedules();
    auditTrail();
    if (tables.contains(QStringLiteral("site")))
        sites();
    if (m_unnamed > 0)
        m_problems.append(
            Verifier::tr("%n more row(s) have dates or times MoodBiome does not store", nullptr, int(m_unnamed)));
    return m_problems;
}

// Rows that refer to a row that does not exist: MoodBiome writes with foreign keys on, the sqlite3 tool has them off
// unless told, and a participant removed there leaves their entries behind. SQLite's foreign_key_check finds them; each
// is named by its row id, or, in a table without row ids, by its key, with the reference that leads nowhere.
class ForeignKeyBreaches {
public:
    explicit ForeignKeyBreaches(const Database& db)
        : m_db(db)
    {
    }
    QStringList find();

private:
    struct Reference {
        QStringList from; // the columns of the referring table
        QStringList to;   // the columns they refer to in the parent table
    };
    const Reference& reference(const QString& table, qint64 id);
    // "a = 1, b = 'x'": columns and the values in st from column first on
    static QString values(const QStringList& columns, const Statement& st, int first);
    QString problem(const QString& row, const Reference& reference, const Statement& st, int first,
                    const QString& parent) const;
    void nameRow(const QString& table, qint64 rowId, const QString& parent, qint64 id);
    void nameRowsWithoutRowId(const QString& table, const QString& parent, qint64 id);

    const Database& m_db;
    QHash<QString, Reference> m_references; // by table and foreign key id
    QStringList m_problems;
};

const ForeignKeyBreaches::Reference& ForeignKeyBreaches::reference(const QString& table, qint64 id)
{
    const QString key = table + u'/' + QString::number(id);
    auto it = m_references.find(key);
    if (it == m_references.end()) {
        Reference found;
        Statement st =
            m_db.prepare(u"SELECT \"from\", \"to\" FROM pragma_foreign_key_list(?1) WHERE id = ?2 ORDER BY seq");
        st.bind(1, table).bind(2, id);
        while (st.step()) {
            found.from.append(st.text(0));
            found.to.append(st.isNull(1) ? QStringLiteral("rowid") : st.text(1)); // a reference to the primary key
        }
        it = m_references.insert(key, found);
    }
    return *it;
}

QString ForeignKeyBreaches::values(const QStringList& columns, const Statement& st, int first)
{
    QStringList pairs;
    for (int i = 0; i < columns.size(); ++i)
        pairs.append(columns[i] + u" = " + st.text(first + i));
    return pairs.join(u", ");
}

QString ForeignKeyBreaches::problem(const QString& row, const Reference& reference, const Statement& st, int first,
                                    const QString& parent) const
{
    return Verifier::tr("%1 has %2, but %3 has no row with %4")
        .arg(row, values(reference.from, st, first), parent, values(reference.to, st, first));
}

QString quotedColumns(const QStringList& columns, QStringView prefix = {})
{
    QStringList quoted;
    for (const QString& column : columns)
        quoted.append(u"quote(" + prefix + u'"' + column + u"\")");
    return quoted.join(u", ");
}

void ForeignKeyBreaches::nameRow(const QString& table, qint64 rowId, const QString& parent, qint64 id)
{
    const Reference& ref = reference(table, id);
    Statement st =
        m_db.prepare(QString(u"SELECT " + quotedColumns(ref.from) + u" FROM \"" + table + u"\" WHERE rowid = ?1"));
    st.bind(1, rowId);
    if (st.step())
        m_problems.append(problem(Verifier::tr("%1 row %2").arg(table).arg(rowId), ref, st, 0, parent));
}

// foreign_key_check cannot say which row of a table without row ids it means: they are found again, by their key.
void ForeignKeyBreaches::nameRowsWithoutRowId(const QString& table, const QString& parent, qint64 id)
{
    const Reference& ref = reference(table, id);
    QStringList key, matches;
    Statement columns = m_db.prepare(u"SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk");
    columns.bind(1, table);
    while (columns.step())
        key.append(columns.text(0));
    for (int i = 0; i < ref.from.size(); ++i)
        matches.append(u"p.\"" + ref.to[i] + u"\" = t.\"" + ref.from[i] + u'"');
    Statement st = m_db.prepare(QString(u"SELECT " + quotedColumns(key, u"t.") + u", " +
                                        quotedColumns(ref.from, u"t.") + u" FROM \"" + table + u"\" t WHERE t.\"" +
                                        ref.from.value(0) + u"\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"" +
                                        parent + u"\" p WHERE " + matches.join(u" AND ") + u") LIMIT ?1"));
    st.bind(1, maxRuleProblems - m_problems.size());
    while (st.step())
        m_problems.append(
            problem(Verifier::tr("%1 row (%2)").arg(table, values(key, st, 0)), ref, st, int(key.size()), parent));
}

QStringList ForeignKeyBreaches::find()
{
    qint64 rows = 0;
    QList<std::tuple<QString, QString, qint64>> withoutRowId; // table, parent, foreign key id
    Statement check = m_db.prepare(u"PRAGMA foreign_key_check");
    while (check.step()) {
        ++rows;
        const auto group = std::tuple(check.text(0), check.text(2), check.int64(3));
        if (check.isNull(1)) {
            if (!withoutRowId.contains(group))
                withoutRowId.append(group);
        } else if (m_problems.size() < maxRuleProblems) {
            nameRow(check.text(0), check.int64(1), check.text(2), check.int64(3));
        }
    }
    for (const auto& [table, parent, id] : withoutRowId)
        if (m_problems.size() < maxRuleProblems)
            nameRowsWithoutRowId(table, parent, id);
    if (rows > m_problems.size())
        m_problems.append(
            Verifier::tr("%n more row(s) refer to rows that do not exist", nullptr, int(rows - m_problems.size())));
    return m_problems;
}

// A questionnaire response as verify names it: its row, participant, instrument and date. The columns are those of
// questionnaireBreaches: id 0, participant code 1 (NULL for none), participant id 2, instrument 3, local_date 4.
QString responseNamed(const Statement& st)
{
    const auto instrument = instrumentFromString(st.text(3));
    return Verifier::tr("questionnaire_response row %1 (%2, %3, %4)")
        .arg(st.text(0), st.isNull(1) ? Verifier::tr("participant id %1").arg(st.text(2)) : st.text(1),
             instrument ? instrumentDefinition(*instrument).name : st.text(3), st.text(4));
}

// What is wrong with the stored response in st (columns of questionnaireBreaches, then items 5, total 6, severity
// 7, flagged 8), each problem naming the response; empty when it scores as stored. The app's own parsing and
// scoring (core/Questionnaire) decide, as when the response was stored: there is no second copy of the rules.
QStringList rescoringProblems(const Statement& st)
{
    const auto instrument = instrumentFromString(st.text(3));
    if (!instrument)
        return {Verifier::tr("%1 has instrument = '%2', which MoodBiome does not score")
                    .arg(responseNamed(st), st.text(3))};
    QString error;
    const auto answers = parseAnswers(*instrument, st.text(5), &error);
    if (!answers)
        return {Verifier::tr("%1 has items = '%2': %3").arg(responseNamed(st), st.text(5), error)};
    const InstrumentDefinition& d = instrumentDefinition(*instrument);
    const QuestionnaireScore score = scoreAnswers(*instrument, *answers);
    QStringList problems;
    if (st.text(6) != QString::number(score.total))
        problems.append(Verifier::tr("%1 has total = %2, but its items score %3")
                            .arg(responseNamed(st), st.text(6))
                            .arg(score.total));
    if (st.text(7) != score.severity)
        problems.append(Verifier::tr("%1 has severity = '%2', but its total of %3 is '%4'")
                            .arg(responseNamed(st), st.text(7))
                            .arg(score.total)
                            .arg(score.severity));
    const bool flagged = st.int64(8) != 0;
    if (!flagged && !score.flags.isEmpty())
        problems.append(Verifier::tr("%1 has flagged = %2, but item %3 is answered %4, which raises the safety flag "
                                     "%5: the flag was hidden")
                            .arg(responseNamed(st), st.text(8))
                            .arg(d.flagItem)
                            .arg((*answers)[d.flagItem - 1])
                            .arg(score.flags.join(u", ")));
    else if (flagged && score.flags.isEmpty())
        problems.append(d.flagItem > 0 ? Verifier::tr("%1 has flagged = %2, but item %3 is answered 0, which raises "
                                                      "no safety flag")
                                             .arg(responseNamed(st), st.text(8))
                                             .arg(d.flagItem)
                                       : Verifier::tr("%1 has flagged = %2, but %3 has no safety flag")
                                             .arg(responseNamed(st), st.text(8), d.name));
    return problems;
}

// A response's total, severity and safety flag are derived from its items when it is stored, never taken from
// anyone. The sqlite3 tool can store a response whose items do not fit its instrument or do not add up to its
// total, or hide a safety flag; with the audit image rewritten to match and the chain recomputed the replay sees
// nothing. Every stored response (deleted ones too: they can be restored) is scored again in one pass over the
// table; the first maxRuleProblems problems are named, the responses beyond them counted.
QStringList questionnaireBreaches(const Database& db)
{
    Statement exists = db.prepare(u"SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = "
                                  u"'questionnaire_response'");
    if (!exists.step())
        return {};
    Statement st = db.prepare(u"SELECT q.id, p.code, q.participant_id, q.instrument, q.local_date, q.items, q.total, "
                              u"q.severity, q.flagged FROM questionnaire_response q LEFT JOIN participant p ON p.id = "
                              u"q.participant_id ORDER BY q.id");
    QStringList problems;
    qint64 unnamed = 0; // responses with problems beyond the first maxRuleProblems
    while (st.step()) {
        const QStringList found = rescoringProblems(st);
        if (found.isEmpty())
            continue;
        if (problems.size() < maxRuleProblems)
            problems += found.mid(0, maxRuleProblems - problems.size());
        else
            ++unnamed;
    }
    if (unnamed > 0)
        problems.append(
            Verifier::tr("%n more questionnaire response(s) do not score as stored", nullptr, int(unnamed)));
    return problems;
}

// SQLite leaves a table's CHECK constraints out of the schema it reads for a read-only connection (nothing can
// break them there), so integrity_check on one never checks them: verify, and a merge's check of its site, said
// "ok" for rows that break them, while the first write's quick_check then refused the file as damaged. So the
// check of a file opened read-only runs on a connection that could write but is told not to (query_only, no
// checkpoint at close). Not when a rollback journal lies beside the file (a first read would roll it back into
// the file) or the file cannot be written at all: the read-only connection's check is all there is then.
class CheckingConnection {
public:
    explicit CheckingConnection(const Database& db)
    {
        const QByteArray name = QFile::encodeName(db.path());
        if (!db.isReadOnly() || QFileInfo::exists(db.path() + u"-journal") || access(name.constData(), W_OK) != 0)
            return;
        const QByteArray vfs = db.connectionOptions().vfs;
        if (sqlite3_open_v2(db.path().toUtf8().constData(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                            vfs.isEmpty() ? nullptr : vfs.constData()) == SQLITE_OK) {
            sqlite3_db_config(m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            sqlite3_busy_timeout(m_handle, db.connectionOptions().busyTimeoutMs);
            if (db.isEncrypted()) {
                sqlite3_key_v2(m_handle, "main", db.passphrase().constData(), int(db.passphrase().size()));
                Database::setCipherPageSize(m_handle, db.cipherPageSize());
            }
            sqlite3_exec(m_handle, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr); // after the key
            if (sqlite3_exec(m_handle, "PRAGMA query_only = ON", nullptr, nullptr, nullptr) == SQLITE_OK)
                return;
        }
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
    ~CheckingConnection() { sqlite3_close_v2(m_handle); }
    CheckingConnection(const CheckingConnection&) = delete;
    CheckingConnection& operator=(const CheckingConnection&) = delete;
    sqlite3* handle() const { return m_handle; }

private:
    sqlite3* m_handle = nullptr;
};

} // namespace

QJsonValue isoOrNull(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(isoUtc(utc)) : QJsonValue();
}

QJsonObject VerifyReport::toJson() const
{
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("check"), check},
            {QStringLiteral("integrity"), integrityOk() ? QJsonValue(QStringLiteral("ok"))
                                                        : QJsonValue(QJsonArray::fromStringList(integrityProblems))},
            {QStringLiteral("moodbiome"), ours},
            {QStringLiteral("schema"),
             schemaOk() ? QJsonValue(QStringLiteral("ok")) : QJsonValue(QJsonArray::fromStringList(schemaProblems))},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("audit_rows"), auditRows},
            {QStringLiteral("first_broken_row"), firstBrokenRow > 0 ? QJsonValue(firstBrokenRow) : QJsonValue()},
            {QStringLiteral("chain_problem"), chainOk() ? QJsonValue() : QJsonValue(chainProblem)},
            {QStringLiteral("first_change"), isoOrNull(firstChangeUtc)},
            {QStringLiteral("last_change"), isoOrNull(lastChangeUtc)},
            {QStringLiteral("last_data_change"), isoOrNull(lastDataChangeUtc)},
            {QStringLiteral("chain_head"), head.isValid() ? QJsonValue(head.toJson()) : QJsonValue()},
            {QStringLiteral("anchors_checked"), anchorsChecked},
            {QStringLiteral("anchor_problems"), QJsonArray::fromStringList(anchorProblems)},
            {QStringLiteral("rows_replayed"), rowsReplayed},
            {QStringLiteral("data_problems"), QJsonArray::fromStringList(dataProblems)}};
}

VerifyReport Verifier::verify(Database& db, Depth depth, const VerifyAnchors& anchors)
{
    return verify(db, depth, anchors, nullptr);
}

VerifyReport Verifier::verify(Database& db, Depth depth, const VerifyAnchors& anchors, sqlite3* checker)
{
    VerifyReport report;
    report.check = depth == Depth::Quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check");
    report.integrityProblems = integrityCheck(db, depth, checker);
    try {
        Statement id = db.prepare(u"PRAGMA application_id");
        report.ours = id.step() && quint32(id.int64(0)) == Database::applicationId;
        report.schemaVersion = db.userVersion();
    } catch (const StorageError& e) {
        report.integrityProblems.append(e.message());
        return report;
    }
    if (!report.ours)
        return report;
    // The schema first, from sqlite_schema alone: nothing below may read a view or table that is not ours
    // (a view can be made to never end), and nothing at all is written.
    try {
        report.schemaProblems = SchemaCheck::differences(db);
    } catch (const StorageError& e) {
        report.schemaProblems.append(e.message());
        return report;
    }
    if (report.schemaVersion > 0) {
        bool auditIsOurs = false;
        try {
            auditIsOurs = SchemaCheck::objectIsExpected(db, QStringLiteral("table"), QStringLiteral("audit"));
        } catch (const StorageError&) {
        }
        // The replay reads every table: only in a schema that is entirely ours.
        AuditReplay replay;
        const bool replaying = depth == Depth::Full && report.schemaOk();
        if (auditIsOurs)
            checkChain(db, report, replaying ? &replay : nullptr);
        else
            report.chainProblem = tr("the audit table is not the one MoodBiome made, so it was not read");
        checkProtections(db, report);
        if (auditIsOurs)
            checkAnchors(db, report, anchors);
        if (replaying && report.chainOk()) {
            try {
                report.dataProblems = replay.check(db, report.rowsReplayed);
            } catch (const StorageError& e) {
                report.dataProblems.append(e.message());
            }
        }
        if (replaying) {
            try {
                report.dataProblems += valueBreaches(db) + DateBreaches(db).find() + questionnaireBreaches(db) +
                                       ForeignKeyBreaches(db).find();
            } catch (const StorageError& e) {
                report.dataProblems.append(e.message());
            }
        }
    }
    return report;
}

VerifyReport Verifier::verifyFile(const QString& path, Depth depth, const VerifyAnchors& anchors,
                                  const QByteArray& passphrase)
{
    // migrateTo 0: look at the file as it is, whatever version wrote it.
    const auto db = Database::open(path, {.create = false, .migrateTo = 0, .readOnly = true, .passphrase = passphrase});
    const CheckingConnection checker(*db);
    return verify(*db, depth, anchors, checker.handle());
}

QStringList Verifier::integrityCheck(Database& db, Depth depth, sqlite3* checker)
{
    const QString sql =
        QStringLiteral("PRAGMA %1(%2)")
            .arg(depth == Depth::Quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"))
            .arg(maxIntegrityLines);
    const auto check = [&sql](sqlite3* handle) {
        QStringList lines;
        Statement st(handle, sql);
        while (st.step())
            lines.append(st.text(0));
        return lines;
    };
    QStringList problems;
    try {
        try {
            problems = check(checker ? checker : db.handle());
        } catch (const StorageError&) {
            if (!checker)
                throw;
            problems = check(db.handle()); // the checking connection could not read: the read-only one's check
        }
    } catch (const StorageError& e) {
        return {e.message()};
    }
    if (problems == QStringList{QStringLiteral("ok")})
        problems.clear();
    if (db.isEncrypted() && depth == Depth::Full && problems.isEmpty()) {
        // SQLCipher's own check: the HMAC of every page (including pages SQLite's check never reads).
        try {
            Statement cipher = db.prepare(u"PRAGMA cipher_integrity_check");
            while (cipher.step())
                problems.append(cipher.text(0));
        } catch (const StorageError& e) {
            return {e.message()};
        }
    }
    return problems;
}

void Verifier::checkChain(Database& db, VerifyReport& report, AuditReplay* replay)
{
    QString expectedPrevious = AuditLog::genesisHash();
    qint64 previousId = 0;
    const auto broken = [&](qint64 id, const QString& why) {
        report.firstBrokenRow = id;
        report.chainProblem = why;
        return false;
    };
    try {
        AuditLog(db).forEachRow([&](const AuditLog::Row& row) {
            ++report.auditRows;
            if (!report.firstChangeUtc.isValid())
                report.firstChangeUtc = row.atUtc;
            report.lastChangeUtc = row.atUtc;
            if (!eventsThatChangeNoData.contains(row.action))
                report.lastDataChangeUtc = row.atUtc;
            if (row.prevHash != expectedPrevious)
                return broken(row.id, brokenLink(row, previousId));
            if (AuditLog::computeHash(row) != row.hash)
                return broken(row.id, tr("audit row %1 was changed after it was written: its content no longer "
                                         "matches its hash")
                                          .arg(row.id));
            // Ids are never reused or skipped: a gap is a row that was removed (the ids are not in the hash).
            if (row.id != previousId + 1)
                return broken(row.id, previousId == 0 ? brokenLink(row, 0)
                                                      : tr("audit row %1 follows row %2: the rows between them were "
                                                           "removed")
                                                            .arg(row.id)
                                                            .arg(previousId));
            expectedPrevious = row.hash;
            previousId = row.id;
            report.head = {row.id, row.hash, row.atUtc};
            if (replay)
                replay->add(row);
            return true;
        });
    } catch (const StorageError& e) {
        broken(0, tr("the audit trail cannot be read after row %1: %2").arg(previousId).arg(e.message()));
    }
}

namespace {

// The first id at which chains a and b differ (1 … count + 1), by bisection: a hash covers every row before it.
qint64 firstDifference(const Database& a, const Database& b, qint64 count)
{
    qint64 low = 1, high = count + 1; // rows below low agree; the row at high differs (or lies past the end)
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        const QString hash = ChainAnchor::hashAt(a, mid);
        if (!hash.isEmpty() && hash == ChainAnchor::hashAt(b, mid))
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

// The last restore from a backup at or after row id, or 0.
qint64 restoreFrom(const Database& db, qint64 id)
{
    Statement st = db.prepare(u"SELECT max(id) FROM audit WHERE action = ?1 AND id >= ?2");
    st.bind(1, AuditLog::actionName(AuditLog::Action::RestoreBackup)).bind(2, id);
    return st.step() && !st.isNull(0) ? st.int64(0) : 0;
}

// Whether row id of a backup is a restore this database's anchor file did not see being made: the backup is then a
// clone's (a database restored from a copy of this one's first id - 1 rows), not evidence about this one.
bool clonedAt(const Database& backup, qint64 id, const std::optional<ChainAnchor::Stored>& stored)
{
    Statement st = backup.prepare(u"SELECT action FROM audit WHERE id = ?1");
    st.bind(1, id);
    if (!st.step() || st.text(0) != AuditLog::actionName(AuditLog::Action::RestoreBackup))
        return false;
    return !stored || !stored->witnessed(backup, id);
}

} // namespace

// An anchor (N, H) holds when row N of the chain has hash H: rows may have been added since, none removed or
// changed. A hash prefix of 16 hex digits (what a report prints) is enough.
void Verifier::checkAnchors(Database& db, VerifyReport& report, const VerifyAnchors& anchors)
{
    const auto holds = [&](const ChainHead& anchor) {
        const QString hash = ChainAnchor::hashAt(db, anchor.events);
        return !hash.isEmpty() && hash.startsWith(anchor.hash);
    };
    const auto fail = [&](const QString& source, const ChainHead& anchor) {
        report.anchorProblems.append(
            report.head.events < anchor.events
                ? tr("%1 records %2 events, but the audit trail now has only %3: rows were removed from its end")
                      .arg(source)
                      .arg(anchor.events)
                      .arg(report.head.events)
                : tr("%1 records event %2 with hash %3, but the audit trail's event %2 has another: the trail was "
                     "rewritten")
                      .arg(source)
                      .arg(anchor.events)
                      .arg(anchor.hash.left(16)));
    };
    try {
        for (const ChainHead& anchor : anchors.given) {
            ++report.anchorsChecked;
            if (!holds(anchor))
                fail(tr("The anchor %1:%2").arg(anchor.events).arg(anchor.hash.left(16)), anchor);
        }
        if (!anchors.stored)
            return;
        const auto stored = ChainAnchor::stored(db.path());
        if (stored) {
            ++report.anchorsChecked;
            if (!holds(stored->head) && !stored->restoredOverHead(db)) // a restore stopped before moving it
                fail(tr("The anchor file “%1”").arg(QDir::toNativeSeparators(stored->file)), stored->head);
        }
        checkBackups(db, report, stored, holds, fail);
    } catch (const StorageError& e) {
        report.anchorProblems.append(e.message());
    }
}

// Every backup of this database (the same first row) in its backups folder: the trail must contain it, unless a
// restore from a backup at or after the point where they part, one the anchor file saw being made, replaced that
// history. A backup that parts from the trail at a restore of its own the anchor file did not see is a clone's.
void Verifier::checkBackups(Database& db, VerifyReport& report, const std::optional<ChainAnchor::Stored>& stored,
                            const std::function<bool(const ChainHead&)>& holds,
                            const std::function<void(const QString&, const ChainHead&)>& fail)
{
    const QString genesis = ChainAnchor::hashAt(db, 1);
    const QDir folder(Backup::defaultFolder(db.path()));
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        try {
            // An encrypted database's backups have its key; one under an older passphrase is skipped.
            const auto backup =
                Database::open(file.absoluteFilePath(),
                               {.create = false, .migrateTo = 0, .readOnly = true, .passphrase = db.passphrase()});
            if (ChainAnchor::hashAt(*backup, 1) != genesis)
                continue; // another database's
            const ChainHead head = ChainAnchor::head(*backup);
            if (!head.isValid())
                continue;
            if (holds(head)) {
                ++report.anchorsChecked;
                continue;
            }
            const qint64 parted = firstDifference(db, *backup, head.events);
            if (clonedAt(*backup, parted, stored))
                continue; // restored from this database's backup into another file: its history from there on
            ++report.anchorsChecked;
            if (stored && stored->witnessedFrom(db, parted) > 0)
                continue; // history the restore replaced
            fail(tr("The backup “%1”").arg(file.fileName()), head);
            if (const qint64 restore = restoreFrom(db, parted); restore > 0)
                report.anchorProblems.last() += u' ' + tr("(the restore from a backup that event %1 records was "
                                                          "not made here: the anchor file did not see it)")
                                                           .arg(restore);
        } catch (const StorageError&) {
            // Not a database this version can read: not an anchor.
        }
    }
}

void Verifier::checkProtections(Database& db, VerifyReport& report)
{
    if (!report.chainOk())
        return;
    try {
        Statement st = db.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                  u"AND tbl_name = 'audit' AND name IN ('audit_no_update', 'audit_no_delete')");
        if (st.step() && st.int64(0) == 2)
            return;
    } catch (const StorageError&) {
    }
    report.chainProblem = tr("the triggers that keep the audit trail append-only were removed");
}

QString Verifier::describe(const VerifyReport& report)
{
    QStringList lines;
    lines.append(report.integrityOk()
                     ? tr("SQLite %1: ok.").arg(report.check)
                     : tr("SQLite %1 found damage: %2").arg(report.check, report.integrityProblems.join(u"; ")));
    if (!report.ours)
        lines.append(tr("The application id is not MoodBiome's."));
    if (!report.schemaOk())
        lines.append(tr("The schema is not the one MoodBiome made: %1.").arg(report.schemaProblems.join(u"; ")));
    lines.append(tr("Schema version %1.").arg(report.schemaVersion));
    if (report.auditRows > 0)
        lines.append(tr("Audit trail: %n row(s) checked, from %1 to %2.", nullptr, int(report.auditRows))
                         .arg(localDateTimeText(report.firstChangeUtc), localDateTimeText(report.lastChangeUtc)));
    else
        lines.append(tr("Audit trail: no rows."));
    lines.append(report.chainOk() ? tr("Every link of the audit chain is intact.")
                                  : tr("The audit chain is broken: %1.").arg(report.chainProblem));
    if (report.head.isValid())
        lines.append(
            tr("Chain head: %1 (keep it to check this database later: verify --anchor %1).").arg(report.head.text()));
    if (report.anchorsChecked > 0 || !report.anchorsOk())
        lines.append(report.anchorsOk() ? tr("%n anchor(s) kept outside the database agree with the chain.", nullptr,
                                             report.anchorsChecked)
                                        : tr("The chain does not contain what was recorded outside the database: %1.")
                                              .arg(report.anchorProblems.join(u"; ")));
    if (report.rowsReplayed > 0 || !report.dataOk())
        lines.append(report.dataOk()
                         ? tr("%n data row(s) equal their last audited state.", nullptr, int(report.rowsReplayed))
                         : tr("Data were changed without an audit record: %1.").arg(report.dataProblems.join(u"; ")));
    return lines.join(u'\n');
}

QString Verifier::problem(const VerifyReport& report)
{
    if (!report.ours)
        return tr("The file is not a MoodBiome database.");
    if (!report.integrityOk())
        return tr("The database file is damaged: %1").arg(report.integrityProblems.first());
    if (!report.chainOk())
        return tr("The audit trail is broken: %1.").arg(report.chainProblem);
    if (!report.schemaOk())
        return tr("The database schema was changed: %1.").arg(report.schemaProblems.first());
    if (!report.anchorsOk())
        return tr("The audit trail was cut short or rewritten: %1.").arg(report.anchorProblems.first());
    if (!report.dataOk())
        return tr("Data were changed without an audit record: %1.").arg(report.dataProblems.first());
    return {};
}

} // namespace mb
