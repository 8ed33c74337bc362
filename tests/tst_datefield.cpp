// Date boxes in every dialog show four-digit years and a calendar, and say so (without blocking) when a date
// lies in the future or more than a year back; a two-digit year never lands an entry in another century unnoticed.
#include "TestSupport.h"
#include "core/DateText.h"
#include "ui/DateField.h"
#include "ui/EntryDialog.h"
#include "ui/InterventionDialog.h"
#include "ui/LanguageManager.h"
#include "ui/ParticipantDialog.h"
#include "ui/QuestionnaireDialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

using namespace mb;
using namespace Qt::StringLiterals;

class TestDateField : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void fourDigitYearsAndCalendar_data();
    void fourDigitYearsAndCalendar();
    void warnsAboutOldAndFutureDates_data();
    void warnsAboutOldAndFutureDates();
    void twoDigitYearIsNeverSilent();
    void holdsTheDatesMoodBiomeStores();
    void typedDateNotTakenStopsTheFirstSave_data();
    void typedDateNotTakenStopsTheFirstSave();
    void warningFollowsTheLanguage();
    void typedDatesAreTakenAsTyped_data();
    void typedDatesAreTakenAsTyped();
    void typedTimesAreTakenAsTyped_data();
    void typedTimesAreTakenAsTyped();
    void aCorrectionFixedWithTheArrowsDoesNotStopTheSave();
    void everyDialogRetranslates();
    void pastDatesTypedInTheFormsAreTakenAsTyped_data();
    void pastDatesTypedInTheFormsAreTakenAsTyped();
    void aFutureDateTypedInIsRefusedAtSave();
    void keyboardOpensTheCalendar_data();
    void keyboardOpensTheCalendar();

private:
    // Every dialog with date boxes, shown; returned with the object names of its date boxes.
    QList<std::pair<std::shared_ptr<QDialog>, QStringList>> dialogs() const;
    static QLabel* warningOf(QDialog* dialog, const QString& dateName);
    // A new entry's form for participant 1, shown and activated; saving stores nothing.
    static std::unique_ptr<EntryDialog> newEntryForm();

    test::ScopedClock m_clock; // today is 2025-01-05
    LanguageManager m_languages;
};

void TestDateField::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDateField::cleanup()
{
    m_languages.apply(QStringLiteral("en"));
}

QList<std::pair<std::shared_ptr<QDialog>, QStringList>> TestDateField::dialogs() const
{
    JournalEntry entry;
    entry.participantId = 1;
    Intervention intervention;
    intervention.participantId = 1;
    intervention.name = QStringLiteral("LGG");
    intervention.start = QDate(2024, 12, 1);
    intervention.end = QDate(2024, 12, 31);
    Participant participant;
    participant.code = QStringLiteral("P-001");
    participant.enrolled = QDate(2024, 12, 1);
    participant.withdrawn = QDate(2025, 1, 2);
    QList<std::pair<std::shared_ptr<QDialog>, QStringList>> all = {
        {std::make_shared<EntryDialog>(entry, builtinMeasures(), QStringLiteral("P-001"),
                                       [](const JournalEntry&, const QMap<qint64, bool>&) { return std::nullopt; }),
         {QStringLiteral("date")}},
        {std::make_shared<InterventionDialog>(intervention, [](const Intervention&) { return std::nullopt; }),
         {QStringLiteral("start"), QStringLiteral("end")}},
        {std::make_shared<ParticipantDialog>(participant, QStringList(),
                                             [](const Participant&) { return std::nullopt; }),
         {QStringLiteral("enrolled"), QStringLiteral("withdrawn")}},
        {std::make_shared<QuestionnaireDialog>(Instrument::Phq9, 1, QStringLiteral("P-001"),
                                               [](const QuestionnaireResponse&) { return std::nullopt; }),
         {QStringLiteral("date")}},
    };
    for (auto& [dialog, names] : all)
        dialog->show();
    return all;
}

std::unique_ptr<EntryDialog> TestDateField::newEntryForm()
{
    JournalEntry entry;
    entry.participantId = 1;
    auto dialog =
        std::make_unique<EntryDialog>(entry, builtinMeasures(), QStringLiteral("P-001"),
                                      [](const JournalEntry&, const QMap<qint64, bool>&) { return std::nullopt; });
    dialog->show();
    dialog->activateWindow();
    return dialog;
}

QLabel* TestDateField::warningOf(QDialog* dialog, const QString& dateName)
{
    return dialog->findChild<QLabel*>(dateName + QStringLiteral("Warning"));
}

void TestDateField::fourDigitYearsAndCalendar_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << "en" << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("en_GB") << "en" << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("nl_NL") << "nl" << QLocale(QLocale::Dutch, QLocale::Netherlands);
}

void TestDateField::fourDigitYearsAndCalendar()
{
    QFETCH(QString, language);
    QFETCH(QLocale, locale);
    m_languages.apply(language);
    QLocale::setDefault(locale);
    for (const auto& [dialog, names] : dialogs()) {
        for (const QString& name : names) {
            auto* edit = dialog->findChild<QDateEdit*>(name);
            QVERIFY2(edit, qPrintable(dialog->objectName() + u' ' + name));
            const QString where = dialog->objectName() + u' ' + name + u' ' + edit->displayFormat();
            QVERIFY2(edit->displayFormat().contains(QStringLiteral("yyyy")), qPrintable(where));
            QVERIFY2(edit->text().contains(QString::number(edit->date().year())), qPrintable(where));
            QVERIFY2(edit->calendarPopup(), qPrintable(where));
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(where));
        }
    }
}

void TestDateField::warnsAboutOldAndFutureDates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("warned");
    QTest::newRow("today") << QDate(2025, 1, 5) << false;
    QTest::newRow("last week") << QDate(2024, 12, 29) << false;
    QTest::newRow("a year ago") << QDate(2024, 1, 5) << false;
    QTest::newRow("a year and a day ago") << QDate(2024, 1, 4) << true;
    QTest::newRow("1926") << QDate(1926, 12, 4) << true;
    QTest::newRow("tomorrow") << QDate(2025, 1, 6) << true;
}

void TestDateField::warnsAboutOldAndFutureDates()
{
    QFETCH(QDate, date);
    QFETCH(bool, warned);
    m_languages.apply(QStringLiteral("en"));
    for (const auto& [dialog, names] : dialogs()) {
        for (const QString& name : names) {
            if (name == u"end")
                continue; // an intervention planned to end in the future is normal
            auto* edit = dialog->findChild<QDateEdit*>(name);
            if (date > edit->maximumDate())
                continue; // the questionnaire's date cannot lie in the future at all
            if (name == u"withdrawn" || name == u"enrolled")
                dialog->findChild<QCheckBox*>(name + QStringLiteral("Set"))->setChecked(true);
            edit->setDate(date);
            QCOMPARE(edit->date(), date);
            QLabel* warning = warningOf(dialog.get(), name);
            const QString where = dialog->objectName() + u' ' + name;
            QVERIFY2(warning, qPrintable(where));
            QCOMPARE(warning->isVisible(), warned);
            if (warned) {
                QVERIFY(!warning->text().isEmpty());
                QCOMPARE(edit->accessibleDescription(), warning->text());
                // Near the field: just below or beside it, inside the dialog.
                const QRect field(edit->mapTo(dialog.get(), QPoint(0, 0)), edit->size());
                const QRect note(warning->mapTo(dialog.get(), QPoint(0, 0)), warning->size());
                QVERIFY2(std::abs(note.top() - field.bottom()) < 3 * edit->height() ||
                             std::abs(note.center().y() - field.center().y()) < edit->height(),
                         qPrintable(where));
            } else {
                QVERIFY(edit->accessibleDescription().isEmpty());
            }
        }
    }
}

void TestDateField::twoDigitYearIsNeverSilent()
{
    m_languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto made = newEntryForm();
    EntryDialog& dialog = *made;
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* edit = dialog.findChild<QDateEdit*>(QStringLiteral("date"));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("12/4/26"));
    QTest::keyClick(edit, Qt::Key_Tab);
    // Either the typed date is refused (the date stays today) or it is taken as written and the user is told.
    const QDate date = edit->date();
    QLabel* warning = warningOf(&dialog, QStringLiteral("date"));
    QVERIFY2(date == QDate(2025, 1, 5) || (warning && warning->isVisible()), qPrintable(date.toString(Qt::ISODate)));
    QVERIFY2(date.year() >= 2000 || (warning && warning->isVisible()), qPrintable(date.toString(Qt::ISODate)));
}

// A form offers no date its repository then refuses (an intervention ending in 2300 was typed, saved and refused).
void TestDateField::holdsTheDatesMoodBiomeStores()
{
    DateField field(QStringLiteral("end"));
    QCOMPARE(field.minimumDate(), firstAcceptedDate());
    QCOMPARE(field.maximumDate(), lastAcceptedDate());
    field.setDate(QDate(2300, 1, 1));
    QVERIFY(!dateRangeProblem(field.date()));
}

void TestDateField::typedDateNotTakenStopsTheFirstSave_data()
{
    QTest::addColumn<QString>("dialogName");
    QTest::addColumn<QString>("dateName");
    QTest::newRow("entry") << "entry"
                           << "date";
    QTest::newRow("intervention start") << "intervention"
                                        << "start";
    QTest::newRow("intervention end") << "intervention"
                                      << "end";
    QTest::newRow("participant") << "participant"
                                 << "enrolled";
}

void TestDateField::typedDateNotTakenStopsTheFirstSave()
{
    QFETCH(QString, dialogName);
    QFETCH(QString, dateName);
    m_languages.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QList<QDate> saved;
    std::unique_ptr<QDialog> made;
    if (dialogName == u"entry") {
        JournalEntry entry;
        entry.participantId = 1;
        entry.values = {{QStringLiteral("mood"), 5}};
        made = std::make_unique<EntryDialog>(entry, builtinMeasures(), QStringLiteral("P-001"),
                                             [&saved](const JournalEntry& e, const QMap<qint64, bool>&) {
                                                 saved.append(e.date);
                                                 return std::optional<QString>();
                                             });
    } else if (dialogName == u"intervention") {
        Intervention i;
        i.id = 2;
        i.participantId = 1;
        i.name = QStringLiteral("LGG");
        i.start = QDate(2024, 1, 1);
        i.end = QDate(2025, 1, 4);
        made = std::make_unique<InterventionDialog>(i, [&saved, dateName](const Intervention& stored) {
            saved.append(dateName == u"start" ? stored.start : stored.end);
            return std::optional<QString>();
        });
    } else {
        Participant p;
        p.code = QStringLiteral("P-001");
        p.enrolled = QDate(2024, 12, 1);
        made = std::make_unique<ParticipantDialog>(p, QStringList(), [&saved](const Participant& stored) {
            saved.append(stored.enrolled);
            return std::optional<QString>();
        });
    }
    QDialog& dialog = *made;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* edit = dialog.findChild<QDateEdit*>(dateName);
    edit->setFocus(Qt::TabFocusReason);
    // A short year keeps the box's year (2025): January 4th lies before today, so the second Enter may save it.
    QTest::keyClicks(edit, QStringLiteral("1/4/24"));
    QTest::keyClick(edit, Qt::Key_Return); // Enter saves the form, but not before the user saw the date
    QVERIFY(saved.isEmpty());
    QLabel* warning = warningOf(&dialog, dateName);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("could not be taken as typed")), qPrintable(warning->text()));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("error"))->isVisible());
    QTest::keyClick(edit, Qt::Key_Return); // seen: the second Enter saves the date the box shows
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0], edit->date());
}

void TestDateField::typedDatesAreTakenAsTyped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("start"); // how the box is entered: Tab (the first section selected), Ctrl+A, Home
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
    // A separator typed after a section that was full moved on a second time: the day was skipped and kept its
    // old value (11/5/2026 became 11/6/2026 without a word).
    for (const QString& start : {u"tab"_s, u"ctrl+a"_s, u"home"_s}) {
        QTest::addRow("us %s 11/5/2026", qPrintable(start)) << us << start << u"11/5/2026"_s << QDate(2026, 11, 5);
        QTest::addRow("us %s 11/25/2026", qPrintable(start)) << us << start << u"11/25/2026"_s << QDate(2026, 11, 25);
        QTest::addRow("nl %s 29-11-2026", qPrintable(start)) << nl << start << u"29-11-2026"_s << QDate(2026, 11, 29);
    }
    QTest::newRow("us 12/1/2026") << us << u"tab"_s << u"12/1/2026"_s << QDate(2026, 12, 1);
    QTest::newRow("us 1/5/2025") << us << u"tab"_s << u"1/5/2025"_s << QDate(2025, 1, 5);
    QTest::newRow("us leading zeros 12/06/2026") << us << u"tab"_s << u"12/06/2026"_s << QDate(2026, 12, 6);
    QTest::newRow("us leading zeros 01/02/2025") << us << u"ctrl+a"_s << u"01/02/2025"_s << QDate(2025, 1, 2);
    QTest::newRow("gb 29/11/2026") << gb << u"tab"_s << u"29/11/2026"_s << QDate(2026, 11, 29);
    QTest::newRow("nl 5-3-2024") << nl << u"tab"_s << u"5-3-2024"_s << QDate(2024, 3, 5);
    QTest::newRow("nl 05-03-2024") << nl << u"ctrl+a"_s << u"05-03-2024"_s << QDate(2024, 3, 5);
    QTest::newRow("nl 1-12-2024") << nl << u"tab"_s << u"1-12-2024"_s << QDate(2024, 12, 1);
}

// What is typed in full, in the locale's order, with or without leading zeros, is the date the box holds, and no
// warning says otherwise (a leading zero used to give "could not be taken as typed" and stop the first save).
void TestDateField::typedDatesAreTakenAsTyped()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, start);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QLocale::setDefault(locale);
    QWidget window;
    auto* field = new DateField(u"date"_s, DateField::WarnAll, &window);
    auto* next = new QLineEdit(&window);
    next->move(0, 40);
    field->setDate(QDate(2025, 1, 6));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    field->setFocus(Qt::TabFocusReason); // as a person tabs in: the first section is selected
    QVERIFY(field->hasFocus());
    if (start == u"ctrl+a")
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    else if (start == u"home")
        QTest::keyClick(field, Qt::Key_Home);
    QTest::keyClicks(field, typed);
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(field->date(), expected);
    QVERIFY2(!field->warning().contains(u"could not be taken"_s), qPrintable(field->warning()));
    QVERIFY(!field->takeCorrection());
}

void TestDateField::typedTimesAreTakenAsTyped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QTime>("expected");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
    QTest::newRow("us 9:30 PM") << us << u"9:30 PM"_s << QTime(21, 30); // it became 7:30 AM
    QTest::newRow("us 11:05 AM") << us << u"11:05 AM"_s << QTime(11, 5);
    QTest::newRow("nl 21:30") << nl << u"21:30"_s << QTime(21, 30);
    QTest::newRow("nl 7:05") << nl << u"7:05"_s << QTime(7, 5);
    QTest::newRow("nl 07:05") << nl << u"07:05"_s << QTime(7, 5);
}

// The entry form's time box, typed over after Ctrl+A.
void TestDateField::typedTimesAreTakenAsTyped()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QTime, expected);
    QLocale::setDefault(locale);
    const auto made = newEntryForm();
    EntryDialog& dialog = *made;
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* time = dialog.findChild<QTimeEdit*>(QStringLiteral("time"));
    QVERIFY(time && time->isEnabled());
    time->setFocus(Qt::TabFocusReason);
    QTest::keyClick(time, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(time, typed);
    QTest::keyClick(time, Qt::Key_Tab);
    QCOMPARE(time->time(), expected);
}

// A date the box could not take, then put right with the arrow keys: the form saves at the first press (it showed an
// empty red bar and saved nothing until a second one).
void TestDateField::aCorrectionFixedWithTheArrowsDoesNotStopTheSave()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Intervention i;
    i.participantId = 1;
    i.name = QStringLiteral("LGG");
    i.start = QDate(2024, 12, 1);
    QList<QDate> saved;
    InterventionDialog dialog(i, [&saved](const Intervention& stored) {
        saved.append(stored.start);
        return std::optional<QString>();
    });
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* start = dialog.findChild<DateField*>(QStringLiteral("start"));
    start->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(start, QStringLiteral("12/4/26"));
    QTest::keyClick(start, Qt::Key_Tab);
    QVERIFY(start->warning().contains(u"could not be taken"_s));
    start->setFocus(Qt::TabFocusReason);
    QTest::keyClick(start, Qt::Key_Down); // the month, one back
    QTest::keyClick(start, Qt::Key_Tab);
    QVERIFY2(start->warning().isEmpty() || !start->warning().contains(u"could not be taken"_s),
             qPrintable(start->warning()));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0], start->date());
}

void TestDateField::warningFollowsTheLanguage()
{
    m_languages.apply(QStringLiteral("en"));
    JournalEntry entry;
    entry.participantId = 1;
    entry.date = QDate(2023, 6, 1);
    EntryDialog dialog(entry, builtinMeasures(), QStringLiteral("P-001"),
                       [](const JournalEntry&, const QMap<qint64, bool>&) { return std::nullopt; });
    dialog.show();
    QLabel* warning = warningOf(&dialog, QStringLiteral("date"));
    QVERIFY(warning && warning->isVisible());
    const QString english = warning->text();
    m_languages.apply(QStringLiteral("nl"));
    QTRY_VERIFY(warning->text() != english);
    QVERIFY(!warning->text().isEmpty());
    auto* edit = dialog.findChild<QDateEdit*>(QStringLiteral("date"));
    QVERIFY2(edit->text().contains(QStringLiteral("2023")), qPrintable(edit->text()));
}

void TestDateField::everyDialogRetranslates()
{
    // Built, shown, switched to Dutch and back (QEvent::LanguageChange) without a crash; the date boxes follow.
    m_languages.apply(QStringLiteral("en"));
    const auto all = dialogs();
    QStringList english;
    for (const auto& [dialog, names] : all)
        english.append(dialog->windowTitle() + u'|' + dialog->findChild<QDateEdit*>(names.first())->accessibleName());
    m_languages.apply(QStringLiteral("nl"));
    QTRY_VERIFY(all.first().first->windowTitle() != english.first().section(u'|', 0, 0)); // delivered later
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto& [dialog, names] = all[i];
        auto* edit = dialog->findChild<QDateEdit*>(names.first());
        const QString dutch = dialog->windowTitle() + u'|' + edit->accessibleName();
        QVERIFY2(dutch != english[i], qPrintable(dutch));
        QVERIFY2(edit->displayFormat().contains(QStringLiteral("yyyy")), qPrintable(edit->displayFormat()));
        QVERIFY(dialog->isVisible());
    }
    m_languages.apply(QStringLiteral("en"));
    QTRY_COMPARE(all.first().first->windowTitle(), english.first().section(u'|', 0, 0));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto& [dialog, names] = all[i];
        QCOMPARE(dialog->windowTitle() + u'|' + dialog->findChild<QDateEdit*>(names.first())->accessibleName(),
                 english[i]);
    }
}

void TestDateField::pastDatesTypedInTheFormsAreTakenAsTyped_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("typed");
    for (const QString& form : {u"entry"_s, u"questionnaire"_s}) {
        QTest::addRow("%s digits only", qPrintable(form)) << form << u"28122024"_s;
        QTest::addRow("%s with dashes", qPrintable(form)) << form << u"28-12-2024"_s;
        QTest::addRow("%s short day", qPrintable(form)) << form << u"2-1-2025"_s;
    }
}

// The forms capped their date box at tomorrow (entry) or today (questionnaire). Typing 2 into the day of a box
// showing 05-01-2025 then could only mean 02 (20–29 January lie past the cap), so the box took 02 and moved on:
// every later digit landed in the wrong section and 28-12-2024 became another date. The cap is now checked at
// save, the box's range is what the database stores.
void TestDateField::pastDatesTypedInTheFormsAreTakenAsTyped()
{
    QFETCH(QString, form);
    QFETCH(QString, typed);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    std::unique_ptr<QDialog> dialog;
    if (form == u"entry")
        dialog = newEntryForm();
    else
        dialog = std::make_unique<QuestionnaireDialog>(Instrument::Phq9, 1, QStringLiteral("P-001"),
                                                       [](const QuestionnaireResponse&) { return std::nullopt; });
    dialog->show();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto* edit = dialog->findChild<QDateEdit*>(u"date"_s);
    QCOMPARE(edit->date(), QDate(2025, 1, 5));
    edit->setFocus(Qt::ShortcutFocusReason); // Alt+D: the label's shortcut
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Tab);
    const QDate expected = typed.startsWith(u"2-") ? QDate(2025, 1, 2) : QDate(2024, 12, 28);
    QCOMPARE(edit->date(), expected);
    QVERIFY2(!static_cast<DateField*>(edit)->warning().contains(u"could not be taken"_s),
             qPrintable(static_cast<DateField*>(edit)->warning()));
}

// What the cap used to make impossible is refused when saving, with the reason, and nothing is stored.
void TestDateField::aFutureDateTypedInIsRefusedAtSave()
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    JournalEntry entry;
    entry.participantId = 1;
    entry.values = {{QStringLiteral("mood"), 5}};
    QList<QDate> saved;
    EntryDialog dialog(entry, builtinMeasures(), QStringLiteral("P-001"),
                       [&saved](const JournalEntry& e, const QMap<qint64, bool>&) {
                           saved.append(e.date);
                           return std::optional<QString>();
                       });
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* edit = dialog.findChild<QDateEdit*>(u"date"_s);
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, u"20-01-2025"_s);
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(edit->date(), QDate(2025, 1, 20));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(saved.isEmpty());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"future"_s), qPrintable(error->text()));
    edit->setDate(QDate(2025, 1, 6)); // tomorrow: allowed, as before (an evening abroad)
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(saved, QList<QDate>{QDate(2025, 1, 6)});
}

void TestDateField::keyboardOpensTheCalendar_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("F4") << int(Qt::Key_F4) << int(Qt::NoModifier);
    QTest::newRow("Alt+Down") << int(Qt::Key_Down) << int(Qt::AltModifier);
}

// As in any date picker with a calendar: F4 and Alt+Down open it (QDateEdit opens it only for a click on its
// arrow; Alt+Down stepped the section back instead), and Up and Down still step the section the cursor is in.
void TestDateField::keyboardOpensTheCalendar()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    for (const auto& [dialog, names] : dialogs()) {
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        for (const QString& name : names) {
            auto* edit = dialog->findChild<QDateEdit*>(name);
            const QString where = dialog->objectName() + u' ' + name;
            edit->setEnabled(true);
            edit->setDate(QDate(2024, 12, 15)); // a step up or down stays within the month
            edit->setFocus(Qt::TabFocusReason);
            const QDate before = edit->date();
            QWidget* calendar = edit->calendarWidget();
            QVERIFY2(!calendar->isVisible(), qPrintable(where));
            QTest::keyClick(edit, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
            QVERIFY2(calendar->isVisible(), qPrintable(where));
            QCOMPARE(edit->date(), before);
            QVERIFY2(calendar->hasFocus(), qPrintable(where)); // the arrow keys now move through the days
            QTest::keyClick(calendar, Qt::Key_Escape);
            QTRY_VERIFY2(!calendar->isVisible(), qPrintable(where));
            QCOMPARE(edit->date(), before);
            edit->setFocus(Qt::TabFocusReason);
            QTest::keyClick(edit, Qt::Key_Up);
            QVERIFY2(edit->date() != before, qPrintable(where)); // a step, and no calendar
            QVERIFY2(!calendar->isVisible(), qPrintable(where));
        }
    }
}

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
