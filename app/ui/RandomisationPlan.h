// What the GUI shows of randomised designs outside the plan dialog: today's planned condition for the entry
// form, the randomisation test and the visual-analysis aids in the Analysis tab, and a section of the PDF report.
#pragma once

#include "core/InterventionAnalysis.h"
#include "core/RandomisationSchedule.h"

#include <QCoreApplication>
#include <QWidget>

#include <optional>

class QLabel;

namespace mb {

class Store;

// One planned day of a participant's randomised schedules, for the chart: the planned condition and whether
// the adherence tick of that day says otherwise (taken on an A day, not taken on a B day).
struct PlannedDay {
    QDate day;
    qint64 interventionId = 0;
    bool planB = false;
    std::optional<bool> taken; // the day's adherence tick, when there is one
    bool differs() const { return taken && *taken != planB; }
};
// Every planned day of the participant's live schedules, by schedule and date.
QList<PlannedDay> plannedDays(Store& store, qint64 participantId);

class RandomisationPlanText {
    Q_DECLARE_TR_FUNCTIONS(RandomisationPlanText)
public:
    // "Randomised plan for this day: B (with “LGG”)", one line per scheduled intervention of the participant
    // that plans the day; empty when none does.
    static QString plannedCondition(Store& store, qint64 participantId, QDate day);
    // The schedule in a few words: design, days, start, seed, the phases or letters, and the SHA-256.
    static QString scheduleSummary(const RandomisationSchedule& schedule, const QLocale& locale);
    // The test of the stored schedule of analysis' intervention on analysis' measure, read aloud; nullopt
    // when the intervention has no schedule.
    static std::optional<QString> testReading(Store& store, const InterventionAnalysis& analysis,
                                              const QLocale& locale);
    // The test of schedule on one measure with its pre-registered statistic, read aloud, after the warning that
    // it is not valid when the schedule was locked after data collection in its days had begun; or why it cannot
    // be computed. The Analysis tab and the report say the same.
    static QString testOf(Store& store, const RandomisationSchedule& schedule, qint64 participantId,
                          const QString& measureKey, const QLocale& locale);
    // What the N-of-1 effect sizes compare and what the randomisation test compares (Analysis tab and report).
    static QString effectSizesNote();
    // The PDF report's section: every schedule of the participant with its test on mood and stress; empty
    // when the participant has none.
    static QString reportHtml(Store& store, qint64 participantId, const QLocale& locale);
};

// The Analysis tab's section: the randomisation test (or how to plan one) and the visual-analysis aids.
class RandomisationSection : public QWidget {
    Q_OBJECT
public:
    explicit RandomisationSection(QWidget* parent = nullptr);
    void showAnalysis(Store* store, const std::optional<InterventionAnalysis>& analysis);
    QString testText() const;
    QString visualText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* m_testTitle;
    QLabel* m_test;
    QLabel* m_visualTitle;
    QLabel* m_visual;
};

} // namespace mb
