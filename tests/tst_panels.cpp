// The window's parts on their own: the participant list (search, keyboard selection), the journal panel (rows,
// language switch), the rows of controls that wrap, and the keyboard-shortcuts dialog, each built, retranslated,
// filled and accepted.
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "ui/DateField.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/InterventionDialog.h"
#include "ui/InterventionPanel.h"
#include "ui/JournalPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MeasureInput.h"
#include "ui/ParticipantListModel.h"
#include "ui/ParticipantListPanel.h"
#include "ui/RowOrRows.h"
#include "ui/ShortcutsDialog.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace mb;

class TestPanels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void participantListSearchesAndSelectsByKeyboard();
    void participantSearchMatchesEveryColumnInEitherLanguage();
    void participantColumnsFitEveryRow();
    void journalPanelShowsTheParticipantInBothLanguages();
    void editedEntryStaysSelectedAndTabLeavesTheJournal();
    void interventionButtonsFitTheNarrowestWindow();
    void shorterInterventionAsksBeforeClearingAdherence();
    void groupsGoOnAsFewRowsAsFit();
    void shortcutsDialogListsEveryShortcutInBothLanguages();
    void demoDataInTheInterfaceLanguage();

private:
    Participant add(const QString& code);

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    LanguageManager m_languages;
    std::unique_ptr<Workspace> m_workspace;
};

void TestPanels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPanels::init()
{
    static int n = 0;
    m_languages.apply(QStringLiteral("en"));
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setStore(Store::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n))));
}

void TestPanels::cleanup()
{
    m_workspace.reset();
    m_languages.apply(QStringLiteral("en"));
}

Participant TestPanels::add(const QString& code)
{
    Participant p;
    p.code = code;
    qint64 id = 0;
    if (m_workspace->editor()->addParticipant(p, &id))
        return {};
    return *m_workspace->store()->participants().byId(id);
}

void TestPanels::participantListSearchesAndSelectsByKeyboard()
{
    ParticipantListPanel panel(m_workspace.get());
    panel.setAutoSelect(true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Participant first = add(QStringLiteral("A-001"));
    const Participant second = add(QStringLiteral("B-002"));
    QCOMPARE(m_workspace->participantId(), first.id); // nobody was selected: the first one
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("participantSearch"));
    auto* view = panel.findChild<QTableView*>(QStringLiteral("participantView"));
    QTest::keyClicks(search, QStringLiteral("b-0"));
    QCOMPARE(view->model()->rowCount(), 1);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(m_workspace->participantId(), second.id);
    QTest::keyClick(view, Qt::Key_Tab); // Tab leaves the list (it went from cell to cell, row after row)
    QCOMPARE(QApplication::focusWidget(), panel.findChild<QPushButton*>(QStringLiteral("addParticipantButton")));
    QCOMPARE(m_workspace->participantId(), second.id);
    // Chosen elsewhere while hidden by the search: the search is cleared so the list shows it.
    m_workspace->setParticipant(first.id);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    m_languages.apply(QStringLiteral("nl"));
    QTRY_COMPARE(search->placeholderText(),
                 QCoreApplication::translate("mb::ParticipantListPanel", "Search code, name or arm…"));
    QVERIFY(search->placeholderText() != QStringLiteral("Search code, name or arm…"));
}

void TestPanels::participantSearchMatchesEveryColumnInEitherLanguage()
{
    ParticipantListPanel panel(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Participant first = add(QStringLiteral("SITE-A-01"));
    add(QStringLiteral("SITE-B-02"));
    Participant third = add(QStringLiteral("OTHER-03"));
    third.arm = QStringLiteral("Placebo");
    QVERIFY(!m_workspace->editor()->editParticipant(third));
    Participant withdrawn = *m_workspace->store()->participants().byId(first.id);
    withdrawn.withdrawn = QDate(2025, 1, 5);
    QVERIFY(!m_workspace->editor()->editParticipant(withdrawn));
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("participantSearch"));
    auto* view = panel.findChild<QTableView*>(QStringLiteral("participantView"));
    // Typed a key at a time: a code prefix in any case.
    QTest::keyClicks(search, QStringLiteral("site-"));
    QCOMPARE(view->model()->rowCount(), 2);
    QTest::keyClick(search, u'b');
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("SITE-B-02"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("placebo")); // the arm
    QCOMPARE(view->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("withdrawn")); // the status, as shown
    QCOMPARE(view->model()->rowCount(), 1);
    // The status is translated: the search follows the language it is shown in.
    m_languages.apply(QStringLiteral("nl"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("teruggetrokken"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(search->accessibleName(), QCoreApplication::translate("mb::ParticipantListPanel", "Search participants"));
}

void TestPanels::participantColumnsFitEveryRow()
{
    // More rows than Qt measures for a column (1,000), the widest texts far down the list: the columns are fitted
    // to a few rows chosen by their texts' lengths, and no cell of any row may be cut.
    Store& store = *m_workspace->store();
    test::addParticipants(store, 1200, QStringLiteral("P"));
    const QList<Participant> all = store.participants().list(); // ordered by code
    Participant named = all[1150];
    named.displayName = QStringLiteral("Wilhelmina Wolkenkrabber-Weststrate");
    named.arm = QStringLiteral("Lactobacillus and a Mediterranean diet");
    named.withdrawn = QDate(2025, 12, 28);
    store.participants().update(named);
    Participant wide = all[1170];
    wide.displayName = QStringLiteral("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMM"); // fewer characters, wider
    store.participants().update(wide);
    QuestionnaireResponse flag; // a safety flag puts an icon before a code that is not the longest
    flag.participantId = store.participants().byCode(QStringLiteral("P-42"))->id;
    flag.instrument = Instrument::Phq9;
    flag.date = QDate(2025, 1, 5);
    flag.answers = {1, 1, 1, 1, 1, 1, 1, 1, 2};
    store.questionnaires().add(flag);

    ParticipantListPanel panel(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* view = panel.findChild<QTableView*>(QStringLiteral("participantView"));
    QCOMPARE(view->model()->rowCount(), 1200);
    for (int column = 0; column + 1 < ParticipantListModel::ColumnCount; ++column) { // the last one stretches
        int widest = view->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            widest = std::max(widest, view->sizeHintForIndex(view->model()->index(row, column)).width());
        QCOMPARE(view->columnWidth(column), widest); // as QHeaderView::ResizeToContents over every row would
    }
    // The list read again while a search is typed: the columns fit the rows the search leaves.
    QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("participantSearch")), QStringLiteral("p-11"));
    add(QStringLiteral("P-11a"));
    QCOMPARE(view->model()->rowCount(), 1 + 10 + 100 + 1); // P-11, P-110 … P-119, P-1100 … P-1199, the new one
    for (int column = 0; column + 1 < ParticipantListModel::ColumnCount; ++column) {
        int widest = view->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            widest = std::max(widest, view->sizeHintForIndex(view->model()->index(row, column)).width());
        QCOMPARE(view->columnWidth(column), widest);
    }
}

void TestPanels::journalPanelShowsTheParticipantInBothLanguages()
{
    JournalPanel panel(m_workspace.get());
    const Participant p = add(QStringLiteral("P-001"));
    m_workspace->setParticipant(p.id);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* hint = panel.findChild<QLabel*>(QStringLiteral("emptyHint"));
    QVERIFY(hint->isVisible()); // no entries yet
    JournalEntry e;
    e.participantId = p.id;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("mood"), 7.5}};
    QVERIFY(!m_workspace->editor()->addEntry(e));
    auto* view = panel.findChild<QTableView*>(QStringLiteral("journalView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!hint->isVisible());
    view->selectRow(0);
    QVERIFY(panel.selectedEntryId() > 0);
    m_languages.apply(QStringLiteral("nl"));
    panel.refreshTexts();
    QTRY_COMPARE(view->accessibleName(), QCoreApplication::translate("mb::JournalPanel", "Journal entries"));
    QVERIFY(view->accessibleName() != QStringLiteral("Journal entries"));
    const QString shown = view->model()->index(0, 2).data().toString();
    QVERIFY2(shown.contains(u','), qPrintable(shown)); // 7,5 in Dutch
}

// After an edit the journal is read again: the selection was gone and the current cell was the first row, another
// entry (Edit and Delete were disabled). The edited entry stays selected and current, also when the edit moves it.
// Tab moved cell by cell through the table, so with many entries it never left it.
void TestPanels::editedEntryStaysSelectedAndTabLeavesTheJournal()
{
    JournalPanel panel(m_workspace.get());
    const Participant p = add(QStringLiteral("P-001"));
    m_workspace->setParticipant(p.id);
    for (int day : {3, 2, 1}) {
        JournalEntry e;
        e.participantId = p.id;
        e.date = QDate(2025, 1, day);
        e.values = {{QStringLiteral("mood"), double(day)}};
        QVERIFY(!m_workspace->editor()->addEntry(e));
    }
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto* view = panel.findChild<QTableView*>(QStringLiteral("journalView"));
    QCOMPARE(view->model()->rowCount(), 3);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 2); // 1 January
    const qint64 edited = panel.selectedEntryId();
    QVERIFY(edited > 0);

    panel.editEntry();
    auto* dialog = panel.findChild<EntryDialog*>();
    QVERIFY(dialog);
    dialog->activateWindow(); // the offscreen platform has no window manager
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QWidget* mood = dialog->input(QStringLiteral("mood"))->editor();
    mood->setFocus();
    QTest::keyClick(mood, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(mood, QStringLiteral("4"));
    QTest::keyClick(mood, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel.findChild<EntryDialog*>());
    QCOMPARE(m_workspace->store()->journal().byId(edited)->values.value(QStringLiteral("mood")), 4.0);
    QCOMPARE(panel.selectedEntryId(), edited);
    QCOMPARE(view->currentIndex().row(), 2);

    // Moved to the top by a later date (an undo or another window's edit reads the journal again the same way).
    JournalEntry later = *m_workspace->store()->journal().byId(edited);
    later.date = QDate(2025, 1, 9);
    QVERIFY(!m_workspace->editor()->editEntry(later));
    QCOMPARE(panel.selectedEntryId(), edited);
    QCOMPARE(view->currentIndex().row(), 0);

    const int column = view->currentIndex().column();
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->currentIndex().column(), column); // Tab leaves the table instead of walking its cells
    QVERIFY(!view->tabKeyNavigation());
}

// At the minimum window size (900 pixels, the tab gets some 540) the Dutch row of intervention buttons was wider
// than the tab: "Randomiseren…" was cut off at the edge and the whole tab scrolled sideways.
void TestPanels::interventionButtonsFitTheNarrowestWindow()
{
    m_languages.apply(QStringLiteral("nl"));
    const Participant p = add(QStringLiteral("P-001"));
    m_workspace->setParticipant(p.id);
    InterventionPanel panel(m_workspace->editor());
    panel.follow(m_workspace.get());
    QVERIFY2(panel.minimumSizeHint().width() <= 540, qPrintable(QString::number(panel.minimumSizeHint().width())));
    panel.resize(540, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE(panel.width(), 540);
    QTest::qWait(20);
    const QList<QPushButton*> buttons = panel.findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 5);
    for (QPushButton* button : buttons) {
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        const QRect inPanel(button->mapTo(&panel, QPoint(0, 0)), button->size());
        QVERIFY2(panel.rect().contains(inPanel), qPrintable(button->text()));
    }
    m_languages.apply(QStringLiteral("en"));
}

// Days with adherence recorded outside an intervention's new dates: the dialog asks before they are cleared, and
// "Keep them" keeps the dialog open with nothing changed (the repository refuses to leave ticks behind).
void TestPanels::shorterInterventionAsksBeforeClearingAdherence()
{
    const Participant p = add(QStringLiteral("P-001"));
    m_workspace->setParticipant(p.id);
    Store* store = m_workspace->store();
    const qint64 id = store->interventions().add(
        Intervention{.participantId = p.id, .name = QStringLiteral("LGG"), .start = QDate(2025, 1, 1)});
    for (const QDate day : {QDate(2025, 1, 2), QDate(2025, 1, 4), QDate(2025, 1, 5)})
        store->interventions().setAdherence(id, day, true);
    const auto ticks = [&] {
        return store->interventions().adherence(id, QDate(2025, 1, 1), QDate(2025, 1, 31)).size();
    };
    InterventionPanel panel(m_workspace->editor());
    panel.follow(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* view = panel.findChild<QTableView*>(QStringLiteral("interventionView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    panel.editIntervention();
    InterventionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = panel.findChild<InterventionDialog*>()) && dialog->isVisible());
    dialog->findChild<QCheckBox*>(QStringLiteral("ongoing"))->setChecked(false);
    dialog->findChild<DateField*>(QStringLiteral("end"))->setDate(QDate(2025, 1, 3));

    QString asked;
    const auto answer = [&asked](const QString& button) {
        QTimer::singleShot(50, [&asked, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text().remove(u'&') == button)
                    b->click();
        });
    };
    QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    answer(QStringLiteral("Keep them"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QStringLiteral("2 day")), qPrintable(asked));
    QVERIFY(dialog->isVisible()); // not saved, nothing changed
    QCOMPARE(ticks(), 3);
    QVERIFY(!store->interventions().byId(id)->end.isValid());

    asked.clear();
    answer(QStringLiteral("Clear and save"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!panel.findChild<InterventionDialog*>());
    QCOMPARE(ticks(), 1);
    QCOMPARE(store->interventions().byId(id)->end, QDate(2025, 1, 3));
    m_workspace->editor()->undoStack()->undo();
    QCOMPARE(ticks(), 3);
}

// As many groups on a row as fit, in their order; the next on the row below; back on one row when there is room,
// also after a change of text.
void TestPanels::groupsGoOnAsFewRowsAsFit()
{
    QWidget window;
    QList<QPushButton*> buttons;
    QList<RowOrRows::Group> groups;
    for (int i = 0; i < 3; ++i) {
        buttons << new QPushButton(QStringLiteral("Button number %1").arg(i));
        groups.append({RowOrRows::line({buttons.last()})});
    }
    auto* rows = new RowOrRows(groups);
    (new QVBoxLayout(&window))->addWidget(rows);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int button = buttons.first()->sizeHint().width();
    const int margins = window.width() - rows->width();
    auto at = [rows](const QWidget* w) {
        return w->mapTo(rows, QPoint(0, 0));
    };
    QCOMPARE(rows->minimumSizeHint().width(), button);
    for (const auto& [width, rowCount] : {std::pair{3 * button + 40, 1}, {2 * button + 20, 2}, {button, 3}}) {
        window.resize(width + margins, window.height());
        QTRY_COMPARE(rows->rowCount(), rowCount);
        QTRY_COMPARE(window.height(), window.sizeHint().height());
        for (QPushButton* b : std::as_const(buttons)) {
            QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
            const QRect inRows(at(b), b->size());
            QVERIFY2(rows->rect().contains(inRows), qPrintable(b->text()));
        }
        if (rowCount == 2) { // the first two on the first row, the third under the first
            QCOMPARE(at(buttons[1]).y(), at(buttons[0]).y());
            QCOMPARE(at(buttons[2]).x(), 0);
            QVERIFY(at(buttons[2]).y() > at(buttons[0]).y());
        }
    }
    window.resize(3 * button + 40 + margins, window.height());
    QTRY_VERIFY(rows->isOneRow());
    // A longer text (another language) at the same width: the last group goes under the others, and back.
    buttons[2]->setText(buttons[2]->text() + QStringLiteral(" with more words"));
    QTRY_COMPARE(rows->rowCount(), 2);
    QTRY_VERIFY(buttons[2]->width() >= buttons[2]->sizeHint().width());
    buttons[2]->setText(buttons[0]->text());
    QTRY_VERIFY(rows->isOneRow());
}

void TestPanels::shortcutsDialogListsEveryShortcutInBothLanguages()
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        m_languages.apply(language);
        QString text;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("shortcutsDialog"));
            text = box->text();
            box->accept();
        });
        ShortcutsDialog::show(nullptr);
        QVERIFY(text.contains(QStringLiteral("Ctrl+N")));
        QVERIFY(text.contains(QStringLiteral("F1")));
        QVERIFY(text.contains(QCoreApplication::translate("mb::ShortcutsDialog", "Undo / redo").toHtmlEscaped()));
        if (language == u"nl")
            QVERIFY(!text.contains(QStringLiteral("Undo / redo")));
    }
}

// The demo (first-run offer, moodbiome-cli demo) names interventions, units, frequencies, arms, notes and tags in
// the interface's language; the same seed gives the same data in either.
void TestPanels::demoDataInTheInterfaceLanguage()
{
    DemoOptions options;
    options.participants = 3;
    options.days = 90;
    options.lastDay = QDate(2025, 1, 5);
    const auto texts = [&options] {
        QStringList all;
        for (const DemoParticipant& p : generateDemo(options)) {
            all << p.participant.arm;
            for (const Intervention& i : p.interventions)
                all << i.name << i.unit << i.frequency << i.notes;
            for (const JournalEntry& e : p.entries)
                all << e.note;
        }
        for (const Tag& t : demoTags())
            all << t.name;
        all.removeAll(QString());
        all.removeDuplicates();
        return all;
    };
    m_languages.apply(QStringLiteral("nl"));
    const QStringList dutch = texts();
    m_languages.apply(QStringLiteral("en"));
    const QStringList english = texts();
    for (const char* text : {"Placebocapsule", "Mediterraan dieet", "miljard kve", "dagelijks", "probioticum",
                             "Drukke dag op het werk", "koffie"})
        QVERIFY2(dutch.contains(QLatin1String(text)), qPrintable(dutch.join(u'|')));
    for (const char* text : {"Placebo capsule", "Mediterranean diet", "billion CFU", "daily", "Busy day at work"})
        QVERIFY2(!dutch.contains(QLatin1String(text)) && english.contains(QLatin1String(text)),
                 qPrintable(english.join(u'|')));
    QCOMPARE(dutch.size(), english.size());
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
