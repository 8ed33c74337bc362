// Tags: the repository (create, rename, colour, archive, reorder, entry tags, tag days), validation messages,
// the audit trail and its replay (verify).
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mb;
using Code = StorageError::Code;

class TestTags : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_store.reset(); }

    void createListAndOrder();
    void nameValidation_data();
    void nameValidation();
    void duplicateNamesRefusedWithoutRegardToCase();
    void renameColourArchiveAreAudited();
    void reorderPutsGivenTagsFirst();
    void entriesCarryTheirTags();
    void unknownTagOnEntryChangesNothing();
    void setEntryTagsIsAudited();
    void tagDaysCountLiveEntriesOnly();
    void bulkWriteStoresTags();
    void verifyPassesAndCatchesUnauditedTagRows();

private:
    qint64 addParticipant(const QString& code);
    qint64 addEntry(qint64 participant, QDate date, QList<qint64> tags, double mood = 5);
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestTags::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_store = Store::open(
        m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++n)));
}

qint64 TestTags::addParticipant(const QString& code)
{
    return m_store->participants().add(Participant{.code = code});
}

qint64 TestTags::addEntry(qint64 participant, QDate date, QList<qint64> tags, double mood)
{
    JournalEntry e;
    e.participantId = participant;
    e.date = date;
    e.time = QTime(9, 0);
    e.values.insert(QStringLiteral("mood"), mood);
    e.tagIds = std::move(tags);
    return m_store->journal().add(e);
}

void TestTags::createListAndOrder()
{
    TagRepository& tags = m_store->tags();
    const qint64 coffee = tags.create({.name = QStringLiteral(" coffee "), .colour = QStringLiteral("#AA0000")});
    const qint64 kefir = tags.create({.name = QStringLiteral("kefir")});
    const QList<Tag> all = tags.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].id, coffee);
    QCOMPARE(all[0].name, QStringLiteral("coffee")); // trimmed
    QCOMPARE(all[0].colour, QStringLiteral("#aa0000"));
    QCOMPARE(all[1].id, kefir);
    QVERIFY(all[0].sortOrder < all[1].sortOrder);
    QCOMPARE(tags.byName(QStringLiteral("COFFEE"))->id, coffee);
    tags.setArchived(kefir, true);
    QCOMPARE(tags.list(false).size(), 1);
    QCOMPARE(tags.list(true).size(), 2);
}

void TestTags::nameValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mentioned"); // the message must say this
    QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("needs a name");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("“,”");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("“;”");
    QTest::newRow("bar") << QStringLiteral("a|b") << QStringLiteral("“|”");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("tab");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("line break");
    QTest::newRow("too long") << QString(61, u'x') << QStringLiteral("60 characters");
    // Characters, not UTF-16 units: 61 emoji are too long (60 are fine, below).
    QTest::newRow("61 emoji") << QStringLiteral("😀").repeated(61) << QStringLiteral("60 characters");
    // Invisible or control characters: a blank-looking name, or one that displays as something else.
    QTest::newRow("zero-width space") << QStringLiteral("\u200b") << QStringLiteral("U+200B");
    QTest::newRow("right-to-left override") << QStringLiteral("a\u202eb") << QStringLiteral("U+202E");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("U+2028");
    QTest::newRow("next line") << QStringLiteral("a\u0085b") << QStringLiteral("U+0085");
    QTest::newRow("vertical tab") << QStringLiteral("a\vb") << QStringLiteral("U+000B");
}

void TestTags::nameValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, mentioned);
    try {
        m_store->tags().create({.name = name});
        QFAIL("accepted");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
        QVERIFY2(e.message().contains(mentioned), qPrintable(e.message()));
    }
    QVERIFY(m_store->tags().list().isEmpty());
    // 60 characters are fine; so is a bad colour refused with its own message.
    m_store->tags().create({.name = QString(60, u'y')});
    m_store->tags().create({.name = QStringLiteral("😀").repeated(60)});
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             m_store->tags().create({.name = QStringLiteral("z"), .colour = QStringLiteral("red")}));
}

void TestTags::duplicateNamesRefusedWithoutRegardToCase()
{
    const qint64 id = m_store->tags().create({.name = QStringLiteral("Coffee")});
    try {
        m_store->tags().create({.name = QStringLiteral("coffee")});
        QFAIL("accepted");
    } catch (const StorageError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("already a tag “Coffee”")), qPrintable(e.message()));
    }
    m_store->tags().setArchived(id, true);
    try {
        m_store->tags().create({.name = QStringLiteral("COFFEE")});
        QFAIL("accepted");
    } catch (const StorageError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("archived")), qPrintable(e.message()));
    }
    // ensure() reuses the archived tag instead of making a second one.
    QCOMPARE(m_store->tags().ensure(QStringLiteral("coffee")), id);
    QCOMPARE(m_store->tags().list().size(), 1);
    const qint64 tea = m_store->tags().create({.name = QStringLiteral("tea")});
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->tags().rename(tea, QStringLiteral("COFFEE")));
    // Beyond ASCII too (SQLite's NOCASE is ASCII only), and a decomposed é is the composed one.
    const qint64 umlaut = m_store->tags().create({.name = QStringLiteral("äö")});
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->tags().create({.name = QStringLiteral("ÄÖ")}));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->tags().rename(tea, QStringLiteral("Äö")));
    QCOMPARE(m_store->tags().byName(QStringLiteral("ÄÖ"))->id, umlaut);
    const qint64 cafe = m_store->tags().create({.name = QStringLiteral("café")});
    QCOMPARE(m_store->tags().byName(QStringLiteral("cafe\u0301"))->id, cafe);
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->tags().create({.name = QStringLiteral("CAFE\u0301")}));
}

void TestTags::renameColourArchiveAreAudited()
{
    const qint64 id = m_store->tags().create({.name = QStringLiteral("run")}, QStringLiteral("made"));
    m_store->tags().rename(id, QStringLiteral("running"));
    m_store->tags().setColour(id, QStringLiteral("#00ff00"));
    m_store->tags().setArchived(id, true);
    m_store->tags().setArchived(id, true); // no change: no record
    AuditLog::Filter filter;
    filter.table = QStringLiteral("tag");
    const auto rows = m_store->audit().rows(filter); // newest first
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.last().action, QStringLiteral("insert"));
    QCOMPARE(rows.last().reason, QStringLiteral("made"));
    const QJsonObject last = QJsonDocument::fromJson(rows.first().newValues.toUtf8()).object();
    QCOMPARE(last.value(QStringLiteral("name")).toString(), QStringLiteral("running"));
    QCOMPARE(last.value(QStringLiteral("colour")).toString(), QStringLiteral("#00ff00"));
    QCOMPARE(last.value(QStringLiteral("archived")).toBool(), true);
    const QJsonObject before = QJsonDocument::fromJson(rows.first().oldValues.toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("archived")).toBool(), false);
}

void TestTags::reorderPutsGivenTagsFirst()
{
    const qint64 a = m_store->tags().create({.name = QStringLiteral("a")});
    const qint64 b = m_store->tags().create({.name = QStringLiteral("b")});
    const qint64 c = m_store->tags().create({.name = QStringLiteral("c")});
    m_store->tags().reorder({c, a});
    QList<qint64> order;
    for (const Tag& t : m_store->tags().list())
        order.append(t.id);
    QCOMPARE(order, (QList<qint64>{c, a, b}));
}

void TestTags::entriesCarryTheirTags()
{
    const qint64 p = addParticipant(QStringLiteral("P1"));
    const qint64 coffee = m_store->tags().create({.name = QStringLiteral("coffee")});
    const qint64 kefir = m_store->tags().create({.name = QStringLiteral("kefir")});
    const qint64 id = addEntry(p, QDate(2025, 1, 2), {kefir, coffee, kefir});
    auto e = m_store->journal().byId(id);
    QCOMPARE(e->tagIds, (QList<qint64>{coffee, kefir})); // sorted, once each
    QCOMPARE(m_store->journal().entries(p).first().tagIds, (QList<qint64>{coffee, kefir}));
    // An update changes values and tags in one audited change.
    e->tagIds = {kefir};
    e->values[QStringLiteral("mood")] = 7;
    m_store->journal().update(*e);
    QCOMPARE(m_store->journal().byId(id)->tagIds, (QList<qint64>{kefir}));
    const auto rows = m_store->audit().rows(p);
    const QJsonObject image = QJsonDocument::fromJson(rows.first().newValues.toUtf8()).object();
    QCOMPARE(image.value(QStringLiteral("tag_ids")).toArray(), (QJsonArray{kefir}));
    // An entry without tags keeps the image it had before tags existed.
    const qint64 plain = addEntry(p, QDate(2025, 1, 3), {});
    QVERIFY(m_store->journal().byId(plain)->tagIds.isEmpty());
    const QJsonObject plainImage =
        QJsonDocument::fromJson(m_store->audit().rows(p).first().newValues.toUtf8()).object();
    QVERIFY(!plainImage.contains(QStringLiteral("tag_ids")));
}

void TestTags::unknownTagOnEntryChangesNothing()
{
    const qint64 p = addParticipant(QStringLiteral("P1"));
    QVERIFY_THROWS_EXCEPTION(StorageError, addEntry(p, QDate(2025, 1, 2), {99}));
    QCOMPARE(m_store->journal().count(p), 0);
}

void TestTags::setEntryTagsIsAudited()
{
    const qint64 p = addParticipant(QStringLiteral("P1"));
    const qint64 coffee = m_store->tags().create({.name = QStringLiteral("coffee")});
    const qint64 id = addEntry(p, QDate(2025, 1, 2), {});
    m_store->tags().setEntryTags(id, {coffee}, QStringLiteral("forgot"));
    QCOMPARE(m_store->tags().entryTags(id), (QList<qint64>{coffee}));
    const auto row = m_store->audit().rows(p).first();
    QCOMPARE(row.table, QStringLiteral("entry_tag"));
    QCOMPARE(row.rowId, id);
    QCOMPARE(row.reason, QStringLiteral("forgot"));
    QVERIFY(row.newValues.contains(QString::number(coffee)));
    QVERIFY(Verifier::verify(m_store->database()).dataOk());
}

void TestTags::tagDaysCountLiveEntriesOnly()
{
    const qint64 p = addParticipant(QStringLiteral("P1"));
    const qint64 other = addParticipant(QStringLiteral("P2"));
    const qint64 coffee = m_store->tags().create({.name = QStringLiteral("coffee")});
    const qint64 run = m_store->tags().create({.name = QStringLiteral("run")});
    addEntry(p, QDate(2025, 1, 2), {coffee});
    addEntry(p, QDate(2025, 1, 2), {run});
    const qint64 gone = addEntry(p, QDate(2025, 1, 3), {coffee});
    addEntry(p, QDate(2025, 1, 4), {});
    addEntry(other, QDate(2025, 1, 4), {run});
    m_store->journal().setDeleted(gone, true);
    const auto days = m_store->tags().tagDays(p);
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.value(QDate(2025, 1, 2)), (QSet<qint64>{coffee, run}));
    QCOMPARE(m_store->tags().tagDays(other).value(QDate(2025, 1, 4)), (QSet<qint64>{run}));
}

void TestTags::bulkWriteStoresTags()
{
    const qint64 p = addParticipant(QStringLiteral("P1"));
    const qint64 coffee = m_store->tags().create({.name = QStringLiteral("coffee")});
    QList<JournalEntry> entries;
    for (int i = 0; i < 3; ++i) {
        JournalEntry e;
        e.participantId = p;
        e.date = QDate(2025, 1, 1).addDays(i);
        e.values.insert(QStringLiteral("mood"), 5);
        if (i != 1)
            e.tagIds = {coffee};
        entries.append(e);
    }
    m_store->journal().addMany(entries, QStringLiteral("test"));
    QCOMPARE(m_store->tags().tagDays(p).size(), 2);
    const QJsonObject details = QJsonDocument::fromJson(m_store->audit().rows(p).first().newValues.toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("entry_tags")).toInteger(), 2);
    QVERIFY(Verifier::verify(m_store->database()).dataOk());
    entries.first().tagIds = {4242};
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->journal().addMany(entries, QStringLiteral("test")));
    QCOMPARE(m_store->journal().count(p), 3);
}

void TestTags::verifyPassesAndCatchesUnauditedTagRows()
{
    const qint64 p = addParticipant(QStringLiteral("P1"));
    const qint64 coffee = m_store->tags().create({.name = QStringLiteral("coffee")});
    const qint64 run = m_store->tags().create({.name = QStringLiteral("run")});
    m_store->tags().rename(run, QStringLiteral("running"));
    const qint64 id = addEntry(p, QDate(2025, 1, 2), {coffee});
    VerifyReport report = Verifier::verify(m_store->database());
    QVERIFY2(report.dataOk(), qPrintable(report.dataProblems.join(u'\n')));
    // Changed behind the application's back: found.
    m_store->database().exec(
        QStringLiteral("INSERT INTO entry_tag (entry_id, tag_id) VALUES (%1, %2)").arg(id).arg(run));
    report = Verifier::verify(m_store->database());
    QVERIFY(!report.dataOk());
    QVERIFY2(report.dataProblems.join(u'\n').contains(QStringLiteral("tags of entry")),
             qPrintable(report.dataProblems.join(u'\n')));
    m_store->database().exec(QStringLiteral("DELETE FROM entry_tag WHERE tag_id = %1").arg(run));
    QVERIFY(Verifier::verify(m_store->database()).dataOk());
    m_store->database().exec(QStringLiteral("UPDATE tag SET name = 'tea' WHERE id = %1").arg(coffee));
    report = Verifier::verify(m_store->database());
    QVERIFY(!report.dataOk());
    QVERIFY2(report.dataProblems.join(u'\n').contains(QStringLiteral("tag row")),
             qPrintable(report.dataProblems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
