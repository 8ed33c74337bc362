// A signal to end (app/QuitOnSignal) closes the application even while a form with typed, unsaved input is open:
// the form is cancelled without its "Discard this entry?" question, which nobody is there to answer at a logout
// (the window waited for it and the signal was lost); what was typed is kept as a draft. In this process: the handler,
// the form and a real signal.
#include "QuitOnSignal.h"
#include "TestSupport.h"
#include "ui/EntryDialog.h"
#include "ui/LanguageManager.h"
#include "ui/MeasureInput.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <csignal>

using namespace mb;

class TestQuitOnSignal : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void unsavedEntryIsCancelledWithoutAQuestion_data();
    void unsavedEntryIsCancelledWithoutAQuestion();

private:
    test::ScopedClock m_clock;
    LanguageManager m_languages;
};

void TestQuitOnSignal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.apply(QStringLiteral("en"));
}

void TestQuitOnSignal::unsavedEntryIsCancelledWithoutAQuestion_data()
{
    QTest::addColumn<bool>("questionOpen"); // the user had already pressed Escape: the question is waiting
    QTest::newRow("the form open") << false;
    QTest::newRow("its question open") << true;
}

void TestQuitOnSignal::unsavedEntryIsCancelledWithoutAQuestion()
{
    QFETCH(bool, questionOpen);
    JournalEntry entry;
    entry.participantId = 1;
    int saved = 0;
    EntryDialog dialog(entry, builtinMeasures(), QStringLiteral("P-001"), [&saved](auto&&...) {
        ++saved;
        return std::optional<QString>();
    });
    std::optional<EntryDraft> kept; // what the form gave to be kept as a draft, last
    dialog.keepDrafts([&kept](const EntryDraft* draft) { kept = draft ? std::optional(*draft) : std::nullopt; });
    int closedWindow = 0;
    QuitOnSignal quitOnSignal([&closedWindow] { ++closedWindow; });

    // The questions the form asks from now on, answered "Keep editing" as a person away from the screen would not;
    // the first, when the user pressed Escape before the signal, is left waiting for the signal.
    int questions = 0;
    bool signalled = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(widget);
                box && box->isVisible() && !box->property("seen").toBool()) {
                box->setProperty("seen", true);
                ++questions;
                if (questionOpen && !signalled) {
                    signalled = true;
                    ::raise(SIGTERM); // while the question waits: handled between events, in its loop
                } else {
                    box->reject();
                }
            }
    });
    watch.start(20);

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.input(QStringLiteral("mood"))->editor()->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("6"));
    QVERIFY(dialog.hasChanges());

    if (questionOpen) {
        QTimer::singleShot(0, &dialog, [&dialog] { dialog.reject(); }); // Escape: "Discard this entry?" opens
        QTRY_VERIFY_WITH_TIMEOUT(signalled, 5000);
    } else {
        signalled = true;
        ::raise(SIGTERM);
    }
    QTRY_COMPARE_WITH_TIMEOUT(closedWindow, 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 5000);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(questions, questionOpen ? 1 : 0); // no question of its own after the signal
    QCOMPARE(saved, 0);                        // what was typed is not stored unasked
    QVERIFY(kept);                             // but kept as a draft, offered at the next New entry
    QCOMPARE(kept->typed.value(QStringLiteral("mood")), QStringLiteral("6"));
}

QTEST_MAIN(TestQuitOnSignal)
#include "tst_quitonsignal.moc"
