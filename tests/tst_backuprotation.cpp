// The rotation of automatic backups, stated with dates alone: which files are kept and which deleted.
#include "core/BackupRotation.h"

#include <QTest>

using namespace mb;

namespace {

const QString stem = QStringLiteral("moodbiome");

QString nameOn(const QString& date, const QString& time = QStringLiteral("083000"))
{
    return stem + u'-' + date + u'-' + time + u".sqlite";
}

QString nameOn(const char* date, const char* time = "083000")
{
    return nameOn(QString::fromLatin1(date), QString::fromLatin1(time));
}

// "2025-01-05 2025-01-04" -> {"2025-01-05", "2025-01-04"}
QStringList isoDates(const char* spaced)
{
    return QString::fromLatin1(spaced).split(u' ', Qt::SkipEmptyParts);
}

QStringList newestFirst(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

// One backup a day at 08:30 from first to last, inclusive.
QStringList daily(QDate first, QDate last)
{
    QStringList names;
    for (QDate d = first; d <= last; d = d.addDays(1))
        names.append(nameOn(d.toString(Qt::ISODate)));
    return names;
}

QStringList dates(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names)
        result.append(backupStampOf(stem, name)->date.toString(Qt::ISODate));
    return result;
}

// Of daily backups from 2024-11-07 to 2025-01-05, everything before the daily window but the weekly ones.
QStringList sixtyDaysRemoved()
{
    QStringList removed = newestFirst(dates(daily(QDate(2024, 11, 7), QDate(2024, 12, 28))));
    for (const QString& kept : isoDates("2024-12-22 2024-12-15 2024-12-08"))
        removed.removeOne(kept);
    return removed;
}

} // namespace

class TestBackupRotation : public QObject {
    Q_OBJECT
private slots:
    void namesRoundTrip();
    void recognisesOnlyItsOwnNames_data();
    void recognisesOnlyItsOwnNames();
    void keepsDailyAndWeekly_data();
    void keepsDailyAndWeekly();
    void keepsNewestOfADay();
    void otherPolicies_data();
    void otherPolicies();
};

void TestBackupRotation::namesRoundTrip()
{
    const BackupStamp stamp{QDate(2025, 1, 5), QTime(23, 59, 7)};
    QCOMPARE(backupFileName(stem, stamp), QStringLiteral("moodbiome-2025-01-05-235907.sqlite"));
    QCOMPARE(backupStampOf(stem, backupFileName(stem, stamp)), stamp);
    QCOMPARE(beforeRestoreFileName(stem, stamp), QStringLiteral("moodbiome-2025-01-05-235907-before-restore.sqlite"));
    QCOMPARE(backupStampOf(stem, beforeRestoreFileName(stem, stamp)), std::nullopt);
}

void TestBackupRotation::recognisesOnlyItsOwnNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("recognised");
    QTest::newRow("ours") << "moodbiome-2025-01-05-083000.sqlite" << true;
    QTest::newRow("before restore") << "moodbiome-2025-01-05-083000-before-restore.sqlite" << false;
    QTest::newRow("other database") << "moodbiome-demo-2025-01-05-083000.sqlite" << false;
    QTest::newRow("impossible date") << "moodbiome-2025-02-30-083000.sqlite" << false;
    QTest::newRow("impossible time") << "moodbiome-2025-01-05-246000.sqlite" << false;
    QTest::newRow("temporary") << "moodbiome-2025-01-05-083000.sqlite.Ab12Cd.part" << false;
    QTest::newRow("user's copy") << "moodbiome-copy.sqlite" << false;
    QTest::newRow("journal") << "moodbiome-2025-01-05-083000.sqlite-journal" << false;
}

void TestBackupRotation::recognisesOnlyItsOwnNames()
{
    QFETCH(QString, name);
    QFETCH(bool, recognised);
    QCOMPARE(backupStampOf(stem, name).has_value(), recognised);
    const RotationPlan plan = planRotation(stem, {name});
    QCOMPARE(plan.keep.size() + plan.remove.size(), recognised ? 1 : 0);
}

void TestBackupRotation::keepsDailyAndWeekly_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("kept");    // dates, newest first
    QTest::addColumn<QStringList>("removed"); // dates, newest first

    QTest::newRow("none") << QStringList() << QStringList() << QStringList();
    QTest::newRow("three days") << daily(QDate(2025, 1, 3), QDate(2025, 1, 5))
                                << isoDates("2025-01-05 2025-01-04 2025-01-03") << QStringList();
    QTest::newRow("exactly seven days") << daily(QDate(2024, 12, 30), QDate(2025, 1, 5))
                                        << newestFirst(dates(daily(QDate(2024, 12, 30), QDate(2025, 1, 5))))
                                        << QStringList();
    // Sixty daily backups up to Sunday 2025-01-05: the last seven days, then the newest of each of the four ISO
    // weeks before them (weeks end on Sunday; 2024-12-29 is the Sunday of week 52).
    QTest::newRow("sixty days")
        << daily(QDate(2024, 11, 7), QDate(2025, 1, 5))
        << isoDates("2025-01-05 2025-01-04 2025-01-03 2025-01-02 "
                    "2025-01-01 2024-12-31 2024-12-30 2024-12-29 "
                    "2024-12-22 2024-12-15 2024-12-08")
        << sixtyDaysRemoved(); // Used now and then: the seven newest days that have a backup count, however far apart.
    QTest::newRow("sparse") << QStringList{nameOn("2025-01-05"), nameOn("2024-12-20"), nameOn("2024-12-01"),
                                           nameOn("2024-11-15"), nameOn("2024-10-01"), nameOn("2024-09-01"),
                                           nameOn("2024-08-01"), nameOn("2024-07-01"), nameOn("2024-06-04"),
                                           nameOn("2024-06-03"), nameOn("2024-05-01"), nameOn("2024-04-01"),
                                           nameOn("2024-03-01"), nameOn("2024-02-01")}
                            << isoDates("2025-01-05 2024-12-20 2024-12-01 2024-11-15 "
                                        "2024-10-01 2024-09-01 2024-08-01 2024-07-01 "
                                        "2024-06-04 2024-05-01 2024-04-01")
                            << isoDates("2024-06-03 2024-03-01 2024-02-01");
    // The ISO week of 2024-12-30 belongs to 2025: weeks are keyed by ISO year, not calendar year.
    QTest::newRow("week across new year")
        << QStringList{nameOn("2025-01-20"), nameOn("2025-01-19"), nameOn("2025-01-18"), nameOn("2025-01-17"),
                       nameOn("2025-01-16"), nameOn("2025-01-15"), nameOn("2025-01-14"), nameOn("2025-01-01"),
                       nameOn("2024-12-31"), nameOn("2024-12-30"), nameOn("2024-12-29")}
        << isoDates("2025-01-20 2025-01-19 2025-01-18 2025-01-17 "
                    "2025-01-16 2025-01-15 2025-01-14 2025-01-01 "
                    "2024-12-29")
        << isoDates("2024-12-31 2024-12-30");
}

void TestBackupRotation::keepsDailyAndWeekly()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, removed);
    std::reverse(files.begin(), files.end()); // the folder's order must not matter
    const RotationPlan plan = planRotation(stem, files);
    QCOMPARE(dates(plan.keep), kept);
    QCOMPARE(dates(plan.remove), removed);
    QVERIFY(plan.keep.size() <= 11);
}

void TestBackupRotation::keepsNewestOfADay()
{
    const QStringList files{nameOn("2025-01-05", "080000"), nameOn("2025-01-05", "235959"),
                            nameOn("2025-01-05", "120000"), nameOn("2025-01-04", "090000")};
    const RotationPlan plan = planRotation(stem, files);
    QCOMPARE(plan.keep, (QStringList{nameOn("2025-01-05", "235959"), nameOn("2025-01-04", "090000")}));
    QCOMPARE(plan.remove, (QStringList{nameOn("2025-01-05", "120000"), nameOn("2025-01-05", "080000")}));
}

void TestBackupRotation::otherPolicies_data()
{
    QTest::addColumn<int>("dailyCount");
    QTest::addColumn<int>("weeklyCount");
    QTest::addColumn<int>("keptCount");
    QTest::newRow("7 + 4") << 7 << 4 << 11;
    QTest::newRow("1 + 0") << 1 << 0 << 1;
    QTest::newRow("0 + 2") << 0 << 2 << 2;
    // The 30 days before the daily window fall in five ISO weeks: one backup each.
    QTest::newRow("30 + 52") << 30 << 52 << 35;
    QTest::newRow("60 + 0") << 60 << 0 << 60; // as many days as there are backups: everything stays
}

void TestBackupRotation::otherPolicies()
{
    QFETCH(int, dailyCount);
    QFETCH(int, weeklyCount);
    QFETCH(int, keptCount);
    const QStringList files = daily(QDate(2024, 11, 7), QDate(2025, 1, 5));
    const RotationPlan plan = planRotation(stem, files, {dailyCount, weeklyCount});
    QCOMPARE(plan.keep.size(), keptCount);
    QCOMPARE(plan.keep.size() + plan.remove.size(), files.size());
    if (!plan.keep.isEmpty())
        QCOMPARE(plan.keep.first(), nameOn("2025-01-05")); // the newest always stays
}

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backuprotation.moc"
