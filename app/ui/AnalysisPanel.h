// The N-of-1 analysis of one participant: choose an intervention, a measure and the baseline length;
// see the two phases with the baseline trend, every index with its interval, what it means and its caveats.
#pragma once

#include "core/InterventionAnalysis.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace mb {

class PlotChart;
class RandomisationSection;
class Store;
class Workspace;

class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisPanel(QWidget* parent = nullptr);

    // Analyses the workspace's participant from now on, again whenever their data change.
    void follow(Workspace* workspace);
    void setStore(Store* store); // nullptr shows nothing
    void setParticipant(qint64 participantId);
    qint64 participantId() const { return m_participantId; }
    void refresh(); // re-reads the participant's interventions and values

    // The choices (also for tests and for the main window to preselect).
    void setIntervention(qint64 interventionId);
    void setMeasure(const QString& key);
    void setBaselineDays(int days);
    qint64 interventionId() const;
    QString measureKey() const;

    // What is shown: the analysis (none without a participant or intervention), its texts and widgets.
    const std::optional<InterventionAnalysis>& analysis() const { return m_analysis; }
    QString interpretationText() const;
    QString caveatsText() const;
    PlotChart* chart() const { return m_chart; }
    RandomisationSection* randomisation() const { return m_randomisation; }
    QTableWidget* phaseTable() const { return m_phases; }
    QTableWidget* indexTable() const { return m_indices; }

    // The store's measures in its display order, labelled in the current language, into a combo box
    // whose item data are the keys; keeps selected when it is among them. Shared with the cohort view.
    static void fillMeasures(QComboBox* combo, Store& store, const QString& selected);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void layOut(); // the constructor's second half: layouts and their widgets
    void retranslate();
    void fillInterventions();
    void analyse();
    void showChart();
    void showPhases();
    void showIndices();
    void showTexts();

    Store* m_store = nullptr;
    qint64 m_participantId = 0;
    QList<Intervention> m_interventions;
    std::optional<InterventionAnalysis> m_analysis;
    bool m_filling = false; // combo boxes being refilled: their signals are not choices

    QLabel* m_interventionLabel;
    QComboBox* m_intervention;
    QLabel* m_measureLabel;
    QComboBox* m_measure;
    QLabel* m_baselineLabel;
    QSpinBox* m_baselineDays;
    PlotChart* m_chart;
    QTableWidget* m_phases;
    QTableWidget* m_indices;
    QLabel* m_interpretationTitle;
    QLabel* m_interpretation;
    QLabel* m_caveatsTitle;
    QLabel* m_caveats;
    RandomisationSection* m_randomisation;
    // Set while hidden in the main window's tabs: refresh() waits until the panel is shown, so a
    // whole cohort or a long analysis is not computed for a tab nobody looks at.
    bool m_deferred = false;
};

} // namespace mb
