// The main window: menus and their actions, and the layout of the participant list (clinician mode), the header
// and the participant's tabs. What is shown follows the Workspace; each part subscribes to it itself
// (docs/ARCHITECTURE.md).
#pragma once

#include "storage/Database.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;

namespace mb {

class AutoBackup;
class Editor;
class LanguageManager;
class OpenCheck;
class ParticipantHeader;
class ParticipantListPanel;
class ParticipantTabs;
class QuickCheckIn;
class Settings;
class Store;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Settings* settings, LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed; asking for the passphrase of an encrypted file) and shows a database; returns the
    // error for the user, if any.
    std::optional<QString> openDatabase(const QString& path, const Database::Options& options = {});
    // At start-up: open path, and while it fails let the user pick another file, create one, or quit.
    bool openDatabaseInteractively(const QString& path);

    // On the first run with an empty database: offer demo data (in a separate, labelled database).
    void offerDemoOnFirstRun();
    // Creates (if needed) and opens the demo database next to the default one.
    std::optional<QString> openDemoDatabase();
    bool isDemo() const;

    Workspace* workspace() const { return m_workspace; }
    QuickCheckIn* checkIn() const { return m_checkIn; }
    // Started from the login autostart (--minimised): stays hidden with the tray icon; false when there is no tray.
    bool startInTray();
    Store* store() const;
    Editor* editor() const;
    qint64 currentParticipantId() const;
    // File ▸ Quit, the tray's and the lock screen's Quit, and a signal to end (app/QuitOnSignal): really close,
    // not to the tray.
    void quit();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QAction* makeAction(const QString& name, const QKeySequence& shortcut, std::function<void()> slot);
    void createActions();
    void createFileActions();
    void createSettingsActions();
    void createMenus();
    void createLayout();
    void wireWorkspace();
    void retranslate();
    void retranslateUndo(); // Edit > Undo and Redo with what they would undo and redo
    void applyMode();
    void updateActions();
    // Single-person mode: selects "Me" (made on first use), or switches to clinician mode for a study database.
    void ensureSingleParticipant();
    void chooseDatabase(bool create);
    void importData(const QString& path = {});
    void showAbout();
    void showError(const std::optional<QString>& error);

    Settings* m_settings;
    LanguageManager* m_languages;
    Workspace* m_workspace;
    AutoBackup* m_autoBackup;
    OpenCheck* m_openCheck;
    QuickCheckIn* m_checkIn = nullptr;
    bool m_quitting = false; // File ▸ Quit or the tray's Quit: really close, not to the tray

    QSplitter* m_splitter = nullptr;
    ParticipantListPanel* m_participantPanel = nullptr;
    ParticipantHeader* m_header = nullptr;
    ParticipantTabs* m_tabs = nullptr;
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
    QAction* m_mergeSites = nullptr;
    QAction* m_report = nullptr;
    QAction* m_backupNow = nullptr;
    QAction* m_restoreBackup = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_newEntry = nullptr;
    QAction* m_checkInAction = nullptr; // single-person mode
    QAction* m_editEntry = nullptr;
    QAction* m_deleteEntry = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_newParticipant = nullptr;
    QAction* m_editParticipant = nullptr;
    QAction* m_withdrawParticipant = nullptr;
    QAction* m_clinicianMode = nullptr;
    QAction* m_tags = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QAction* m_shortcuts = nullptr;
};

} // namespace mb
