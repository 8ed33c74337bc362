// The tabs of the selected participant: Chart, Journal, Interventions, Questionnaires, Analysis, Insights, and in
// clinician mode Cohort and Audit trail (a participant chosen in the cohort is selected and charted). The chart is made
// at once; every other panel when its tab is first shown (the journal also when first asked for), and from then on it
// follows the workspace itself. Ctrl+1 … Ctrl+8 switch tabs.
#pragma once

#include <QList>
#include <QTabWidget>

namespace mb {

class AnalysisPanel;
class AuditTrailView;
class ChartView;
class CohortView;
class InterventionPanel;
class JournalPanel;
class QuestionnairePanel;
class Workspace;

class ParticipantTabs : public QTabWidget {
    Q_OBJECT
public:
    enum Tab { Chart, Journal, Interventions, Questionnaires, Analysis, Insights, Cohort, AuditTrail, TabCount };

    explicit ParticipantTabs(Workspace* workspace, QWidget* parent = nullptr);

    ChartView* chart() const { return m_chart; }
    JournalPanel* journal();        // made when first asked for
    void refreshJournalTexts();     // the language changed: texts the journal makes itself (when it is made)
    qint64 selectedEntryId() const; // in the journal; 0 for none
    bool isCurrent(Tab tab) const { return currentIndex() == int(tab); }
    void setClinicianMode(bool clinician); // shows or hides the cohort and the audit trail
    // Ctrl+1 … for each tab, as actions of window.
    void addShortcutsTo(QWidget* window);

signals:
    // The journal's own signals, from whenever it is made.
    void journalSelectionChanged();
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Builds the panel of a tab page on its first showing.
    void ensureContent(int tab);
    // Ctrl+1..8: the keyboard focus goes into the page shown, its first keyboard stop. A page just made shows its
    // widgets a moment later (RowOrRows lays them out): until then the tab bar holds the focus, then the page gets it.
    void focusPage(int tab, int triesLeft = 5);
    QWidget* createPanel(Tab tab);

    Workspace* m_workspace;
    ChartView* m_chart;
    JournalPanel* m_journal = nullptr;
    QList<QWidget*> m_pages; // of the tabs from Journal on, also of those taken out in single-person mode
};

} // namespace mb
