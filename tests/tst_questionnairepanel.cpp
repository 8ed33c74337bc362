// The questionnaire panel: filling in through the form, undo and redo through the editor, the history table,
// and the safety-flag banner that stays until a clinician acknowledges the flag with a note.
#include "TestSupport.h"
#include "ui/Editor.h"
#include "ui/LanguageManager.h"
#include "ui/QuestionnaireDialog.h"
#include "ui/QuestionnaireModel.h"
#include "ui/QuestionnairePanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace mb;

namespace {
const QList<int> flaggedPhq9{0, 1, 2, 3, 0, 1, 2, 1, 1};
const QString warning = QStringLiteral("Item 9 was answered above 0: thoughts of death or self-harm. This calls for a "
                                       "timely risk assessment by a clinician; it is not a diagnosis.");
} // namespace

class TestQuestionnairePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fillInThroughTheForm();
    void addUndoRedo();
    void flagBannerUntilAcknowledged();
    void acknowledgementUndo();
    void flaggedResponseCannotBeDeletedUnacknowledged();
    void deleteSelectedAndUndo();
    void withdrawnParticipantIsReadOnly();
    void modelShowsHistory();
    void screenshots();

private:
    QuestionnaireResponse response(Instrument instrument, const QList<int>& answers, QDate date) const;
    QFrame* banner() const { return m_panel->findChild<QFrame*>(QStringLiteral("flagBanner")); }

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    LanguageManager m_languages;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<QuestionnairePanel> m_panel;
    qint64 m_participant = 0;
};

void TestQuestionnairePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.apply(QStringLiteral("en"));
}

void TestQuestionnairePanel::init()
{
    static int n = 0;
    m_store = Store::open(m_dir.filePath(QStringLiteral("panel%1.sqlite").arg(++n)));
    m_editor = std::make_unique<Editor>();
    m_editor->setStore(m_store.get());
    Participant p;
    p.code = QStringLiteral("P-001");
    m_participant = m_store->participants().add(p);
    m_panel = std::make_unique<QuestionnairePanel>(m_editor.get());
    m_panel->setParticipant(m_participant);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestQuestionnairePanel::cleanup()
{
    m_panel.reset();
    m_editor.reset();
    m_store.reset();
}

QuestionnaireResponse TestQuestionnairePanel::response(Instrument instrument, const QList<int>& answers,
                                                       QDate date) const
{
    QuestionnaireResponse r;
    r.participantId = m_participant;
    r.instrument = instrument;
    r.answers = answers;
    r.date = date;
    return r;
}

void TestQuestionnairePanel::fillInThroughTheForm()
{
    QSignalSpy changed(m_panel.get(), &QuestionnairePanel::responsesChanged);
    m_panel->findChild<QPushButton*>(QStringLiteral("fillIn_gad7"))->click();
    auto* dialog = m_panel->findChild<QuestionnaireDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("P-001")));
    for (int item = 1; item <= 7; ++item)
        QTest::keyClick(dialog->itemRow(item), Qt::Key_2);
    QTest::keyClick(dialog->itemRow(7), Qt::Key_Return);
    QTRY_VERIFY(!m_panel->findChild<QuestionnaireDialog*>()); // closed and deleted

    const auto stored = m_store->questionnaires().list(m_participant);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].total, 14);
    QCOMPARE(stored[0].severity, QStringLiteral("moderate"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toLongLong(), m_participant);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add GAD-7"));
}

void TestQuestionnairePanel::addUndoRedo()
{
    QSignalSpy changed(m_panel.get(), &QuestionnairePanel::responsesChanged);
    qint64 id = 0;
    QCOMPARE(m_panel->addResponse(response(Instrument::Who5, {3, 3, 3, 2, 2}, QDate(2025, 1, 4)), &id), std::nullopt);
    QVERIFY(id > 0);
    QCOMPARE(m_panel->model()->rowCount(), 1);

    m_editor->undoStack()->undo();
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(m_store->questionnaires().byId(id)->deleted);
    auto audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("delete"));
    QCOMPARE(audit[0].reason, QStringLiteral("Undo: Add WHO-5"));

    m_editor->undoStack()->redo();
    QCOMPARE(m_panel->model()->rowCount(), 1);
    audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("restore"));
    QCOMPARE(audit[0].reason, QStringLiteral("Redo: Add WHO-5"));
    QCOMPARE(changed.count(), 3);

    // A refused response pushes nothing and says why.
    const auto error = m_panel->addResponse(response(Instrument::Who5, {3, 3}, QDate(2025, 1, 4)));
    QVERIFY(error && error->contains(QStringLiteral("item 3 has no answer")));
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestQuestionnairePanel::flagBannerUntilAcknowledged()
{
    QVERIFY(banner()->isHidden());
    QCOMPARE(QuestionnairePanel::unacknowledgedFlagText(*m_store, m_participant), QString());
    qint64 id = 0;
    QVERIFY(!m_panel->addResponse(response(Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 3)), &id));
    QVERIFY(banner()->isVisible());
    const QString text = QuestionnairePanel::unacknowledgedFlagText(*m_store, m_participant);
    QVERIFY2(text.startsWith(QStringLiteral("PHQ-9 of ")), qPrintable(text));
    QVERIFY(text.endsWith(warning));
    QCOMPARE(m_panel->findChild<QLabel*>(QStringLiteral("flagText"))->text(), text);

    // A second flagged response is counted.
    QVERIFY(!m_panel->addResponse(response(Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5))));
    QVERIFY(QuestionnairePanel::unacknowledgedFlagText(*m_store, m_participant)
                .endsWith(QStringLiteral("2 flagged responses await acknowledgement.")));

    // The button asks for a note; without one it cannot be confirmed.
    m_panel->findChild<QPushButton*>(QStringLiteral("acknowledgeFlag"))->click();
    auto* dialog = m_panel->findChild<QDialog*>(QStringLiteral("acknowledgeDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("note"));
    QTest::keyClicks(note, QStringLiteral("Phoned P-001; no current plans; safety plan agreed."));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<QDialog*>(QStringLiteral("acknowledgeDialog")));

    // The oldest flag was acknowledged, audited; the banner stays for the other one.
    const auto first = m_store->questionnaires().byId(id);
    QVERIFY(first->acknowledgement);
    QCOMPARE(first->acknowledgement->note, QStringLiteral("Phoned P-001; no current plans; safety plan agreed."));
    QCOMPARE(first->acknowledgement->by, AuditLog::osUser());
    const auto audit = m_store->audit().rows(m_participant);
    QCOMPARE(audit[0].action, QStringLiteral("update"));
    QCOMPARE(audit[0].rowId, id);
    QVERIFY(banner()->isVisible());
    QVERIFY(!QuestionnairePanel::unacknowledgedFlagText(*m_store, m_participant).contains(QStringLiteral("2 flagged")));

    const qint64 second = m_store->questionnaires().unacknowledged(m_participant).first().id;
    QCOMPARE(m_panel->acknowledgeFlag(second, QStringLiteral("Seen at the visit.")), std::nullopt);
    QVERIFY(banner()->isHidden());
    QCOMPARE(QuestionnairePanel::unacknowledgedFlagText(*m_store, m_participant), QString());
    QVERIFY(!m_panel->acknowledgeOldestFlag());
}

void TestQuestionnairePanel::acknowledgementUndo()
{
    qint64 id = 0;
    QVERIFY(!m_panel->addResponse(response(Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5)), &id));
    const auto empty = m_panel->acknowledgeFlag(id, QStringLiteral("  "));
    QVERIFY(empty && empty->contains(QStringLiteral("note")));
    QVERIFY(!m_panel->acknowledgeFlag(id, QStringLiteral("Risk assessed by phone.")));
    const FlagAcknowledgement ack = *m_store->questionnaires().byId(id)->acknowledgement;
    QVERIFY(banner()->isHidden());

    m_clock.clock().advanceDays(1);
    m_editor->undoStack()->undo();
    QVERIFY(banner()->isVisible());
    QVERIFY(m_store->questionnaires().byId(id)->needsAcknowledgement());
    QCOMPARE(m_store->audit().rows(m_participant)[0].reason, QStringLiteral("Undo: Acknowledge safety flag"));

    m_editor->undoStack()->redo();
    QVERIFY(banner()->isHidden());
    QCOMPARE(m_store->questionnaires().byId(id)->acknowledgement, std::optional<FlagAcknowledgement>(ack));
}

void TestQuestionnairePanel::flaggedResponseCannotBeDeletedUnacknowledged()
{
    qint64 id = 0;
    QVERIFY(!m_panel->addResponse(response(Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5)), &id));
    const auto error = m_panel->deleteResponse(id);
    QVERIFY(error && error->contains(QStringLiteral("Acknowledge")));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QVERIFY(banner()->isVisible());

    // Undoing the addition is a delete too: refused, and the command is dropped with a message.
    QSignalSpy failed(m_editor.get(), &Editor::failed);
    m_editor->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!m_store->questionnaires().byId(id)->deleted);
    QVERIFY(banner()->isVisible());
}

void TestQuestionnairePanel::deleteSelectedAndUndo()
{
    QVERIFY(!m_panel->addResponse(response(Instrument::Gad7, QList<int>(7, 1), QDate(2025, 1, 2))));
    QVERIFY(!m_panel->addResponse(response(Instrument::Pss10, QList<int>(10, 2), QDate(2025, 1, 4))));
    auto* view = m_panel->findChild<QTableView*>(QStringLiteral("responses"));
    auto* remove = m_panel->findChild<QPushButton*>(QStringLiteral("deleteResponse"));
    QVERIFY(!remove->isEnabled());
    view->selectRow(0); // newest first: the PSS-10
    QVERIFY(remove->isEnabled());
    remove->click();
    const auto left = m_store->questionnaires().list(m_participant);
    QCOMPARE(left.size(), 1);
    QVERIFY(left[0].instrument == Instrument::Gad7);
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Delete PSS-10"));
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->questionnaires().list(m_participant).size(), 2);
    QCOMPARE(m_panel->model()->rowCount(), 2);
}

void TestQuestionnairePanel::withdrawnParticipantIsReadOnly()
{
    QVERIFY(!m_panel->addResponse(response(Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 2))));
    Participant p = *m_store->participants().byId(m_participant);
    p.withdrawn = QDate(2025, 1, 3);
    m_store->participants().update(p);
    m_panel->setParticipant(m_participant);
    for (Instrument instrument : allInstruments())
        QVERIFY(!m_panel->findChild<QPushButton*>(QStringLiteral("fillIn_") + toString(instrument))->isEnabled());
    // The flag can still be acknowledged.
    QVERIFY(m_panel->findChild<QPushButton*>(QStringLiteral("acknowledgeFlag"))->isEnabled());
    QVERIFY(banner()->isVisible());
    const qint64 id = m_store->questionnaires().unacknowledged(m_participant).first().id;
    QCOMPARE(m_panel->acknowledgeFlag(id, QStringLiteral("GP informed.")), std::nullopt);
    QVERIFY(banner()->isHidden());
}

void TestQuestionnairePanel::modelShowsHistory()
{
    QVERIFY(!m_panel->addResponse(response(Instrument::Who5, {3, 3, 3, 2, 2}, QDate(2025, 1, 4))));
    QVERIFY(!m_panel->addResponse(response(Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5))));
    QuestionnaireModel* model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(QuestionnaireModel::ColumnCount));
    auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role);
    };
    // Newest first.
    QCOMPARE(cell(0, QuestionnaireModel::Name).toString(), QStringLiteral("PHQ-9"));
    QCOMPARE(cell(0, QuestionnaireModel::Total).toString(), QStringLiteral("11 of 27"));
    QCOMPARE(cell(0, QuestionnaireModel::Severity).toString(), QStringLiteral("Moderate"));
    QCOMPARE(cell(0, QuestionnaireModel::Flag).toString(), QStringLiteral("Item 9 above 0: needs acknowledgement"));
    QCOMPARE(cell(0, QuestionnaireModel::Flag, Qt::ToolTipRole).toString(), warning);
    QVERIFY(cell(0, QuestionnaireModel::Flag, Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(cell(1, QuestionnaireModel::Name).toString(), QStringLiteral("WHO-5"));
    QCOMPARE(cell(1, QuestionnaireModel::Total).toString(), QStringLiteral("13 of 25 (52%)"));
    QCOMPARE(cell(1, QuestionnaireModel::Severity).toString(), QStringLiteral("Adequate well-being"));
    QCOMPARE(cell(1, QuestionnaireModel::Flag).toString(), QString());
    QCOMPARE(model->headerData(QuestionnaireModel::Severity, Qt::Horizontal).toString(), QStringLiteral("Severity"));

    // Band colours run from green (best) to red (worst), whichever way the instrument points.
    const InstrumentDefinition& phq9 = instrumentDefinition(Instrument::Phq9);
    const InstrumentDefinition& who5 = instrumentDefinition(Instrument::Who5);
    auto redness = [](const QColor& c) {
        return c.redF() - c.greenF();
    };
    QVERIFY(redness(QuestionnaireModel::bandColor(phq9, QStringLiteral("severe"))) >
            redness(QuestionnaireModel::bandColor(phq9, QStringLiteral("none"))));
    QVERIFY(redness(QuestionnaireModel::bandColor(who5, QStringLiteral("likely_depression"))) >
            redness(QuestionnaireModel::bandColor(who5, QStringLiteral("adequate"))));

    const qint64 id = m_store->questionnaires().unacknowledged(m_participant).first().id;
    QVERIFY(!m_panel->acknowledgeFlag(id, QStringLiteral("Seen.")));
    QVERIFY(cell(0, QuestionnaireModel::Flag).toString().startsWith(QStringLiteral("Acknowledged on ")));
    QVERIFY(cell(0, QuestionnaireModel::Flag, Qt::ToolTipRole).toString().endsWith(QStringLiteral(": Seen.")));
    QVERIFY(!cell(0, QuestionnaireModel::Flag, Qt::BackgroundRole).isValid());
}

// With MOODBIOME_SCREENSHOTS=DIR: the PHQ-9 form and the history with a flag, in English and Dutch, as PNG.
void TestQuestionnairePanel::screenshots()
{
    const QString dir = qEnvironmentVariable("MOODBIOME_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set MOODBIOME_SCREENSHOTS=DIR to write the questionnaire screenshots");
    const QList<int> answers[] = {
        {2, 2, 1, 2, 1, 1, 1, 0, 0}, {1, 1, 1, 2, 1, 1, 0, 0, 0}, {1, 0, 1, 1, 0, 1, 0, 0, 0}};
    for (int week = 0; week < 3; ++week)
        QVERIFY(
            !m_panel->addResponse(response(Instrument::Phq9, answers[week], QDate(2024, 11, 3).addDays(14 * week))));
    QVERIFY(!m_panel->addResponse(response(Instrument::Who5, {2, 2, 1, 1, 2}, QDate(2024, 11, 3))));
    QVERIFY(!m_panel->addResponse(response(Instrument::Who5, {3, 3, 3, 2, 3}, QDate(2024, 12, 15))));
    QVERIFY(!m_panel->addResponse(response(Instrument::Gad7, {1, 2, 1, 1, 0, 1, 0}, QDate(2024, 12, 15))));
    QVERIFY(!m_panel->addResponse(response(Instrument::Pss10, {2, 2, 3, 2, 2, 2, 2, 2, 1, 2}, QDate(2024, 12, 15))));
    QVERIFY(!m_panel->addResponse(response(Instrument::Phq9, flaggedPhq9, QDate(2025, 1, 5))));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        m_languages.apply(language);
        QCoreApplication::processEvents();
        m_panel->resize(900, 420);
        QTest::qWait(300);
        QVERIFY(m_panel->grab().save(QStringLiteral("%1/questionnaire-history-%2.png").arg(dir, language)));

        QuestionnaireDialog* dialog = m_panel->fillIn(Instrument::Phq9);
        QVERIFY(dialog);
        for (int item = 1; item <= 9; ++item)
            dialog->setAnswer(item, flaggedPhq9[item - 1]);
        QTest::qWait(300); // the window grows for the warning
        QVERIFY(dialog->grab().save(QStringLiteral("%1/questionnaire-phq9-%2.png").arg(dir, language)));
        dialog->reject();
    }
    m_languages.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestQuestionnairePanel)
#include "tst_questionnairepanel.moc"
