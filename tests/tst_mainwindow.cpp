// Drives the real main window with keyboard and mouse events and checks what reaches the database.
#include "ScreenReaderSupport.h"
#include "TestSupport.h"
#include "storage/StorageError.h"
#include "ui/CheckInWindow.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/FileDialogs.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/MeasureInput.h"
#include "ui/ParticipantDialog.h"
#include "ui/ParticipantTabs.h"
#include "ui/QuestionnaireDialog.h"
#include "ui/QuickCheckIn.h"
#include "ui/Settings.h"
#include "ui/Workspace.h"
#include "ui/chart/ParticipantChart.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace mb;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addParticipantAndEntryWithKeyboard();
    void formRefusesDuplicateCode();
    void singlePersonModeShowsMe();
    void emptyChartHintSaysWhatCtrlNDoes();
    void firstRunParticipantGoesThroughTheEditor();
    void switchesLanguageAtRuntime();
    void refusesBrokenDatabase();
    void damagedDatabaseRefusesWritesAfterTheCheck();
    void entryClosedUnsavedComesBackAsADraft();
    void fileDialogLeavesTheDatabaseItsLocks();
    void everyTabStopIsNamedAndVisible();
    void hiddenTabsAreNotExposedInSinglePersonMode();
    void focusReturnsToANamedControlAfterDialogs();
    void statusMessageIsNotCutByTheDatabasePath();
    void deleteLeavesTheNextRowCurrent();
    void ctrlNumberFocusesThePageShown();
    void everyComboBoxHasAVisibleLabel();

private:
    template <typename T> T* waitForDialog();
    QString focusProblem() const;
    void typeInto(QWidget* widget, const QString& text);
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test"));
}

void TestMainWindow::init()
{
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    m_settings = std::make_unique<Settings>();
    m_settings->setMode(AppMode::Clinician);
    m_settings->setLanguage(QStringLiteral("en"));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_languages.get());
    static int n = 0;
    QVERIFY(!m_window->openDatabase(m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++n))));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_languages->apply(QStringLiteral("en"));
}

template <typename T> T* TestMainWindow::waitForDialog()
{
    // Returns nullptr when the dialog did not appear; callers QVERIFY the result.
    T* dialog = nullptr;
    const bool shown =
        QTest::qWaitFor([&] { return (dialog = m_window->findChild<T*>()) && dialog->isVisible(); }, 2000);
    const bool active = shown && QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 2000);
    return active ? dialog : nullptr;
}

void TestMainWindow::typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

void TestMainWindow::addParticipantAndEntryWithKeyboard()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* participantDialog = waitForDialog<ParticipantDialog>();
    QVERIFY(participantDialog);
    auto* code = participantDialog->findChild<QLineEdit*>(QStringLiteral("code"));
    QTRY_COMPARE(QApplication::focusWidget(), code);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("P-042"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Anna"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ParticipantDialog*>());

    const auto stored = m_window->store()->participants().byCode(QStringLiteral("P-042"));
    QVERIFY(stored);
    QCOMPARE(stored->displayName, QStringLiteral("Anna"));
    QCOMPARE(stored->enrolled, QDate(2025, 1, 5)); // today, from the injected clock
    QCOMPARE(m_window->currentParticipantId(), stored->id);

    m_window->activateWindow(); // the offscreen platform has no window manager to hand focus back
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("newEntry"))->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto* entryDialog = waitForDialog<EntryDialog>();
    QVERIFY(entryDialog);
    QTRY_COMPARE(QApplication::focusWidget(), entryDialog->input(QStringLiteral("mood"))->editor());
    typeInto(QApplication::focusWidget(), QStringLiteral("7"));
    typeInto(entryDialog->input(QStringLiteral("stress"))->editor(), QStringLiteral("3"));
    typeInto(entryDialog->findChild<QPlainTextEdit*>(QStringLiteral("note")), QStringLiteral("kefir, walk"));
    auto* buttons = entryDialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<EntryDialog*>());
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());

    auto entries = m_window->store()->journal().entries(stored->id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].values.value(QStringLiteral("mood")), 7.0);
    QCOMPARE(entries[0].values.value(QStringLiteral("stress")), 3.0);
    QCOMPARE(entries[0].values.size(), 2);
    QCOMPARE(entries[0].note, QStringLiteral("kefir, walk"));
    QCOMPARE(entries[0].date, QDate(2025, 1, 5));
    QCOMPARE(entries[0].time, std::optional<QTime>(QTime(9, 30))); // 08:30 UTC in Amsterdam
    auto* journal = m_window->findChild<QTableView*>(QStringLiteral("journalView"));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // the journal tab loads when shown
    QTRY_VERIFY(journal->isVisible());
    QCOMPARE(journal->model()->rowCount(), 1);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->store()->journal().count(stored->id), 0);
    QCOMPARE(journal->model()->rowCount(), 0);
    const QList<QKeySequence> redoKeys = m_window->findChild<QAction*>(QStringLiteral("redo"))->shortcuts();
    QCOMPARE(QSet<QKeySequence>(redoKeys.begin(), redoKeys.end()).size(), redoKeys.size()); // a key bound twice
    QVERIFY(redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));             // does nothing on X11
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->store()->journal().count(stored->id), 1);
    QCOMPARE(m_window->store()->audit().rows(stored->id).first().reason, QStringLiteral("Redo: Add entry"));
}

void TestMainWindow::formRefusesDuplicateCode()
{
    Participant p;
    p.code = QStringLiteral("P-001");
    m_window->store()->participants().add(p);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = waitForDialog<ParticipantDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("code")), QStringLiteral("P-001"));
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("code")), Qt::Key_Return);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("error"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("already exists")));
    QVERIFY(dialog->isVisible()); // nothing lost: the form stays open
    QCOMPARE(m_window->store()->participants().list().size(), 1);
    dialog->reject();
}

void TestMainWindow::singlePersonModeShowsMe()
{
    m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger();
    QCOMPARE(m_settings->mode(), AppMode::SinglePerson);
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("participantPanel"))->isVisible());
    const auto me = m_window->store()->participants().byCode(QStringLiteral("Me"));
    QVERIFY(me);
    QCOMPARE(m_window->currentParticipantId(), me->id);
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("participantHeader"))->text(), QStringLiteral("My journal"));
}

// The empty chart of one person said Ctrl+N was "New entry…", while Ctrl+N there opens the quick check-in.
void TestMainWindow::emptyChartHintSaysWhatCtrlNDoes()
{
    auto* chart = m_window->findChild<ParticipantChart*>(QStringLiteral("chartWidget"));
    QVERIFY(chart);
    const auto hint = [chart] {
        const QList<PlotDrawn> hints = chart->drawn(PlotDrawn::Kind::Hint);
        return hints.isEmpty() ? QString() : hints.first().name;
    };
    m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger(); // one person, no entries yet
    QTRY_VERIFY2(hint().contains(QStringLiteral("Ctrl+N to check in")), qPrintable(hint()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_window->checkIn()->window() && m_window->checkIn()->window()->isVisible());
    m_window->checkIn()->window()->reject();

    m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger(); // Ctrl+N: the full form
    QTRY_VERIFY2(!hint().contains(QStringLiteral("check in")), qPrintable(hint()));
    QVERIFY2(hint().contains(QStringLiteral("Ctrl+N (or “New entry…”)")), qPrintable(hint()));

    // The questionnaires' chart: Ctrl+N records no questionnaire, its buttons do (it said "Press Ctrl+N").
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier); // the tab loads when shown
    ParticipantChart* totals = nullptr;
    QTRY_VERIFY((totals = m_window->findChild<ParticipantChart*>(QStringLiteral("questionnaireChart"))));
    QTRY_VERIFY(!totals->drawn(PlotDrawn::Kind::Hint).isEmpty());
    const QString said = totals->drawn(PlotDrawn::Kind::Hint).first().name;
    QVERIFY2(!said.contains(QStringLiteral("Ctrl+N")) && said.contains(QStringLiteral("Fill in")), qPrintable(said));
}

// Issue 15: "Me" was written to the store behind the editor's back, so nothing heard of it: the participant list,
// the audit trail and the cohort kept showing a database without it. It is made through the Editor now (announced,
// audited with its reason) and is not a step the user can undo.
void TestMainWindow::firstRunParticipantGoesThroughTheEditor()
{
    QSignalSpy participants(m_window->workspace(), &Workspace::participantsChanged);
    QSignalSpy data(m_window->workspace(), &Workspace::dataChanged);
    m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger();
    QCOMPARE(participants.count(), 1);
    QVERIFY(data.count() >= 1);
    QVERIFY(!m_window->editor()->undoStack()->canUndo());
    const auto me = m_window->store()->participants().byCode(QStringLiteral("Me"));
    QVERIFY(me);
    const QList<AuditLog::Row> events = m_window->store()->audit().rows();
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const AuditLog::Row& e) {
        return e.table == u"participant" && e.rowId == me->id && e.reason.contains(u"Single-person mode");
    }));
}

void TestMainWindow::switchesLanguageAtRuntime()
{
    // A step made in English is named in Dutch after the switch (it stayed "Ongedaan maken: Add entry").
    const qint64 someone = m_window->store()->participants().add(Participant{.code = QStringLiteral("P-LANG")});
    QVERIFY(!m_window->workspace()->editor()->addEntry(
        JournalEntry{.participantId = someone, .date = QDate(2025, 1, 5), .values = {{QStringLiteral("mood"), 6}}}));
    m_window->findChild<QAction*>(QStringLiteral("language_nl"))->trigger();
    QTRY_VERIFY2(m_window->findChild<QAction*>(QStringLiteral("undo"))->text().contains(u"Registratie toevoegen"),
                 qPrintable(m_window->findChild<QAction*>(QStringLiteral("undo"))->text()));
    QCOMPARE(m_settings->language(), QStringLiteral("nl"));
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));
    QCOMPARE(m_window->findChild<QPushButton*>(QStringLiteral("newEntryButton"))->text(),
             QStringLiteral("&Nieuwe registratie…"));
    QCOMPARE(QLocale().toString(7.5), QStringLiteral("7,5"));
    // Edit > Undo and Redo in Dutch too (they were made once, in English, and stayed so).
    QVERIFY(!m_window->workspace()->editor()->addParticipant(Participant{.code = QStringLiteral("P-NL")}));
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undo"));
    auto* redo = m_window->findChild<QAction*>(QStringLiteral("redo"));
    QVERIFY2(!undo->text().contains(QStringLiteral("Undo")), qPrintable(undo->text()));
    QVERIFY2(!redo->text().contains(QStringLiteral("Redo")), qPrintable(redo->text()));
    m_window->workspace()->editor()->undoStack()->undo();
    QVERIFY2(!redo->text().contains(QStringLiteral("Redo")), qPrintable(redo->text()));
    QVERIFY2(redo->text().contains(QStringLiteral("P-NL")), qPrintable(redo->text()));
    m_window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestMainWindow::refusesBrokenDatabase()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
    test::writeFile(broken, QByteArray("this is not a database at all"));
    const QString before = m_window->store()->path();
    const auto error = m_window->openDatabase(broken);
    QVERIFY(error);
    QVERIFY(error->contains(QStringLiteral("not a MoodBiome database")));
    QCOMPARE(m_window->store()->path(), before); // the open database stays open
    QCOMPARE(test::fileBytes(broken), QByteArray("this is not a database at all"));
}

void TestMainWindow::damagedDatabaseRefusesWritesAfterTheCheck()
{
    const QString file = m_dir.filePath(QStringLiteral("forged.sqlite"));
    {
        auto store = Store::open(file);
        store->participants().add(Participant{.code = QStringLiteral("P-001")});
        // The guard trigger goes back after the forgery: a changed schema alone is refused at open already.
        store->database().exec(u"DROP TRIGGER audit_no_update; UPDATE audit SET reason = 'forged' WHERE id = 2; "
                               u"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
                               u"BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
    }
    // The warning is modal: what is tried while it shows runs from a timer inside its event loop.
    QString warning;
    QString refusal;
    QTimer whileWarned;
    connect(&whileWarned, &QTimer::timeout, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        whileWarned.stop();
        warning = box->text();
        try {
            m_window->store()->participants().add(Participant{.code = QStringLiteral("P-002")});
        } catch (const StorageError& e) {
            if (e.code() == StorageError::Code::Corrupt)
                refusal = e.message();
        }
        box->close();
    });
    whileWarned.start(20);
    QVERIFY(!m_window->openDatabase(file));
    QTRY_VERIFY_WITH_TIMEOUT(!whileWarned.isActive(), 10000);
    QVERIFY2(warning.contains(QStringLiteral("audit row 2")), qPrintable(warning));
    QVERIFY2(refusal.contains(QStringLiteral("audit row 2")), qPrintable(u"not refused: " + refusal));
    QCOMPARE(m_window->store()->participants().list().size(), 1);
}

// What is wrong with the keyboard focus for a screen reader: no focus, hidden, unnamed, a bare container, or
// another object that also says it has the focus. Empty when nothing is.
QString TestMainWindow::focusProblem() const
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return QStringLiteral("no focus");
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(focus);
    QAccessibleInterface* shown = iface->focusChild() ? iface->focusChild() : iface;
    const QString what = QStringLiteral("%1 %2 “%3”")
                             .arg(QString::fromLatin1(focus->metaObject()->className()), focus->objectName(),
                                  shown->text(QAccessible::Name));
    if (!focus->isVisible() || iface->state().invisible)
        return what + QStringLiteral(" is hidden");
    if (shown->text(QAccessible::Name).isEmpty())
        return what + QStringLiteral(" has no name");
    if (iface->role() == QAccessible::Client || iface->role() == QAccessible::Border)
        return what + QStringLiteral(" is a bare container");
    for (QWidget* w : focus->window()->findChildren<QWidget*>()) {
        auto* view = qobject_cast<QAbstractItemView*>(w->parentWidget());
        if (view && view->viewport() == w)
            continue; // not in the accessible tree: the view's cells are
        if (w->focusProxy() == focus)
            continue; // a spin box's own line edit, which hands its focus to the box
        if (w != focus && w->isVisible() && QAccessible::queryAccessibleInterface(w)->state().focused)
            return what + QStringLiteral(", and %1 %2 says it is focused too")
                              .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return {};
}

// The tab page's scroll area was a Tab stop without a name or a visible focus, and the tab widget reported the
// tab bar's focus as its own: AT-SPI showed two unnamed "filler" objects the size of the tab in the Tab cycle.
void TestMainWindow::everyTabStopIsNamedAndVisible()
{
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (const bool clinician : {true, false}) {
        if (!clinician)
            m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger();
        for (int tab : {ParticipantTabs::Journal, ParticipantTabs::Interventions, ParticipantTabs::Questionnaires}) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
            tabs->tabBar()->setFocus(Qt::TabFocusReason);
            for (int step = 0; step < 14; ++step) {
                const QString problem = focusProblem();
                QVERIFY2(problem.isEmpty(),
                         qPrintable(QStringLiteral("tab %1, step %2: %3").arg(tab).arg(step).arg(problem)));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            }
        }
    }
}

// In single-person mode the Cohort and Audit trail tabs are hidden; AT-SPI still listed them as showing page tabs,
// and activating one (or Ctrl+8) showed the audit trail with no tab selected.
void TestMainWindow::hiddenTabsAreNotExposedInSinglePersonMode()
{
    m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger();
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QAccessibleInterface* bar = QAccessible::queryAccessibleInterface(tabs->tabBar());
    QStringList exposed;
    for (int i = 0; i < bar->childCount(); ++i) {
        QAccessibleInterface* tab = bar->child(i);
        if (tab->state().invisible)
            continue;
        exposed << tab->text(QAccessible::Name);
        if (auto* action = tab->actionInterface())
            action->doAction(QAccessibleActionInterface::pressAction());
        QVERIFY2(!tabs->currentWidget() || tabs->tabBar()->isTabVisible(tabs->currentIndex()),
                 qPrintable(tab->text(QAccessible::Name)));
    }
    QCOMPARE(exposed,
             (QStringList{QStringLiteral("Chart"), QStringLiteral("Journal"), QStringLiteral("Interventions"),
                          QStringLiteral("Questionnaires"), QStringLiteral("Analysis"), QStringLiteral("Insights")}));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), int(ParticipantTabs::Journal));
    m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger(); // back: both tabs there again
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), int(ParticipantTabs::AuditTrail));
    QCOMPARE(tabs->tabText(ParticipantTabs::AuditTrail), QStringLiteral("Audit trail"));
    QCOMPARE(tabs->tabText(ParticipantTabs::Cohort), QStringLiteral("Cohort"));
}

// Closing the Add intervention, PHQ-9 and acknowledgement dialogs left the focus on an unnamed container. It goes
// back to the button that opened the dialog, or to the table when that button is gone.
void TestMainWindow::focusReturnsToANamedControlAfterDialogs()
{
    m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger();
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("addIntervention"))->isVisible()); // laid out
    tabs->tabBar()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier);
    QDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())); }));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow(); // the offscreen platform has no window manager to hand focus back
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTRY_COMPARE(QApplication::focusWidget(), m_window->findChild<QWidget*>(QStringLiteral("addIntervention")));

    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("fillIn_phq9"))->isVisible());
    tabs->tabBar()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_9, Qt::AltModifier);
    QuestionnaireDialog* phq = nullptr;
    QVERIFY(
        QTest::qWaitFor([&] { return (phq = m_window->findChild<QuestionnaireDialog*>()) && phq->isActiveWindow(); }));
    for (const char digit : QByteArray("012101211"))
        QTest::keyClick(phq->focusWidget(), digit);
    QTest::keyClick(phq->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<QuestionnaireDialog*>());
    m_window->activateWindow(); // the offscreen platform has no window manager to hand focus back
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTRY_COMPARE(QApplication::focusWidget(), m_window->findChild<QWidget*>(QStringLiteral("fillIn_phq9")));

    auto* acknowledge = m_window->findChild<QPushButton*>(QStringLiteral("acknowledgeFlag"));
    QTRY_VERIFY(acknowledge->isVisible()); // the last item answered 1: a safety flag
    acknowledge->setFocus(Qt::TabFocusReason);
    QTest::keyClick(acknowledge, Qt::Key_Space);
    QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("note")), QStringLiteral("Called, safe."));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTRY_VERIFY(!acknowledge->isVisible());
    m_window->activateWindow(); // the offscreen platform has no window manager to hand focus back
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTRY_COMPARE(QApplication::focusWidget(), m_window->findChild<QWidget*>(QStringLiteral("responses")));
    QVERIFY2(focusProblem().isEmpty(), qPrintable(focusProblem()));
}

// A long message ran under the database's path at the right of the status bar: both were cut. While a message
// shows, the path steps aside.
// Del in the journal left no row current: the next Del did nothing and the arrow keys started from nowhere. The
// entry after the deleted one (before it, when it was the last) is current and selected, the focus in the table.
void TestMainWindow::deleteLeavesTheNextRowCurrent()
{
    Editor* editor = m_window->workspace()->editor();
    Participant person;
    person.code = QStringLiteral("P-007");
    person.enrolled = QDate(2024, 12, 1);
    qint64 id = 0;
    QVERIFY(!editor->addParticipant(person, &id));
    for (int day = 1; day <= 4; ++day) {
        JournalEntry entry;
        entry.participantId = id;
        entry.date = QDate(2025, 1, day);
        entry.values = {{QStringLiteral("mood"), double(day)}};
        QVERIFY(!editor->addEntry(entry));
    }
    m_window->workspace()->setParticipant(id);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto* journal = m_window->findChild<QTableView*>(QStringLiteral("journalView"));
    QTRY_VERIFY(journal->isVisible());
    QCOMPARE(journal->model()->rowCount(), 4); // the 4th, 3rd, 2nd, 1st of January
    journal->setFocus(Qt::TabFocusReason);
    QTest::keyClick(journal, Qt::Key_Home);
    QTest::keyClick(journal, Qt::Key_Down); // the 3rd
    const auto dayOf = [journal](int row) {
        return journal->model()->index(row, 0).data(Qt::DisplayRole);
    };
    const auto expectCurrent = [&](int row, const QVariant& day) {
        QCOMPARE(journal->currentIndex().row(), row);
        QVERIFY(journal->selectionModel()->isRowSelected(row, {}));
        QCOMPARE(dayOf(row), day);
        QCOMPARE(QApplication::focusWidget(), journal);
    };
    const QVariant second = dayOf(2), first = dayOf(3), fourth = dayOf(0);
    QTest::keyClick(journal, Qt::Key_Delete);
    QCOMPARE(journal->model()->rowCount(), 3);
    expectCurrent(1, second); // the next one took its place
    QTest::keyClick(journal, Qt::Key_Delete);
    expectCurrent(1, first);
    QTest::keyClick(journal, Qt::Key_Delete); // the last row: the one before it
    QCOMPARE(journal->model()->rowCount(), 1);
    expectCurrent(0, fourth);
    QTest::keyClick(journal, Qt::Key_Delete);
    QCOMPARE(journal->model()->rowCount(), 0);
    QCOMPARE(m_window->store()->journal().count(id), 0);
}

// Ctrl+1 … Ctrl+8 showed a page and left the keyboard focus behind (on the participant list, or on a widget of the
// page just hidden). It goes to the page's first keyboard stop, visible and named.
void TestMainWindow::ctrlNumberFocusesThePageShown()
{
    Participant person;
    person.code = QStringLiteral("P-008");
    person.enrolled = QDate(2024, 12, 1);
    qint64 id = 0;
    QVERIFY(!m_window->workspace()->editor()->addParticipant(person, &id));
    m_window->workspace()->setParticipant(id);
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (const bool clinician : {true, false}) {
        if (!clinician)
            m_window->findChild<QAction*>(QStringLiteral("clinicianMode"))->trigger();
        for (int round = 0; round < 2; ++round) { // pages made on the first visit, then pages already there
            for (int tab = 0; tab < tabs->count(); ++tab) {
                m_window->findChild<QWidget*>(QStringLiteral("participantView"))->setFocus(Qt::TabFocusReason);
                if (tab % 2)
                    tabs->tabBar()->setFocus(Qt::TabFocusReason);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
                QCOMPARE(tabs->currentIndex(), tab);
                QTRY_VERIFY(tabs->widget(tab)->isAncestorOf(QApplication::focusWidget()));
                QWidget* focus = QApplication::focusWidget();
                const QString where = tabs->tabText(tab) + u' ' + focus->objectName();
                QVERIFY2(focusProblem().isEmpty(), qPrintable(where + u' ' + focusProblem()));
            }
        }
    }
}

// A combo box without a visible label beside it is announced by its value alone on Linux (tests/ScreenReaderSupport.h).
void TestMainWindow::everyComboBoxHasAVisibleLabel()
{
    Participant person;
    person.code = QStringLiteral("P-009");
    person.enrolled = QDate(2024, 12, 1);
    qint64 id = 0;
    QVERIFY(!m_window->workspace()->editor()->addParticipant(person, &id));
    m_window->workspace()->setParticipant(id);
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        m_languages->apply(language);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
            QTRY_VERIFY(tabs->widget(tab)->isAncestorOf(QApplication::focusWidget())); // laid out and shown
            const QString problem = test::unlabelledComboBoxes(m_window.get());
            QVERIFY2(problem.isEmpty(), qPrintable(language + u' ' + tabs->tabText(tab) + u": " + problem));
        }
    }
}

void TestMainWindow::statusMessageIsNotCutByTheDatabasePath()
{
    QLabel* path = nullptr;
    for (QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
        if (label->text().endsWith(QStringLiteral(".sqlite")))
            path = label;
    QVERIFY(path);
    QVERIFY(path->isVisible());
    m_window->statusBar()->showMessage(
        QStringLiteral("Back-up gemaakt in “%1”; de kopie heeft de controle doorstaan.").arg(path->text()), 5000);
    QVERIFY(!path->isVisible());
    m_window->statusBar()->clearMessage();
    QVERIFY(path->isVisible());
    QVERIFY(!path->toolTip().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// A new entry cancelled with nobody to ask (a signal to end, the idle lock) keeps what was typed as a draft; the
// next New entry for that participant offers it, labelled; Start empty forgets it, and so does saving.
void TestMainWindow::entryClosedUnsavedComesBackAsADraft()
{
    Store* store = m_window->store();
    const qint64 anna = store->participants().add(Participant{.code = QStringLiteral("P-001")});
    const qint64 ben = store->participants().add(Participant{.code = QStringLiteral("P-002")});
    m_window->workspace()->setParticipant(anna);
    const auto newEntry = [this]() -> EntryDialog* {
        m_window->activateWindow();
        if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window.get(); }, 2000))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        return waitForDialog<EntryDialog>();
    };

    EntryDialog* form = newEntry();
    QVERIFY(form);
    QVERIFY(!form->showsRestoredDraft());
    QVERIFY(!form->findChild<QWidget*>(QStringLiteral("draftNotice"))->isVisible());
    typeInto(form->input(QStringLiteral("mood"))->editor(), QStringLiteral("6"));
    typeInto(form->input(QStringLiteral("stress"))->editor(), QStringLiteral("12")); // not acceptable: kept as typed
    typeInto(form->findChild<QPlainTextEdit*>(QStringLiteral("note")), QStringLiteral("kefir"));
    QTRY_VERIFY(store->drafts().find(anna)); // a moment after typing, before anything closes
    form->cancelWithoutAsking();             // as at a signal to end, or the idle lock
    QTRY_VERIFY(!m_window->findChild<EntryDialog*>());
    QCOMPARE(store->journal().count(anna), 0);

    m_window->workspace()->setParticipant(ben); // another participant's form starts empty
    form = newEntry();
    QVERIFY(form);
    QVERIFY(!form->showsRestoredDraft());
    QVERIFY(!form->input(QStringLiteral("mood"))->value());
    form->reject(); // nothing typed: closes without a question
    QTRY_VERIFY(!m_window->findChild<EntryDialog*>());
    QVERIFY(store->drafts().find(anna));

    m_window->workspace()->setParticipant(anna);
    form = newEntry();
    QVERIFY(form);
    QVERIFY(form->showsRestoredDraft());
    auto* notice = form->findChild<QWidget*>(QStringLiteral("draftNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->findChild<QLabel*>()->text().contains(QStringLiteral("closed without being saved")));
    QCOMPARE(form->input(QStringLiteral("mood"))->value(), std::optional(6.0));
    QCOMPARE(form->input(QStringLiteral("stress"))->typedText(), QStringLiteral("12"));
    QVERIFY(!form->input(QStringLiteral("stress"))->problem().isEmpty());
    QCOMPARE(form->findChild<QPlainTextEdit*>(QStringLiteral("note"))->toPlainText(), QStringLiteral("kefir"));
    QVERIFY(form->hasChanges()); // Cancel asks: what it shows is not saved

    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("startEmpty")), Qt::LeftButton);
    QVERIFY(!form->showsRestoredDraft());
    QVERIFY(!notice->isVisible());
    QVERIFY(!form->input(QStringLiteral("mood"))->value());
    QVERIFY(form->input(QStringLiteral("stress"))->typedText().isEmpty());
    QVERIFY(!form->hasChanges());
    QVERIFY(!store->drafts().find(anna));

    typeInto(form->input(QStringLiteral("mood"))->editor(), QStringLiteral("7"));
    QTRY_VERIFY(store->drafts().find(anna));
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier); // saved: the draft goes
    QTRY_VERIFY(!m_window->findChild<EntryDialog*>());
    QCOMPARE(store->journal().count(anna), 1);
    QVERIFY(!store->drafts().find(anna));
}

// A file dialog that shows the folder of the open database (File > Open, Import, Restore, Export all do) must not
// read the file itself: closing that descriptor dropped SQLite's locks, and another program reading the database
// then removed the log the window still wrote to (docs/THREAT_MODEL.md, item 19).
void TestMainWindow::fileDialogLeavesTheDatabaseItsLocks()
{
    const QString path = m_window->store()->path();
    QVERIFY(test::holdsPosixLock(path));
    bool shown = false;
    QTimer::singleShot(0, [&shown, path] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        shown = true;
        dialog->selectFile(path);
        QTest::qWait(1500); // the folder is read, icons and types found, on Qt's own threads
        dialog->reject();
    });
    // As File > Open, Import, Restore and Export open theirs.
    QVERIFY(FileDialogs::getOpenFileName(m_window.get(), QStringLiteral("Open"), QFileInfo(path).absolutePath(),
                                         QStringLiteral("All files (*)"))
                .isEmpty());
    QVERIFY(shown);
    QVERIFY2(test::holdsPosixLock(path), "the window's connection lost its lock on the database file");
}
