// Tags in the window: undoable tag edits, chips in the entry form toggled with the keyboard, the tag list editor,
// the journal's Tags column, and the chart's row of marks per chosen tag.
#include "TestSupport.h"
#include "storage/Verifier.h"
#include "ui/ChartView.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/JournalModel.h"
#include "ui/LanguageManager.h"
#include "ui/TagChips.h"
#include "ui/TagListEditor.h"
#include "ui/Workspace.h"
#include "ui/chart/ParticipantChart.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QToolButton>
#include <QUndoStack>

using namespace mb;

class TestTagsUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tagEditsUndoAndRedo();
    void entryEditWithTagsIsOneUndoStep();
    void chipToggledWithKeyboard();
    void archivedTagsOfferedOnlyWhereCarried();
    void manyTagsScroll();
    void listEditorCreatesRenamesArchivesAndMoves();
    void journalShowsTagNames();
    void chartDrawsARowPerChosenTag();

private:
    Store* store() const { return m_workspace->store(); }
    Editor* editor() const { return m_workspace->editor(); }
    qint64 addEntry(QDate day, QList<qint64> tags);

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    LanguageManager m_languages;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_participant = 0;
};

void TestTagsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.apply(QStringLiteral("en"));
}

void TestTagsUi::init()
{
    static int n = 0;
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setStore(Store::open(m_dir.filePath(QStringLiteral("ui-%1.sqlite").arg(++n))));
    m_participant = store()->participants().add(Participant{.code = QStringLiteral("P-001")});
    m_workspace->setParticipant(m_participant);
}

void TestTagsUi::cleanup()
{
    m_workspace.reset();
}

qint64 TestTagsUi::addEntry(QDate day, QList<qint64> tags)
{
    JournalEntry e;
    e.participantId = m_participant;
    e.date = day;
    e.values.insert(QStringLiteral("mood"), 6);
    e.tagIds = std::move(tags);
    return store()->journal().add(e);
}

void TestTagsUi::tagEditsUndoAndRedo()
{
    QSignalSpy changed(m_workspace.get(), &Workspace::tagsChanged);
    qint64 id = 0;
    QVERIFY(!editor()->createTag({.name = QStringLiteral("coffee")}, &id));
    QCOMPARE(changed.size(), 1);
    Tag t = *store()->tags().byId(id);
    t.name = QStringLiteral("espresso");
    QVERIFY(!editor()->editTag(t));
    t.archived = true;
    QVERIFY(!editor()->editTag(t));
    QCOMPARE(editor()->editTag(Tag{.id = 999, .name = QStringLiteral("x")}),
             QStringLiteral("That tag no longer exists."));
    QUndoStack* stack = editor()->undoStack();
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(store()->tags().byId(id)->archived, false);
    stack->undo();
    QCOMPARE(store()->tags().byId(id)->name, QStringLiteral("coffee"));
    stack->undo();
    QVERIFY(!store()->tags().byId(id)); // the creation undone
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(store()->tags().byId(id)->name, QStringLiteral("espresso")); // the same id came back
    QCOMPARE(store()->tags().byId(id)->archived, true);
    QVERIFY(changed.size() >= 9);
    QVERIFY(Verifier::verify(store()->database()).dataOk());
}

void TestTagsUi::entryEditWithTagsIsOneUndoStep()
{
    const qint64 coffee = store()->tags().create({.name = QStringLiteral("coffee")});
    const qint64 id = addEntry(QDate(2025, 1, 2), {});
    JournalEntry e = *store()->journal().byId(id);
    e.values[QStringLiteral("mood")] = 8;
    e.tagIds = {coffee};
    QVERIFY(!editor()->editEntry(e));
    QCOMPARE(store()->journal().byId(id)->tagIds, (QList<qint64>{coffee}));
    editor()->undoStack()->undo();
    const JournalEntry back = *store()->journal().byId(id);
    QVERIFY(back.tagIds.isEmpty());
    QCOMPARE(back.values.value(QStringLiteral("mood")), 6.0);
    QVERIFY(!editor()->setEntryTags(id, {coffee}));
    QCOMPARE(store()->tags().entryTags(id), (QList<qint64>{coffee}));
    editor()->undoStack()->undo();
    QVERIFY(store()->tags().entryTags(id).isEmpty());
}

void TestTagsUi::chipToggledWithKeyboard()
{
    store()->tags().create({.name = QStringLiteral("coffee"), .colour = QStringLiteral("#8b4513")});
    const qint64 kefir = store()->tags().create({.name = QStringLiteral("kefir")});
    QList<JournalEntry> saved;
    JournalEntry entry;
    entry.participantId = m_participant;
    EntryDialog dialog(entry, builtinMeasures(), QStringLiteral("P-001"),
                       [&](const JournalEntry& e, const QMap<qint64, bool>&) {
                           saved.append(e);
                           return std::optional<QString>();
                       });
    dialog.setTags(store()->tags().list());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.tagChips()->chips().size(), 2);
    QCOMPARE(dialog.tagChips()->chip(QStringLiteral("kefir"))->accessibleName(), QStringLiteral("Tag kefir"));
    // From the note, Tab reaches the first chip, then the second; Space toggles it.
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("note"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.tagChips()->chip(QStringLiteral("coffee")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.tagChips()->chip(QStringLiteral("kefir")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(dialog.tagChips()->chip(QStringLiteral("kefir"))->isChecked());
    QVERIFY(dialog.hasChanges());
    // A tag alone is enough to save.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().tagIds, (QList<qint64>{kefir}));
    QVERIFY(saved.first().values.isEmpty());
}

void TestTagsUi::archivedTagsOfferedOnlyWhereCarried()
{
    const qint64 old = store()->tags().create({.name = QStringLiteral("late night"), .archived = true});
    store()->tags().create({.name = QStringLiteral("run")});
    JournalEntry fresh;
    EntryDialog newEntry(fresh, builtinMeasures(), QStringLiteral("P-001"),
                         [](const JournalEntry&, const QMap<qint64, bool>&) { return std::optional<QString>(); });
    newEntry.setTags(store()->tags().list());
    QCOMPARE(newEntry.tagChips()->chips().size(), 1);
    JournalEntry carrying = *store()->journal().byId(addEntry(QDate(2025, 1, 1), {old}));
    EntryDialog edit(carrying, builtinMeasures(), QStringLiteral("P-001"),
                     [](const JournalEntry&, const QMap<qint64, bool>&) { return std::optional<QString>(); });
    edit.setTags(store()->tags().list());
    QCOMPARE(edit.tagChips()->chips().size(), 2);
    QVERIFY(edit.tagChips()->chip(QStringLiteral("late night"))->isChecked());
    QVERIFY(!edit.hasChanges());
    QCOMPARE(edit.entry().tagIds, (QList<qint64>{old}));
}

void TestTagsUi::manyTagsScroll()
{
    for (int i = 0; i < 30; ++i)
        store()->tags().create({.name = QStringLiteral("activity %1").arg(i)});
    TagChips chips;
    chips.setTags(store()->tags().list(), {});
    chips.show();
    chips.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&chips));
    QCOMPARE(chips.chips().size(), 30);
    const int chipHeight = chips.chips().first()->sizeHint().height();
    QVERIFY(chips.height() < 5 * chipHeight); // four rows shown of six
    QVERIFY(chips.height() >= 4 * chipHeight);
    QToolButton* last = chips.chips().last();
    last->setFocus();
    QTRY_VERIFY(last->visibleRegion().isEmpty() == false); // scrolled into view
}

void TestTagsUi::listEditorCreatesRenamesArchivesAndMoves()
{
    TagListDialog dialog(m_workspace.get());
    TagListEditor* tags = dialog.editor();
    QVERIFY(!tags->create(QStringLiteral("coffee")));
    QVERIFY(!tags->create(QStringLiteral("run")));
    QVERIFY(tags->create(QStringLiteral("Coffee")).value().contains(QStringLiteral("already")));
    QVERIFY(tags->create(QStringLiteral("a;b")).has_value());
    QCOMPARE(tags->list()->count(), 2);
    QCOMPARE(tags->list()->currentItem()->text(), QStringLiteral("run"));
    QVERIFY(!tags->renameSelected(QStringLiteral("running")));
    QVERIFY(!tags->colourSelected(QStringLiteral("#00aa00")));
    QVERIFY(!tags->moveSelected(-1));
    QCOMPARE(tags->list()->item(0)->text(), QStringLiteral("running"));
    QCOMPARE(store()->tags().list().first().colour, QStringLiteral("#00aa00"));
    QVERIFY(!tags->toggleArchivedSelected());
    QCOMPARE(tags->list()->item(0)->text(), QStringLiteral("running (archived)"));
    QCOMPARE(store()->tags().list(false).size(), 1);
    editor()->undoStack()->undo(); // the list follows an undo too
    QCOMPARE(tags->list()->item(0)->text(), QStringLiteral("running"));
}

void TestTagsUi::journalShowsTagNames()
{
    const qint64 coffee = store()->tags().create({.name = QStringLiteral("coffee")});
    const qint64 run = store()->tags().create({.name = QStringLiteral("run")});
    addEntry(QDate(2025, 1, 2), {run, coffee});
    JournalModel model;
    model.setStore(store());
    model.setParticipant(m_participant);
    QCOMPARE(model.headerData(model.tagsColumn(), Qt::Horizontal).toString(), QStringLiteral("Tags"));
    QCOMPARE(model.index(0, model.tagsColumn()).data().toString(), QStringLiteral("coffee, run"));
}

void TestTagsUi::chartDrawsARowPerChosenTag()
{
    const qint64 coffee =
        store()->tags().create({.name = QStringLiteral("coffee"), .colour = QStringLiteral("#8b4513")});
    const qint64 run = store()->tags().create({.name = QStringLiteral("run")});
    addEntry(QDate(2025, 1, 1), {coffee});
    addEntry(QDate(2025, 1, 2), {coffee, run});
    addEntry(QDate(2025, 1, 3), {});
    ChartView view;
    view.follow(m_workspace.get());
    QSignalSpy chosen(&view, &ChartView::shownTagsChanged);
    QVERIFY(view.chart()->drawn(PlotDrawn::Kind::Row).isEmpty());
    view.setShownTags({QStringLiteral("coffee")});
    QCOMPARE(chosen.size(), 1);
    const PlotDrawn* row = view.chart()->drawnItem(QStringLiteral("tag/coffee"));
    QVERIFY(row);
    QCOMPARE(row->kind, PlotDrawn::Kind::Row);
    QCOMPARE(row->name, QStringLiteral("coffee"));
    QCOMPARE(row->color, QColor(QStringLiteral("#8b4513")));
    QCOMPARE(row->points.size(), 2);
    QVERIFY(row->points[0].y() < -1); // under the 0–10 scale and the adherence ticks
    QVERIFY(view.chart()->axes().left.range->first < row->points[0].y());
    QVERIFY(!view.chart()->drawnItem(QStringLiteral("tag/run")));
    // The tag menu offers every live tag; choosing one adds a row below the first.
    QToolButton* button = view.findChild<QToolButton*>(QStringLiteral("tagsButton"));
    QVERIFY(button && button->isEnabled());
    QAction* showRun = button->menu()->findChild<QAction*>(QStringLiteral("showTag_run"));
    QVERIFY(showRun);
    showRun->trigger();
    const PlotDrawn* runRow = view.chart()->drawnItem(QStringLiteral("tag/run"));
    QVERIFY(runRow);
    QCOMPARE(runRow->points.size(), 1);
    QVERIFY(runRow->points[0].y() < row->points[0].y());
    // The hover read-out names the day's chosen tags.
    QVERIFY2(view.chart()->describeDay(QDate(2025, 1, 2)).contains(QStringLiteral("Tags: coffee, run")),
             qPrintable(view.chart()->describeDay(QDate(2025, 1, 2))));
    QVERIFY(!view.chart()->describeDay(QDate(2025, 1, 3)).contains(QStringLiteral("Tags:")));
    // A rename reaches the chart through tagsChanged.
    Tag renamed = *store()->tags().byId(coffee);
    renamed.colour = QStringLiteral("#000000");
    QVERIFY(!editor()->editTag(renamed));
    QCOMPARE(view.chart()->drawnItem(QStringLiteral("tag/coffee"))->color, QColor(Qt::black));
}

QTEST_MAIN(TestTagsUi)
#include "tst_tagsui.moc"
