// The audit trail view: its model passes QAbstractItemModelTester, the filters select what they say, and the
// CSV export carries everything an auditor needs to check the chain outside the app.
#include "TestSupport.h"
#include "core/CsvReader.h"
#include "storage/Backup.h"
#include "storage/Importer.h"
#include "ui/AuditTrailModel.h"
#include "ui/AuditTrailView.h"
#include "ui/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QTextDocument>

using namespace mb;

class TestAuditTrail : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void modelShowsTheTrail();
    void filters_data();
    void filters();
    void viewOffersWhatTheTrailHolds();
    void exportCanBeCheckedOutside();
    void exportToAnUnwritablePlaceChangesNothing();
    void changesReadAsFieldLines();
    void tableNamesAndTimesInDutch();
    void restoreSaysLocalTime();
    void refreshesWhenShownAndOnChange();

private:
    void at(int day, int hour);

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_p1 = 0;
    qint64 m_p2 = 0;
};

void TestAuditTrail::at(int day, int hour)
{
    m_clock.clock().set(QDateTime(QDate(2025, 1, day), QTime(hour, 0), QTimeZone::utc()));
}

void TestAuditTrail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // dd/MM/yyyy
    at(1, 8);
    m_store = Store::open(m_dir.filePath(QStringLiteral("audit.sqlite"))); // row 1: migrate, 1 January
    at(2, 9);
    m_p1 = m_store->participants().add(Participant{.code = QStringLiteral("P-001")});
    at(3, 9);
    m_p2 = m_store->participants().add(Participant{.code = QStringLiteral("P-002")});
    at(4, 22); // 23:00 in Amsterdam: still the 4th locally
    m_store->journal().add(
        JournalEntry{.participantId = m_p1, .date = QDate(2025, 1, 4), .values = {{QStringLiteral("mood"), 7.0}}});
    at(4, 23); // 00:00 on the 5th in Amsterdam
    m_store->journal().add(
        JournalEntry{.participantId = m_p2, .date = QDate(2025, 1, 5), .values = {{QStringLiteral("stress"), 3.0}}},
        QStringLiteral("entered on paper first"));
    at(6, 10);
    Participant renamed = *m_store->participants().byCode(QStringLiteral("P-002"));
    renamed.arm = QStringLiteral("probiotic");
    m_store->participants().update(renamed, QStringLiteral("randomised"));
}

void TestAuditTrail::modelShowsTheTrail()
{
    AuditTrailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(AuditTrailModel::ColumnCount));
    // Newest first, times in Amsterdam in the locale's format (four-digit year), UTC in the tooltip.
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Time)).toString(), QStringLiteral("06/01/2025 11:00:00"));
    QVERIFY(model.data(model.index(0, AuditTrailModel::Time), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2025-01-06 10:00:00 UTC")));
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Action)).toString(), QStringLiteral("changed"));
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Participant)).toString(), QStringLiteral("P-002"));
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Reason)).toString(), QStringLiteral("randomised"));
    QVERIFY(model.data(model.index(0, AuditTrailModel::After)).toString().contains(QStringLiteral("probiotic")));
    QVERIFY(model.data(model.index(0, AuditTrailModel::Time), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("SHA-256")));
    QCOMPARE(model.data(model.index(5, AuditTrailModel::Action)).toString(), QStringLiteral("database upgraded"));
    QCOMPARE(model.headerData(AuditTrailModel::User, Qt::Horizontal).toString(), QStringLiteral("User"));
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditTrail::filters_data()
{
    QTest::addColumn<QString>("participant");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << QString() << QDate() << QDate() << 6;
    QTest::newRow("P-001") << "P-001" << QString() << QDate() << QDate() << 2;
    QTest::newRow("P-002") << "P-002" << QString() << QDate() << QDate() << 3;
    QTest::newRow("participant table") << QString() << "participant" << QDate() << QDate() << 3;
    QTest::newRow("P-002's entries") << "P-002"
                                     << "entry" << QDate() << QDate() << 1;
    QTest::newRow("the 4th, local") << QString() << QString() << QDate(2025, 1, 4) << QDate(2025, 1, 4) << 1;
    QTest::newRow("from the 5th") << QString() << QString() << QDate(2025, 1, 5) << QDate() << 2;
    QTest::newRow("up to the 2nd") << QString() << QString() << QDate() << QDate(2025, 1, 2) << 2;
    QTest::newRow("nothing then") << QString() << QString() << QDate(2025, 2, 1) << QDate(2025, 2, 28) << 0;
}

void TestAuditTrail::filters()
{
    QFETCH(QString, participant);
    QFETCH(QString, table);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, rows);
    AuditTrailView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setStore(m_store.get());
    const qint64 id = participant.isEmpty() ? 0 : m_store->participants().byCode(participant)->id;
    view.setFilter(id, table, from, to);
    QCOMPARE(view.model()->rowCount(), rows);
    for (int r = 0; r < rows; ++r) {
        const AuditLog::Row* row = view.model()->rowAt(r);
        QVERIFY(id == 0 || row->participantId == id);
        QVERIFY(table.isEmpty() || row->table == table);
    }
}

void TestAuditTrail::viewOffersWhatTheTrailHolds()
{
    AuditTrailView view;
    view.setStore(m_store.get());
    auto* participants = view.findChildren<QComboBox*>().at(0);
    auto* tables = view.findChildren<QComboBox*>().at(1);
    QCOMPARE(participants->count(), 3); // everyone, P-001, P-002
    QCOMPARE(participants->itemText(1), QStringLiteral("P-001"));
    QStringList names;
    for (int i = 1; i < tables->count(); ++i)
        names.append(tables->itemText(i));
    // The database's names, read as the user says them.
    QCOMPARE(names, (QStringList{QStringLiteral("journal entry"), QStringLiteral("participant"),
                                 QStringLiteral("database schema")}));
    QCOMPARE(tables->itemData(1).toString(), QStringLiteral("entry"));
    participants->setCurrentIndex(2); // choosing filters at once
    QCOMPARE(view.model()->rowCount(), 3);
    tables->setCurrentIndex(1);
    QCOMPARE(view.model()->rowCount(), 1);
}

void TestAuditTrail::exportCanBeCheckedOutside()
{
    AuditTrailView view;
    view.setStore(m_store.get());
    const QString file = m_dir.filePath(QStringLiteral("trail.csv"));
    QCOMPARE(view.exportCsv(file), std::nullopt);
    // Readable by its owner only, whatever the umask (issue 14, item 15).
    QCOMPARE(int(QFile::permissions(file) & 0x0077), 0); // no group or other bits

    CsvDialect dialect;
    const QString text = CsvReader::decode(test::fileBytes(file), dialect);
    CsvReader reader(text, u',');
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields.first(), QStringLiteral("id"));
    QCOMPARE(record.fields.last(), QStringLiteral("hash"));
    // Oldest first, and each row's hash can be recomputed from the file alone.
    QString previous = AuditLog::genesisHash();
    int rows = 0;
    while (reader.next(record)) {
        AuditLog::Row row;
        row.atUtc = QDateTime::fromString(record.fields[1], Qt::ISODate);
        row.osUser = record.fields[2];
        row.action = record.fields[3];
        row.table = record.fields[4];
        row.rowId = record.fields[5].toLongLong();
        const auto participant = m_store->participants().byCode(record.fields[6]);
        row.participantId = participant ? participant->id : 0;
        row.oldValues = record.fields[7];
        row.newValues = record.fields[8];
        row.reason = record.fields[9];
        row.prevHash = record.fields[10];
        QCOMPARE(row.prevHash, previous);
        QCOMPARE(AuditLog::computeHash(row), record.fields[11]);
        previous = record.fields[11];
        ++rows;
    }
    QCOMPARE(rows, 6);

    // The export is recorded, and shown at once.
    const AuditLog::Row newest = m_store->audit().rows().first();
    QCOMPARE(newest.action, QStringLiteral("export"));
    QVERIFY(newest.newValues.contains(QStringLiteral("\"format\":\"audit\"")));
    QVERIFY(newest.newValues.contains(QStringLiteral("\"rows\":6")));
    QCOMPARE(view.model()->rowCount(), 7);
}

void TestAuditTrail::exportToAnUnwritablePlaceChangesNothing()
{
    AuditTrailView view;
    view.setStore(m_store.get());
    const int before = view.model()->rowCount();
    const auto error = view.exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/trail.csv")));
    QVERIFY(error);
    QVERIFY(error->contains(QStringLiteral("trail.csv")));
    view.reload();
    QCOMPARE(view.model()->rowCount(), before);
}

void TestAuditTrail::changesReadAsFieldLines()
{
    AuditTrailModel model;
    model.setStore(m_store.get());
    auto rowOf = [&](const QString& table, const QString& action) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.rowAt(r)->table == table && model.rowAt(r)->action == action)
                return r;
        return -1;
    };
    // P-002's study arm set, with the reason.
    const int update = rowOf(QStringLiteral("participant"), QStringLiteral("update"));
    QVERIFY(update >= 0);
    const QString before = model.data(model.index(update, AuditTrailModel::Before)).toString();
    const QString after = model.data(model.index(update, AuditTrailModel::After)).toString();
    QCOMPARE(before, QStringLiteral("study arm: —"));
    QCOMPARE(after, QStringLiteral("study arm: probiotic"));
    const QString tip = model.data(model.index(update, AuditTrailModel::After), Qt::ToolTipRole).toString();
    QVERIFY(Qt::mightBeRichText(tip)); // wrapped at a readable width
    QVERIFY2(tip.contains(QStringLiteral("study arm: — → probiotic")), qPrintable(tip));
    QCOMPARE(model.changeLines(*model.rowAt(update)), QStringList{QStringLiteral("study arm: — → probiotic")});
    for (int r = 0; r < model.rowCount(); ++r)
        for (const int c : {AuditTrailModel::Before, AuditTrailModel::After}) {
            const QString text = model.data(model.index(r, c)).toString();
            QVERIFY2(!text.contains(u'{') && !text.contains(u'"') && !text.contains(QStringLiteral("_id")),
                     qPrintable(text));
        }
    // P-002's entry, created: its measure by label, its participant by code.
    model.setFilter({.participantId = m_p2, .table = QStringLiteral("entry")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Table)).toString(), QStringLiteral("journal entry"));
    const QStringList created = model.changeLines(*model.rowAt(0));
    QVERIFY2(created.contains(QStringLiteral("Stress: 3")), qPrintable(created.join(u'|')));
    QVERIFY2(created.contains(QStringLiteral("participant: P-002")), qPrintable(created.join(u'|')));
    QVERIFY(!created.join(u'|').contains(QStringLiteral("deleted")));
    QVERIFY2(created.contains(QStringLiteral("date: 05/01/2025")), qPrintable(created.join(u'|')));
    model.setFilter({.table = QStringLiteral("schema")});
    QCOMPARE(model.data(model.index(0, AuditTrailModel::Table)).toString(), QStringLiteral("database schema"));
}

void TestAuditTrail::tableNamesAndTimesInDutch()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("nl"));
    AuditTrailView view;
    view.setStore(m_store.get());
    auto* tables = view.findChildren<QComboBox*>().at(1);
    QStringList names;
    for (int i = 1; i < tables->count(); ++i)
        names.append(tables->itemText(i));
    QVERIFY(names.contains(QStringLiteral("registratie")));
    QVERIFY(names.contains(QStringLiteral("deelnemer")));
    QVERIFY(names.contains(QStringLiteral("databaseschema")));
    AuditTrailModel* model = view.model();
    view.setFilter(m_p2, QStringLiteral("participant"), QDate(), QDate());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->data(model->index(0, AuditTrailModel::Time)).toString(), QStringLiteral("06-01-2025 11:00:00"));
    QCOMPARE(model->data(model->index(0, AuditTrailModel::Table)).toString(), QStringLiteral("deelnemer"));
    QCOMPARE(model->data(model->index(0, AuditTrailModel::After)).toString(),
             QStringLiteral("onderzoeksarm: probiotic"));
    QCOMPARE(model->data(model->index(1, AuditTrailModel::Action)).toString(), QStringLiteral("aangemaakt"));
    languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(model->data(model->index(0, AuditTrailModel::Table)).toString(), QStringLiteral("participant"));
}

// A restore's "data from" is a time like the Time column's: Amsterdam's, not the stored UTC.
void TestAuditTrail::restoreSaysLocalTime()
{
    QTemporaryDir dir;
    const auto store = Store::open(dir.filePath(QStringLiteral("restored.sqlite")));
    m_clock.clock().set(QDateTime(QDate(2025, 1, 5), QTime(8, 30), QTimeZone::utc())); // 09:30 in Amsterdam
    store->participants().add(Participant{.code = QStringLiteral("P-001")});
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    Backup::write(store->database(), backup);
    m_clock.clock().set(QDateTime(QDate(2025, 1, 6), QTime(8, 30), QTimeZone::utc()));
    store->participants().add(Participant{.code = QStringLiteral("P-002")});
    Backup::restore(store->database(), backup, dir.filePath(QStringLiteral("backups")));
    AuditTrailModel model;
    model.setStore(store.get());
    model.setFilter({.table = QStringLiteral("database")});
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.rowAt(r)->action == u"restore_backup")
            lines = model.changeLines(*model.rowAt(r));
    QVERIFY2(lines.contains(QStringLiteral("data from: 05/01/2025 09:30:00")), qPrintable(lines.join(u'|')));
    QVERIFY2(!lines.join(u'|').contains(QStringLiteral("UTC")), qPrintable(lines.join(u'|')));
}

void TestAuditTrail::refreshesWhenShownAndOnChange()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("refresh.sqlite")));
    AuditTrailView view;
    view.setStore(store.get());
    const int initial = view.model()->rowCount();
    // Changed while another tab is shown: the list is current when the view appears.
    store->participants().add(Participant{.code = QStringLiteral("P-100")});
    view.refresh(); // hidden: nothing read yet
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), initial + 1);
    QCOMPARE(view.findChildren<QComboBox*>().at(0)->count(), 2); // everyone, P-100
    view.hide();
    store->participants().add(Participant{.code = QStringLiteral("P-101")});
    view.show();
    QCOMPARE(view.model()->rowCount(), initial + 2);
    // Changed while shown (an import creating P-102): refresh() re-reads at once.
    const QByteArray bytes = "participant,date,time,measure,value,note\nP-102,2025-01-02,08:00,mood,6,\n";
    QVERIFY(Importer(*store).run(bytes, QStringLiteral("new.csv"), {}, false).written);
    view.refresh();
    QCOMPARE(view.model()->rowCount(), initial + 4); // the participant created, and the import
    QCOMPARE(view.findChildren<QComboBox*>().at(0)->count(), 4);
}

QTEST_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
