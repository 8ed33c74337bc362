// The entry form driven like a person would, keyboard only: digits, Tab between measures, Ctrl+Enter. Typed
// values are stored exactly or refused with a message next to the field; decimals take a comma or a point.
#include "QuestionSupport.h"
#include "ScreenReaderSupport.h"
#include "TestSupport.h"
#include "ui/EntryDialog.h"
#include "ui/LanguageManager.h"
#include "ui/MeasureInput.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTimer>

using namespace mb;

class TestEntryDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void wholeEntryKeyboardOnly();
    void outOfRangeIsRefusedNotClamped_data();
    void outOfRangeIsRefusedNotClamped();
    void decimalCommaAndPoint_data();
    void decimalCommaAndPoint();
    void editingKeepsStoredDecimals();
    void escapeAsksOnlyWhenChanged();
    void everyInputLabelledAndNamed();
    void bristolPickerIsLabelledForScreenReaders();
    void retranslatesWithoutCrash();
    void numberBoxesAlignedAndBristolTextWhole();
    void takenTickOnlyOnTheInterventionsDays();
    void everyComboBoxHasAVisibleLabel();

private:
    void open(const JournalEntry& entry = {}, const QList<Intervention>& adherenceChoices = {});
    void type(const QString& keys); // into whatever has focus; "\t" is Tab
    void ctrlEnter();
    QWidget* focused() const { return QApplication::focusWidget(); }
    QWidget* editor(const char* key) const { return m_dialog->input(QString::fromLatin1(key))->editor(); }
    QLabel* visibleMessageOf(const char* key) const;

    test::ScopedClock m_clock;
    LanguageManager m_languages;
    std::unique_ptr<EntryDialog> m_dialog;
    QList<JournalEntry> m_saved;
    QList<QMap<qint64, bool>> m_savedTicks;
};

void TestEntryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.apply(QStringLiteral("en"));
}

void TestEntryDialog::cleanup()
{
    m_dialog.reset();
    m_saved.clear();
    m_savedTicks.clear();
    m_languages.apply(QStringLiteral("en"));
}

void TestEntryDialog::open(const JournalEntry& entry, const QList<Intervention>& adherenceChoices)
{
    JournalEntry e = entry;
    e.participantId = 3;
    m_dialog = std::make_unique<EntryDialog>(
        e, builtinMeasures(), QStringLiteral("P-003"),
        [this](const JournalEntry& saved, const QMap<qint64, bool>& ticks) {
            m_saved.append(saved);
            m_savedTicks.append(ticks);
            return std::optional<QString>();
        },
        adherenceChoices);
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestEntryDialog::type(const QString& keys)
{
    for (QChar c : keys) {
        if (c == u'\t')
            QTest::keyClick(focused(), Qt::Key_Tab);
        else
            QTest::keyClick(focused(), c.toLatin1());
    }
}

void TestEntryDialog::ctrlEnter()
{
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
}

QLabel* TestEntryDialog::visibleMessageOf(const char* key) const
{
    // The message sits next to the field: inside the measure's own row.
    for (QLabel* label : m_dialog->input(QString::fromLatin1(key))->findChildren<QLabel*>())
        if (label->isVisible() && !label->text().isEmpty() && label->objectName() == u"message")
            return label;
    return nullptr;
}

void TestEntryDialog::wholeEntryKeyboardOnly()
{
    open();
    QCOMPARE(focused(), editor("mood"));
    // mood, stress, anxiety, energy, sleep quality, sleep hours, gut discomfort, Bristol, fibre, fermented,
    // fruit and vegetables, plant variety, ultra-processed, alcohol, caffeine, exercise.
    type(QStringLiteral("7\t3\t4\t6\t8\t7.5\t2\t4\t25\t1\t5,5\t12\t0\t1\t150\t45"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), m_dialog->findChild<QPlainTextEdit*>(QStringLiteral("note")));
    QTest::keyClicks(focused(), QStringLiteral("kefir"));
    ctrlEnter();
    QCOMPARE(m_saved.size(), 1);
    const QMap<QString, double> expected = {
        {QStringLiteral("mood"), 7},
        {QStringLiteral("stress"), 3},
        {QStringLiteral("anxiety"), 4},
        {QStringLiteral("energy"), 6},
        {QStringLiteral("sleep_quality"), 8},
        {QStringLiteral("sleep_hours"), 7.5},
        {QStringLiteral("gi_discomfort"), 2},
        {QStringLiteral("bristol"), 4},
        {QStringLiteral("fiber_g"), 25},
        {QStringLiteral("fermented_servings"), 1},
        {QStringLiteral("fruit_veg_servings"), 5.5},
        {QStringLiteral("plant_species"), 12},
        {QStringLiteral("ultra_processed_servings"), 0},
        {QStringLiteral("alcohol_units"), 1},
        {QStringLiteral("caffeine_mg"), 150},
        {QStringLiteral("exercise_min"), 45},
    };
    QCOMPARE(m_saved[0].values, expected);
    QCOMPARE(m_saved[0].note, QStringLiteral("kefir"));
    QCOMPARE(m_saved[0].date, QDate(2025, 1, 5));
    QCOMPARE(m_saved[0].time, std::optional<QTime>(QTime(9, 30)));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestEntryDialog::outOfRangeIsRefusedNotClamped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("corrected");
    QTest::addColumn<double>("stored");
    QTest::newRow("mood 12") << "mood"
                             << "12"
                             << "9" << 9.0;
    QTest::newRow("caffeine 5000") << "caffeine_mg"
                                   << "5000"
                                   << "500" << 500.0;
    QTest::newRow("sleep 25") << "sleep_hours"
                              << "25"
                              << "2,5" << 2.5;
    QTest::newRow("plant variety 2.5") << "plant_species"
                                       << "2.5"
                                       << "25" << 25.0;
    QTest::newRow("not a number") << "fiber_g"
                                  << "abc"
                                  << "30" << 30.0;
}

void TestEntryDialog::outOfRangeIsRefusedNotClamped()
{
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(QString, corrected);
    QFETCH(double, stored);
    open();
    const QByteArray k = key.toLatin1();
    editor(k.constData())->setFocus();
    QTRY_COMPARE(focused(), editor(k.constData()));
    QTest::keyClicks(focused(), typed);
    QLabel* message = visibleMessageOf(k.constData());
    QVERIFY2(message, "no message next to the field while typing");
    QVERIFY2(message->text().contains(m_dialog->input(key)->measure().labelEn), qPrintable(message->text()));
    QVERIFY(!editor(k.constData())->accessibleDescription().isEmpty()); // screen readers hear it too
    ctrlEnter();
    QVERIFY(m_saved.isEmpty()); // nothing stored, nothing clamped
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(focused(), editor(k.constData()));
    auto* summary = m_dialog->findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(m_dialog->input(key)->measure().labelEn), qPrintable(summary->text()));
    QCOMPARE(qobject_cast<QLineEdit*>(editor(k.constData()))->text(), typed); // the typed text stays as typed

    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), corrected);
    QVERIFY(!visibleMessageOf(k.constData()));
    ctrlEnter();
    QCOMPARE(m_saved.size(), 1);
    QCOMPARE(m_saved[0].values, (QMap<QString, double>{{key, stored}}));
}

void TestEntryDialog::decimalCommaAndPoint_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::newRow("en point") << "en"
                              << "7.5";
    QTest::newRow("en comma") << "en"
                              << "7,5";
    QTest::newRow("nl point") << "nl"
                              << "7.5";
    QTest::newRow("nl comma") << "nl"
                              << "7,5";
}

void TestEntryDialog::decimalCommaAndPoint()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    m_languages.apply(language);
    open();
    type(QStringLiteral("\t\t\t\t\t") + typed); // five Tabs from mood: hours of sleep
    QCOMPARE(focused(), editor("sleep_hours"));
    ctrlEnter();
    QCOMPARE(m_saved.size(), 1);
    QCOMPARE(m_saved[0].values, (QMap<QString, double>{{QStringLiteral("sleep_hours"), 7.5}}));
}

void TestEntryDialog::editingKeepsStoredDecimals()
{
    m_languages.apply(QStringLiteral("nl"));
    JournalEntry e;
    e.id = 12;
    e.date = QDate(2025, 1, 3);
    e.values = {{QStringLiteral("sleep_hours"), 7.25}, {QStringLiteral("fiber_g"), 31.5}, {QStringLiteral("mood"), 6}};
    open(e);
    QCOMPARE(qobject_cast<QLineEdit*>(editor("sleep_hours"))->text(), QStringLiteral("7,25"));
    ctrlEnter();
    QTRY_VERIFY(!m_dialog->isVisible());
    QVERIFY(m_saved.isEmpty()); // saved as it was: nothing to store (it wrote an audit row of nothing)

    open(e);
    m_dialog->findChild<QPlainTextEdit*>(QStringLiteral("note"))->setPlainText(QStringLiteral("kefir"));
    ctrlEnter();
    QCOMPARE(m_saved.size(), 1);
    QCOMPARE(m_saved[0].values, e.values); // nothing rounded on the way through the form
    QCOMPARE(m_saved[0].id, 12);
}

void TestEntryDialog::escapeAsksOnlyWhenChanged()
{
    open();
    QTest::keyClick(focused(), Qt::Key_Escape); // unchanged: closes without a question
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

    open();
    type(QStringLiteral("6"));
    int asked = 0;
    const auto answer = [&asked](QMessageBox::StandardButton button) {
        test::answerNextQuestion(asked, button);
    };
    answer(QMessageBox::No); // keep editing
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(qobject_cast<QLineEdit*>(editor("mood"))->text(), QStringLiteral("6"));
    answer(QMessageBox::Discard);
    editor("mood")->setFocus();
    QTest::keyClick(editor("mood"), Qt::Key_Escape);
    QCOMPARE(asked, 2);
    QTRY_VERIFY(!m_dialog->isVisible());
    QVERIFY(m_saved.isEmpty());
}

void TestEntryDialog::everyInputLabelledAndNamed()
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        m_languages.apply(language);
        open();
        QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
        for (QWidget* w : m_dialog->findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                               qobject_cast<QComboBox*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                               qobject_cast<QSlider*>(w);
            if (!input || qobject_cast<QLineEdit*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue; // the line edit inside a spin box or combo box
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            if (w->focusPolicy() == Qt::NoFocus)
                continue; // a slider mirrors its number box, which carries the label
            const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [w](QLabel* l) {
                return l->buddy() == w && l->isVisible() && !l->text().isEmpty();
            });
            const bool afterCheckBox = w->objectName() == u"time"; // the "Time:" tick box labels it
            QVERIFY2(labelled || afterCheckBox,
                     qPrintable(language + u' ' + w->objectName() + u' ' + w->accessibleName()));
        }
        m_dialog.reset();
    }
}

// On Linux a combo box's accessible name is its current text ("– not recorded"): a screen reader takes its label
// from the labelled-by relation, which Qt finds only among the combo box's siblings. The form's label sits outside
// the measure's own widget, so the Bristol picker was announced without one.
void TestEntryDialog::bristolPickerIsLabelledForScreenReaders()
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        m_languages.apply(language);
        open();
        QWidget* picker = m_dialog->input(QStringLiteral("bristol"))->editor();
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(picker);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::ComboBox);
        QStringList labels;
        for (const auto& [label, relation] : iface->relations(QAccessible::Label))
            labels << label->text(QAccessible::Name);
        const QString expected =
            language == u"en" ? QStringLiteral("Stool type (Bristol):") : QStringLiteral("Ontlasting (Bristol):");
        QVERIFY2(labels.contains(expected), qPrintable(language + u' ' + labels.join(u'|')));
        m_dialog.reset();
    }
}

void TestEntryDialog::retranslatesWithoutCrash()
{
    open();
    m_languages.apply(QStringLiteral("nl"));
    QTRY_VERIFY(m_dialog->windowTitle().startsWith(QStringLiteral("Nieuwe")));
    QCOMPARE(editor("mood")->accessibleName(), QStringLiteral("Stemming"));
    m_languages.apply(QStringLiteral("en"));
    QTRY_VERIFY(m_dialog->windowTitle().startsWith(QStringLiteral("New")));
    QCOMPARE(editor("mood")->accessibleName(), QStringLiteral("Mood"));
}

void TestEntryDialog::numberBoxesAlignedAndBristolTextWhole()
{
    open();
    m_dialog->resize(m_dialog->sizeHint());
    QApplication::processEvents();
    // Within each group the number boxes form one column: same left edge, same width.
    const QStringList feelings = {QStringLiteral("mood"), QStringLiteral("stress"), QStringLiteral("sleep_hours"),
                                  QStringLiteral("gi_discomfort")};
    const QStringList intake = {QStringLiteral("fiber_g"), QStringLiteral("fermented_servings"),
                                QStringLiteral("caffeine_mg"), QStringLiteral("exercise_min"),
                                QStringLiteral("plant_species")};
    auto aligned = [&] {
        m_dialog->resize(m_dialog->sizeHint());
        QApplication::processEvents();
        for (const QStringList& keys : {feelings, intake}) {
            QWidget* first = m_dialog->input(keys.first())->editor();
            const QRect reference(first->mapTo(m_dialog.get(), QPoint(0, 0)), first->size());
            for (const QString& key : keys) {
                QWidget* box = m_dialog->input(key)->editor();
                const QRect r(box->mapTo(m_dialog.get(), QPoint(0, 0)), box->size());
                QCOMPARE(r.left(), reference.left());
                QCOMPARE(r.width(), reference.width());
                auto* unit = m_dialog->input(key)->findChild<QLabel*>(QStringLiteral("unit"));
                QVERIFY(unit->fontMetrics().horizontalAdvance(unit->text()) <= unit->width()); // not clipped
            }
        }
    };
    aligned();
    m_languages.apply(QStringLiteral("nl")); // at run time: the Dutch units are wider
    QTRY_VERIFY(m_dialog->windowTitle().startsWith(QStringLiteral("Nieuwe")));
    aligned();
    m_languages.apply(QStringLiteral("en"));
    QTRY_VERIFY(m_dialog->windowTitle().startsWith(QStringLiteral("New")));
    // Every Bristol choice can be read whole: the chosen one next to the picker, all of them in the list.
    auto* picker = qobject_cast<QComboBox*>(m_dialog->input(QStringLiteral("bristol"))->editor());
    QVERIFY(picker);
    for (int type = 1; type <= 7; ++type) {
        picker->setCurrentIndex(type);
        const QString description = MeasureText::bristolDescription(type);
        bool whole = false;
        for (QLabel* label : m_dialog->input(QStringLiteral("bristol"))->findChildren<QLabel*>())
            if (label->isVisible() && label->text() == description &&
                (label->wordWrap() || label->fontMetrics().horizontalAdvance(description) <= label->width()))
                whole = true;
        const bool fitsInBox = picker->fontMetrics().horizontalAdvance(picker->currentText()) + 30 <= picker->width() &&
                               picker->currentText().size() > 0;
        QVERIFY2(whole && fitsInBox, qPrintable(description));
    }
}

// The "Taken today" tick was offered (and could be ticked) for a day before the intervention started: storage holds
// adherence to the intervention's days, so the form offers the tick only on them and says why it does not.
void TestEntryDialog::takenTickOnlyOnTheInterventionsDays()
{
    Intervention lgg;
    lgg.id = 7;
    lgg.participantId = 3;
    lgg.name = QStringLiteral("LGG");
    lgg.start = QDate(2025, 1, 5); // today
    lgg.end = QDate(2025, 1, 6);
    open({}, {lgg});
    auto* tick = m_dialog->findChild<QCheckBox*>(QStringLiteral("taken_7"));
    auto* date = m_dialog->findChild<QDateEdit*>(QStringLiteral("date"));
    QVERIFY(tick && date);
    QVERIFY(tick->isEnabled());
    QVERIFY(tick->accessibleDescription().isEmpty());
    tick->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tick, Qt::Key_Space);
    QVERIFY(tick->isChecked());

    date->setFocus(Qt::TabFocusReason);
    QTest::keyClick(date, Qt::Key_Home); // the first section, the month in English (M/d/yyyy)
    QTest::keyClick(date, Qt::Key_Right);
    QTest::keyClick(date, Qt::Key_Right); // the day
    QTest::keyClick(date, Qt::Key_Down);  // the day before the start
    QCOMPARE(date->date(), QDate(2025, 1, 4));
    QVERIFY(!tick->isEnabled());
    QVERIFY(!tick->isChecked());
    QVERIFY2(tick->accessibleDescription().contains(QStringLiteral("starts on")),
             qPrintable(tick->accessibleDescription()));
    QCOMPARE(tick->toolTip(), tick->accessibleDescription());
    QTest::keyClick(tick, Qt::Key_Space);
    QVERIFY(!tick->isChecked());

    date->setDate(QDate(2025, 1, 7)); // after the end
    QVERIFY(!tick->isEnabled());
    QVERIFY2(tick->accessibleDescription().contains(QStringLiteral("ended on")),
             qPrintable(tick->accessibleDescription()));

    date->setDate(QDate(2025, 1, 6)); // its last day: offered again
    QVERIFY(tick->isEnabled());
    QVERIFY(tick->accessibleDescription().isEmpty());
    QTest::keyClick(tick, Qt::Key_Space);
    QVERIFY(tick->isChecked());
    QTest::keyClicks(editor("mood"), QStringLiteral("6"));
    editor("mood")->setFocus();
    ctrlEnter();
    QCOMPARE(m_savedTicks.size(), 1);
    QCOMPARE(m_savedTicks[0], (QMap<qint64, bool>{{7, true}}));
}

// The Bristol picker's label stood outside its widget, and the label beside it was hidden: a screen reader said
// "Type 4" and not what it was.
void TestEntryDialog::everyComboBoxHasAVisibleLabel()
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        m_languages.apply(language);
        open();
        QVERIFY(!m_dialog->findChildren<QComboBox*>().isEmpty());
        const QString problem = test::unlabelledComboBoxes(m_dialog.get());
        QVERIFY2(problem.isEmpty(), qPrintable(language + u' ' + problem));
        m_dialog.reset();
    }
}

QTEST_MAIN(TestEntryDialog)
#include "tst_entrydialog.moc"
