// Each schema version as one step; a step, once released, never changes: add a new one instead.
#include "storage/Migrations.h"

#include "core/Measure.h"
#include "storage/AuditLog.h"
#include "storage/ChainAnchor.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QScopeGuard>
#include <QUuid>

namespace mb::Migrations {

namespace {

// tabular data: the first schema, as SQL
void toVersion1(Database& db)
{
    db.exec(uR"sql(
CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0 AND code = trim(code)),
    display_name TEXT NOT NULL DEFAULT '',
    arm TEXT NOT NULL DEFAULT '',
    enrolled_on TEXT CHECK (enrolled_on IS NULL OR date(enrolled_on) = enrolled_on),
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) = withdrawn_on),
    notes TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (withdrawn_on IS NULL OR enrolled_on IS NULL OR withdrawn_on >= enrolled_on)
);

CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z0-9_]*' AND length(key) <= 40),
    label_en TEXT NOT NULL CHECK (length(label_en) > 0),
    label_nl TEXT NOT NULL CHECK (length(label_nl) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('scale', 'hours', 'category', 'grams', 'servings', 'count', 'units', 'mg',
                                       'minutes', 'other')),
    unit TEXT NOT NULL DEFAULT '',
    min_value REAL NOT NULL,
    max_value REAL NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'neutral')),
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 1000,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (max_value > min_value)
);

CREATE TABLE entry (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participant (id),
    at_utc TEXT NOT NULL,
    local_date TEXT NOT NULL CHECK (date(local_date) = local_date),
    local_time TEXT CHECK (local_time IS NULL OR (length(local_time) = 5 AND time(local_time) IS NOT NULL)),
    note TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX entry_by_participant_date ON entry (participant_id, local_date);

CREATE TABLE observation (
    entry_id INTEGER NOT NULL REFERENCES entry (id),
    measure_id INTEGER NOT NULL REFERENCES measure (id),
    value REAL NOT NULL,
    PRIMARY KEY (entry_id, measure_id)
) WITHOUT ROWID;

-- Each measure's range, enforced by the database itself: a value outside it is refused, never clamped.
CREATE TRIGGER observation_range_insert BEFORE INSERT ON observation
WHEN NOT EXISTS (SELECT 1 FROM measure m WHERE m.id = NEW.measure_id
                 AND typeof(NEW.value) IN ('real', 'integer')
                 AND NEW.value BETWEEN m.min_value AND m.max_value
                 AND (m.kind NOT IN ('category', 'count') OR NEW.value = CAST(NEW.value AS INTEGER)))
BEGIN SELECT RAISE(ABORT, 'value outside the range of its measure'); END;

CREATE TRIGGER observation_range_update BEFORE UPDATE ON observation
WHEN NOT EXISTS (SELECT 1 FROM measure m WHERE m.id = NEW.measure_id
                 AND typeof(NEW.value) IN ('real', 'integer')
                 AND NEW.value BETWEEN m.min_value AND m.max_value
                 AND (m.kind NOT IN ('category', 'count') OR NEW.value = CAST(NEW.value AS INTEGER)))
BEGIN SELECT RAISE(ABORT, 'value outside the range of its measure'); END;

-- Narrowing a range must not strand existing values outside it.
CREATE TRIGGER measure_range_update BEFORE UPDATE OF min_value, max_value ON measure
WHEN EXISTS (SELECT 1 FROM observation o WHERE o.measure_id = NEW.id
             AND (o.value < NEW.min_value OR o.value > NEW.max_value))
BEGIN SELECT RAISE(ABORT, 'existing values lie outside the new range'); END;

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    os_user TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    participant_id INTEGER,
    old_values TEXT,
    new_values TEXT,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_participant ON audit (participant_id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql");

    Statement insert = db.prepare(u"INSERT INTO measure (key, label_en, label_nl, kind, unit, min_value, max_value, "
                                  u"direction, builtin, sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9)");
    for (const Measure& m : builtinMeasures()) {
        insert.bind(1, m.key).bind(2, m.labelEn).bind(3, m.labelNl).bind(4, toString(m.kind));
        insert.bind(5, QStringLiteral("")).bind(6, m.minimum).bind(7, m.maximum).bind(8, toString(m.direction));
        insert.bind(9, m.sortOrder).run();
        insert.reset();
    }
}

// Interventions per participant, and daily adherence ticks for those taken regularly.
void toVersion2(Database& db)
{
    db.exec(uR"sql(
CREATE TABLE intervention (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participant (id),
    kind TEXT NOT NULL CHECK (kind IN ('probiotic', 'prebiotic', 'diet', 'fmt', 'medication', 'lifestyle', 'other')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    dose REAL CHECK (dose IS NULL OR dose >= 0),
    unit TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date AND end_date >= start_date)),
    notes TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX intervention_by_participant ON intervention (participant_id, start_date);

CREATE TABLE adherence (
    intervention_id INTEGER NOT NULL REFERENCES intervention (id),
    local_date TEXT NOT NULL CHECK (date(local_date) = local_date),
    taken INTEGER NOT NULL CHECK (taken IN (0, 1)),
    PRIMARY KEY (intervention_id, local_date)
) WITHOUT ROWID;
)sql");
}

// Validated questionnaires (PHQ-9, GAD-7, PSS-10, WHO-5) and the acknowledgement of safety flags.
void toVersion3(Database& db)
{
    db.exec(uR"sql(
CREATE TABLE questionnaire_response (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participant (id),
    instrument TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7', 'pss10', 'who5')),
    local_date TEXT NOT NULL CHECK (date(local_date) = local_date),
    at_utc TEXT NOT NULL,
    items TEXT NOT NULL CHECK (items GLOB '[0-9]*' AND items NOT GLOB '*[^0-9,]*'),
    total INTEGER NOT NULL CHECK (total >= 0),
    severity TEXT NOT NULL,
    flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    acknowledged_utc TEXT,
    acknowledged_by TEXT,
    acknowledgement_note TEXT,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (acknowledged_utc IS NULL OR flagged = 1)
);
CREATE INDEX questionnaire_by_participant ON questionnaire_response (participant_id, instrument, local_date);
)sql");
}

// Calendar dates enforced for real. The CHECKs of versions 1–3, `date(x) = x`, let text through whenever date()
// gives NULL ('2024-13-01', 'tomorrow': a CHECK fails only on false), and SQLite keeps 2024-02-30 as it is
// unless a modifier makes it normalise. SQLite cannot change a CHECK without rebuilding the table, so each
// table with dates gets triggers that compare with date(x, '+0 days') using IS, which NULL does not escape.
void toVersion4(Database& db)
{
    struct Dates {
        const char16_t* table;
        const char16_t* required; // a NOT NULL date column, or empty
        const char16_t* optional; // a nullable one, or empty
        const char16_t* optional2;
    };
    const Dates tables[] = {{u"participant", u"", u"enrolled_on", u"withdrawn_on"},
                            {u"entry", u"local_date", u"", u""},
                            {u"intervention", u"start_date", u"end_date", u""},
                            {u"adherence", u"local_date", u"", u""},
                            {u"questionnaire_response", u"local_date", u"", u""}};
    const auto wrong = [](QStringView column, bool nullable) {
        const QString test = QStringLiteral("date(NEW.%1, '+0 days') IS NOT NEW.%1").arg(column);
        return nullable ? QStringLiteral("(NEW.%1 IS NOT NULL AND %2)").arg(column, test) : test;
    };
    for (const Dates& t : tables) {
        QStringList conditions, columns;
        if (*t.required) {
            conditions << wrong(QStringView(t.required), false);
            columns << QString::fromUtf16(t.required);
        }
        for (const char16_t* column : {t.optional, t.optional2})
            if (*column) {
                conditions << wrong(QStringView(column), true);
                columns << QString::fromUtf16(column);
            }
        const QString when = conditions.join(u" OR ");
        const QString raise = QStringLiteral("BEGIN SELECT RAISE(ABORT, 'not a calendar date (YYYY-MM-DD)'); END;");
        db.exec(QStringLiteral("CREATE TRIGGER %1_dates_insert BEFORE INSERT ON %1 WHEN %2 %3")
                    .arg(QStringView(t.table), when, raise));
        db.exec(QStringLiteral("CREATE TRIGGER %1_dates_update BEFORE UPDATE OF %2 ON %1 WHEN %3 %4")
                    .arg(QStringView(t.table), columns.join(u", "), when, raise));
    }
}

// Start-up marks every participant with an open safety flag; without this partial index that meant reading
// every questionnaire response. The index holds only the open flags, so it stays tiny.
void toVersion5(Database& db)
{
    db.exec(uR"sql(
CREATE INDEX questionnaire_open_flags ON questionnaire_response (participant_id)
    WHERE flagged = 1 AND acknowledged_utc IS NULL AND deleted = 0;
)sql");
}

// Randomised N-of-1 designs: the schedule drawn for an intervention before data collection. A row is locked
// the moment it is written (pre-registration): the triggers refuse to change or remove it.
void toVersionRandomisation(Database& db)
{
    db.exec(uR"sql(
CREATE TABLE randomisation_schedule (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER NOT NULL UNIQUE REFERENCES intervention (id),
    design TEXT NOT NULL CHECK (design IN ('AB', 'ABA', 'ABAB', 'CRD', 'RBD', 'ATD')),
    days INTEGER NOT NULL CHECK (days BETWEEN 2 AND 550),
    min_phase INTEGER NOT NULL CHECK (min_phase >= 1),
    start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
    seed TEXT NOT NULL CHECK (length(seed) BETWEEN 1 AND 20 AND seed NOT GLOB '*[^0-9]*'),
    assignment TEXT NOT NULL CHECK (length(assignment) = days AND assignment NOT GLOB '*[^AB]*'),
    statistic TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    locked_utc TEXT NOT NULL
);
CREATE TRIGGER randomisation_schedule_locked_update BEFORE UPDATE ON randomisation_schedule
BEGIN SELECT RAISE(ABORT, 'a randomisation schedule is locked'); END;
CREATE TRIGGER randomisation_schedule_locked_delete BEFORE DELETE ON randomisation_schedule
BEGIN SELECT RAISE(ABORT, 'a randomisation schedule is locked'); END;
)sql");
}

// A coordinating centre merges site databases: which site each merged participant came from and under which
// code, which centre row each merged site row became (so that merging a site again imports only what is new),
// and the sites' own audit trails, kept as they were (append-only) as the provenance of the merged rows.
void toVersionSites(Database& db)
{
    db.exec(uR"sql(
CREATE TABLE site (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20 AND code NOT GLOB '*[^A-Za-z0-9_.-]*'),
    first_merged_utc TEXT NOT NULL
);
CREATE TABLE site_participant (
    participant_id INTEGER PRIMARY KEY REFERENCES participant (id),
    site_id INTEGER NOT NULL REFERENCES site (id),
    original_code TEXT NOT NULL
);
CREATE INDEX site_participant_by_site ON site_participant (site_id);
CREATE TABLE site_row (
    site_id INTEGER NOT NULL REFERENCES site (id),
    table_name TEXT NOT NULL CHECK (table_name IN ('participant', 'entry', 'questionnaire_response', 'intervention')),
    original_id INTEGER NOT NULL,
    local_id INTEGER NOT NULL,
    PRIMARY KEY (site_id, table_name, original_id)
) WITHOUT ROWID;
CREATE TABLE site_audit (
    site_id INTEGER NOT NULL REFERENCES site (id),
    original_id INTEGER NOT NULL,
    at_utc TEXT NOT NULL,
    os_user TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    participant_code TEXT,
    old_values TEXT,
    new_values TEXT,
    reason TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (site_id, original_id)
) WITHOUT ROWID;
CREATE TRIGGER site_audit_no_update BEFORE UPDATE ON site_audit
BEGIN SELECT RAISE(ABORT, 'the audit history of a site is append-only'); END;
CREATE TRIGGER site_audit_no_delete BEFORE DELETE ON site_audit
BEGIN SELECT RAISE(ABORT, 'the audit history of a site is append-only'); END;
)sql");
}

// Tags: yes/no facts about a day (coffee, kefir, running), one vocabulary for the whole database. An entry carries
// any number of tags; a participant's day has a tag when any of that day's live entries carries it. Names are
// unique without regard to case; a tag is archived, never deleted, so that old entries keep their meaning.
void toVersionTags(Database& db)
{
    db.exec(uR"sql(
CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE
        CHECK (length(name) BETWEEN 1 AND 60 AND name = trim(name) AND name NOT GLOB '*[,;|' || char(9, 10, 13) || ']*'),
    colour TEXT NOT NULL DEFAULT '#4c72b0'
        CHECK (length(colour) = 7 AND colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 1000
);
CREATE TABLE entry_tag (
    entry_id INTEGER NOT NULL REFERENCES entry (id),
    tag_id INTEGER NOT NULL REFERENCES tag (id),
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tag_by_tag ON entry_tag (tag_id, entry_id);
)sql");
}

// Who uses a tag is asked only when a tag is deleted, which is rare, and a scan of entry_tag answers it (0.4 s
// at 16.5 million rows). The index on (tag_id, entry_id) was paid for on every import instead: its rows go into
// the middle of the tree, one place per tag, and writing them took 5 of the 17 s SQLite needs to store a
// 10-million-row import (docs/ARCHITECTURE.md, "Performance budgets").
// The index holds nothing the table does not (its rows copy entry_tag's), so its freed pages need not be zeroed as
// secure_delete would have them: at trial scale that is a few hundred MB written twice (log and file).
void toVersionTagIndexDropped(Database& db)
{
    Statement setting = db.prepare(u"PRAGMA secure_delete");
    const qint64 secureDelete = setting.step() ? setting.int64(0) : 1;
    const auto restore = qScopeGuard([&db, secureDelete] {
        try {
            db.exec(QStringLiteral("PRAGMA secure_delete = %1").arg(secureDelete));
        } catch (const StorageError&) {
            // Setting a pragma on an open connection does not fail; and this runs while unwinding.
        }
    });
    db.exec(u"PRAGMA secure_delete = FAST");
    db.exec(u"DROP INDEX entry_tag_by_tag");
}

// Codes that differ only in case are refused (ParticipantRepository, SiteMerge): every new participant is looked up
// without regard to case. Without an index of its own that lookup reads the whole table, and an import or a site
// merge that creates N participants compares N² codes (100,000 codes: minutes).
void toVersionCodeIndexWithoutCase(Database& db)
{
    db.exec(u"CREATE INDEX participant_by_code_without_case ON participant (code COLLATE NOCASE)");
}

// Entry drafts: what was typed in a new-entry form that closed unsaved, one per participant, offered at the next
// New entry (core/EntryDraft.h). Not data: no audit rows, never exported; removed when saved or discarded.
void toVersionEntryDrafts(Database& db)
{
    db.exec(uR"sql(
CREATE TABLE entry_draft (
    participant_id INTEGER PRIMARY KEY REFERENCES participant (id),
    content TEXT NOT NULL CHECK (length(content) <= 1000000)
);
)sql");
}

using Step = void (*)(Database&);
constexpr Step steps[] = {toVersion1,
                          toVersion2,
                          toVersion3,
                          toVersion4,
                          toVersion5,
                          toVersionRandomisation,
                          toVersionSites,
                          toVersionTags,
                          toVersionTagIndexDropped,
                          toVersionCodeIndexWithoutCase,
                          toVersionEntryDrafts}; // steps[i]: version i to i + 1

static_assert(std::size(steps) == latestVersion);

} // namespace

void migrate(Database& db, int target)
{
    const int from = db.userVersion();
    if (from >= target)
        return;
    Transaction tx(db);
    for (int version = from; version < target; ++version)
        steps[version](db);
    db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2")
                .arg(Database::applicationId)
                .arg(target));
    // A new file's first audit row names it with a random id: two databases made in the same second by the same
    // version would otherwise begin with the same row, and each would take the other's backups for its own
    // (storage/Verifier, "backups as anchors").
    QJsonObject created{{QStringLiteral("version"), target}};
    if (from == 0)
        created.insert(QStringLiteral("database_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    AuditLog(db).record({.action = AuditLog::Action::Migrate,
                         .table = QStringLiteral("schema"),
                         .oldValues = QJsonObject{{QStringLiteral("version"), from}},
                         .newValues = created});
    tx.commit();
    if (from == 0) // a new database: an anchor file of an earlier one at this path starts over with it
        ChainAnchor::startOver(db, ChainAnchor::StartOver::NewDatabase);
}

} // namespace mb::Migrations
