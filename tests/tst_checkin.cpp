// The quick check-in driven from the keyboard only, in the real main window: Ctrl+N, a mood key, Enter, and the
// entry is in the database as one undo step; a tag chip (a stand-in until the tag widget arrives) joins the tab
// order; the full form takes over what was typed. The reminder service with the injected clock.
#include "QuestionSupport.h"
#include "TestSupport.h"
#include "core/Tag.h"
#include "storage/AuditLog.h"
#include "storage/TagRepository.h"
#include "ui/CheckInWindow.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/MeasureInput.h"
#include "ui/MoodRow.h"
#include "ui/QuickCheckIn.h"
#include "ui/ReminderService.h"
#include "ui/Settings.h"
#include "ui/TagChips.h"
#include "ui/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace mb;

class TestCheckIn : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void moodKeyAndEnterSave();
    void wholeCheckInWithTagChipUnderTenKeys();
    void nothingChosenIsRefused();
    void escapeClosesWithoutSaving();
    void fullFormTakesWhatWasTyped();
    void clinicianModeKeepsTheFullForm();
    void singlePersonMenuKeepsTheFullForm();
    void moodRowFollowsTheMeasureRange_data();
    void moodRowFollowsTheMeasureRange();
    void reminderFiresOnceAndOpensTheCheckIn();
    void reminderSkipsADayWithAnEntry();
    void snoozeRemindsInThirtyMinutes();
    void trayMenu();
    void escapeAsksOnceSomethingWasChosen();
    void altLetterWithoutShortcutNeverTypes();
    void titleNamesTheSelfTrackerInTheLanguage();

private:
    void openWindow(AppMode mode);
    // A key press sent to whatever has the focus, counted.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void press(char key);
    CheckInWindow* checkIn() const { return m_window->checkIn()->window(); }
    QList<JournalEntry> entries() const;

    QTemporaryDir m_dir;
    test::ScopedClock m_clock; // 2025-01-05 09:30 in Amsterdam
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    int m_presses = 0;
};

void TestCheckIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test-checkin"));
}

void TestCheckIn::init()
{
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    m_settings = std::make_unique<Settings>();
    m_settings->setLanguage(QStringLiteral("en"));
    m_settings->setValue(Settings::Key::FirstRunDone, true);
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(QStringLiteral("en"));
    m_presses = 0;
    m_clock.clock().set(QDateTime(QDate(2025, 1, 5), QTime(8, 30), QTimeZone::utc())); // a test may move it
}

void TestCheckIn::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_languages.reset();
}

void TestCheckIn::openWindow(AppMode mode)
{
    m_settings->setMode(mode);
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_languages.get());
    static int n = 0;
    QVERIFY(!m_window->openDatabase(m_dir.filePath(QStringLiteral("checkin%1.sqlite").arg(++n))));
    if (mode == AppMode::Clinician) {
        Participant p;
        p.code = QStringLiteral("P-001");
        qint64 id = 0;
        QVERIFY(!m_window->editor()->addParticipant(p, &id));
        m_window->workspace()->setParticipant(id);
    }
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->currentParticipantId() > 0);
}

void TestCheckIn::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
    ++m_presses;
}

void TestCheckIn::press(char key)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key);
    ++m_presses;
}

QList<JournalEntry> TestCheckIn::entries() const
{
    return m_window->store()->journal().entries(m_window->currentParticipantId());
}

void TestCheckIn::moodKeyAndEnterSave()
{
    openWindow(AppMode::SinglePerson);
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QVERIFY(QTest::qWaitForWindowActive(checkIn()));
    QCOMPARE(QApplication::focusWidget(), checkIn()->moodRow()); // the first key is the mood
    press('7');
    press(Qt::Key_Return);
    QCOMPARE(m_presses, 3);
    QTRY_VERIFY(!checkIn());
    const QList<JournalEntry> saved = entries();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().values, (QMap<QString, double>{{QStringLiteral("mood"), 7}}));
    QCOMPARE(saved.first().date, QDate(2025, 1, 5));
    QCOMPARE(saved.first().time, std::optional<QTime>(QTime(9, 30)));
    // One undo step, audited like the full form's.
    QCOMPARE(m_window->editor()->undoStack()->count(), 1);
    bool audited = false;
    for (const AuditLog::Row& r : m_window->store()->audit().rows())
        audited = audited || (r.table == u"entry" && r.rowId == saved.first().id);
    QVERIFY(audited);
}

void TestCheckIn::wholeCheckInWithTagChipUnderTenKeys()
{
    openWindow(AppMode::SinglePerson);
    qint64 gluten = 0;
    qint64 coffee = 0;
    Tag tag;
    tag.name = QStringLiteral("gluten");
    QVERIFY(!m_window->editor()->createTag(tag, &gluten));
    tag.name = QStringLiteral("coffee");
    QVERIFY(!m_window->editor()->createTag(tag, &coffee));
    const int undoBefore = m_window->editor()->undoStack()->count();
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QVERIFY(QTest::qWaitForWindowActive(checkIn()));
    auto* chips = qobject_cast<TagChips*>(checkIn()->tagChipsWidget());
    QVERIFY2(chips, "the check-in shows the database's tags as chips");
    QToolButton* chip = chips->chip(QStringLiteral("gluten"));
    QVERIFY(chip && chips->chip(QStringLiteral("coffee")));
    QTRY_VERIFY(chip->isVisible());
    press('+'); // mood 10
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), checkIn()->input(QStringLiteral("stress"))->editor());
    press('2');
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), checkIn()->input(QStringLiteral("sleep_hours"))->editor());
    press('8');
    press(Qt::Key_Tab);
    // The chips come after the pinned measures, in the tag list's order: "gluten" was made first.
    QCOMPARE(chips->chips().first(), chip);
    QCOMPARE(QApplication::focusWidget(), chip);
    press(Qt::Key_Space);
    QVERIFY(chip->isChecked());
    QCOMPARE(checkIn()->selectedTagIds(), QList<qint64>{gluten});
    press(Qt::Key_Return);
    QVERIFY2(m_presses < 10, qPrintable(QString::number(m_presses)));
    QTRY_VERIFY(!checkIn());
    const QList<JournalEntry> saved = entries();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().values,
             (QMap<QString, double>{
                 {QStringLiteral("mood"), 10}, {QStringLiteral("stress"), 2}, {QStringLiteral("sleep_hours"), 8}}));
    // The tag is in the database, with the entry, in the same undo step.
    QCOMPARE(m_window->store()->tags().entryTags(saved.first().id), QList<qint64>{gluten});
    QCOMPARE(m_window->editor()->undoStack()->count(), undoBefore + 1);
    m_window->editor()->undoStack()->undo();
    QVERIFY(entries().isEmpty());
}

void TestCheckIn::nothingChosenIsRefused()
{
    openWindow(AppMode::SinglePerson);
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QVERIFY(QTest::qWaitForWindowActive(checkIn()));
    press(Qt::Key_Return);
    QVERIFY(checkIn() && checkIn()->isVisible());
    QVERIFY(entries().isEmpty());
    auto* banner = checkIn()->findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Choose your mood")), qPrintable(banner->text()));
    press('5');
    press(Qt::Key_Return);
    QTRY_VERIFY(!checkIn());
    QCOMPARE(entries().size(), 1);
}

void TestCheckIn::escapeClosesWithoutSaving()
{
    openWindow(AppMode::SinglePerson);
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QVERIFY(QTest::qWaitForWindowActive(checkIn()));
    press('3');
    QCOMPARE(checkIn()->moodRow()->value(), std::optional<double>(3));
    QVERIFY(checkIn()->moodRow()->button(3)->isChecked());
    int asked = 0;
    test::answerNextQuestion(asked, QMessageBox::Discard); // a mood was chosen: the form asks first
    press(Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QTRY_VERIFY(!checkIn());
    QVERIFY(entries().isEmpty());
}

void TestCheckIn::fullFormTakesWhatWasTyped()
{
    openWindow(AppMode::SinglePerson);
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QVERIFY(QTest::qWaitForWindowActive(checkIn()));
    press('6');
    QTest::keyClicks(checkIn()->findChild<QLineEdit*>(QStringLiteral("note")), QStringLiteral("kefir"));
    QTest::mouseClick(checkIn()->findChild<QPushButton*>(QStringLiteral("fullForm")), Qt::LeftButton);
    EntryDialog* form = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        form = m_window->findChild<EntryDialog*>();
        return form && form->isVisible();
    }));
    QVERIFY(checkIn() && !checkIn()->isVisible()); // hidden meanwhile
    QCOMPARE(form->input(QStringLiteral("mood"))->value(), std::optional<double>(6));
    QCOMPARE(form->entry().note, QStringLiteral("kefir"));
    form->input(QStringLiteral("energy"))->setValue(4);
    form->accept();
    QTRY_VERIFY(!checkIn());
    const QList<JournalEntry> saved = entries();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().values.value(QStringLiteral("mood")), 6.0);
    QCOMPARE(saved.first().values.value(QStringLiteral("energy")), 4.0);
    QCOMPARE(saved.first().note, QStringLiteral("kefir"));
}

void TestCheckIn::clinicianModeKeepsTheFullForm()
{
    openWindow(AppMode::Clinician);
    press(Qt::Key_N, Qt::ControlModifier);
    EntryDialog* form = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        form = m_window->findChild<EntryDialog*>();
        return form && form->isVisible();
    }));
    QVERIFY(!checkIn());
    form->reject();
}

void TestCheckIn::singlePersonMenuKeepsTheFullForm()
{
    openWindow(AppMode::SinglePerson);
    auto* newEntry = m_window->findChild<QAction*>(QStringLiteral("newEntry"));
    auto* checkInAction = m_window->findChild<QAction*>(QStringLiteral("checkIn"));
    QVERIFY(newEntry && checkInAction);
    QCOMPARE(checkInAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QVERIFY(newEntry->shortcut().isEmpty());
    QVERIFY(newEntry->isEnabled() && checkInAction->isEnabled());
    newEntry->trigger();
    EntryDialog* form = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        form = m_window->findChild<EntryDialog*>();
        return form && form->isVisible();
    }));
    form->reject();
    QVERIFY(!m_window->startInTray()); // no tray here: --minimised must show the window after all
}

void TestCheckIn::moodRowFollowsTheMeasureRange_data()
{
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<QString>("keys"); // one character each, in the order of the values
    QTest::newRow("0-10, the built-in mood") << 0.0 << 10.0 << QStringLiteral("0123456789+");
    QTest::newRow("1-5") << 1.0 << 5.0 << QStringLiteral("12345");
    QTest::newRow("1-10") << 1.0 << 10.0 << QStringLiteral("1234567890");
}

void TestCheckIn::moodRowFollowsTheMeasureRange()
{
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(QString, keys);
    Measure mood = builtinMeasures().first();
    QCOMPARE(mood.key, QStringLiteral("mood"));
    mood.minimum = minimum;
    mood.maximum = maximum;
    QVERIFY(MoodRow::fits(mood));
    MoodRow row(mood);
    QStringList got;
    for (double v = minimum; v <= maximum; ++v) {
        QVERIFY(row.button(v));
        QVERIFY(!row.button(v)->accessibleName().isEmpty());
        got << row.keyFor(v);
    }
    QCOMPARE(got.join(QString()), keys);
    QVERIFY(!row.button(maximum + 1));
    row.show();
    for (double v = minimum; v <= maximum; ++v) {
        QTest::keyClicks(&row, row.keyFor(v));
        QCOMPARE(row.value(), std::optional<double>(v));
    }
    QTest::keyClick(&row, Qt::Key_Delete);
    QCOMPARE(row.value(), std::nullopt);
    mood.maximum = 100;
    QVERIFY(!MoodRow::fits(mood)); // too many for one key each: the check-in uses a number box
}

void TestCheckIn::reminderFiresOnceAndOpensTheCheckIn()
{
    openWindow(AppMode::SinglePerson);
    // No tray under the offscreen platform: the reminder comes as a window of its own.
    ReminderService service(m_settings.get(), m_window->workspace(), false);
    QVERIFY(!service.nextDue().isValid());
    m_settings->setValue(Settings::Key::ReminderTimes, QStringList{QStringLiteral("09:00"), QStringLiteral("21:00")});
    QCOMPARE(service.nextDue(), QDateTime(QDate(2025, 1, 5), QTime(20, 0), QTimeZone::utc())); // 21:00 CET
    QSignalSpy reminded(&service, &ReminderService::reminded);
    service.check(); // not due yet
    QCOMPARE(reminded.count(), 0);
    m_clock.clock().set(service.nextDue());
    service.check();
    QCOMPARE(reminded.count(), 1);
    service.check(); // the same time does not come twice
    QCOMPARE(reminded.count(), 1);
    QCOMPARE(service.nextDue(), QDateTime(QDate(2025, 1, 6), QTime(8, 0), QTimeZone::utc()));
    QVERIFY(service.reminderWindow() && service.reminderWindow()->isVisible());
    if (const QString shots = qEnvironmentVariable("MOODBIOME_SCREENSHOTS"); !shots.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(service.reminderWindow()));
        QVERIFY(service.reminderWindow()->grab().save(shots + QStringLiteral("/reminder-window-en.png")));
    }
    QSignalSpy requested(&service, &ReminderService::checkInRequested);
    QTest::mouseClick(service.reminderWindow()->findChild<QPushButton*>(QStringLiteral("checkInNow")), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QTRY_VERIFY(!service.reminderWindow());
}

void TestCheckIn::reminderSkipsADayWithAnEntry()
{
    openWindow(AppMode::SinglePerson);
    ReminderService service(m_settings.get(), m_window->workspace(), false);
    m_settings->setValue(Settings::Key::ReminderTimes, QStringList{QStringLiteral("21:00")});
    QCOMPARE(service.nextDue(), QDateTime(QDate(2025, 1, 5), QTime(20, 0), QTimeZone::utc()));
    JournalEntry e;
    e.participantId = m_window->currentParticipantId();
    e.date = QDate(2025, 1, 5);
    e.values.insert(QStringLiteral("mood"), 6);
    QVERIFY(!m_window->editor()->addEntry(e));
    QCOMPARE(service.nextDue(), QDateTime(QDate(2025, 1, 6), QTime(20, 0), QTimeZone::utc())); // tomorrow
    m_settings->setValue(Settings::Key::ReminderSkipWhenEntry, false);
    QCOMPARE(service.nextDue(), QDateTime(QDate(2025, 1, 5), QTime(20, 0), QTimeZone::utc()));
    m_settings->setValue(Settings::Key::ReminderSkipWhenEntry, true);
    m_window->editor()->undoStack()->undo(); // the entry is gone again: today's reminder is back
    QCOMPARE(service.nextDue(), QDateTime(QDate(2025, 1, 5), QTime(20, 0), QTimeZone::utc()));
}

void TestCheckIn::snoozeRemindsInThirtyMinutes()
{
    openWindow(AppMode::SinglePerson);
    ReminderService service(m_settings.get(), m_window->workspace(), false);
    m_settings->setValue(Settings::Key::ReminderTimes, QStringList{QStringLiteral("09:30")});
    const QDateTime now = m_clock.clock().nowUtc();
    QCOMPARE(service.nextDue(), now.addDays(1)); // 09:30 is now: tomorrow
    service.remind();
    QVERIFY(service.reminderWindow());
    QTest::mouseClick(service.reminderWindow()->findChild<QPushButton*>(QStringLiteral("snooze")), Qt::LeftButton);
    QCOMPARE(service.nextDue(), now.addSecs(30 * 60));
    QSignalSpy reminded(&service, &ReminderService::reminded);
    m_clock.clock().set(now.addSecs(30 * 60));
    service.check();
    QCOMPARE(reminded.count(), 1);
    QCOMPARE(service.nextDue(), now.addDays(1)); // the snooze is spent
}

void TestCheckIn::trayMenu()
{
    openWindow(AppMode::SinglePerson);
    ReminderService service(m_settings.get(), m_window->workspace(), true); // as if the desktop had a tray
    QMenu* menu = service.trayMenu();
    QVERIFY(menu);
    const auto texts = [menu] {
        QStringList t;
        for (QAction* a : menu->actions())
            if (!a->isSeparator())
                t << a->text();
        return t;
    };
    QCOMPARE(texts(), (QStringList{QStringLiteral("&Check in now"), QStringLiteral("&Remind me in 30 minutes"),
                                   QStringLiteral("&Open MoodBiome"), QStringLiteral("&Quit")}));
    QVERIFY(!service.isTrayVisible()); // no reminder times yet
    service.setTrayWanted(true);
    QVERIFY(service.isTrayVisible());
    QSignalSpy checkIn(&service, &ReminderService::checkInRequested);
    QSignalSpy open(&service, &ReminderService::openRequested);
    QSignalSpy quit(&service, &ReminderService::quitRequested);
    const QList<QAction*> actions = menu->actions();
    actions[0]->trigger();
    actions[2]->trigger();
    actions[4]->trigger();
    QCOMPARE(checkIn.count(), 1);
    QCOMPARE(open.count(), 1);
    QCOMPARE(quit.count(), 1);
    actions[1]->trigger();
    QCOMPARE(service.nextDue(), m_clock.clock().nowUtc().addSecs(30 * 60));
    const QString shots = qEnvironmentVariable("MOODBIOME_SCREENSHOTS");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        m_languages->apply(language);
        QCoreApplication::processEvents();
        if (language == u"nl")
            QCOMPARE(texts().first(), QStringLiteral("Nu &inchecken"));
        if (!shots.isEmpty()) { // the tray menu as drawn, for the screenshot set
            menu->popup(QPoint(20, 20));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QVERIFY(menu->grab().save(shots + QStringLiteral("/tray-menu-%1.png").arg(language)));
            menu->hide();
        }
    }
    m_languages->apply(QStringLiteral("en"));
}

// Esc on a check-in with a mood, a measure or a note asks as the full form does ("Discard this entry?"); Keep
// editing (the default) keeps everything; with nothing chosen Esc closes at once.
void TestCheckIn::escapeAsksOnceSomethingWasChosen()
{
    openWindow(AppMode::SinglePerson);
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QVERIFY(QTest::qWaitForWindowActive(checkIn()));
    int asked = 0;
    test::answerNextQuestion(asked, QMessageBox::No);
    press(Qt::Key_Escape); // nothing chosen
    QCOMPARE(asked, 0);
    QTRY_VERIFY(!checkIn());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QVERIFY(QTest::qWaitForWindowActive(checkIn()));
    press('6');
    auto* note = checkIn()->findChild<QLineEdit*>(QStringLiteral("note"));
    QTest::keyClicks(note, QStringLiteral("kefir"));
    QString question;
    QTimer::singleShot(0, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            question = box->windowTitle();
            ++asked;
            box->button(QMessageBox::No)->click(); // keep editing
        }
    });
    press(Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QCOMPARE(question, QStringLiteral("Discard this entry?"));
    QVERIFY(checkIn() && checkIn()->isVisible());
    QCOMPARE(checkIn()->moodRow()->value(), std::optional<double>(6));
    QCOMPARE(note->text(), QStringLiteral("kefir"));
    // The window's close button asks the same.
    test::answerNextQuestion(asked, QMessageBox::Discard);
    checkIn()->close();
    QCOMPARE(asked, 2);
    QTRY_VERIFY(!checkIn());
    QVERIFY(entries().isEmpty());
}

// Alt+D in the note, where no mnemonic is Alt+D: the selected note stays as it was, no "d" typed over it.
void TestCheckIn::altLetterWithoutShortcutNeverTypes()
{
    openWindow(AppMode::SinglePerson);
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QVERIFY(QTest::qWaitForWindowActive(checkIn()));
    auto* note = checkIn()->findChild<QLineEdit*>(QStringLiteral("note"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("slept badly"));
    note->selectAll();
    QTest::keyClick(note, Qt::Key_D, Qt::AltModifier);
    QCOMPARE(note->text(), QStringLiteral("slept badly"));
    QTest::keyClick(note, Qt::Key_Q, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(note->text(), QStringLiteral("slept badly"));
    // A mnemonic still works: Alt+N is the note's label.
    checkIn()->moodRow()->setFocus();
    QTest::keyClick(checkIn(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), note);
    test::answerNextQuestion(m_presses, QMessageBox::Discard);
    checkIn()->close();
    QTRY_VERIFY(!checkIn());
}

// Single-person mode's participant is stored as "Me" and named in the interface's language: "Check-in — Ik".
void TestCheckIn::titleNamesTheSelfTrackerInTheLanguage()
{
    openWindow(AppMode::SinglePerson);
    QCOMPARE(m_window->workspace()->participant()->code, QStringLiteral("Me"));
    m_languages->apply(QStringLiteral("nl"));
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return checkIn() && checkIn()->isVisible(); }));
    QCOMPARE(checkIn()->windowTitle(), QStringLiteral("Check-in — Ik"));
    m_languages->apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(checkIn()->windowTitle(), QStringLiteral("Check in — Me"));
    checkIn()->cancelWithoutAsking();
    QTRY_VERIFY(!checkIn());
}

QTEST_MAIN(TestCheckIn)
#include "tst_checkin.moc"
