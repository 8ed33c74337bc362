// Merging site databases at a coordinating centre (moodbiome-cli merge): three demo sites, two merged twice;
// counts, namespaced codes, provenance, a damaged site refused, verify, and the site filters of export and cohort.
#include "CliRunner.h"
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/Intervention.h"
#include "core/Participant.h"
#include "storage/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "storage/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace mb;

class TestSiteMerge : public QObject {
    Q_OBJECT
private slots:
    void init();
    void threeSitesTwoTwice();
    void damagedSiteRefused();
    void encryptedSites();
    void keepCodesRefusesAClash();
    void oneSiteUnderTwoCodesRefused();
    void codeTakenInAnotherCaseIsNamespaced();
    void siteFilters();
    void siteCodesInParticipantCodes();
    void anotherDatabaseUnderAUsedCodeRefused();
    void restoredSiteUnderItsCodeRefused();
    void bookkeepingChangedOutsideMoodBiome_data();
    void bookkeepingChangedOutsideMoodBiome();
    void mergesOfOlderVersionsVerifyAsBefore();
    void withdrawnParticipantMerged();
    void siteChangesSinceLastMergeApplied();
    void changeAtSiteAndCentreRefused();
    void lockedScheduleMerged();
    void siteCodesDifferingInCaseRefused();

private:
    test::CliRun cli(const QString& db, QStringList arguments) const
    {
        return test::runCli(QStringList{u"--database"_s, db} + arguments, m_dir->path());
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    void makeSite(const QString& name, int seed) const;
    QJsonObject merge(const QStringList& sites, const QStringList& codes, int expectedExit = 0) const;
    static qint64 count(const QString& db, const QString& sql);
    void makeSmallSite(const QString& name, const QString& code, const QStringList& days, int mood) const;
    void mergeSmallSites() const;
    // The entry of participant code on day in db (a live one first).
    static JournalEntry entryOn(Store& store, const QString& code, const QString& day);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_centre;
};

void TestSiteMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_centre = path(u"centre.sqlite"_s);
}

void TestSiteMerge::makeSite(const QString& name, int seed) const
{
    const auto run = cli(
        path(name), {u"demo"_s, u"--participants"_s, u"2"_s, u"--days"_s, u"20"_s, u"--seed"_s, QString::number(seed)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QJsonObject TestSiteMerge::merge(const QStringList& sites, const QStringList& codes, int expectedExit) const
{
    QStringList arguments{u"--json"_s, u"merge"_s};
    for (const QString& site : sites)
        arguments << path(site);
    for (const QString& code : codes)
        arguments << u"--site-code"_s << code;
    arguments << u"--into"_s << m_centre;
    const auto run = test::runCli(arguments, m_dir->path());
    if (run.exitCode != expectedExit)
        qWarning() << run.out << run.err;
    [&] {
        QCOMPARE(run.exitCode, expectedExit);
    }();
    return QJsonDocument::fromJson(run.out).object();
}

qint64 TestSiteMerge::count(const QString& db, const QString& sql)
{
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    options.migrateTo = 0;
    const auto store = Store::open(db, options);
    Statement st = store->database().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

void TestSiteMerge::threeSitesTwoTwice()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"b.sqlite"_s, 2);
    makeSite(u"c.sqlite"_s, 3);
    const qint64 entriesA = count(path(u"a.sqlite"_s), u"SELECT count(*) FROM entry"_s);
    const qint64 auditA = count(path(u"a.sqlite"_s), u"SELECT count(*) FROM audit"_s);
    QVERIFY(entriesA > 20);

    const QJsonObject first = merge({u"a.sqlite"_s, u"b.sqlite"_s}, {u"SITE-A"_s, u"SITE-B"_s});
    const QJsonArray sites = first.value(u"sites"_s).toArray();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites[0].toObject().value(u"participants"_s).toInt(), 2);
    QCOMPARE(sites[0].toObject().value(u"entries"_s).toInteger(), entriesA);
    QCOMPARE(sites[0].toObject().value(u"site_audit_events"_s).toInteger(), auditA);
    // Both demo sites use P-001 and P-002: the second site's are namespaced.
    QCOMPARE(sites[1].toObject().value(u"renamed"_s).toArray().size(), 2);
    const QByteArray list = cli(m_centre, {u"participant"_s, u"list"_s}).out;
    QVERIFY(list.contains("SITE-B/P-001"));

    // Site A adds an entry after the first merge; then A and C are merged: only what is new comes from A.
    QCOMPARE(cli(path(u"a.sqlite"_s), {u"log"_s, u"P-001"_s, u"--date"_s, u"2025-01-04"_s, u"mood=5"_s}).exitCode, 0);
    const qint64 centreEntries = count(m_centre, u"SELECT count(*) FROM entry"_s);
    const qint64 auditBefore = count(m_centre, u"SELECT count(*) FROM audit"_s);
    const QJsonObject second = merge({u"a.sqlite"_s, u"c.sqlite"_s}, {u"SITE-A"_s, u"SITE-C"_s});
    const QJsonObject againA = second.value(u"sites"_s).toArray()[0].toObject();
    QCOMPARE(againA.value(u"participants"_s).toInt(), 0);
    QCOMPARE(againA.value(u"entries"_s).toInt(), 1);
    QCOMPARE(againA.value(u"questionnaire_responses"_s).toInt(), 0);
    QCOMPARE(againA.value(u"interventions"_s).toInt(), 0);
    QCOMPARE(againA.value(u"site_audit_events"_s).toInt(), 1); // the log's own audit row
    const qint64 entriesC = count(path(u"c.sqlite"_s), u"SELECT count(*) FROM entry"_s);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM entry"_s), centreEntries + 1 + entriesC);
    // Merging B again adds nothing at all.
    const QJsonObject third = merge({u"b.sqlite"_s}, {u"SITE-B"_s});
    const QJsonObject againB = third.value(u"sites"_s).toArray()[0].toObject();
    for (const char* key : {"participants", "entries", "questionnaire_responses", "interventions", "site_audit_events"})
        QCOMPARE(againB.value(QLatin1String(key)).toInt(), 0);

    // Counts and provenance.
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM participant"_s), 6);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM site"_s), 3);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM site_participant"_s), 6);
    QCOMPARE(count(m_centre,
                   u"SELECT count(*) FROM site_audit WHERE site_id = (SELECT id FROM site WHERE code = 'SITE-A')"_s),
             auditA + 1);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM site_participant WHERE original_code = 'P-001'"_s), 3);
    // Every merged row is traced to its site row.
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM site_row WHERE table_name = 'entry'"_s),
             count(m_centre, u"SELECT count(*) FROM entry"_s));
    // One audit event per merged site says what the merge did.
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit WHERE table_name = 'site'"_s), 5);
    QVERIFY(count(m_centre, u"SELECT count(*) FROM audit"_s) > auditBefore);
    // The site's history is append-only.
    Database::Options options;
    const auto centre = Store::open(m_centre, options);
    QVERIFY_THROWS_EXCEPTION(StorageError, centre->database().exec(u"DELETE FROM site_audit"_s));
    QCOMPARE(cli(m_centre, {u"verify"_s}).exitCode, 0);
    QCOMPARE(count(m_centre, u"PRAGMA user_version"_s), qint64(Migrations::latestVersion));
}

void TestSiteMerge::damagedSiteRefused()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"bad.sqlite"_s, 2);
    // Someone changed a value with the sqlite3 tool: the audit trail no longer agrees.
    test::rawExec(path(u"bad.sqlite"_s), "UPDATE participant SET arm = 'tampered' WHERE code = 'P-001'");
    const auto run = test::runCli({u"merge"_s, path(u"a.sqlite"_s), path(u"bad.sqlite"_s), u"--site-code"_s, u"A"_s,
                                   u"--site-code"_s, u"B"_s, u"--into"_s, m_centre},
                                  m_dir->path());
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("bad.sqlite"), run.err.constData());
    QVERIFY(!QFile::exists(m_centre)); // nothing merged, not even site A
}

void TestSiteMerge::encryptedSites()
{
    // Two sites encrypted with passphrases of their own, and a plain one.
    test::writeFile(path(u"one.key"_s), "passphrase of site one\n");
    test::writeFile(path(u"two.key"_s), "passphrase of site two\n");
    // Seeds of their own too: two copies of one demo would be one site's database (their audit trails agree).
    for (const auto& [site, key, seed] :
         {std::tuple{u"e1.sqlite"_s, u"one.key"_s, 11}, {u"e2.sqlite"_s, u"two.key"_s, 12}}) {
        const auto made = cli(path(site), {u"--passphrase-file"_s, path(key), u"demo"_s, u"--participants"_s, u"2"_s,
                                           u"--days"_s, u"14"_s, u"--seed"_s, QString::number(seed)});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(Database::hasUnreadableHeader(path(site)));
    }
    makeSite(u"plain.sqlite"_s, 3);
    const auto mergeWith = [this](const QStringList& keys) {
        QStringList arguments{u"merge"_s, path(u"plain.sqlite"_s), path(u"e1.sqlite"_s), path(u"e2.sqlite"_s)};
        for (const QString& code : {u"P"_s, u"E1"_s, u"E2"_s})
            arguments << u"--site-code"_s << code;
        for (const QString& key : keys)
            arguments << u"--site-passphrase-file"_s << path(key);
        return test::runCli(arguments + QStringList{u"--into"_s, m_centre}, m_dir->path());
    };

    // Without the passphrases, with a wrong one, with a count that fits no site: refused, nothing merged.
    const auto none = mergeWith({});
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains("e1.sqlite") && none.err.contains("--site-passphrase-file"), none.err.constData());
    const auto wrong = mergeWith({u"one.key"_s});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("e2.sqlite") && wrong.err.contains("does not open"), wrong.err.constData());
    QCOMPARE(mergeWith({u"one.key"_s, u"two.key"_s}).exitCode, 1);
    QVERIFY(!QFile::exists(m_centre));

    // One file per site, in order (the plain site's is not used).
    const auto merged = mergeWith({u"one.key"_s, u"one.key"_s, u"two.key"_s});
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM participant"_s), 6);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM site"_s), 3);
    QCOMPARE(cli(m_centre, {u"verify"_s}).exitCode, 0);
    for (const QString& site : {u"plain.sqlite"_s, u"e1.sqlite"_s, u"e2.sqlite"_s}) // read, and left as they were
        QVERIFY2(!QFile::exists(path(site + u"-wal"_s)) && !QFile::exists(path(site + u"-shm"_s)), qPrintable(site));
    // One file for all: site one again, nothing new.
    const auto again = test::runCli({u"--json"_s, u"merge"_s, path(u"e1.sqlite"_s), u"--site-code"_s, u"E1"_s,
                                     u"--site-passphrase-file"_s, path(u"one.key"_s), u"--into"_s, m_centre},
                                    m_dir->path());
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(QJsonDocument::fromJson(again.out)[u"sites"_s][0][u"entries"_s].toInt(-1), 0);
}

void TestSiteMerge::keepCodesRefusesAClash()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"b.sqlite"_s, 2);
    merge({u"a.sqlite"_s}, {u"SITE-A"_s});
    const qint64 before = count(m_centre, u"SELECT count(*) FROM audit"_s);
    const auto run = test::runCli(
        {u"merge"_s, path(u"b.sqlite"_s), u"--site-code"_s, u"SITE-B"_s, u"--keep-codes"_s, u"--into"_s, m_centre},
        m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("P-001"), run.err.constData());
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit"_s), before);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM participant"_s), 2);
    // A bad site code and a mismatched number of codes are usage errors.
    QCOMPARE(test::runCli({u"merge"_s, path(u"b.sqlite"_s), u"--into"_s, m_centre}, m_dir->path()).exitCode, 1);
    QCOMPARE(test::runCli({u"merge"_s, path(u"b.sqlite"_s), u"--site-code"_s, u"no spaces"_s, u"--into"_s, m_centre},
                          m_dir->path())
                 .exitCode,
             2);
}

// `merge a.db a.db --site-code A --site-code B` (or a copy of a.db as B) merged one site twice: each participant
// became P-001 and B/P-001, and the cohort counted them twice.
void TestSiteMerge::oneSiteUnderTwoCodesRefused()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"b.sqlite"_s, 2);
    const auto twice = test::runCli({u"merge"_s, path(u"a.sqlite"_s), path(u"a.sqlite"_s), u"--site-code"_s, u"A"_s,
                                     u"--site-code"_s, u"B"_s, u"--into"_s, m_centre},
                                    m_dir->path());
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains("merged already"), twice.err.constData());
    QVERIFY(!QFile::exists(m_centre) || count(m_centre, u"SELECT count(*) FROM participant"_s) == 0);
    merge({u"a.sqlite"_s, u"b.sqlite"_s}, {u"A"_s, u"B"_s});
    const qint64 participants = count(m_centre, u"SELECT count(*) FROM participant"_s);
    QVERIFY(QFile::copy(path(u"a.sqlite"_s), path(u"copy-of-a.sqlite"_s)));
    const auto copy = test::runCli(
        {u"merge"_s, path(u"copy-of-a.sqlite"_s), u"--site-code"_s, u"C"_s, u"--into"_s, m_centre}, m_dir->path());
    QCOMPARE(copy.exitCode, 2);
    QVERIFY2(copy.err.contains("site A"), copy.err.constData());
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM participant"_s), participants);
    merge({u"copy-of-a.sqlite"_s}, {u"A"_s}); // under its own code again: nothing new, no refusal
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM participant"_s), participants);
}

// A site's p-001 where the centre has P-001 (or a deleted participant holds the code) is namespaced as SITE/p-001,
// like an equal code, instead of refusing the whole merge.
void TestSiteMerge::codeTakenInAnotherCaseIsNamespaced()
{
    makeSite(u"a.sqlite"_s, 1); // P-001, P-002
    const QString b = path(u"b.sqlite"_s);
    for (const char* code : {"p-001", "P-002"})
        QCOMPARE(cli(b, {u"participant"_s, u"add"_s, QString::fromLatin1(code)}).exitCode, 0);
    merge({u"a.sqlite"_s}, {u"A"_s});
    const QJsonObject merged = merge({u"b.sqlite"_s}, {u"B"_s});
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM participant WHERE code IN ('B/p-001', 'B/P-002')"_s), 2);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM participant WHERE code = 'p-001'"_s), 0);
    QVERIFY(!merged.isEmpty());
}

void TestSiteMerge::siteFilters()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"b.sqlite"_s, 2);
    merge({u"a.sqlite"_s, u"b.sqlite"_s}, {u"SITE-A"_s, u"SITE-B"_s});
    const auto siteB = cli(m_centre, {u"export"_s, u"--site"_s, u"SITE-B"_s});
    QCOMPARE(siteB.exitCode, 0);
    const QList<QByteArray> lines = siteB.out.trimmed().split('\n');
    QVERIFY(lines.size() > 10);
    for (const QByteArray& line : lines.mid(1))
        QVERIFY2(line.startsWith("SITE-B/"), line.constData());
    const auto fhir = cli(m_centre, {u"export"_s, u"--format"_s, u"fhir"_s, u"--site"_s, u"SITE-A"_s});
    QCOMPARE(fhir.exitCode, 0);
    QVERIFY(!fhir.out.contains("SITE-B/"));
    QCOMPARE(cli(m_centre, {u"export"_s, u"--site"_s, u"NOWHERE"_s}).exitCode, 2);
    // Someone not at the site: said, not an empty file.
    const auto foreign = cli(m_centre, {u"export"_s, u"--site"_s, u"SITE-B"_s, u"--participant"_s, u"P-001"_s});
    QCOMPARE(foreign.exitCode, 2);
    QVERIFY2(foreign.err.contains("P-001 is not one of site SITE-B's participants"), foreign.err.constData());
    QVERIFY(foreign.out.isEmpty());
    QCOMPARE(cli(m_centre, {u"export"_s, u"--site"_s, u"SITE-B"_s, u"--participant"_s, u"SITE-B/P-001"_s}).exitCode, 0);
    const auto cohort = cli(m_centre, {u"--json"_s, u"cohort"_s, u"--kind"_s, u"probiotic"_s, u"--measure"_s, u"mood"_s,
                                       u"--site"_s, u"SITE-B"_s});
    QVERIFY2(cohort.exitCode == 0, cohort.err.constData());
    const QJsonArray people = QJsonDocument::fromJson(cohort.out).object().value(u"participants"_s).toArray();
    QVERIFY(!people.isEmpty());
    for (const QJsonValue& p : people)
        QVERIFY(p.toObject().value(u"participant"_s).toString().startsWith(u"SITE-B/"_s));
}

// One slash between a site code and a code, nowhere else.
void TestSiteMerge::siteCodesInParticipantCodes()
{
    QVERIFY(!participantCodeProblem(u"SITE-A/P-001"));
    for (const char16_t* bad : {u"/P-001", u"P-001/", u"A/B/C", u"A//B", u"/"}) {
        const auto problem = participantCodeProblem(bad);
        QVERIFY2(problem, qPrintable(QString::fromUtf16(bad)));
        // The refusal says where a slash may stand, not that a slash is never allowed.
        QVERIFY2(problem->contains(u"SITE-A/P-001"_s), qPrintable(*problem));
    }
    QVERIFY(participantCodeProblem(u"P 001")->contains(u"one / between a site code and a code"_s));
}

// A site with one participant (code), an entry of mood on each of days.
void TestSiteMerge::makeSmallSite(const QString& name, const QString& code, const QStringList& days, int mood) const
{
    QCOMPARE(cli(path(name), {u"participant"_s, u"add"_s, code}).exitCode, 0);
    for (const QString& day : days)
        QCOMPARE(cli(path(name), {u"log"_s, code, u"--date"_s, day, u"mood="_s + QString::number(mood)}).exitCode, 0);
}

// Site SITE (S-1, one entry) and site OTHER (O-1) merged into a centre that has C-1 of its own.
void TestSiteMerge::mergeSmallSites() const
{
    makeSmallSite(u"site.sqlite"_s, u"S-1"_s, {u"2025-01-01"_s}, 1);
    makeSmallSite(u"other.sqlite"_s, u"O-1"_s, {}, 0);
    QCOMPARE(cli(m_centre, {u"participant"_s, u"add"_s, u"C-1"_s}).exitCode, 0);
    merge({u"site.sqlite"_s, u"other.sqlite"_s}, {u"SITE"_s, u"OTHER"_s});
}

// Another site's database merged under a code already used: rows were matched by their ids at the site alone, so
// B-9 was never made, two of its entries were taken for merged already and the third went to A-1; exit 0, verify 0.
void TestSiteMerge::anotherDatabaseUnderAUsedCodeRefused()
{
    makeSmallSite(u"a.sqlite"_s, u"A-1"_s, {u"2025-01-01"_s, u"2025-01-02"_s}, 1);
    makeSmallSite(u"b.sqlite"_s, u"B-9"_s, {u"2025-02-01"_s, u"2025-02-02"_s, u"2025-02-03"_s}, 9);
    merge({u"a.sqlite"_s}, {u"SA"_s});
    const qint64 audit = count(m_centre, u"SELECT count(*) FROM audit"_s);
    const auto run = test::runCli({u"merge"_s, path(u"b.sqlite"_s), u"--site-code"_s, u"SA"_s, u"--into"_s, m_centre},
                                  m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("site SA") && run.err.contains("does not continue the audit trail"), run.err.constData());
    QVERIFY2(run.err.contains("Nothing was merged"), run.err.constData());
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit"_s), audit);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM entry"_s), 2);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM site_audit"_s), 4);
    QCOMPARE(cli(m_centre, {u"verify"_s}).exitCode, 0);
    // Under a code of its own it goes in whole.
    merge({u"b.sqlite"_s}, {u"SB"_s});
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM entry e JOIN participant p ON p.id = e.participant_id "
                             u"WHERE p.code = 'B-9'"_s),
             3);
}

// The site restored a backup after a merge and logged again: SQLite gave the new entry the id of the lost one, and the
// next merge took it for merged already (exit 0, the entry missing at the centre).
void TestSiteMerge::restoredSiteUnderItsCodeRefused()
{
    makeSmallSite(u"s.sqlite"_s, u"S-1"_s, {u"2025-03-01"_s}, 1);
    const QString site = path(u"s.sqlite"_s);
    QCOMPARE(cli(site, {u"backup"_s, u"--output"_s, path(u"s-backup.sqlite"_s)}).exitCode, 0);
    QCOMPARE(cli(site, {u"log"_s, u"S-1"_s, u"--date"_s, u"2025-03-02"_s, u"mood=2"_s}).exitCode, 0);
    merge({u"s.sqlite"_s}, {u"S2"_s});
    const auto restored = cli(site, {u"restore"_s, path(u"s-backup.sqlite"_s)});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    for (const auto& [day, mood] : {std::pair{u"2025-03-05"_s, u"mood=7"_s}, {u"2025-03-06"_s, u"mood=8"_s}})
        QCOMPARE(cli(site, {u"log"_s, u"S-1"_s, u"--date"_s, day, mood}).exitCode, 0);
    const qint64 audit = count(m_centre, u"SELECT count(*) FROM audit"_s);
    const auto run = test::runCli({u"merge"_s, site, u"--site-code"_s, u"S2"_s, u"--into"_s, m_centre}, m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("site S2") && run.err.contains("restored a backup"), run.err.constData());
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit"_s), audit);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM entry"_s), 2);
}

void TestSiteMerge::bookkeepingChangedOutsideMoodBiome_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    QTest::addColumn<int>("mergeExit"); // site SITE merged again afterwards
    const QByteArray site = "(SELECT id FROM site WHERE code = 'SITE')";
    QTest::newRow("participant sent to the centre's C-1")
        << "UPDATE site_row SET local_id = (SELECT id FROM participant WHERE code = 'C-1') WHERE table_name = "
           "'participant' AND site_id = " +
               site
        << u"the site_row rows of site SITE differ from what its last merge recorded"_s << 3;
    QTest::newRow("a later site entry claimed as merged") << "INSERT INTO site_row VALUES (" + site + ", 'entry', 3, 1)"
                                                          << u"the site_row rows of site SITE differ"_s << 3;
    QTest::newRow("another site's participant moved into SITE")
        << "UPDATE site_participant SET site_id = " + site + " WHERE original_code = 'O-1'"
        << u"the site_participant rows of site SITE differ"_s << 3;
    QTest::newRow("first merge time moved")
        << QByteArray("UPDATE site SET first_merged_utc = '2019-01-01T00:00:00Z' WHERE code = 'SITE'")
        << u"the first merge time of site SITE is 2019-01-01T00:00:00Z"_s << 3;
    QTest::newRow("a site renamed") << QByteArray("UPDATE site SET code = 'ELSE' WHERE code = 'OTHER'")
                                    << u"site ELSE (site row 2) has no merge in the audit trail"_s << 0;
    QTest::newRow("the kept site trail changed")
        << "DROP TRIGGER site_audit_no_update; UPDATE site_audit SET reason = 'nothing to see' WHERE original_id = 2 "
           "AND site_id = " +
               site +
               "; CREATE TRIGGER site_audit_no_update BEFORE UPDATE ON site_audit BEGIN SELECT RAISE(ABORT, 'the "
               "audit history of a site is append-only'); END"
        << u"the site_audit rows of site SITE differ"_s << 3;
}

// site_row and site_participant decide where a later merge files a site's rows and whom export --site shows; changed
// with the sqlite3 tool they re-routed S-1's next entries to C-1, hid them, and put O-1 into SITE's export, while
// verify said ok.
void TestSiteMerge::bookkeepingChangedOutsideMoodBiome()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    QFETCH(int, mergeExit);
    mergeSmallSites();
    QCOMPARE(cli(m_centre, {u"verify"_s}).exitCode, 0);
    test::rawExec(m_centre, sql.constData());
    const auto verify = cli(m_centre, {u"verify"_s});
    QCOMPARE(verify.exitCode, 4);
    QVERIFY2(verify.out.contains(named.toUtf8()) || verify.err.contains(named.toUtf8()),
             QByteArray(verify.out + verify.err).constData());
    // The merge does not file rows by a record changed since.
    for (const auto& [day, mood] : {std::pair{u"2025-01-02"_s, u"mood=2"_s}, {u"2025-01-03"_s, u"mood=3"_s}})
        QCOMPARE(cli(path(u"site.sqlite"_s), {u"log"_s, u"S-1"_s, u"--date"_s, day, mood}).exitCode, 0);
    const qint64 entries = count(m_centre, u"SELECT count(*) FROM entry"_s);
    const auto again = test::runCli(
        {u"merge"_s, path(u"site.sqlite"_s), u"--site-code"_s, u"SITE"_s, u"--into"_s, m_centre}, m_dir->path());
    QCOMPARE(again.exitCode, mergeExit);
    if (mergeExit != 0) {
        QVERIFY2(again.err.contains("record of site SITE was changed outside MoodBiome"), again.err.constData());
        QCOMPARE(count(m_centre, u"SELECT count(*) FROM entry"_s), entries);
    }
}

// Merges recorded before the bookkeeping digest verify as before; the next merge of a site records it for all of that
// site's rows, older ones too.
void TestSiteMerge::mergesOfOlderVersionsVerifyAsBefore()
{
    mergeSmallSites();
    QByteArray sql = "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; UPDATE audit SET new_values = "
                     "json_remove(new_values, '$.bookkeeping') WHERE table_name = 'site';";
    test::rawExec(m_centre, sql.constData());
    sql = test::rechain(m_centre) + ';';
    sql += "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is "
           "append-only'); END; CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, "
           "'the audit trail is append-only'); END;";
    test::rawExec(m_centre, sql.constData());
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit WHERE new_values LIKE '%bookkeeping%'"_s), 0);
    VerifyReport report = Verifier::verifyFile(m_centre);
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
    // What such a merge lacks: its rows are not held to a record (docs/THREAT_MODEL.md).
    test::rawExec(m_centre, "UPDATE site_participant SET original_code = 'X-1' WHERE original_code = 'O-1'");
    report = Verifier::verifyFile(m_centre);
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
    // SITE merged again by this version: its older rows are held to the new record too.
    QCOMPARE(cli(path(u"site.sqlite"_s), {u"log"_s, u"S-1"_s, u"--date"_s, u"2025-01-02"_s, u"mood=2"_s}).exitCode, 0);
    const auto again = test::runCli(
        {u"merge"_s, path(u"site.sqlite"_s), u"--site-code"_s, u"SITE"_s, u"--into"_s, m_centre}, m_dir->path());
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(Verifier::verifyFile(m_centre).ok());
    test::rawExec(m_centre, "UPDATE site_participant SET original_code = 'X-1' WHERE original_code = 'S-1'");
    QVERIFY2(Verifier::verifyFile(m_centre).dataProblems.join(u'\n').contains(
                 u"the site_participant rows of site SITE differ"_s),
             qPrintable(Verifier::describe(Verifier::verifyFile(m_centre))));
}

JournalEntry TestSiteMerge::entryOn(Store& store, const QString& code, const QString& day)
{
    const Participant p = store.participants().require(code);
    Statement st = store.database().prepare(
        u"SELECT id FROM entry WHERE participant_id = ?1 AND local_date = ?2 ORDER BY deleted, id LIMIT 1");
    st.bind(1, p.id).bind(2, day);
    return st.step() ? store.journal().byId(st.int64(0)).value_or(JournalEntry{}) : JournalEntry{};
}

// A site where a participant with entries had withdrawn could not be merged at all: the merge made the participant
// withdrawn first, and then their journal refused the entries (exit 2, "their journal is read-only", no site named).
void TestSiteMerge::withdrawnParticipantMerged()
{
    makeSmallSite(u"site.sqlite"_s, u"P-001"_s, {u"2024-11-01"_s, u"2024-11-02"_s, u"2024-11-03"_s}, 2);
    QCOMPARE(cli(path(u"site.sqlite"_s), {u"participant"_s, u"add"_s, u"P-002"_s}).exitCode, 0);
    {
        const auto site = Store::open(path(u"site.sqlite"_s));
        Participant p = site->participants().require(u"P-001"_s);
        p.withdrawn = QDate(2024, 11, 20);
        site->participants().update(p, u"withdrew"_s);
    }
    const QJsonObject merged = merge({u"site.sqlite"_s}, {u"S1"_s});
    QCOMPARE(merged[u"sites"_s][0][u"entries"_s].toInt(), 3);
    QCOMPARE(
        count(m_centre, u"SELECT count(*) FROM participant WHERE code = 'P-001' AND withdrawn_on = '2024-11-20'"_s), 1);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM entry e JOIN participant p ON p.id = e.participant_id WHERE "
                             u"p.code = 'P-001' AND e.deleted = 0"_s),
             3);
    // The centre's trail says so: the participant was added, their entries filed, and then their withdrawal set.
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit WHERE table_name = 'participant' AND action = 'update' AND "
                             u"json_extract(new_values, '$.withdrawn_on') = '2024-11-20'"_s),
             1);
    QCOMPARE(cli(m_centre, {u"verify"_s}).exitCode, 0);
    // Merged again: nothing new, nothing changed, the withdrawal kept.
    const QJsonObject again = merge({u"site.sqlite"_s}, {u"S1"_s});
    QCOMPARE(again[u"sites"_s][0][u"entries"_s].toInt(), 0);
    QCOMPARE(again[u"sites"_s][0][u"changes"_s].toInt(), 0);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit WHERE table_name = 'participant'"_s), 3);
}

// A re-merge took only new rows: an entry deleted and another corrected at the site, a withdrawal, an intervention's
// end and a flag's acknowledgement made after the first merge never reached the centre (exit 0, no warning).
void TestSiteMerge::siteChangesSinceLastMergeApplied()
{
    makeSmallSite(u"site.sqlite"_s, u"P-001"_s, {u"2024-12-01"_s, u"2024-12-02"_s, u"2024-12-03"_s}, 2);
    const QString site = path(u"site.sqlite"_s);
    QCOMPARE(cli(site, {u"intervention"_s, u"add"_s, u"P-001"_s, u"--kind"_s, u"probiotic"_s, u"--name"_s, u"LGG"_s,
                        u"--start"_s, u"2024-11-01"_s})
                 .exitCode,
             0);
    const auto phq = cli(site, {u"questionnaire"_s, u"add"_s, u"P-001"_s, u"phq9"_s, u"1,1,1,1,1,1,1,1,2"_s,
                                u"--date"_s, u"2024-12-01"_s});
    QVERIFY2(phq.exitCode == 0, phq.err.constData());
    merge({u"site.sqlite"_s}, {u"S1"_s});
    {
        const auto store = Store::open(site);
        store->journal().setDeleted(entryOn(*store, u"P-001"_s, u"2024-12-01"_s).id, true, u"wrong day"_s);
        JournalEntry corrected = entryOn(*store, u"P-001"_s, u"2024-12-02"_s);
        corrected.values[u"mood"_s] = 9;
        store->journal().update(corrected, u"typo"_s);
        const Participant p = store->participants().require(u"P-001"_s);
        Intervention lgg = store->interventions().list(p.id).constFirst();
        lgg.end = QDate(2024, 12, 3);
        store->interventions().update(lgg, u"stopped"_s);
        store->questionnaires().acknowledge(store->questionnaires().list(p.id).constFirst().id, u"called"_s);
    }
    QCOMPARE(cli(site, {u"log"_s, u"P-001"_s, u"--date"_s, u"2024-12-04"_s, u"mood=3"_s}).exitCode, 0);
    {
        const auto store = Store::open(site);
        Participant p = store->participants().require(u"P-001"_s);
        p.withdrawn = QDate(2024, 12, 5);
        store->participants().update(p, u"withdrew"_s);
    }
    const QJsonObject again = merge({u"site.sqlite"_s}, {u"S1"_s})[u"sites"_s][0].toObject();
    QCOMPARE(again[u"entries"_s].toInt(), 1);
    QCOMPARE(again[u"changes"_s].toInt(), 5);
    {
        const auto centre = Store::open(m_centre);
        QVERIFY(entryOn(*centre, u"P-001"_s, u"2024-12-01"_s).deleted);
        QCOMPARE(entryOn(*centre, u"P-001"_s, u"2024-12-02"_s).values.value(u"mood"_s), 9.0);
        QCOMPARE(entryOn(*centre, u"P-001"_s, u"2024-12-04"_s).values.value(u"mood"_s), 3.0);
        const Participant p = centre->participants().require(u"P-001"_s);
        QCOMPARE(p.withdrawn, QDate(2024, 12, 5));
        QCOMPARE(centre->interventions().list(p.id).constFirst().end, QDate(2024, 12, 3));
        const auto ack = centre->questionnaires().list(p.id).constFirst().acknowledgement;
        QVERIFY(ack && ack->note.contains(u"called"_s) && ack->note.contains(u"S1"_s));
    }
    // Each change is the centre's own audited change, and the centre verifies.
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit WHERE table_name = 'entry' AND action = 'update'"_s), 1);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit WHERE table_name = 'entry' AND action = 'delete'"_s), 1);
    QCOMPARE(cli(m_centre, {u"verify"_s}).exitCode, 0);
    QCOMPARE(merge({u"site.sqlite"_s}, {u"S1"_s})[u"sites"_s][0][u"changes"_s].toInt(-1), 0);
}

// A row changed at the site and at the centre since the last merge is not overwritten either way: refused, naming
// the row, the site and its file, nothing written.
void TestSiteMerge::changeAtSiteAndCentreRefused()
{
    makeSmallSite(u"site.sqlite"_s, u"P-001"_s, {u"2024-12-01"_s, u"2024-12-02"_s}, 2);
    merge({u"site.sqlite"_s}, {u"S1"_s});
    for (const auto& [db, mood] : {std::pair{m_centre, 5}, {path(u"site.sqlite"_s), 9}}) {
        const auto store = Store::open(db);
        JournalEntry e = entryOn(*store, u"P-001"_s, u"2024-12-02"_s);
        e.values[u"mood"_s] = mood;
        store->journal().update(e, u"corrected"_s);
    }
    const qint64 audit = count(m_centre, u"SELECT count(*) FROM audit"_s);
    const auto run = test::runCli(
        {u"merge"_s, path(u"site.sqlite"_s), u"--site-code"_s, u"S1"_s, u"--into"_s, m_centre}, m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("site S1") && run.err.contains("site.sqlite") &&
                 run.err.contains("the entry of P-001 on 2024-12-02") && run.err.contains("Nothing was merged"),
             run.err.constData());
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit"_s), audit);
    const auto centre = Store::open(m_centre);
    QCOMPARE(entryOn(*centre, u"P-001"_s, u"2024-12-02"_s).values.value(u"mood"_s), 5.0);
}

// A site's locked randomisation schedule was left behind: at the centre randtest said there was none, and a new one
// could have been drawn for the same intervention.
void TestSiteMerge::lockedScheduleMerged()
{
    const QString site = path(u"site.sqlite"_s);
    const QString drawn = u"2024-11-25T12:00:00Z"_s;
    QCOMPARE(cli(site, {u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    QCOMPARE(test::runCli({u"--database"_s, site, u"intervention"_s, u"add"_s, u"P-001"_s, u"--kind"_s, u"probiotic"_s,
                           u"--name"_s, u"LGG"_s, u"--start"_s, u"2024-11-01"_s},
                          m_dir->path(), drawn)
                 .exitCode,
             0);
    const auto design = test::runCli({u"--database"_s, site, u"design"_s, u"P-001"_s, u"--intervention"_s, u"LGG"_s,
                                      u"--type"_s, u"ab"_s, u"--days"_s, u"10"_s, u"--min-phase"_s, u"3"_s,
                                      u"--start"_s, u"2024-11-26"_s, u"--seed"_s, u"1"_s},
                                     m_dir->path(), drawn);
    QVERIFY2(design.exitCode == 0, design.err.constData());
    for (int day = 26; day <= 30; ++day)
        QCOMPARE(cli(site, {u"log"_s, u"P-001"_s, u"--date"_s, u"2024-11-%1"_s.arg(day), u"mood=3"_s}).exitCode, 0);
    for (int day = 1; day <= 5; ++day)
        QCOMPARE(cli(site, {u"log"_s, u"P-001"_s, u"--date"_s, u"2024-12-0%1"_s.arg(day), u"mood=7"_s}).exitCode, 0);
    const QJsonObject merged = merge({u"site.sqlite"_s}, {u"R"_s})[u"sites"_s][0].toObject();
    QCOMPARE(merged[u"randomisation_schedules"_s].toInt(), 1);
    const char* columns = "SELECT design || assignment || seed || sha256 || locked_utc FROM randomisation_schedule";
    const auto atSite = test::runCli(
        {u"--database"_s, site, u"randtest"_s, u"P-001"_s, u"--intervention"_s, u"LGG"_s, u"--measure"_s, u"mood"_s},
        m_dir->path());
    const auto atCentre =
        cli(m_centre, {u"randtest"_s, u"P-001"_s, u"--intervention"_s, u"LGG"_s, u"--measure"_s, u"mood"_s});
    QVERIFY2(atCentre.exitCode == 0, atCentre.err.constData());
    QCOMPARE(atCentre.out, atSite.out);
    {
        const auto a = Store::open(site, {.create = false, .migrateTo = 0, .readOnly = true});
        const auto c = Store::open(m_centre, {.create = false, .migrateTo = 0, .readOnly = true});
        Statement x = a->database().prepare(QString::fromLatin1(columns));
        Statement y = c->database().prepare(QString::fromLatin1(columns));
        QVERIFY(x.step() && y.step());
        QCOMPARE(y.text(0), x.text(0)); // seed, SHA-256 and lock time as at the site
    }
    QCOMPARE(cli(m_centre, {u"verify"_s}).exitCode, 0);
    QCOMPARE(merge({u"site.sqlite"_s}, {u"R"_s})[u"sites"_s][0][u"randomisation_schedules"_s].toInt(-1), 0);
}

// Sites X and x were two sites; the clash surfaced later as a participant-code error a merge user could not follow.
void TestSiteMerge::siteCodesDifferingInCaseRefused()
{
    makeSmallSite(u"a.sqlite"_s, u"A-1"_s, {u"2025-01-01"_s}, 1);
    makeSmallSite(u"b.sqlite"_s, u"B-1"_s, {u"2025-01-02"_s}, 2);
    merge({u"a.sqlite"_s}, {u"X"_s});
    const qint64 audit = count(m_centre, u"SELECT count(*) FROM audit"_s);
    const auto run =
        test::runCli({u"merge"_s, path(u"b.sqlite"_s), u"--site-code"_s, u"x"_s, u"--into"_s, m_centre}, m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("“x” differs only in upper or lower case from site “X”"), run.err.constData());
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM audit"_s), audit);
    QCOMPARE(count(m_centre, u"SELECT count(*) FROM site"_s), 1);
}

QTEST_GUILESS_MAIN(TestSiteMerge)
#include "tst_sitemerge.moc"
