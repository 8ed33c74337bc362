// The selected participant is one piece of state: after every path that changes data or the view, the header,
// the participant list's selection and every tab show the same participant, and switching tabs keeps it.
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "core/Questionnaire.h"
#include "storage/DemoWriter.h"
#include "storage/OpenAhead.h"
#include "ui/AnalysisPanel.h"
#include "ui/ChartReading.h"
#include "ui/ChartView.h"
#include "ui/CohortView.h"
#include "ui/Editor.h"
#include "ui/InterventionPanel.h"
#include "ui/JournalModel.h"
#include "ui/JournalPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/QuestionnairePanel.h"
#include "ui/Settings.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

using namespace mb;

class TestSelection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void questionnaireSaved();
    void interventionEndedToday();
    void cohortLineOpened();
    void undoAndRedo();
    void undoOfATagChangeKeepsTheParticipant();
    void redoOfANewParticipantShowsIt();
    void importAddsParticipants();
    void languageSwitched();
    void listRefreshKeepsSelection();
    void focusOnListDoesNotChangeParticipant();
    void firstChartIsTheOneReadAhead_data();
    void firstChartIsTheOneReadAhead();

private:
    // Clicks the participant with this code in the list.
    void choose(const QString& code);
    // Header, list selection, current participant and every panel agree on code, also after Ctrl+1 … Ctrl+6.
    void expectEverywhere(const QString& code);
    qint64 idOf(const QString& code) const;

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test-selection"));
}

void TestSelection::init()
{
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("selection%1.sqlite").arg(++n));
    {
        auto store = Store::open(path);
        DemoOptions options;
        options.participants = 6;
        options.days = 90;
        options.lastDay = QDate(2025, 1, 5);
        writeDemo(*store, generateDemo(options));
    }
    m_settings = std::make_unique<Settings>();
    m_settings->setMode(AppMode::Clinician);
    m_settings->setLanguage(QStringLiteral("en"));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_languages.get());
    QVERIFY(!m_window->openDatabase(path));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    choose(QStringLiteral("P-004"));
    expectEverywhere(QStringLiteral("P-004"));
}

void TestSelection::cleanup()
{
    m_window.reset();
    m_languages->apply(QStringLiteral("en"));
}

qint64 TestSelection::idOf(const QString& code) const
{
    const auto p = m_window->store()->participants().byCode(code);
    return p ? p->id : 0;
}

void TestSelection::choose(const QString& code)
{
    auto* list = m_window->findChild<QTableView*>(QStringLiteral("participantView"));
    QVERIFY(list);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data().toString() == code) {
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
            QCOMPARE(m_window->currentParticipantId(), idOf(code));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for ") + code));
}

void TestSelection::expectEverywhere(const QString& code)
{
    const qint64 id = idOf(code);
    QVERIFY(id > 0);
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    auto* list = m_window->findChild<QTableView*>(QStringLiteral("participantView"));
    auto* header = m_window->findChild<QLabel*>(QStringLiteral("participantHeader"));
    const int startTab = tabs->currentIndex();
    for (int step = 0; step <= 6; ++step) {
        if (step > 0) // Ctrl+1 … Ctrl+6 from the list, as a clinician would
        {
            list->setFocus();
            QTest::keyClick(list, Qt::Key(Qt::Key_1 + step - 1), Qt::ControlModifier);
        }
        const QString where = QStringLiteral("step %1, tab %2").arg(step).arg(tabs->currentIndex());
        QVERIFY2(m_window->currentParticipantId() == id, qPrintable(where));
        QVERIFY2(m_window->workspace()->participantId() == id, qPrintable(where));
        QVERIFY2(header->text().contains(code), qPrintable(where + QStringLiteral(": ") + header->text()));
        const QModelIndexList selected = list->selectionModel()->selectedRows();
        QVERIFY2(selected.size() == 1, qPrintable(where));
        QVERIFY2(selected.first().data().toString() == code, qPrintable(where));
        QVERIFY2(list->currentIndex().row() == selected.first().row(), qPrintable(where));
        if (auto* panel = m_window->findChild<QuestionnairePanel*>())
            QVERIFY2(panel->participantId() == id, qPrintable(where));
        if (auto* panel = m_window->findChild<AnalysisPanel*>())
            QVERIFY2(panel->participantId() == id, qPrintable(where));
        if (auto* panel = m_window->findChild<InterventionPanel*>())
            QVERIFY2(panel->participantId() == id, qPrintable(where));
        QVERIFY2(m_window->findChild<ChartView*>()->participantId() == id, qPrintable(where));
    }
    tabs->setCurrentIndex(startTab);
}

void TestSelection::questionnaireSaved()
{
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    auto* panel = m_window->findChild<QuestionnairePanel*>();
    QVERIFY(panel);
    for (Instrument instrument : {Instrument::Phq9, Instrument::Gad7}) {
        QuestionnaireResponse response;
        response.participantId = idOf(QStringLiteral("P-004"));
        response.instrument = instrument;
        response.date = QDate(2025, 1, 5);
        response.answers = QList<int>(instrumentDefinition(instrument).items.size(), 1);
        QVERIFY(!panel->addResponse(response));
        expectEverywhere(QStringLiteral("P-004"));
    }
}

void TestSelection::interventionEndedToday()
{
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    auto* panel = m_window->findChild<InterventionPanel*>();
    QVERIFY(panel);
    Intervention probiotic;
    probiotic.participantId = idOf(QStringLiteral("P-004"));
    probiotic.kind = InterventionKind::Probiotic;
    probiotic.name = QStringLiteral("Test probiotic");
    probiotic.start = QDate(2024, 12, 1);
    qint64 id = 0;
    QVERIFY(!m_window->editor()->addIntervention(probiotic, &id));
    auto* view = panel->findChild<QTableView*>(QStringLiteral("interventionView"));
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(Qt::UserRole + 1).toLongLong() == id ||
            view->model()->index(r, 1).data().toString() == probiotic.name)
            row = r;
    QVERIFY(row >= 0);
    view->selectRow(row);
    panel->endToday();
    QCOMPARE(m_window->store()->interventions().byId(id)->end, QDate(2025, 1, 5));
    expectEverywhere(QStringLiteral("P-004"));
}

void TestSelection::cohortLineOpened()
{
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    auto* cohort = m_window->findChild<CohortView*>();
    QVERIFY(cohort);
    emit cohort->participantActivated(idOf(QStringLiteral("P-002")));
    expectEverywhere(QStringLiteral("P-002"));
    // One the list's search hides: the search gives way (the list used to select the searched one again).
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("participantSearch"));
    QTest::keyClicks(search, QStringLiteral("P-002"));
    emit cohort->participantActivated(idOf(QStringLiteral("P-005")));
    QVERIFY(search->text().isEmpty());
    expectEverywhere(QStringLiteral("P-005"));
}

void TestSelection::undoAndRedo()
{
    // Undo and redo change the participant they name, and show that participant: an undo of P-004's entry while
    // P-003 is on screen selects P-004 (it used to change P-004 out of sight, the window still on P-003).
    JournalEntry entry;
    entry.participantId = idOf(QStringLiteral("P-004"));
    entry.date = QDate(2025, 1, 5);
    entry.values.insert(QStringLiteral("mood"), 6);
    const int before = m_window->store()->journal().count(entry.participantId);
    QVERIFY(!m_window->editor()->addEntry(entry));
    choose(QStringLiteral("P-003"));
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undo"));
    auto* redo = m_window->findChild<QAction*>(QStringLiteral("redo"));
    QVERIFY(undo && redo);
    QVERIFY2(undo->text().contains(QStringLiteral("P-004")), qPrintable(undo->text()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->store()->journal().count(entry.participantId), before);
    expectEverywhere(QStringLiteral("P-004"));
    QVERIFY2(redo->text().contains(QStringLiteral("P-004")), qPrintable(redo->text()));

    choose(QStringLiteral("P-003"));
    redo->trigger();
    QCOMPARE(m_window->store()->journal().count(entry.participantId), before + 1);
    expectEverywhere(QStringLiteral("P-004"));

    // A participant hidden by the list's search is shown: the search gives way.
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("participantSearch"));
    QVERIFY(search);
    choose(QStringLiteral("P-002"));
    QTest::keyClicks(search, QStringLiteral("P-002"));
    undo->trigger();
    QCOMPARE(m_window->store()->journal().count(entry.participantId), before);
    QVERIFY(search->text().isEmpty());
    expectEverywhere(QStringLiteral("P-004"));
}

void TestSelection::undoOfATagChangeKeepsTheParticipant()
{
    // A change to the tags themselves belongs to nobody: undoing it leaves the selection where it is.
    Tag tag;
    tag.name = QStringLiteral("sauna");
    QVERIFY(!m_window->editor()->createTag(tag));
    choose(QStringLiteral("P-002"));
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undo"));
    QVERIFY(!undo->text().contains(QStringLiteral("P-00")));
    undo->trigger();
    expectEverywhere(QStringLiteral("P-002"));
}

void TestSelection::redoOfANewParticipantShowsIt()
{
    Participant added;
    added.code = QStringLiteral("P-100");
    QVERIFY(!m_window->editor()->addParticipant(added));
    choose(QStringLiteral("P-001"));
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undo"));
    undo->trigger(); // P-100 is gone: P-001 stays
    QVERIFY(!m_window->store()->participants().byCode(QStringLiteral("P-100")));
    expectEverywhere(QStringLiteral("P-001"));
    m_window->findChild<QAction*>(QStringLiteral("redo"))->trigger();
    expectEverywhere(QStringLiteral("P-100"));
}

void TestSelection::importAddsParticipants()
{
    // What an import does to the window: new participants and entries, announced through the workspace.
    Participant added;
    added.code = QStringLiteral("P-000");
    QVERIFY(!m_window->editor()->addParticipant(added));
    expectEverywhere(QStringLiteral("P-004"));
    // The import dialog announces what it wrote through the editor's signals.
    emit m_window->editor()->participantsChanged();
    for (const Participant& p : m_window->store()->participants().list())
        emit m_window->editor()->entriesChanged(p.id);
    expectEverywhere(QStringLiteral("P-004"));
}

void TestSelection::languageSwitched()
{
    m_window->findChild<QAction*>(QStringLiteral("language_nl"))->trigger();
    expectEverywhere(QStringLiteral("P-004"));
    m_window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    expectEverywhere(QStringLiteral("P-004"));
}

void TestSelection::listRefreshKeepsSelection()
{
    // Editing another participant reads the list again.
    auto other = m_window->store()->participants().byCode(QStringLiteral("P-001"));
    QVERIFY(other);
    other->arm = QStringLiteral("placebo");
    QVERIFY(!m_window->editor()->editParticipant(*other));
    expectEverywhere(QStringLiteral("P-004"));
}

void TestSelection::focusOnListDoesNotChangeParticipant()
{
    auto* list = m_window->findChild<QTableView*>(QStringLiteral("participantView"));
    list->clearFocus();
    emit m_window->editor()->participantsChanged(); // the list is read again (a model reset)...
    list->setFocus(Qt::TabFocusReason);
    QCOMPARE(m_window->currentParticipantId(), idOf(QStringLiteral("P-004"))); // ... never picks another participant
}

QTEST_MAIN(TestSelection)
void TestSelection::firstChartIsTheOneReadAhead_data()
{
    QTest::addColumn<bool>("clinician");
    QTest::newRow("clinician: the list's first") << true;
    QTest::newRow("single person: Me, not the list's first") << false;
}

void TestSelection::firstChartIsTheOneReadAhead()
{
    // main() reads the first chart while the window is built (ChartView::readAhead): the window must ask for
    // exactly that chart, or the reading is wasted. A reading only the read-ahead can give shows it was taken.
    QFETCH(bool, clinician);
    const QString path = m_dir.filePath(QStringLiteral("ahead-%1.sqlite").arg(clinician));
    {
        auto store = Store::open(path);
        for (const char* code : {"A-1", "Me", "Z-9"})
            store->participants().add(Participant{.code = QString::fromLatin1(code)});
    }
    m_settings->setMode(clinician ? AppMode::Clinician : AppMode::SinglePerson);
    m_settings->setValue(Settings::Key::ChartMeasures, QStringList{QStringLiteral("mood"), QStringLiteral("phq9")});
    const QDate day = QDate(2025, 1, 2);
    ChartSeries marker;
    marker.key = QStringLiteral("mood");
    marker.label = QStringLiteral("Read ahead");
    marker.daily = {{day, 1.0}};
    std::optional<ChartQuery> readFor;
    OpenAhead ahead(path);
    ahead.then([&, read = ChartView::readAhead(*m_settings)](Store& store) {
        read(store);
        readFor = ChartReadAhead::waitingFor();
        if (readFor)
            ChartReadAhead::keep(store, *readFor, {.series = {marker}}, store.database().changeStamp());
    });
    MainWindow window(m_settings.get(), m_languages.get());
    QVERIFY(!window.openDatabase(path));
    QVERIFY(readFor);
    QCOMPARE(window.currentParticipantId(), readFor->participantId);
    QCOMPARE(window.store()->participants().byId(readFor->participantId)->code,
             clinician ? QStringLiteral("A-1") : QStringLiteral("Me"));
    QVERIFY(!ChartReadAhead::waitingFor());
    const QString shown = window.findChild<ChartView*>()->chart()->describeDay(day);
    QVERIFY2(shown.contains(QStringLiteral("Read ahead: 1")), qPrintable(shown));

    // Nor is the journal made before it is wanted: its tab makes it, showing the participant's entries.
    QVERIFY(!window.findChild<JournalPanel*>());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto* journal = window.findChild<JournalPanel*>();
    QVERIFY(journal);
    QTRY_VERIFY(journal->isVisible());
    QCOMPARE(journal->model()->participantId(), readFor->participantId);
}

#include "tst_selection.moc"
