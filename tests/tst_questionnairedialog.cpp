// The questionnaire form driven like a person would: digits answer the focused item and move on, Tab moves on,
// the total and band follow live, and saving is refused while items are unanswered, naming them.
#include "QuestionSupport.h"
#include "TestSupport.h"
#include "ui/LanguageManager.h"
#include "ui/QuestionnaireDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

#include <algorithm>

using namespace mb;

class TestQuestionnaireDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void digitsAnswerAndMoveOn();
    void itemRowsAreNamedGroupsForScreenReaders();
    void tabMovesToTheNextItem();
    void digitOutsideTheAnswersDoesNothing();
    void arrowKeysAndDelete();
    void mouseAnswers();
    void liveTotalAndBand();
    void flagWarningAppearsLive();
    void refusesToSaveWithUnansweredItems();
    void saveErrorIsShown();
    void pssReverseScoringInTheLiveTotal();
    void who5ShowsPercentAndTakesDigitFive();
    void showsSourceRecallPeriodAndDutchTexts();
    void escapeAsksOnceAnswered();
    void flagWarningIsAnAlertWithWhereToTurn();

private:
    // Opens a dialog for an instrument, shown and active, whose saves are recorded in m_saved.
    void open(Instrument instrument, std::optional<QString> saveError = std::nullopt);
    void type(const QString& keys); // digits and spaces (no key) into whatever has focus
    QLabel* label(const char* name) const;
    QWidget* focused() const { return m_dialog->focusWidget(); }

    test::ScopedClock m_clock;
    LanguageManager m_languages;
    std::unique_ptr<QuestionnaireDialog> m_dialog;
    QList<QuestionnaireResponse> m_saved;
};

void TestQuestionnaireDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.apply(QStringLiteral("en"));
}

void TestQuestionnaireDialog::cleanup()
{
    m_dialog.reset();
    m_saved.clear();
    m_languages.apply(QStringLiteral("en"));
}

void TestQuestionnaireDialog::open(Instrument instrument, std::optional<QString> saveError)
{
    m_dialog = std::make_unique<QuestionnaireDialog>(instrument, 7, QStringLiteral("P-001"),
                                                     [this, saveError](const QuestionnaireResponse& r) {
                                                         m_saved.append(r);
                                                         return saveError;
                                                     });
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestQuestionnaireDialog::type(const QString& keys)
{
    for (QChar c : keys)
        QTest::keyClick(focused(), c.toLatin1());
}

QLabel* TestQuestionnaireDialog::label(const char* name) const
{
    return m_dialog->findChild<QLabel*>(QString::fromLatin1(name));
}

// Each item row is the keyboard stop of its question. A QFrame is exposed with the role of a border, which AT-SPI
// calls a "frame" (a top-level window): the rows read as windows. They are named groups.
void TestQuestionnaireDialog::itemRowsAreNamedGroupsForScreenReaders()
{
    open(Instrument::Phq9);
    for (int item = 1; item <= 9; ++item) {
        QAccessibleInterface* row = QAccessible::queryAccessibleInterface(m_dialog->itemRow(item));
        QVERIFY(row);
        QCOMPARE(row->role(), QAccessible::Grouping);
        QVERIFY2(row->text(QAccessible::Name).startsWith(QStringLiteral("Item %1: ").arg(item)),
                 qPrintable(row->text(QAccessible::Name)));
    }
    QCOMPARE(QAccessible::queryAccessibleInterface(focused())->role(), QAccessible::Grouping);
}

void TestQuestionnaireDialog::digitsAnswerAndMoveOn()
{
    open(Instrument::Phq9);
    QCOMPARE(focused(), m_dialog->itemRow(1));
    QTest::keyClick(focused(), Qt::Key_2);
    QCOMPARE(m_dialog->answer(1), std::optional<int>(2));
    QCOMPARE(focused(), m_dialog->itemRow(2));
    type(QStringLiteral("13012111"));
    QCOMPARE(m_dialog->unansweredItems(), QList<int>{});
    QCOMPARE(m_dialog->response().answers, (QList<int>{2, 1, 3, 0, 1, 2, 1, 1, 1}));
    // After the last item the Save button has focus, so Enter saves.
    QCOMPARE(focused(), m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_saved.size(), 1);
    QCOMPARE(m_saved[0].answers, (QList<int>{2, 1, 3, 0, 1, 2, 1, 1, 1}));
    QCOMPARE(m_saved[0].participantId, 7);
    QVERIFY(m_saved[0].instrument == Instrument::Phq9);
    QCOMPARE(m_saved[0].date, QDate(2025, 1, 5));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestQuestionnaireDialog::tabMovesToTheNextItem()
{
    open(Instrument::Gad7);
    QCOMPARE(focused(), m_dialog->itemRow(1));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), m_dialog->itemRow(2));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), m_dialog->itemRow(3));
    QTest::keyClick(focused(), Qt::Key_3);
    QCOMPARE(m_dialog->answer(3), std::optional<int>(3));
    QCOMPARE(m_dialog->unansweredItems(), (QList<int>{1, 2, 4, 5, 6, 7}));
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), m_dialog->itemRow(3));
    QTest::keyClick(focused(), Qt::Key_Up);
    QCOMPARE(focused(), m_dialog->itemRow(2));
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(focused(), m_dialog->itemRow(3));
}

void TestQuestionnaireDialog::digitOutsideTheAnswersDoesNothing()
{
    open(Instrument::Phq9);
    QTest::keyClick(focused(), Qt::Key_4);
    QTest::keyClick(focused(), Qt::Key_9);
    QCOMPARE(m_dialog->answer(1), std::nullopt);
    QCOMPARE(focused(), m_dialog->itemRow(1));
}

void TestQuestionnaireDialog::arrowKeysAndDelete()
{
    open(Instrument::Phq9);
    QTest::keyClick(focused(), Qt::Key_Right);
    QCOMPARE(m_dialog->answer(1), std::optional<int>(0));
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Right); // stops at the last answer
    QCOMPARE(m_dialog->answer(1), std::optional<int>(3));
    QTest::keyClick(focused(), Qt::Key_Left);
    QCOMPARE(m_dialog->answer(1), std::optional<int>(2));
    QCOMPARE(focused(), m_dialog->itemRow(1)); // arrows change the answer without moving on
    QTest::keyClick(focused(), Qt::Key_Delete);
    QCOMPARE(m_dialog->answer(1), std::nullopt);
}

void TestQuestionnaireDialog::mouseAnswers()
{
    open(Instrument::Phq9);
    auto* button = m_dialog->findChild<QRadioButton*>(QStringLiteral("item4answer2"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_dialog->answer(4), std::optional<int>(2));
    QCOMPARE(focused(), m_dialog->itemRow(4));
    // A digit now answers item 4 again, then moves on to item 5.
    QTest::keyClick(focused(), Qt::Key_1);
    QCOMPARE(m_dialog->answer(4), std::optional<int>(1));
    QCOMPARE(focused(), m_dialog->itemRow(5));
}

void TestQuestionnaireDialog::liveTotalAndBand()
{
    open(Instrument::Phq9);
    QLabel* total = label("total");
    QCOMPARE(total->text(), QStringLiteral("Total so far: 0 of 27 (0 of 9 items answered)"));
    type(QStringLiteral("23"));
    QCOMPARE(total->text(), QStringLiteral("Total so far: 5 of 27 (2 of 9 items answered)"));
    type(QStringLiteral("0000000"));
    QCOMPARE(total->text(), QStringLiteral("Total: 5 of 27 — Mild"));
    m_dialog->setAnswer(9, 3);
    m_dialog->setAnswer(8, 3);
    QCOMPARE(total->text(), QStringLiteral("Total: 11 of 27 — Moderate"));
    QVERIFY(total->toolTip().contains(QStringLiteral("15–19: Moderately severe")));
    m_dialog->setAnswer(1, std::nullopt);
    QCOMPARE(total->text(), QStringLiteral("Total so far: 9 of 27 (8 of 9 items answered)"));
}

void TestQuestionnaireDialog::flagWarningAppearsLive()
{
    open(Instrument::Phq9);
    QLabel* flag = label("flag");
    type(QStringLiteral("00000000"));
    QVERIFY(!flag->isVisible());
    QTest::keyClick(focused(), Qt::Key_1);
    QVERIFY(flag->isVisible());
    QVERIFY(
        flag->text().startsWith(QStringLiteral("Item 9 was answered above 0: thoughts of death or self-harm. "
                                               "This calls for a timely risk assessment by a clinician; it is not a "
                                               "diagnosis.")));
    m_dialog->setAnswer(9, 0);
    QVERIFY(!flag->isVisible());
}

void TestQuestionnaireDialog::refusesToSaveWithUnansweredItems()
{
    open(Instrument::Phq9);
    type(QStringLiteral("1"));
    QTest::keyClick(focused(), Qt::Key_Tab); // item 2 skipped
    type(QStringLiteral("122"));
    QTest::keyClick(focused(), Qt::Key_Tab); // item 6 skipped
    type(QStringLiteral("00"));
    QTest::keyClick(focused(), Qt::Key_Tab); // item 9 skipped
    QCOMPARE(m_dialog->unansweredItems(), (QList<int>{2, 6, 9}));

    QTest::mouseClick(m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(m_saved.isEmpty());
    QVERIFY(m_dialog->isVisible());
    QLabel* error = label("error");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Answer every item before saving. Not answered yet: items 2, 6, 9."));
    QVERIFY(m_dialog->itemRow(2)->property("missing").toBool());
    QVERIFY(!m_dialog->itemRow(3)->property("missing").toBool());
    // Focus goes to the first unanswered item, so typing on fills the gaps.
    QCOMPARE(focused(), m_dialog->itemRow(2));
    type(QStringLiteral("0"));
    QVERIFY(!m_dialog->itemRow(2)->property("missing").toBool());
    m_dialog->setAnswer(6, 0);
    QTest::keyClick(m_dialog->itemRow(7), Qt::Key_Return);
    QCOMPARE(label("error")->text(), QStringLiteral("Answer every item before saving. Not answered yet: item 9."));
    QVERIFY(m_saved.isEmpty());
    m_dialog->setAnswer(9, 0);
    QVERIFY(!error->isVisible());
    QTest::keyClick(m_dialog->itemRow(1), Qt::Key_Return);
    QCOMPARE(m_saved.size(), 1);
    QCOMPARE(m_saved[0].answers, (QList<int>{1, 0, 1, 2, 2, 0, 0, 0, 0}));
}

void TestQuestionnaireDialog::saveErrorIsShown()
{
    open(Instrument::Gad7, QStringLiteral("P-001 withdrew on 2025-01-03; their questionnaires are read-only."));
    type(QStringLiteral("0000000"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_saved.size(), 1);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(label("error")->text(),
             QStringLiteral("P-001 withdrew on 2025-01-03; their questionnaires are read-only."));
}

void TestQuestionnaireDialog::pssReverseScoringInTheLiveTotal()
{
    open(Instrument::Pss10);
    type(QStringLiteral("000"));
    QCOMPARE(label("total")->text(), QStringLiteral("Total so far: 0 of 40 (3 of 10 items answered)"));
    type(QStringLiteral("0")); // item 4 is reverse-scored: "never" scores 4
    QCOMPARE(label("total")->text(), QStringLiteral("Total so far: 4 of 40 (4 of 10 items answered)"));
    type(QStringLiteral("000000"));
    QCOMPARE(label("total")->text(), QStringLiteral("Total: 16 of 40 — Moderate"));
}

void TestQuestionnaireDialog::who5ShowsPercentAndTakesDigitFive()
{
    open(Instrument::Who5);
    type(QStringLiteral("53322"));
    QCOMPARE(m_dialog->response().answers, (QList<int>{5, 3, 3, 2, 2}));
    QCOMPARE(label("total")->text(), QStringLiteral("Total: 15 of 25 (60%) — Adequate well-being"));
    m_dialog->setAnswer(1, 0);
    QCOMPARE(label("total")->text(), QStringLiteral("Total: 10 of 25 (40%) — Poor well-being"));
    QVERIFY(!label("flag")->isVisible());
}

void TestQuestionnaireDialog::showsSourceRecallPeriodAndDutchTexts()
{
    open(Instrument::Phq9);
    QCOMPARE(label("recallPeriod")->text(), QStringLiteral("Over the last 2 weeks…"));
    QVERIFY(label("source")->text().contains(QStringLiteral("Kroenke K, Spitzer RL, Williams JBW")));
    QVERIFY(!label("unofficial")->isVisible());
    QVERIFY(m_dialog->windowTitle().contains(QStringLiteral("PHQ-9")));
    QVERIFY(m_dialog->windowTitle().contains(QStringLiteral("P-001")));
    const auto texts = m_dialog->findChildren<QLabel*>();
    auto shows = [&texts](const QString& text) {
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QLabel* l) { return l->text() == text; });
    };
    QVERIFY(shows(QStringLiteral("Little interest or pleasure in doing things")));
    QVERIFY(shows(QStringLiteral("3\nNearly every day")));

    m_languages.apply(QStringLiteral("nl"));
    QTRY_COMPARE(label("recallPeriod")->text(), QStringLiteral("In de afgelopen 2 weken…")); // a posted event
    QVERIFY(label("unofficial")->isVisible());
    QCOMPARE(label("unofficial")->text(), QStringLiteral("Onofficiële vertaling"));
    const auto dutch = m_dialog->findChildren<QLabel*>();
    QVERIFY(std::any_of(dutch.cbegin(), dutch.cend(), [](const QLabel* l) {
        return l->text() == QStringLiteral("Weinig interesse in of plezier aan dingen doen");
    }));
    QVERIFY(std::any_of(dutch.cbegin(), dutch.cend(),
                        [](const QLabel* l) { return l->text() == QStringLiteral("3\nBijna elke dag"); }));

    open(Instrument::Pss10);
    QCOMPARE(label("recallPeriod")->text(), QStringLiteral("In de afgelopen maand…"));
    m_languages.apply(QStringLiteral("en"));
    QTRY_COMPARE(label("recallPeriod")->text(), QStringLiteral("In the last month…"));
    QVERIFY(label("source")->text().contains(QStringLiteral("Cohen S, Kamarck T, Mermelstein R")));
}

// A PHQ-9 half filled in was dropped by one press of Escape, without a word, where the entry form asks.
void TestQuestionnaireDialog::escapeAsksOnceAnswered()
{
    open(Instrument::Phq9);
    QTest::keyClick(focused(), Qt::Key_Escape); // nothing answered: closes without a question
    QTRY_VERIFY(!m_dialog->isVisible());

    open(Instrument::Phq9);
    QTest::keyClick(focused(), Qt::Key_2);
    QTest::keyClick(focused(), Qt::Key_1);
    int asked = 0;
    const auto answer = [&asked](QMessageBox::StandardButton button) {
        test::answerNextQuestion(asked, button);
    };
    answer(QMessageBox::No); // keep editing
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->answer(1), std::optional(2));
    QCOMPARE(m_dialog->answer(2), std::optional(1));
    answer(QMessageBox::Discard);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(asked, 2);
    QTRY_VERIFY(!m_dialog->isVisible());
    QVERIFY(m_saved.isEmpty());
}

namespace {
QList<std::pair<QObject*, QAccessible::Event>> accessibilityEvents;
void recordAccessibilityEvent(QAccessibleEvent* event)
{
    accessibilityEvents.append({event->object(), event->type()});
}
} // namespace

// Item 9 above 0: the red warning is announced as an alert (a screen reader says it while the focus stays on the
// items) and says where to turn: in Dutch 113 Zelfmoordpreventie, in English a country-neutral line.
void TestQuestionnaireDialog::flagWarningIsAnAlertWithWhereToTurn()
{
    accessibilityEvents.clear();
    const auto previous = QAccessible::installUpdateHandler(recordAccessibilityEvent);
    QAccessible::setActive(true); // as when a screen reader listens: events are sent
    open(Instrument::Phq9);
    QLabel* flag = label("flag");
    type(QStringLiteral("00000000"));
    const auto alerts = [flag] {
        return std::count(accessibilityEvents.cbegin(), accessibilityEvents.cend(),
                          std::pair<QObject*, QAccessible::Event>(flag, QAccessible::Alert));
    };
    QCOMPARE(alerts(), 0);
    QTest::keyClick(focused(), Qt::Key_2);
    QVERIFY(flag->isVisible());
    const int announced = QAccessible::isActive() ? 1 : 0; // events reach the handler only while it is active
    QCOMPARE(alerts(), announced);
    QVERIFY2(flag->text().contains(QStringLiteral("call your GP or your local crisis line")), qPrintable(flag->text()));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(flag);
    QCOMPARE(accessible->role(), QAccessible::AlertMessage);
    QVERIFY(accessible->text(QAccessible::Name).contains(QStringLiteral("112")));
    m_dialog->setAnswer(9, 3); // still flagged: not announced again
    QCOMPARE(alerts(), announced);
    m_languages.apply(QStringLiteral("nl"));
    QCoreApplication::processEvents();
    m_dialog->setAnswer(9, 1);
    QVERIFY2(flag->text().contains(QStringLiteral("Bel 113 Zelfmoordpreventie (0800-0113")), qPrintable(flag->text()));
    QAccessible::installUpdateHandler(previous);
    QAccessible::setActive(false);
}

QTEST_MAIN(TestQuestionnaireDialog)
#include "tst_questionnairedialog.moc"
