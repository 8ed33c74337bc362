// The intervention form: it opens for a new and an existing intervention, is labelled, retranslates, saves what
// was typed (a dose with a decimal comma or point) and refuses a dose that is not a number.
#include "TestSupport.h"
#include "ui/InterventionDialog.h"
#include "ui/LanguageManager.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace mb;

class TestInterventionDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void opensLabelledInBothLanguages();
    void newInterventionByKeyboard_data();
    void newInterventionByKeyboard();
    void editKeepsWhatWasStored();
    void badDoseIsRefused();
    void endBeforeStartIsRefused();

private:
    void open(const Intervention& intervention);
    QWidget* focused() const { return QApplication::focusWidget(); }
    template <typename T> T* child(const char* name) const
    {
        return m_dialog->findChild<T*>(QString::fromLatin1(name));
    }

    test::ScopedClock m_clock;
    LanguageManager m_languages;
    std::unique_ptr<InterventionDialog> m_dialog;
    QList<Intervention> m_saved;
};

void TestInterventionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.apply(QStringLiteral("en"));
}

void TestInterventionDialog::cleanup()
{
    m_dialog.reset();
    m_saved.clear();
    m_languages.apply(QStringLiteral("en"));
}

void TestInterventionDialog::open(const Intervention& intervention)
{
    m_dialog = std::make_unique<InterventionDialog>(intervention, [this](const Intervention& i) {
        m_saved.append(i);
        return std::optional<QString>();
    });
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestInterventionDialog::opensLabelledInBothLanguages()
{
    Intervention fresh;
    fresh.participantId = 5;
    open(fresh);
    auto check = [this](const QString& language) {
        const QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
        int inputs = 0;
        for (QWidget* w : m_dialog->findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                               qobject_cast<QComboBox*>(w) || qobject_cast<QPlainTextEdit*>(w);
            if (!input || qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
                qobject_cast<QComboBox*>(w->parentWidget()))
                continue; // the line edit inside a spin box or combo box
            ++inputs;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(language + u' ' + w->objectName()));
            const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [w](QLabel* l) {
                return l->buddy() == w && l->isVisible() && l->text().size() > 1;
            });
            QVERIFY2(labelled, qPrintable(language + u' ' + w->objectName()));
        }
        QVERIFY(inputs >= 7); // kind, name, dose, unit, frequency, start, end, notes
    };
    check(QStringLiteral("en"));
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("New intervention"));
    m_languages.apply(QStringLiteral("nl"));
    QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("Nieuwe interventie"));
    check(QStringLiteral("nl"));
    m_languages.apply(QStringLiteral("en"));
    QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("New intervention"));
}

void TestInterventionDialog::newInterventionByKeyboard_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dose");
    QTest::newRow("en point") << "en"
                              << "0.5";
    QTest::newRow("en comma") << "en"
                              << "0,5";
    QTest::newRow("nl point") << "nl"
                              << "0.5";
    QTest::newRow("nl comma") << "nl"
                              << "0,5";
}

void TestInterventionDialog::newInterventionByKeyboard()
{
    QFETCH(QString, language);
    QFETCH(QString, dose);
    m_languages.apply(language);
    Intervention fresh;
    fresh.participantId = 5;
    open(fresh);
    QCOMPARE(focused(), child<QLineEdit>("name"));
    QTest::keyClicks(focused(), QStringLiteral("LGG"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QWidget>("dose"));
    QTest::keyClicks(focused(), dose);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>("unit"));
    QTest::keyClicks(focused(), QStringLiteral("billion CFU"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_saved.size(), 1);
    const Intervention& i = m_saved[0];
    QCOMPARE(i.participantId, 5);
    QCOMPARE(i.name, QStringLiteral("LGG"));
    QCOMPARE(i.dose, std::optional<double>(0.5));
    QCOMPARE(i.unit, QStringLiteral("billion CFU"));
    QCOMPARE(i.start, QDate(2025, 1, 5));
    QVERIFY(i.isOngoing());
    QVERIFY(i.kind == InterventionKind::Probiotic);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestInterventionDialog::editKeepsWhatWasStored()
{
    Intervention stored;
    stored.id = 9;
    stored.participantId = 5;
    stored.kind = InterventionKind::Diet;
    stored.name = QStringLiteral("Low FODMAP");
    stored.dose = 1.25;
    stored.unit = QStringLiteral("portions");
    stored.frequency = QStringLiteral("daily");
    stored.start = QDate(2024, 11, 1);
    stored.end = QDate(2024, 12, 20);
    stored.notes = QStringLiteral("with dietitian");
    open(stored);
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Edit intervention"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_saved.size(), 1);
    const Intervention& i = m_saved[0];
    QCOMPARE(i.id, 9);
    QVERIFY(i.kind == InterventionKind::Diet);
    QCOMPARE(i.name, stored.name);
    QCOMPARE(i.dose, stored.dose);
    QCOMPARE(i.unit, stored.unit);
    QCOMPARE(i.frequency, stored.frequency);
    QCOMPARE(i.start, stored.start);
    QCOMPARE(i.end, stored.end);
    QCOMPARE(i.notes, stored.notes);
}

void TestInterventionDialog::badDoseIsRefused()
{
    Intervention fresh;
    fresh.participantId = 5;
    open(fresh);
    QTest::keyClicks(child<QLineEdit>("name"), QStringLiteral("LGG"));
    auto* dose = child<QLineEdit>("dose");
    QVERIFY(dose);
    for (const QString& bad : {QStringLiteral("-1"), QStringLiteral("ten")}) {
        dose->setFocus();
        QTest::keyClick(dose, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dose, bad);
        QLabel* message = child<QLabel>("doseMessage");
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Dose")), qPrintable(message->text()));
        QTest::keyClick(dose, Qt::Key_Return);
        QVERIFY(m_saved.isEmpty());
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(dose->text(), bad);
    }
    QTest::keyClick(dose, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(dose, Qt::Key_Delete); // no dose is fine
    QVERIFY(!child<QLabel>("doseMessage")->isVisible());
    QTest::keyClick(dose, Qt::Key_Return);
    QCOMPARE(m_saved.size(), 1);
    QCOMPARE(m_saved[0].dose, std::nullopt);
}

void TestInterventionDialog::endBeforeStartIsRefused()
{
    Intervention stored;
    stored.id = 4;
    stored.participantId = 5;
    stored.name = QStringLiteral("LGG");
    stored.start = QDate(2024, 12, 1);
    stored.end = QDate(2024, 12, 10);
    open(stored);
    child<QDateEdit>("end")->setDate(QDate(2024, 11, 30));
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(m_saved.isEmpty());
    QVERIFY(child<QLabel>("error")->isVisible());
}

QTEST_MAIN(TestInterventionDialog)
#include "tst_interventiondialog.moc"
