// Undoable edits: each edit and each undo or redo is committed at once and audited.
#include "TestSupport.h"
#include "ui/Editor.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace mb;

class TestEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addEntryUndoRedo();
    void editEntryUndo();
    void deleteEntryUndo();
    void participantUndo();
    void refusedEditLeavesNoCommand();
    void adherenceUndoRestoresWhatWasThere();
    void questionnaireEditsAreTheEditorsCommands();
    void entryWithTicksIsOneTransaction();
    void shorteningAnInterventionClearsItsTicksAndUndoPutsThemBack();

private:
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Editor> m_editor;
    qint64 m_participant = 0;
};

void TestEditor::init()
{
    static int n = 0;
    m_store = Store::open(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++n)));
    m_editor = std::make_unique<Editor>();
    m_editor->setStore(m_store.get());
    Participant p;
    p.code = QStringLiteral("P-001");
    QVERIFY(!m_editor->addParticipant(p, &m_participant));
    m_editor->undoStack()->clear();
}

void TestEditor::cleanup()
{
    m_editor.reset();
    m_store.reset();
}

void TestEditor::addEntryUndoRedo()
{
    QSignalSpy changed(m_editor.get(), &Editor::entriesChanged);
    JournalEntry e;
    e.participantId = m_participant;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("mood"), 6}};
    qint64 id = 0;
    QVERIFY(!m_editor->addEntry(e, &id));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->journal().count(m_participant), 1);

    m_editor->undoStack()->undo();
    QCOMPARE(m_store->journal().count(m_participant), 0);
    auto audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("delete"));
    QCOMPARE(audit[0].rowId, id);
    QCOMPARE(audit[0].reason, QStringLiteral("Undo: Add entry"));

    m_editor->undoStack()->redo();
    QCOMPARE(m_store->journal().count(m_participant), 1);
    audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("restore"));
    QCOMPARE(audit[0].reason, QStringLiteral("Redo: Add entry"));
    QCOMPARE(changed.count(), 3);
}

void TestEditor::editEntryUndo()
{
    JournalEntry e;
    e.participantId = m_participant;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("mood"), 6}};
    qint64 id = 0;
    QVERIFY(!m_editor->addEntry(e, &id));
    JournalEntry changed = *m_store->journal().byId(id);
    changed.values[QStringLiteral("mood")] = 9;
    changed.note = QStringLiteral("better");
    QVERIFY(!m_editor->editEntry(changed));
    QCOMPARE(m_store->journal().byId(id)->values.value(QStringLiteral("mood")), 9.0);
    m_editor->undoStack()->undo();
    const auto restored = m_store->journal().byId(id);
    QCOMPARE(restored->values.value(QStringLiteral("mood")), 6.0);
    QCOMPARE(restored->note, QString());
    const auto audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("update"));
    QVERIFY(audit[0].reason.startsWith(QStringLiteral("Undo: ")));
    QVERIFY(audit[0].oldValues.contains(QStringLiteral("\"mood\":9")));
    QVERIFY(audit[0].newValues.contains(QStringLiteral("\"mood\":6")));
}

void TestEditor::deleteEntryUndo()
{
    JournalEntry e;
    e.participantId = m_participant;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("stress"), 2}};
    qint64 id = 0;
    QVERIFY(!m_editor->addEntry(e, &id));
    QVERIFY(!m_editor->deleteEntry(id));
    QCOMPARE(m_store->journal().count(m_participant), 0);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->journal().count(m_participant), 1);
    QCOMPARE(m_store->audit().rows(m_participant)[0].action, QStringLiteral("restore"));
}

void TestEditor::participantUndo()
{
    QSignalSpy changed(m_editor.get(), &Editor::participantsChanged);
    Participant p;
    p.code = QStringLiteral("P-002");
    qint64 id = 0;
    QVERIFY(!m_editor->addParticipant(p, &id));
    Participant edited = *m_store->participants().byId(id);
    edited.arm = QStringLiteral("diet");
    QVERIFY(!m_editor->editParticipant(edited));
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->participants().byId(id)->arm, QString());
    m_editor->undoStack()->undo();
    QVERIFY(!m_store->participants().byCode(QStringLiteral("P-002")));
    QCOMPARE(changed.count(), 4);
}

void TestEditor::refusedEditLeavesNoCommand()
{
    JournalEntry e;
    e.participantId = m_participant;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("mood"), 12}};
    const auto error = m_editor->addEntry(e);
    QVERIFY(error);
    QVERIFY(error->contains(QStringLiteral("between 0 and 10")));
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestEditor)
// Undo of a tick brings back what was there before: no record, or the opposite tick.
void TestEditor::adherenceUndoRestoresWhatWasThere()
{
    const qint64 probiotic = m_store->interventions().add(
        Intervention{.participantId = m_participant, .name = QStringLiteral("LGG"), .start = QDate(2025, 1, 1)});
    const QDate day(2025, 1, 3);
    const auto state = [&] {
        return m_store->interventions().adherence(probiotic, day, day);
    };
    QVERIFY(!m_editor->setAdherence(probiotic, day, true));
    QCOMPARE(state(), (QMap<QDate, bool>{{day, true}}));
    QVERIFY(!m_editor->setAdherence(probiotic, day, false));
    QCOMPARE(state(), (QMap<QDate, bool>{{day, false}}));
    m_editor->undoStack()->undo();
    QCOMPARE(state(), (QMap<QDate, bool>{{day, true}}));
    m_editor->undoStack()->undo();
    QVERIFY(state().isEmpty());
    m_editor->undoStack()->redo();
    QCOMPARE(state(), (QMap<QDate, bool>{{day, true}}));
}

// Issue 15: questionnaire responses had undo commands of their own in the panel, which announced them by emitting
// the Editor's signal from outside. They are the Editor's commands now, announced like every other edit.
void TestEditor::questionnaireEditsAreTheEditorsCommands()
{
    QSignalSpy changed(m_editor.get(), &Editor::responsesChanged);
    QSignalSpy failed(m_editor.get(), &Editor::failed);
    QuestionnaireResponse r;
    r.participantId = m_participant;
    r.instrument = Instrument::Gad7;
    r.date = QDate(2025, 1, 5);
    r.answers = QList<int>(7, 1);
    qint64 id = 0;
    QVERIFY(!m_editor->addResponse(r, &id));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_editor->deleteResponse(id));
    QVERIFY(m_store->questionnaires().list(m_participant).isEmpty());
    m_editor->undoStack()->undo(); // the delete
    m_editor->undoStack()->undo(); // the add
    QVERIFY(m_store->questionnaires().list(m_participant).isEmpty());
    m_editor->undoStack()->redo();
    QCOMPARE(m_store->questionnaires().list(m_participant).size(), 1);
    QCOMPARE(m_store->audit().rows(m_participant)[0].reason, QStringLiteral("Redo: Add GAD-7"));
    QCOMPARE(changed.count(), 5);

    r.instrument = Instrument::Phq9;
    r.answers = {1, 1, 1, 1, 1, 1, 1, 1, 2}; // item 9 answered: a safety flag
    QVERIFY(!m_editor->addResponse(r, &id));
    QVERIFY(m_editor->deleteResponse(id)); // a flagged response cannot go before it is acknowledged
    QVERIFY(!m_editor->acknowledgeFlag(id, QStringLiteral("Called, safety plan in place.")));
    QCOMPARE(m_store->questionnaires().unacknowledged(m_participant).size(), 0);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->questionnaires().unacknowledged(m_participant).size(), 1);
    m_editor->undoStack()->undo(); // undoing the add would delete an open flag: refused, and said so
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_store->questionnaires().unacknowledged(m_participant).size(), 1);
}

// An entry and its day's "taken" ticks are one storage call in one transaction: when a tick is refused, the entry
// is not written either.
void TestEditor::entryWithTicksIsOneTransaction()
{
    JournalEntry e;
    e.participantId = m_participant;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("mood"), 6}};
    const auto error = m_editor->addEntry(e, nullptr, {{987654, true}}); // no such intervention
    QVERIFY(error);
    QCOMPARE(m_store->journal().count(m_participant), 0);
    QVERIFY(!m_editor->undoStack()->canUndo());
}

#include "tst_editor.moc"

// The repository refuses new dates that leave a tick outside them (verify names such a tick): the edit clears those
// days in the same step, audited, and its undo puts them back with the old dates.
void TestEditor::shorteningAnInterventionClearsItsTicksAndUndoPutsThemBack()
{
    Intervention lgg{.participantId = m_participant, .name = QStringLiteral("LGG"), .start = QDate(2025, 1, 1)};
    lgg.id = m_store->interventions().add(lgg);
    const QMap<QDate, bool> ticks = {{QDate(2025, 1, 2), true}, {QDate(2025, 1, 8), true}, {QDate(2025, 1, 9), false}};
    for (auto it = ticks.begin(); it != ticks.end(); ++it)
        m_store->interventions().setAdherence(lgg.id, it.key(), it.value());
    const auto all = [&] {
        return m_store->interventions().adherence(lgg.id, QDate(2025, 1, 1), QDate(2025, 12, 31));
    };

    Intervention shorter = *m_store->interventions().byId(lgg.id);
    shorter.end = QDate(2025, 1, 5);
    QVERIFY(!m_editor->editIntervention(shorter));
    QCOMPARE(m_store->interventions().byId(lgg.id)->end, QDate(2025, 1, 5));
    QCOMPARE(all(), (QMap<QDate, bool>{{QDate(2025, 1, 2), true}}));
    QVERIFY(m_editor->undoStack()->undoText().contains(QStringLiteral("of 2 day")));
    m_editor->undoStack()->undo();
    QVERIFY(!m_store->interventions().byId(lgg.id)->end.isValid());
    QCOMPARE(all(), ticks);
    m_editor->undoStack()->redo();
    QCOMPARE(all(), (QMap<QDate, bool>{{QDate(2025, 1, 2), true}}));
}
