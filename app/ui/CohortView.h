// The cohort view: everyone who had an intervention (by name or by kind), aligned at its start as day 0,
// each participant a thin line, the cohort mean with its 95% band; a click on a line opens that participant.
#pragma once

#include "core/Cohort.h"
#include "storage/AnalysisLoader.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace mb {

class BackgroundJob;
class PlotChart;
class Store;
class Workspace;

class CohortView : public QWidget {
    Q_OBJECT
public:
    explicit CohortView(QWidget* parent = nullptr);
    ~CohortView() override;

    // Follows the workspace's store and re-reads after changes to anyone's entries or interventions.
    void follow(Workspace* workspace);
    void setStore(Store* store); // nullptr shows nothing
    // Re-reads the intervention names and the cohort. Reading hundreds of participants can take a while,
    // so it runs on a worker thread with its own connection; loaded() says when the chart shows it.
    void refresh();

    // The choices (also for tests).
    void setSelection(const CohortSelection& selection);
    CohortSelection selection() const;
    void setMeasure(const QString& key);
    void setDays(int before, int after);
    // A coordinating centre's cohort of one merged site (empty: every participant). The choice is shown only in a
    // database that sites were merged into.
    void setSite(const QString& siteCode);
    QString site() const;

    bool isLoading() const;
    void waitForLoad(); // blocks until no load is running and the last one is shown (tests, screenshots)
    const QList<CohortMember>& members() const { return m_members; }
    const QList<CohortDay>& days() const { return m_days; }
    QString summaryText() const;
    PlotChart* chart() const { return m_chart; }

signals:
    void participantActivated(qint64 participantId);
    void loaded(); // a cohort (or its absence) is shown

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void layOut(); // the constructor's second half: layouts and their widgets
    void retranslate();
    void fillChoices();
    void fillSites();
    void load();
    void display(const QList<CohortMember>& members, const QList<CohortDay>& days, const QString& problem);
    QString selectionName() const;

    Store* m_store = nullptr;
    BackgroundJob* m_job = nullptr;
    bool m_reloadWhenDone = false;
    bool m_filling = false;
    QList<CohortMember> m_members;
    QList<CohortDay> m_days;

    QLabel* m_groupLabel;
    QLabel* m_choiceLabel;
    QComboBox* m_groupBy;
    QComboBox* m_choice;
    QLabel* m_measureLabel;
    QComboBox* m_measure;
    QLabel* m_beforeLabel;
    QSpinBox* m_before;
    QLabel* m_afterLabel;
    QSpinBox* m_after;
    QCheckBox* m_showLines;
    QLabel* m_siteLabel;
    QComboBox* m_site;
    PlotChart* m_chart;
    QLabel* m_summary;
    // Set while hidden in the main window's tabs: refresh() waits until the panel is shown, so a
    // whole cohort or a long analysis is not computed for a tab nobody looks at.
    bool m_deferred = false;
};

} // namespace mb
