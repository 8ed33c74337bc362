// The participant and journal models pass QAbstractItemModelTester and show what the store holds.
#include "TestSupport.h"
#include "core/Intervention.h"
#include "ui/JournalModel.h"
#include "ui/LanguageManager.h"
#include "ui/ParticipantListModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTimeZone>

using namespace mb;
using namespace Qt::StringLiterals;

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void participants();
    void journal();
    void journalFollowsLanguage();
    void journalSortsByTheDayAndTimeShown();
    void doseShownAsStored_data();
    void doseShownAsStored();

private:
    qint64 addEntry(qint64 participant, QDate date, std::optional<QTime> time, QMap<QString, double> values);
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = Store::open(m_dir.filePath(QStringLiteral("models.sqlite")));
}

qint64 TestModels::addEntry(qint64 participant, QDate date, std::optional<QTime> time, QMap<QString, double> values)
{
    JournalEntry e;
    e.participantId = participant;
    e.date = date;
    e.time = time;
    e.values = std::move(values);
    return m_store->journal().add(e);
}

void TestModels::participants()
{
    ParticipantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 0);
    Participant p;
    p.code = QStringLiteral("P-002");
    p.arm = QStringLiteral("placebo");
    m_store->participants().add(p);
    p.code = QStringLiteral("P-001");
    p.withdrawn = QDate(2025, 1, 3);
    m_store->participants().add(p);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, ParticipantListModel::Code)).toString(), QStringLiteral("P-001"));
    QVERIFY(
        model.data(model.index(0, ParticipantListModel::Status)).toString().startsWith(QStringLiteral("Withdrawn")));
    QCOMPARE(model.data(model.index(1, ParticipantListModel::Arm)).toString(), QStringLiteral("placebo"));
    QCOMPARE(model.rowOf(model.participantAt(1)->id), 1);
}

void TestModels::journal()
{
    Participant p;
    p.code = QStringLiteral("J-1");
    const qint64 pid = m_store->participants().add(p);
    addEntry(pid, QDate(2025, 1, 1), QTime(9, 0), {{QStringLiteral("mood"), 4}});
    addEntry(pid, QDate(2025, 1, 3), std::nullopt, {{QStringLiteral("mood"), 7.5}, {QStringLiteral("stress"), 2}});
    addEntry(pid, QDate(2025, 1, 2), QTime(22, 30), {{QStringLiteral("bristol"), 4}});

    JournalModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(JournalModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setParticipant(pid);
    QCOMPARE(model.rowCount(), 3);
    // Date, time, mood, stress, bristol (in measure order), note, tags.
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Mood"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Stool type (Bristol)"));
    QCOMPARE(model.entryAt(0)->date, QDate(2025, 1, 3)); // newest first
    QCOMPARE(model.data(model.index(0, 2), JournalModel::SortRole).toDouble(), 7.5);
    QVERIFY(model.data(model.index(1, 4), Qt::ToolTipRole).toString().contains(QStringLiteral("Type 4")));

    sorted.sort(2, Qt::AscendingOrder); // by mood; entries without mood first
    QCOMPARE(sorted.data(sorted.index(2, 2)).toString(), QStringLiteral("7.5"));
    sorted.sort(0, Qt::AscendingOrder);
    QCOMPARE(sorted.data(sorted.index(0, 0), JournalModel::IdRole),
             model.data(model.index(2, 0), JournalModel::IdRole));

    m_store->journal().setDeleted(model.entryAt(0)->id, true);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6); // stress is no longer used
}

// Sorted by its date column, the journal follows the dates and times it shows: an entry at a local time that does not
// exist (02:30 on the night the clocks go forward in Amsterdam, where the tests run) sorted below every other day.
void TestModels::journalSortsByTheDayAndTimeShown()
{
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Amsterdam"));
    Participant p;
    p.code = QStringLiteral("DST-1");
    const qint64 pid = m_store->participants().add(p);
    const QList<std::pair<QDate, QTime>> days = {
        {QDate(2026, 3, 27), QTime(12, 0)}, {QDate(2026, 3, 29), QTime(2, 30)}, {QDate(2026, 3, 28), QTime(23, 59)},
        {QDate(2026, 3, 29), QTime(3, 0)},  {QDate(2026, 3, 29), QTime(1, 59)}, {QDate(2026, 3, 30), QTime(0, 0)}};
    for (const auto& [day, time] : days)
        addEntry(pid, day, time, {{QStringLiteral("mood"), 5}});
    JournalModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(JournalModel::SortRole);
    model.setStore(m_store.get());
    model.setParticipant(pid);
    sorted.sort(0, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < sorted.rowCount(); ++row)
        order << sorted.data(sorted.index(row, 0)).toString() + u' ' + sorted.data(sorted.index(row, 1)).toString();
    const QLocale locale;
    QStringList expected;
    for (const auto& [day, time] : QList<std::pair<QDate, QTime>>{{QDate(2026, 3, 30), QTime(0, 0)},
                                                                  {QDate(2026, 3, 29), QTime(3, 0)},
                                                                  {QDate(2026, 3, 29), QTime(2, 30)},
                                                                  {QDate(2026, 3, 29), QTime(1, 59)},
                                                                  {QDate(2026, 3, 28), QTime(23, 59)},
                                                                  {QDate(2026, 3, 27), QTime(12, 0)}})
        expected << locale.toString(day, QLocale::ShortFormat) + u' ' + locale.toString(time, QLocale::ShortFormat);
    QCOMPARE(order, expected);
}

void TestModels::journalFollowsLanguage()
{
    Participant p;
    p.code = QStringLiteral("L-1");
    const qint64 pid = m_store->participants().add(p);
    addEntry(pid, QDate(2025, 12, 31), QTime(9, 0), {{QStringLiteral("mood"), 7.5}});
    JournalModel model;
    model.setStore(m_store.get());
    model.setParticipant(pid);
    QLocale::setDefault(LanguageManager::localeFor(QStringLiteral("nl")));
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("31-12-2025"));
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("7,5"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Stemming"));
    QLocale::setDefault(QLocale::c());
}

void TestModels::doseShownAsStored_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("dose");
    QTest::addColumn<QString>("shown");
    QTest::newRow("en, many digits") << u"en"_s << 1.23456789 << u"1.23456789 billion CFU"_s; // was 1.23457
    QTest::newRow("nl, many digits") << u"nl"_s << 1.23456789 << u"1,23456789 billion CFU"_s;
    QTest::newRow("en, whole") << u"en"_s << 10.0 << u"10 billion CFU"_s;
    QTest::newRow("nl, half") << u"nl"_s << 2.5 << u"2,5 billion CFU"_s;
}

// The interventions table rounded a dose to six digits, while the dialog and the exports showed it whole.
void TestModels::doseShownAsStored()
{
    QFETCH(QString, language);
    QFETCH(double, dose);
    QFETCH(QString, shown);
    LanguageManager languages;
    languages.apply(language);
    Intervention i;
    i.dose = dose;
    i.unit = u"billion CFU"_s;
    QCOMPARE(InterventionText::doseText(i), shown);
    languages.apply(u"en"_s);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
