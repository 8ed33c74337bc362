// The main window: participants (clinician mode) or "Me", the selected participant's journal,
// menus for every action, and the language and mode switches.
#pragma once

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTabWidget;

namespace mb {

class ChartView;
class Editor;
class InterventionPanel;
class QuestionnairePanel;
class AnalysisPanel;
class AuditTrailView;
class AutoBackup;
class BackgroundJob;
class CohortView;
class JournalModel;
class LanguageManager;
class ParticipantListModel;
class Settings;
class Store;
class Workspace;
struct Participant;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Settings* settings, LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) and shows a database; returns the error for the user, if any.
    std::optional<QString> openDatabase(const QString& path);
    // At start-up: open path, and while it fails let the user pick another file, create one, or quit.
    bool openDatabaseInteractively(const QString& path);

    // On the first run with an empty database: offer demo data (in a separate, labelled database).
    void offerDemoOnFirstRun();
    // Creates (if needed) and opens the demo database next to the default one.
    std::optional<QString> openDemoDatabase();
    bool isDemo() const;

    Workspace* workspace() const { return m_workspace; }
    Store* store() const;
    Editor* editor() const;
    qint64 currentParticipantId() const;
    // Makes participantId the workspace's selected participant and shows it in the list.
    void selectParticipant(qint64 participantId);

public slots:
    void newEntry();
    void editEntry();
    void deleteEntry();
    void newParticipant();
    void editParticipant();
    void withdrawParticipant();

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createParticipantPanel();
    QWidget* createJournalPanel();
    void retranslate();
    void applyMode();
    void updateHeader();
    void updateActions();
    void ensureSingleParticipant();
    void reloadParticipants();
    // In clinician mode a participant no longer in the list gives way to the first one; header and actions follow.
    void keepSelectionValid();
    // Follows the workspace's participant: journal, chart, panels, header and actions.
    void showParticipant(qint64 participantId);
    // Selects the workspace's participant in the list (no selection when the filter hides it).
    void syncParticipantList();
    void wireWorkspace();
    void reloadJournal();
    void startIntegrityCheck();
    void fitParticipantColumns(); // to their contents, as QHeaderView::ResizeToContents would
    // Builds the panel of a tab page on its first showing; true when it did so just now.
    bool ensureTabContent(QWidget* page);
    void chooseDatabase(bool create);
    void exportData();
    void importData(const QString& path = {});
    void showAbout();
    void showShortcuts();
    std::optional<Participant> currentParticipant() const;
    qint64 selectedEntryId() const;

    Settings* m_settings;
    LanguageManager* m_languages;
    Workspace* m_workspace;
    ParticipantListModel* m_participants;
    QSortFilterProxyModel* m_participantFilter;
    JournalModel* m_journal;
    QSortFilterProxyModel* m_journalSorted;
    bool m_syncingList = false;       // the list's selection is being set from the workspace
    bool m_journalStale = false;      // the journal tab is behind; it catches up when shown
    bool m_holdHeaderUpdates = false; // applyMode() updates the header and the actions once, at its end

    QSplitter* m_splitter = nullptr;
    QWidget* m_participantPanel = nullptr;
    QLabel* m_participantsTitle = nullptr;
    QLineEdit* m_participantSearch = nullptr;
    QTableView* m_participantView = nullptr;
    QPushButton* m_addParticipantButton = nullptr;
    QLabel* m_header = nullptr;
    QWidget* m_demoBanner = nullptr;
    QLabel* m_demoText = nullptr;
    QPushButton* m_leaveDemo = nullptr;
    QLabel* m_subHeader = nullptr;
    QPushButton* m_newEntryButton = nullptr;
    QTableView* m_journalView = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_journalTab = nullptr;
    ChartView* m_chartView = nullptr;
    // Tab pages whose panel is made when the tab is first shown (the pointers below stay null until then).
    QWidget* m_interventionTab = nullptr;
    QWidget* m_questionnaireTab = nullptr;
    QWidget* m_analysisTab = nullptr;
    QWidget* m_cohortTab = nullptr;
    QWidget* m_auditTab = nullptr;
    InterventionPanel* m_interventionPanel = nullptr;
    QuestionnairePanel* m_questionnairePanel = nullptr;
    AnalysisPanel* m_analysisPanel = nullptr;
    CohortView* m_cohortView = nullptr;
    AuditTrailView* m_auditTrail = nullptr;
    AutoBackup* m_autoBackup = nullptr;
    BackgroundJob* m_integrityCheck = nullptr; // the start-up quick check of the open database
    bool m_integrityCheckPending = false;      // waits for the window's first paint
    bool m_painted = false;
    bool m_participantColumnsFitted = false;
    QLabel* m_flagWarning = nullptr;
    QLabel* m_emptyHint = nullptr;
    QLabel* m_databaseLabel = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_participantMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newDatabase = nullptr;
    QAction* m_openDatabase = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_report = nullptr;
    QAction* m_backupNow = nullptr;
    QAction* m_restoreBackup = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_newEntry = nullptr;
    QAction* m_editEntry = nullptr;
    QAction* m_deleteEntry = nullptr;
    QAction* m_newParticipant = nullptr;
    QAction* m_editParticipant = nullptr;
    QAction* m_withdrawParticipant = nullptr;
    QAction* m_clinicianMode = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QAction* m_shortcuts = nullptr;
};

} // namespace mb
