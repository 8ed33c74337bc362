// The Insights tab driven as a user would (offscreen) on the issue's series with a tag in entry_tag: the table
// shows the engine's rows sorted by adjusted p, a click on a row puts it in words, the measure and lag choices
// recompute, the button leads to the Interventions tab; and the participant report prints the section.
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "report/ReportWriter.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"
#include "storage/InsightsLoader.h"
#include "storage/Store.h"
#include "ui/InsightsPanel.h"
#include "ui/LanguageManager.h"
#include "ui/ParticipantTabs.h"
#include "ui/Workspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace mb;

namespace {
const QDate first(2024, 11, 1);
const QList<int> issueX = {1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1};
const QList<int> issueY = {3, 4, 3, 5, 5, 3, 4, 5, 3, 5, 4, 4, 5, 3, 4};

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString pdfText(const QString& pdf)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    pdftotext.waitForFinished(30000);
    // The PDF's font joins f and i into one glyph; pdftotext gives it back as U+FB01.
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).replace(QChar(0xFB01), QStringLiteral("fi"));
}
} // namespace

class TestInsightsPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheEngineSorted();
    void selectingARowShowsItsSentence();
    void choicesRecompute();
    void emptyParticipant();
    void factorNamesAreReadable();
    void reportHasTheSection();
    void tabLeadsToRandomisedTrial(); // last: the workspace takes the store

private:
    void showPanel(InsightsPanel& panel, qint64 participant) const;
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    LanguageManager m_languages;
    std::unique_ptr<Store> m_store;
    qint64 m_participant = 0;
    qint64 m_empty = 0;
};

void TestInsightsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_languages.apply(QStringLiteral("en")); // the plural forms
    m_store = Store::open(m_dir.filePath(QStringLiteral("insights.sqlite")));
    Participant p;
    p.code = QStringLiteral("P-001");
    m_participant = m_store->participants().add(p);
    p.code = QStringLiteral("P-002");
    m_empty = m_store->participants().add(p);
    QString sql = QStringLiteral("INSERT INTO tag (id, name) VALUES (1, 'kefir');");
    for (qsizetype i = 0; i < issueX.size(); ++i) {
        JournalEntry entry;
        entry.participantId = m_participant;
        entry.date = first.addDays(i);
        entry.values = {{QStringLiteral("mood"), double(issueY[i])},
                        {QStringLiteral("fiber_g"), double(issueX[i] * 10)}};
        const qint64 id = m_store->journal().add(entry);
        if (issueX[i] == 1)
            sql += QStringLiteral("INSERT INTO entry_tag VALUES (%1, 1);").arg(id);
    }
    m_store->database().exec(sql);
}

// In Dutch at 1280×800 (the demo's rows in some 750 pixels) the numbers took the whole width and the factor, the
// column a row is about, shrank to "…". It now keeps its full width; the numbers scroll when there is no room.
void TestInsightsPanel::factorNamesAreReadable()
{
    m_languages.apply(QStringLiteral("nl"));
    auto demo = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    DemoOptions options;
    options.participants = 1;
    options.days = 200;
    options.seed = 11;
    options.lastDay = QDate(2025, 1, 5);
    writeDemo(*demo, generateDemo(options));
    InsightsPanel panel;
    panel.resize(750, 600);
    panel.setStore(demo.get());
    panel.setParticipant(demo->participants().list().first().id);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(50);
    QTableWidget* table = panel.table();
    QVERIFY(table->rowCount() > 10);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString factor = table->item(row, InsightsPanel::Factor)->text();
        const int needed = table->fontMetrics().horizontalAdvance(factor) + 6; // the cell's margins
        QVERIFY2(
            table->columnWidth(InsightsPanel::Factor) >= needed,
            qPrintable(
                QStringLiteral("%1: %2 < %3").arg(factor).arg(table->columnWidth(InsightsPanel::Factor)).arg(needed)));
    }
    panel.setStore(nullptr);
    m_languages.apply(QStringLiteral("en"));
}

void TestInsightsPanel::showPanel(InsightsPanel& panel, qint64 participant) const
{
    panel.resize(1100, 700);
    panel.setStore(m_store.get());
    panel.setParticipant(participant);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
}

void TestInsightsPanel::showsTheEngineSorted()
{
    InsightsPanel panel;
    showPanel(panel, m_participant);
    QCOMPARE(panel.measureKey(), QStringLiteral("mood"));
    const InsightsResult expected = loadInsights(*m_store, m_participant, QStringLiteral("mood"));
    QCOMPARE(panel.result().rows.size(), expected.rows.size());
    QTableWidget* table = panel.table();
    QCOMPARE(table->rowCount(), 6); // kefir and fibre at lags 0, 1, 2
    QCOMPARE(table->item(0, InsightsPanel::Factor)->text(), QStringLiteral("Fibre"));
    QCOMPARE(table->item(0, InsightsPanel::Lag)->text(), QStringLiteral("1 day later"));
    QCOMPARE(table->item(0, InsightsPanel::Effect)->text(), QStringLiteral("r = 0.80"));
    QCOMPARE(table->item(1, InsightsPanel::Factor)->text(), QStringLiteral("kefir"));
    QCOMPARE(table->item(1, InsightsPanel::Days)->text(), QStringLiteral("7 with, 7 without"));
    QCOMPARE(table->item(1, InsightsPanel::Effect)->text(), QStringLiteral("1.29"));
    QCOMPARE(table->item(1, InsightsPanel::Means)->text(), QStringLiteral("4.71 / 3.43"));
    QCOMPARE(table->item(0, InsightsPanel::Means)->text(), QStringLiteral("—"));
    QCOMPARE(table->item(1, InsightsPanel::Interval)->text(), QStringLiteral("0.69 to 1.88"));
    QVERIFY2(panel.headlineText().contains(QStringLiteral("On days after kefir your mood was 1.3 points higher")),
             qPrintable(panel.headlineText()));
    QVERIFY(child<QLabel>(panel, "insightsCaveat")->text().contains(QStringLiteral("not proof of cause")));
    // A click on a header sorts by that column, numbers as numbers.
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table->horizontalHeader()->sectionViewportPosition(InsightsPanel::Effect) + 5, 5));
    const double firstEffect = table->item(0, InsightsPanel::Effect)->data(Qt::UserRole + 1).toDouble();
    for (int row = 1; row < table->rowCount(); ++row) {
        const double effect = table->item(row, InsightsPanel::Effect)->data(Qt::UserRole + 1).toDouble();
        QVERIFY(table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? effect >= firstEffect
                                                                                      : effect <= firstEffect);
    }
}

void TestInsightsPanel::selectingARowShowsItsSentence()
{
    InsightsPanel panel;
    showPanel(panel, m_participant);
    QTableWidget* table = panel.table();
    QCOMPARE(panel.sentenceText(), QStringLiteral("Select a row to read it in words."));
    const QRect cell = table->visualItemRect(table->item(1, InsightsPanel::Factor));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(panel.sentenceText(), QStringLiteral("On days after kefir your mood was 1.3 points higher (95% CI 0.7 "
                                                  "to 1.9); this held up after testing 6 factors."));
    QTest::keyClick(table, Qt::Key_Up);
    QVERIFY2(panel.sentenceText().startsWith(QStringLiteral("The more fibre, the higher your mood the next day (r = "
                                                            "0.80, 95% CI ")),
             qPrintable(panel.sentenceText()));
}

void TestInsightsPanel::choicesRecompute()
{
    InsightsPanel panel;
    showPanel(panel, m_participant);
    auto* lag = child<QSpinBox>(panel, "insightsMaxLag");
    lag->setFocus();
    lag->selectAll();
    QTest::keyClicks(lag, QStringLiteral("0"));
    QCOMPARE(panel.table()->rowCount(), 2);
    auto* measure = child<QComboBox>(panel, "insightsMeasure");
    measure->setCurrentIndex(measure->findData(QStringLiteral("fiber_g")));
    QCOMPARE(panel.measureKey(), QStringLiteral("fiber_g"));
    QStringList factors;
    for (int row = 0; row < panel.table()->rowCount(); ++row)
        factors << panel.table()->item(row, InsightsPanel::Factor)->text();
    factors.sort(Qt::CaseInsensitive);
    QCOMPARE(factors, (QStringList{QStringLiteral("kefir"), QStringLiteral("Mood")}));
}

void TestInsightsPanel::emptyParticipant()
{
    InsightsPanel panel;
    showPanel(panel, m_empty);
    QCOMPARE(panel.table()->rowCount(), 0);
    QVERIFY(panel.headlineText().startsWith(QStringLiteral("No tags or other measures to compare yet")));
    QVERIFY(panel.sentenceText().isEmpty());
}

void TestInsightsPanel::tabLeadsToRandomisedTrial()
{
    Workspace workspace;
    workspace.setStore(std::move(m_store));
    ParticipantTabs tabs(&workspace);
    tabs.resize(1100, 700);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    workspace.setParticipant(m_participant);
    tabs.setCurrentIndex(ParticipantTabs::Insights);
    QCOMPARE(tabs.tabText(ParticipantTabs::Insights), QStringLiteral("Insights"));
    auto* panel = tabs.findChild<InsightsPanel*>();
    QVERIFY(panel);
    QCOMPARE(panel->table()->rowCount(), 6);
    QTest::mouseClick(child<QPushButton>(*panel, "planRandomisedTrial"), Qt::LeftButton);
    QCOMPARE(tabs.currentIndex(), int(ParticipantTabs::Interventions));
}

void TestInsightsPanel::reportHasTheSection()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        const QString pdf = m_dir.filePath(language + QStringLiteral(".pdf"));
        QVERIFY(!ReportWriter::writeFile(*m_store, m_participant, pdf, language));
        const QString text = pdfText(pdf).simplified();
        const bool en = language == u"en";
        QVERIFY2(text.contains(en ? QStringLiteral("Insights: what goes with mood")
                                  : QStringLiteral("Inzichten: wat samengaat met stemming")),
                 qPrintable(text));
        QVERIFY2(text.contains(en ? QStringLiteral("On days after kefir your mood was 1.3 points higher")
                                  : QStringLiteral("Op dagen na kefir was je stemming 1,3 punten hoger")),
                 qPrintable(text));
        QVERIFY(text.contains(en ? QStringLiteral("Adjusted p") : QStringLiteral("Gecorrigeerde p")));
    }
    // Without tags or other measures there is nothing to compare: no section.
    const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
    QVERIFY(!ReportWriter::writeFile(*m_store, m_empty, pdf, QStringLiteral("en")));
    QVERIFY(!pdfText(pdf).contains(QStringLiteral("Insights")));
}

QTEST_MAIN(TestInsightsPanel)
#include "tst_insightspanel.moc"
