// Planning a randomised design in the GUI with the keyboard and the mouse: the Interventions tab opens the plan
// dialog, the count follows the inputs, "Draw and lock" asks once more and then locks; the entry form names the
// day's planned condition; the Analysis tab shows the test of the logged days and the visual-analysis aids.
#include "TestSupport.h"
#include "core/Series.h"
#include "report/ReportWriter.h"
#include "storage/ScheduleRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/AnalysisPanel.h"
#include "ui/ChartView.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/InterventionPanel.h"
#include "ui/LanguageManager.h"
#include "ui/RandomisationDialog.h"
#include "ui/RandomisationPlan.h"
#include "ui/chart/ParticipantChart.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace mb;
using namespace Qt::StringLiterals;

class TestRandomisationUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("plan.sqlite")));
        Participant p;
        p.code = QStringLiteral("P-001");
        m_participant = m_store->participants().add(p);
        Intervention lgg;
        lgg.participantId = m_participant;
        lgg.name = QStringLiteral("LGG");
        lgg.start = m_clock.clock().today();
        m_intervention = m_store->interventions().add(lgg);
    }

    // Shows the participant's interventions with the first one clicked, as a user choosing it.
    void showWithFirstRowChosen(InterventionPanel& panel)
    {
        panel.setStore(m_store.get());
        panel.setParticipant(m_participant, false);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* view = panel.findChild<QTableView*>();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    }

    void planLockAndTest()
    {
        Editor editor;
        editor.setStore(m_store.get());
        InterventionPanel panel(&editor);
        showWithFirstRowChosen(panel);
        auto* randomise = panel.findChild<QPushButton*>(QStringLiteral("randomiseIntervention"));
        QVERIFY(randomise->isEnabled());
        QTest::mouseClick(randomise, Qt::LeftButton);
        auto* dialog = panel.findChild<RandomisationDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        // ABAB is first in the list; 24 days, phases of at least 4, seed 42, typed.
        QCOMPARE(dialog->designBox()->currentData().toInt(), int(DesignType::ABAB));
        auto type = [](QWidget* box, const QString& text) {
            box->setFocus();
            QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(box, text);
        };
        type(dialog->daysBox(), QStringLiteral("24"));
        type(dialog->minPhaseBox(), QStringLiteral("4"));
        type(dialog->seedEdit(), QStringLiteral("42"));
        QCOMPARE(dialog->daysBox()->value(), 24);
        QCOMPARE(dialog->minPhaseBox()->value(), 4);
        QVERIFY2(dialog->countLabel()->text().startsWith(u"165 admissible schedules"),
                 qPrintable(dialog->countLabel()->text()));
        // Too long phases: the count says why and the button cannot lock.
        type(dialog->minPhaseBox(), QStringLiteral("7"));
        QVERIFY2(dialog->countLabel()->text().contains(u"do not fit"), qPrintable(dialog->countLabel()->text()));
        QVERIFY(!dialog->lockButton()->isEnabled());
        type(dialog->minPhaseBox(), QStringLiteral("4"));
        QVERIFY(dialog->lockButton()->isEnabled());

        // Draw and lock asks first; nothing is stored before the confirmation.
        QSignalSpy locked(dialog, &RandomisationDialog::locked);
        QTest::mouseClick(dialog->lockButton(), Qt::LeftButton);
        QVERIFY(dialog->confirmButton()->isVisible());
        QVERIFY(!ScheduleRepository(m_store->database()).forIntervention(m_intervention));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QCOMPARE(locked.count(), 1);
        const auto schedule = ScheduleRepository(m_store->database()).forIntervention(m_intervention);
        QVERIFY(schedule);
        QCOMPARE(schedule->seed, std::uint64_t(42));
        QCOMPARE(schedule->spec.days, 24);
        QCOMPARE(toString(schedule->statistic), QStringLiteral("PB-PA")); // mood: higher is better
        QVERIFY(dialog->scheduleLabel()->text().contains(schedule->sha256));
        QVERIFY(!dialog->designBox()->isEnabled());
        QVERIFY(!dialog->lockButton()->isVisible());
        dialog->close();

        // Opened again: the locked schedule, read-only.
        auto* view = panel.findChild<QTableView*>();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        QTest::mouseClick(randomise, Qt::LeftButton);
        RandomisationDialog* again = nullptr;
        for (auto* d : panel.findChildren<RandomisationDialog*>())
            if (d->isVisible())
                again = d;
        QVERIFY(again);
        QVERIFY(again->scheduleLabel()->text().contains(schedule->sha256));
        QVERIFY(!again->seedEdit()->isEnabled());
        again->close();

        // The entry form names today's condition.
        EntryDialog entry(JournalEntry{}, m_store->measures().list(), QStringLiteral("P-001"),
                          [](const JournalEntry&, const QMap<qint64, bool>&) { return std::optional<QString>(); });
        entry.setPlannedCondition(
            [this](QDate day) { return RandomisationPlanText::plannedCondition(*m_store, m_participant, day); });
        QVERIFY2(entry.plannedConditionText().contains(u"A1 — without “LGG”"),
                 qPrintable(entry.plannedConditionText()));

        // Log the planned days (B higher) and read the test in the Analysis tab.
        for (int day = 0; day < 24; ++day) {
            JournalEntry e;
            e.participantId = m_participant;
            e.date = schedule->start.addDays(day);
            e.values.insert(QStringLiteral("mood"),
                            (isBCondition(schedule->assignment[std::size_t(day)]) ? 7 : 4) + 0.5 * (day % 2));
            m_store->journal().add(e);
        }
        AnalysisPanel analysis;
        analysis.setStore(m_store.get());
        analysis.setParticipant(m_participant);
        analysis.setIntervention(m_intervention);
        analysis.setMeasure(QStringLiteral("mood"));
        analysis.show();
        QVERIFY(QTest::qWaitForWindowExposed(&analysis));
        const QString text = analysis.randomisation()->testText();
        QVERIFY2(text.contains(u"of the 165 schedules"), qPrintable(text));
        QVERIFY2(text.contains(u"PB-PA"), qPrintable(text));
        QVERIFY(analysis.findChild<QLabel*>(QStringLiteral("randomisationTest"))->isVisible());
        QVERIFY(analysis.randomisation()->visualText().contains(u"Conservative dual criterion"));
    }

    // The chart's data: each planned day with its condition, and where the adherence tick says otherwise.
    void plannedDaysAndDeviations()
    {
        RandomisationSchedule schedule =
            drawSchedule({DesignType::CRD, 10, 1}, m_clock.clock().today(), 5, TestStatistic::BMinusA);
        schedule.interventionId = m_intervention;
        ScheduleRepository(m_store->database()).lock(schedule);
        const QDate first = schedule.start;
        // Day 0 as planned; day 1 the opposite of the plan; day 2 without a tick.
        m_store->interventions().setAdherence(m_intervention, first, isBCondition(schedule.assignment[0]));
        m_store->interventions().setAdherence(m_intervention, first.addDays(1), !isBCondition(schedule.assignment[1]));
        const QList<PlannedDay> days = plannedDays(*m_store, m_participant);
        QCOMPARE(days.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(days[i].day, first.addDays(i));
            QCOMPARE(days[i].planB, isBCondition(schedule.assignment[std::size_t(i)]));
        }
        QVERIFY(!days[0].differs());
        QVERIFY(days[1].differs());
        QVERIFY(!days[2].taken && !days[2].differs());

        // The participant's chart draws them: the plan ahead, and one ring where the tick contradicts it.
        ChartView chart;
        chart.resize(900, 500);
        chart.setStore(m_store.get());
        chart.setParticipant(m_participant);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto planPoints = [&](const QString& id) {
            qsizetype points = 0;
            for (const PlotDrawn& row : chart.chart()->drawn(PlotDrawn::Kind::Row))
                if (row.id == id)
                    points += row.points.size();
            return points;
        };
        QCOMPARE(planPoints(QStringLiteral("plan/A")), 5);
        QCOMPARE(planPoints(QStringLiteral("plan/B")), 5);
        QCOMPARE(planPoints(QStringLiteral("plan/differs")), 1);
        // The plan ahead is in view: "All" reaches its last planned day, not only the last day with data.
        chart.chart()->showAll();
        QVERIFY(chart.chart()->xRange().second >= dayCoordinate(first.addDays(9)));
        if (const QString dir = qEnvironmentVariable("MOODBIOME_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(chart.grab().save(dir + QStringLiteral("/randomisation-chart-en.png")));
        }
    }

    // Delete on an intervention with a locked schedule does not ask "Delete …? You can undo this": it says that the
    // schedule keeps the intervention, and nothing is deleted.
    void deleteSaysTheLockedScheduleKeepsIt()
    {
        RandomisationSchedule schedule =
            drawSchedule({DesignType::AB, 10, 3}, m_clock.clock().today(), 5, TestStatistic::BMinusA);
        schedule.interventionId = m_intervention;
        ScheduleRepository(m_store->database()).lock(schedule);
        Editor editor;
        editor.setStore(m_store.get());
        InterventionPanel panel(&editor);
        showWithFirstRowChosen(panel);
        QStringList said; // every box that opens, answered with its first button (Yes, or OK)
        QTimer answer;
        connect(&answer, &QTimer::timeout, [&said] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                said << box->text();
                box->buttons().first()->click();
            }
        });
        answer.start(10);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("deleteIntervention")), Qt::LeftButton);
        answer.stop();
        QCOMPARE(said.size(), 1); // no "Delete …? You can undo this" first
        QVERIFY2(said[0].contains(u"has a locked randomisation schedule"_s) &&
                     said[0].contains(schedule.sha256.left(12)),
                 qPrintable(said.join(u'\n')));
        QVERIFY(!m_store->interventions().byId(m_intervention)->deleted);
    }

    // A schedule row that the table's CHECKs let through but MoodBiome never locked (written with the sqlite3
    // tool into a database handed over): BBBBBAAAAA is no AB assignment, so it was read as an empty one for 10
    // days, and drawing the plan under the chart indexed past its end. Now it is refused, and said where it shows.
    void scheduleNotLockedByMoodBiomeIsRefused_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("assignment that fits no AB design") << QStringLiteral("BBBBBAAAAA");
        QTest::newRow("AB assignment, hash of something else") << QStringLiteral("AAAAABBBBB");
    }
    void scheduleNotLockedByMoodBiomeIsRefused()
    {
        QFETCH(QString, assignment);
        Statement insert = m_store->database().prepare(
            u"INSERT INTO randomisation_schedule (intervention_id, design, days, min_phase, start_date, seed, "
            u"assignment, statistic, sha256, locked_utc) VALUES (?1, 'AB', 10, 1, ?2, '1', ?3, 'B-A', ?4, "
            u"'2025-01-01T00:00:00Z')");
        insert.bind(1, m_intervention).bind(2, m_clock.clock().today().toString(Qt::ISODate)).bind(3, assignment);
        insert.bind(4, QString(64, u'0')).run();
        const QString said = QStringLiteral("is not one MoodBiome locked");
        QVERIFY_THROWS_EXCEPTION(StorageError, ScheduleRepository(m_store->database()).forIntervention(m_intervention));
        QVERIFY(plannedDays(*m_store, m_participant).isEmpty());
        QVERIFY(
            RandomisationPlanText::plannedCondition(*m_store, m_participant, m_clock.clock().today()).contains(said));
        QVERIFY(RandomisationPlanText::reportHtml(*m_store, m_participant, QLocale()).contains(said));
        ChartView chart;
        chart.setStore(m_store.get());
        chart.setParticipant(m_participant);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        AnalysisPanel analysis;
        analysis.setStore(m_store.get());
        analysis.setParticipant(m_participant);
        analysis.setIntervention(m_intervention);
        analysis.setMeasure(QStringLiteral("mood"));
        QVERIFY(analysis.randomisation()->testText().contains(said));
        const auto lgg = m_store->interventions().byId(m_intervention);
        RandomisationDialog dialog(*m_store, *lgg);
        bool shown = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            shown = shown || label->text().contains(said);
        QVERIFY(shown);
    }

    void noScheduleExplainsHowToPlan()
    {
        AnalysisPanel analysis;
        analysis.setStore(m_store.get());
        analysis.setParticipant(m_participant);
        analysis.setIntervention(m_intervention);
        analysis.setMeasure(QStringLiteral("mood"));
        analysis.show();
        QVERIFY(analysis.randomisation()->testText().contains(u"has no randomised schedule"));
    }

    // Both languages read in full; with MOODBIOME_SCREENSHOT_DIR set, the plan dialog and the Analysis tab are
    // saved there as PNGs (run under xvfb-run with QT_QPA_PLATFORM=xcb for the real fonts).
    // Each label's Alt+letter reaches its own field, in both languages: two labels with one letter made the
    // letter only hop between them (Alt+D: "Design" and "Days", Alt+M: "Minimum phase" and "Main measure").
    void everyLabelsAltKeyReachesItsField()
    {
        LanguageManager languages;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
            languages.apply(language);
            RandomisationDialog plan(*m_store, *m_store->interventions().byId(m_intervention));
            plan.show();
            QVERIFY(QTest::qWaitForWindowExposed(&plan));
            QApplication::setActiveWindow(&plan);
            int labels = 0;
            for (QLabel* label : plan.findChildren<QLabel*>()) {
                if (!label->buddy() || !label->isVisible())
                    continue;
                const QKeySequence key = QKeySequence::mnemonic(label->text());
                QVERIFY2(!key.isEmpty(), qPrintable(language + u' ' + label->text()));
                plan.lockButton()->setFocus(); // away from the field
                QTest::keyClick(&plan, Qt::Key(key[0].key()), Qt::AltModifier);
                QWidget* focus = QApplication::focusWidget();
                QVERIFY2(focus == label->buddy() || (focus && focus->parentWidget() == label->buddy()),
                         qPrintable(language + u' ' + label->text() + QStringLiteral(" → ") +
                                    (focus ? focus->objectName() : QString())));
                ++labels;
            }
            QVERIFY(labels >= 6);
        }
        languages.apply(QStringLiteral("en"));
    }

    void bothLanguagesAndScreenshots()
    {
        // A fortnight of baseline, then the randomised ABAB from the intervention's start.
        Intervention lgg = *m_store->interventions().byId(m_intervention);
        lgg.start = m_clock.clock().today().addDays(-30);
        m_store->interventions().update(lgg);
        RandomisationSchedule schedule =
            drawSchedule({DesignType::ABAB, 24, 4}, lgg.start, 42, TestStatistic::PBMinusPA);
        schedule.interventionId = m_intervention;
        ScheduleRepository(m_store->database()).lock(schedule);
        for (int day = -14; day < 0; ++day) {
            JournalEntry e;
            e.participantId = m_participant;
            e.date = schedule.start.addDays(day);
            e.values.insert(QStringLiteral("mood"), 4.5 + 0.5 * ((day + 14) % 3));
            m_store->journal().add(e);
        }
        for (int day = 0; day < 24; ++day) {
            JournalEntry e;
            e.participantId = m_participant;
            e.date = schedule.start.addDays(day);
            e.values.insert(QStringLiteral("mood"),
                            (isBCondition(schedule.assignment[std::size_t(day)]) ? 6.5 : 4.5) + 0.5 * (day % 3));
            m_store->journal().add(e);
        }
        Intervention kefir;
        kefir.participantId = m_participant;
        kefir.name = QStringLiteral("Kefir");
        kefir.kind = InterventionKind::Diet;
        kefir.start = m_clock.clock().today().addDays(7);
        const qint64 kefirId = m_store->interventions().add(kefir);
        kefir.id = kefirId;

        const QString dir = qEnvironmentVariable("MOODBIOME_SCREENSHOT_DIR");
        LanguageManager languages;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
            languages.apply(language);
            RandomisationDialog plan(*m_store, kefir);
            plan.seedEdit()->setText(QStringLiteral("20261204"));
            plan.show();
            QVERIFY(QTest::qWaitForWindowExposed(&plan));
            AnalysisPanel analysis;
            analysis.resize(1100, 1400);
            analysis.setStore(m_store.get());
            analysis.setParticipant(m_participant);
            analysis.setIntervention(m_intervention);
            analysis.setMeasure(QStringLiteral("mood"));
            analysis.show();
            QVERIFY(QTest::qWaitForWindowExposed(&analysis));
            const QString test = analysis.randomisation()->testText();
            if (language == u"nl") {
                QVERIFY2(plan.countLabel()->text().contains(u"toegestane schema’s"),
                         qPrintable(plan.countLabel()->text()));
                QVERIFY2(test.contains(u"Randomisatietoets"), qPrintable(test));
                QVERIFY(analysis.randomisation()->visualText().contains(u"Conservatief dubbel criterium"));
                QCOMPARE(plan.windowTitle(), QStringLiteral("Gerandomiseerde opzet voor “Kefir”"));
            } else {
                QVERIFY2(test.contains(u"Randomisation test"), qPrintable(test));
            }
            // The report's section: the schedule with its hash and the test of mood (stress has no data).
            const QString report =
                RandomisationPlanText::reportHtml(*m_store, m_participant, LanguageManager::localeFor(language));
            QVERIFY(report.contains(schedule.sha256));
            QVERIFY2(report.contains(language == u"nl" ? u"Randomisatietoets (PB-PA" : u"Randomisation test (PB-PA"),
                     qPrintable(report));
            if (!dir.isEmpty()) {
                QTest::qWait(200);
                QVERIFY(plan.grab().save(QStringLiteral("%1/randomisation-plan-%2.png").arg(dir, language)));
                QVERIFY(analysis.grab().save(QStringLiteral("%1/randomisation-analysis-%2.png").arg(dir, language)));
                QVERIFY(analysis.randomisation()->grab().save(
                    QStringLiteral("%1/randomisation-result-%2.png").arg(dir, language)));
                plan.lockButton()->click();
                QTest::qWait(100);
                QVERIFY(plan.grab().save(QStringLiteral("%1/randomisation-confirm-%2.png").arg(dir, language)));
            }
        }
        languages.apply(QStringLiteral("en"));
    }

    // The report's test uses the locked statistic, as the Analysis tab and randtest do (rtrep.py: A-B locked, the
    // report tested PB-PA and gave p = 0.0061 where the others gave 1).
    void reportUsesTheLockedStatistic_data()
    {
        QTest::addColumn<int>("statisticIndex");
        QTest::newRow("A-B") << int(TestStatistic::AMinusB);
        QTest::newRow("|PA-PB|") << int(TestStatistic::AbsPAPB);
    }
    void reportUsesTheLockedStatistic()
    {
        QFETCH(int, statisticIndex);
        const auto statistic = TestStatistic(statisticIndex);
        const RandomisationSchedule schedule = lockWithMood(m_clock.clock().today().addDays(1), statistic);
        const QString locked = u"Randomisation test (" + toString(statistic);
        AnalysisPanel analysis;
        analysis.setStore(m_store.get());
        analysis.setParticipant(m_participant);
        analysis.setIntervention(m_intervention);
        analysis.setMeasure(QStringLiteral("mood"));
        QVERIFY2(analysis.randomisation()->testText().contains(locked),
                 qPrintable(analysis.randomisation()->testText()));
        const QString report = RandomisationPlanText::reportHtml(*m_store, m_participant, QLocale());
        QVERIFY2(report.contains(locked.toHtmlEscaped()), qPrintable(report));
        QVERIFY2(!report.contains(u"Randomisation test (PB-PA"), qPrintable(report));
        QVERIFY(!report.contains(u"Not valid"));
        QVERIFY(schedule.statistic == statistic);
    }

    // A schedule is fixed before data collection: one locked after its first day was measured is said to be no
    // valid test wherever its test is shown; locking a new one over measured days is refused, with the reason.
    void lockedAfterDataWarnsAndIsRefused()
    {
        const QDate start = m_clock.clock().today().addDays(-30);
        Intervention lgg = *m_store->interventions().byId(m_intervention);
        lgg.start = start; // the schedule's days lie within its intervention
        m_store->interventions().update(lgg);
        lockWithMood(start, TestStatistic::PBMinusPA); // locked today, its days measured before today
        AnalysisPanel analysis;
        analysis.setStore(m_store.get());
        analysis.setParticipant(m_participant);
        analysis.setIntervention(m_intervention);
        analysis.setMeasure(QStringLiteral("mood"));
        const QString warning = u"Not valid as a randomisation test: this schedule was locked on 05/01/2025, after "
                                u"data collection in its days had begun (first value on 06/12/2024)."_s;
        QVERIFY2(analysis.randomisation()->testText().contains(warning),
                 qPrintable(analysis.randomisation()->testText()));
        QVERIFY(RandomisationPlanText::reportHtml(*m_store, m_participant, QLocale()).contains(warning));

        Intervention kefir;
        kefir.participantId = m_participant;
        kefir.name = QStringLiteral("Kefir");
        kefir.start = m_clock.clock().today(); // the dialog plans from today at the earliest
        kefir.id = m_store->interventions().add(kefir);
        JournalEntry today;
        today.participantId = m_participant;
        today.date = kefir.start.addDays(2);
        today.values.insert(QStringLiteral("stress"), 3);
        m_store->journal().add(today);
        RandomisationDialog plan(*m_store, kefir);
        plan.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plan));
        QTest::mouseClick(plan.lockButton(), Qt::LeftButton);
        QTest::mouseClick(plan.confirmButton(), Qt::LeftButton);
        QVERIFY2(plan.countLabel()->text().contains(u"There are already values within the schedule’s days"),
                 qPrintable(plan.countLabel()->text()));
        QVERIFY(!ScheduleRepository(m_store->database()).forIntervention(kefir.id));
    }

    // The report's N-of-1 section counts a randomised intervention's planned A days as intervention days; it says
    // so with the Analysis tab's own sentence.
    void reportSaysWhatTheEffectSizesCompare()
    {
        lockWithMood(m_clock.clock().today().addDays(1), TestStatistic::PBMinusPA);
        const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
        QVERIFY(!ReportWriter::writeFile(*m_store, m_participant, pdf, QStringLiteral("en")));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        // The PDF's font joins ff and fi into one glyph each; pdftotext gives them back as U+FB00 and U+FB01.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .replace(QChar(0xFB00), QStringLiteral("ff"))
                                 .replace(QChar(0xFB01), QStringLiteral("fi"))
                                 .simplified();
        const QString note = RandomisationPlanText::effectSizesNote();
        QVERIFY(note.startsWith(u"The effect sizes above compare the baseline"));
        const qsizetype nOf1 = text.indexOf(u"N-of-1 analysis");
        const qsizetype schedules = text.indexOf(u"Randomised schedules");
        QVERIFY(nOf1 >= 0 && schedules > nOf1);
        const qsizetype said = text.indexOf(note, nOf1);
        QVERIFY2(said > nOf1 && said < schedules, qPrintable(text.mid(nOf1, schedules - nOf1)));
        // The caveat no longer says "without randomisation" beside the report's own randomised schedule.
        QVERIFY2(!text.contains(u"without randomisation"), qPrintable(text));
        QVERIFY(text.contains(u"The intervention has a locked randomised schedule, but these effect sizes do not use"));
    }

private:
    // Locks an ABAB schedule of 24 days (phases of at least 4, seed 42) for LGG from start with statistic, then logs
    // mood on each of its days, higher on B days.
    RandomisationSchedule lockWithMood(QDate start, TestStatistic statistic)
    {
        RandomisationSchedule schedule = drawSchedule({DesignType::ABAB, 24, 4}, start, 42, statistic);
        schedule.interventionId = m_intervention;
        ScheduleRepository(m_store->database()).lock(schedule);
        for (int day = 0; day < 24; ++day) {
            JournalEntry e;
            e.participantId = m_participant;
            e.date = start.addDays(day);
            e.values.insert(QStringLiteral("mood"),
                            (isBCondition(schedule.assignment[std::size_t(day)]) ? 7 : 4) + 0.5 * (day % 2));
            m_store->journal().add(e);
        }
        return schedule;
    }

    test::ScopedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_participant = 0;
    qint64 m_intervention = 0;
};

QTEST_MAIN(TestRandomisationUi)
#include "tst_randomisationui.moc"
