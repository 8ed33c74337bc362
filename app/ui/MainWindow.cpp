// Main window wiring: actions to the panels and the editor, settings to the layout, databases in and out.
#include "ui/MainWindow.h"

#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/AutoBackup.h"
#include "ui/BackupActions.h"
#include "ui/ChartView.h"
#include "ui/DatabaseDialogs.h"
#include "ui/DemoDatabase.h"
#include "ui/Editor.h"
#include "ui/ExportDialog.h"
#include "ui/IdleLock.h"
#include "ui/ImportDialog.h"
#include "ui/JournalPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MergeDialog.h"
#include "ui/NoAltTyping.h"
#include "ui/OpenCheck.h"
#include "ui/ParticipantHeader.h"
#include "ui/ParticipantListPanel.h"
#include "ui/ParticipantTabs.h"
#include "ui/QuickCheckIn.h"
#include "ui/ReportDialog.h"
#include "ui/SecurityDialog.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/TagListEditor.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mb {

MainWindow::MainWindow(Settings* settings, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_workspace(new Workspace(this))
    , m_autoBackup(new AutoBackup(this, this))
    , m_openCheck(new OpenCheck(this, m_workspace))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    NoAltTyping::install(); // in every text field of every window: an Alt+letter that is no shortcut never types
    createActions();
    createMenus();
    createLayout();
    wireWorkspace();
    m_checkIn = new QuickCheckIn(this, m_workspace, m_settings, QSystemTrayIcon::isSystemTrayAvailable(), this);
    connect(m_checkIn, &QuickCheckIn::saved, this, [this] { statusBar()->showMessage(tr("Check-in saved."), 5000); });
    connect(m_checkIn, &QuickCheckIn::quitRequested, this, &MainWindow::quit);
    new IdleLock(this, m_workspace, m_settings, m_openCheck, std::bind_front(&MainWindow::openDatabase, this),
                 std::bind_front(&MainWindow::quit, this));
    setMinimumSize(900, 560); // below this, labels and the chart's controls would clip
    resize(1100, 700);
    restoreGeometry(m_settings->value(Settings::Key::WindowGeometry).toByteArray());
    const QByteArray splitter = m_settings->value(Settings::Key::SplitterState).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    retranslate();
    applyMode();
}

MainWindow::~MainWindow()
{
    // Models and panels refer to the store; they let go of it (storeChanged) before it goes.
    m_openCheck->cancel();
    m_workspace->setStore(nullptr);
}

Store* MainWindow::store() const
{
    return m_workspace->store();
}

Editor* MainWindow::editor() const
{
    return m_workspace->editor();
}

qint64 MainWindow::currentParticipantId() const
{
    return m_workspace->participantId();
}

void MainWindow::createLayout()
{
    m_participantPanel = new ParticipantListPanel(m_workspace);
    m_header = new ParticipantHeader(m_workspace);
    m_tabs = new ParticipantTabs(m_workspace);
    m_tabs->addShortcutsTo(this);
    m_tabs->chart()->keepChoicesIn(m_settings);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_header->setFlagWarningAllowed(!m_tabs->isCurrent(ParticipantTabs::Questionnaires)); });
    connect(m_header, &ParticipantHeader::newEntryRequested, this, [this] { m_tabs->journal()->newEntry(); });
    connect(m_header, &ParticipantHeader::leaveDemoRequested, this,
            [this] { showError(openDatabase(Store::defaultPath())); });
    connect(m_tabs, &ParticipantTabs::journalSelectionChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &ParticipantTabs::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    auto* right = new QWidget;
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    m_splitter = new QSplitter;
    m_splitter->addWidget(m_participantPanel);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1); // a narrower window takes a quarter of what it gives up from the list
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({380, 720});
    setCentralWidget(m_splitter);
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databasePath"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    // A message (a backup's, with its own long path) ran under the path and both were cut: the path steps aside.
    connect(statusBar(), &QStatusBar::messageChanged, m_databaseLabel,
            [this](const QString& message) { m_databaseLabel->setVisible(message.isEmpty()); });
}

void MainWindow::wireWorkspace()
{
    connect(m_workspace, &Workspace::storeChanged, this, [this](Store* store) {
        // Backs up after the first paint when there is no copy from today, then at most daily and on close.
        m_autoBackup->setStore(isDemo() ? nullptr : store);
    });
    connect(m_workspace, &Workspace::participantChanged, this, &MainWindow::updateActions);
    connect(m_workspace, &Workspace::dataChanged, this, &MainWindow::updateActions);
    connect(editor(), &Editor::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Not changed"), message); });
    connect(m_autoBackup, &AutoBackup::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_languages, &LanguageManager::languageChanged, this, [this] {
        m_tabs->refreshJournalTexts();
        m_participantPanel->reload();
        m_header->refresh();
    });
}

QAction* MainWindow::makeAction(const QString& name, const QKeySequence& shortcut, std::function<void()> slot)
{
    auto* action = new QAction(this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, std::move(slot));
    return action;
}

void MainWindow::createActions()
{
    createFileActions();
    m_undo = editor()->undoStack()->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo = editor()->undoStack()->createRedoAction(this);
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on some): once each, as one key bound twice to an
    // action is ambiguous and does nothing (on X11 the platform's is Ctrl+Shift+Z as well).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& keys : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(keys))
            redoKeys.append(keys);
    m_redo->setShortcuts(redoKeys);
    m_redo->setObjectName(QStringLiteral("redo"));
    // After the actions' own connections, so that these texts are the ones shown: Qt's are made once, in the
    // language of the moment, and stayed English after a switch to Dutch.
    connect(editor()->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUndo);
    connect(editor()->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUndo);
    // The panels are made in createLayout, after the actions: these call them when triggered.
    // Ctrl+N belongs to the one of these two that fits the mode (applyMode).
    m_newEntry = makeAction(QStringLiteral("newEntry"), {}, [this] { m_tabs->journal()->newEntry(); });
    m_checkInAction = makeAction(QStringLiteral("checkIn"), {}, [this] { m_checkIn->open(); });
    m_editEntry = makeAction(QStringLiteral("editEntry"), QKeySequence(Qt::CTRL | Qt::Key_E),
                             [this] { m_tabs->journal()->editEntry(); });
    m_deleteEntry =
        makeAction(QStringLiteral("deleteEntry"), QKeySequence::Delete, [this] { m_tabs->journal()->deleteEntry(); });
    m_newParticipant = makeAction(QStringLiteral("newParticipant"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                  [this] { m_participantPanel->newParticipant(); });
    m_editParticipant =
        makeAction(QStringLiteral("editParticipant"), {}, [this] { m_participantPanel->editParticipant(); });
    m_withdrawParticipant =
        makeAction(QStringLiteral("withdrawParticipant"), {}, [this] { m_participantPanel->withdrawParticipant(); });
    createSettingsActions();
    m_preferences =
        makeAction(QStringLiteral("preferences"), {}, [this] { SettingsDialog::run(this, m_settings, m_workspace); });
    m_preferences->setShortcuts(SettingsDialog::shortcuts());
    m_about = makeAction(QStringLiteral("about"), {}, [this] { showAbout(); });
    m_aboutQt = makeAction(QStringLiteral("aboutQt"), {}, [this] { QMessageBox::aboutQt(this); });
    m_shortcuts =
        makeAction(QStringLiteral("shortcuts"), QKeySequence::HelpContents, [this] { ShortcutsDialog::show(this); });
}

void MainWindow::createFileActions()
{
    m_newDatabase = makeAction(QStringLiteral("newDatabase"), {}, [this] { chooseDatabase(true); });
    m_openDatabase = makeAction(QStringLiteral("openDatabase"), QKeySequence::Open, [this] { chooseDatabase(false); });
    m_import = makeAction(QStringLiteral("import"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { importData(); });
    m_export = makeAction(QStringLiteral("export"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        if (store())
            ExportDialog::run(this, *store(), currentParticipantId());
    });
    m_mergeSites = makeAction(QStringLiteral("mergeSites"), {}, [this] {
        if (store() && MergeDialog::run(this, *store()))
            m_workspace->announceMerge();
    });
    m_report = makeAction(QStringLiteral("report"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        if (store() && currentParticipantId())
            ReportDialog::run(this, *store(), currentParticipantId(), *m_languages);
    });
    m_backupNow = makeAction(QStringLiteral("backupNow"), {}, [this] {
        const QString message = store() ? (m_autoBackup->stop(), BackupActions::backupNow(this, *store())) : QString();
        if (!message.isEmpty())
            statusBar()->showMessage(message, 8000);
    });
    m_restoreBackup = makeAction(QStringLiteral("restoreBackup"), {}, [this] {
        const QString path = store() ? store()->path() : QString();
        if (store() && BackupActions::restoreFrom(this, *store(), {}, [this] { m_autoBackup->stop(); })) // reopen
            showError(openDatabase(path, store()->database().connectionOptions())); // same passphrase
    });
    m_quit = makeAction(QStringLiteral("quit"), QKeySequence::Quit, [this] { quit(); });
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::createSettingsActions()
{
    m_clinicianMode = makeAction(QStringLiteral("clinicianMode"), {}, [this] {
        m_settings->setMode(m_clinicianMode->isChecked() ? AppMode::Clinician : AppMode::SinglePerson);
        applyMode();
    });
    m_clinicianMode->setCheckable(true);
    m_tags = makeAction(QStringLiteral("tags"), {}, [this] { TagListDialog::openFor(m_workspace, this); });
    m_languageGroup = m_languages->makeActions(this);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_settings->setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newDatabase, m_openDatabase});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_import, m_export, m_report});
    m_fileMenu->addAction(m_mergeSites);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_backupNow, m_restoreBackup, SecurityDialog::menuAction(this, m_workspace, m_openCheck)});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undo, m_redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_checkInAction, m_newEntry, m_editEntry, m_deleteEntry});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);

    m_participantMenu = menuBar()->addMenu(QString());
    m_participantMenu->addActions({m_newParticipant, m_editParticipant, m_withdrawParticipant});

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_settingsMenu->addAction(m_clinicianMode);
    m_settingsMenu->addAction(m_tags);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({m_about, m_aboutQt});
}

std::optional<QString> MainWindow::openDatabase(const QString& path, const Database::Options& options)
{
    std::unique_ptr<Store> opened;
    try {
        makePrivateFolders(QFileInfo(path).absolutePath()); // 0700, whatever the umask
        opened = DatabaseDialogs::openStore(this, path, options);
    } catch (const StorageError& e) {
        return e.message();
    }
    opened->setLanguage(m_languages->language());
    m_openCheck->cancel(); // it reads the file that is about to be closed
    // The demo banner and the automatic backups ask isDemo(), which reads the new store's path.
    m_workspace->setStore(std::move(opened));
    m_settings->setValue(Settings::Key::LastDatabase, QFileInfo(path).absoluteFilePath());
    m_databaseLabel->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_databaseLabel->setToolTip(m_databaseLabel->text());
    m_header->setDemo(isDemo());
    m_openCheck->schedule();
    if (store()->database().isReadOnly())
        statusBar()->showMessage(store()->database().readOnlyReason());
    retranslate();
    applyMode();
    return std::nullopt;
}

bool MainWindow::isDemo() const
{
    return store() && DemoDatabase::isDemo(store()->path());
}

std::optional<QString> MainWindow::openDemoDatabase()
{
    if (auto error = DemoDatabase::ensure(this))
        return error;
    return openDatabase(DemoDatabase::path());
}

void MainWindow::offerDemoOnFirstRun()
{
    if (m_settings->value(Settings::Key::FirstRunDone).toBool() || !store())
        return;
    m_settings->setValue(Settings::Key::FirstRunDone, true);
    for (const Participant& p : store()->participants().list())
        if (store()->journal().count(p.id) > 0)
            return; // not a fresh database
    if (DatabaseDialogs::wantsDemo(this))
        showError(openDemoDatabase());
}

bool MainWindow::openDatabaseInteractively(const QString& path)
{
    return DatabaseDialogs::openUntilDone(this, path, m_settings->mode() == AppMode::Clinician,
                                          std::bind_front(&MainWindow::openDatabase, this));
}

void MainWindow::chooseDatabase(bool create)
{
    const QString path =
        DatabaseDialogs::choose(this, create, store() ? QFileInfo(store()->path()).path() : QDir::homePath());
    if (const auto options = DatabaseDialogs::optionsFor(this, path, create, m_settings->mode() == AppMode::Clinician))
        showError(openDatabase(path, *options));
}

void MainWindow::showError(const std::optional<QString>& error)
{
    if (error)
        QMessageBox::critical(this, tr("Cannot open the database"), *error);
}

void MainWindow::applyMode()
{
    const bool clinician = m_settings->mode() == AppMode::Clinician;
    m_clinicianMode->setChecked(clinician);
    m_participantPanel->setVisible(clinician);
    m_tabs->setClinicianMode(clinician);
    m_participantMenu->menuAction()->setVisible(clinician);
    m_header->setSinglePerson(!clinician);
    // Ctrl+N: the quick check-in for one person (the full form one click away in it), the full form for clinicians.
    m_checkInAction->setVisible(!clinician);
    m_checkInAction->setShortcut(clinician ? QKeySequence() : QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newEntry->setShortcut(clinician ? QKeySequence(Qt::CTRL | Qt::Key_N) : QKeySequence());
    m_participantPanel->setAutoSelect(clinician); // the first participant when nobody is selected
    if (store() && !clinician)
        ensureSingleParticipant();
    updateActions();
    retranslateUndo(); // the steps name their participant in clinician mode only
}

void MainWindow::ensureSingleParticipant()
{
    QString error;
    switch (m_workspace->selectSinglePerson(&error)) {
    case Workspace::SinglePerson::Selected:
        return;
    case Workspace::SinglePerson::Several:
        m_settings->setMode(AppMode::Clinician);
        statusBar()->showMessage(tr("This database holds several participants: switched to clinician mode."), 8000);
        return applyMode();
    case Workspace::SinglePerson::Failed:
        QMessageBox::warning(this, tr("Not changed"), error);
        return;
    }
}

void MainWindow::updateActions()
{
    const auto p = m_workspace->participant();
    const bool readOnly = m_workspace->isReadOnly(); // a backup opened directly, say
    const bool writable = p && !p->isWithdrawn() && !readOnly;
    const bool hasEntry = m_tabs->selectedEntryId() != 0;
    m_newEntry->setEnabled(writable);
    m_checkInAction->setEnabled(writable && m_settings->mode() == AppMode::SinglePerson);
    m_editEntry->setEnabled(writable && hasEntry);
    m_deleteEntry->setEnabled(writable && hasEntry);
    const bool clinician = m_settings->mode() == AppMode::Clinician;
    m_newParticipant->setEnabled(clinician && store() && !readOnly);
    m_editParticipant->setEnabled(clinician && p.has_value() && !readOnly);
    m_withdrawParticipant->setEnabled(clinician && writable);
    m_import->setEnabled(store() != nullptr && !readOnly);
    m_mergeSites->setEnabled(clinician && store() != nullptr && !readOnly);
    m_tags->setEnabled(store() != nullptr && !readOnly);
    m_export->setEnabled(store() != nullptr);
    m_report->setEnabled(p.has_value());
}

void MainWindow::importData(const QString& path)
{
    if (!store())
        return;
    // An import is not an undoable edit: the dialog says what it wrote, and the Workspace announces it.
    if (const auto imported = ImportDialog::run(this, *store(), currentParticipantId(), path))
        m_workspace->announceImport(*imported);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (store() && !ImportDialog::importableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = ImportDialog::importableFiles(event->mimeData());
    if (!store() || files.isEmpty())
        return;
    event->acceptProposedAction();
    importData(files.first());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About MoodBiome"),
        tr("<h3>MoodBiome %1</h3><p>Track how mood, stress and gut health move with probiotics, "
           "diet changes and other interventions.</p><p>Your data stay on this computer, in "
           "<code>%2</code>.</p>")
            .arg(QStringLiteral(MOODBIOME_VERSION), store() ? store()->path().toHtmlEscaped() : QString()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::SplitterState, m_splitter->saveState());
    if (!m_quitting && m_checkIn->hideToTray())
        return event->ignore();
    m_autoBackup->backupNow();
    event->accept();
    if (!QApplication::quitOnLastWindowClosed()) // with a tray, main.cpp quits only here
        QCoreApplication::quit();
}

bool MainWindow::startInTray()
{
    return m_checkIn->startInTray();
}

void MainWindow::retranslateUndo()
{
    const QUndoStack* stack = editor()->undoStack();
    // In clinician mode the step names whom it changes: undoing it shows that participant.
    const auto named = [this](const QString& text, qint64 participantId) {
        const auto p = participantId && store() && m_settings->mode() == AppMode::Clinician
                           ? store()->participants().byId(participantId)
                           : std::nullopt;
        return p ? tr("%1 (%2)", "an undo step and the code of the participant it changes").arg(text, p->code) : text;
    };
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(named(stack->undoText(), editor()->undoParticipant()))
                                     : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(named(stack->redoText(), editor()->redoParticipant()))
                                     : tr("&Redo"));
}

void MainWindow::retranslate()
{
    editor()->retranslate();
    retranslateUndo();
    if (isDemo())
        setWindowTitle(tr("Demo data — MoodBiome"));
    else if (store() && m_workspace->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — MoodBiome").arg(QFileInfo(store()->path()).fileName()));
    else if (store())
        setWindowTitle(tr("%1 — MoodBiome").arg(QFileInfo(store()->path()).fileName()));
    else
        setWindowTitle(tr("MoodBiome"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_participantMenu->setTitle(tr("&Participant"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newDatabase->setText(tr("&New database…"));
    m_openDatabase->setText(tr("&Open database…"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import a CSV file (tidy, wide or Daylio); you can also drop a file on the window"));
    m_export->setText(tr("&Export…"));
    m_mergeSites->setText(tr("&Merge site databases…"));
    m_report->setText(tr("Participant &report (PDF)…"));
    m_quit->setText(tr("&Quit"));
    m_newEntry->setText(tr("&New entry…"));
    m_checkInAction->setText(tr("&Check in…"));
    m_preferences->setText(tr("Se&ttings…"));
    m_editEntry->setText(tr("&Edit entry…"));
    m_deleteEntry->setText(tr("&Delete entry"));
    m_newParticipant->setText(tr("&New participant…"));
    m_editParticipant->setText(tr("&Edit participant…"));
    m_withdrawParticipant->setText(tr("&Withdraw participant…"));
    m_clinicianMode->setText(tr("&Clinician mode (several participants)"));
    m_tags->setText(tr("&Tags…"));
    m_about->setText(tr("&About MoodBiome"));
    m_aboutQt->setText(tr("About &Qt"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_backupNow->setText(tr("&Back up now"));
    m_restoreBackup->setText(tr("Res&tore from backup…"));
}

} // namespace mb
