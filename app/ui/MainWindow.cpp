// Main window wiring: models to views, actions to the editor, settings to the layout.
#include "ui/MainWindow.h"

#include "core/Clock.h"
#include "core/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/AnalysisPanel.h"
#include "ui/AuditTrailView.h"
#include "ui/AutoBackup.h"
#include "ui/BackgroundJob.h"
#include "ui/BackupActions.h"
#include "ui/ChartView.h"
#include "ui/CohortView.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/ExportDialog.h"
#include "ui/ImportDialog.h"
#include "ui/InterventionPanel.h"
#include "ui/JournalModel.h"
#include "ui/LanguageManager.h"
#include "ui/ParticipantDialog.h"
#include "ui/ParticipantListModel.h"
#include "ui/QuestionnaireDialog.h"
#include "ui/QuestionnairePanel.h"
#include "ui/ReportWriter.h"
#include "ui/Settings.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mb {

namespace {
const QString singleParticipantCode = QStringLiteral("Me");
const QString demoFileName = QStringLiteral("moodbiome-demo.sqlite");

QString participantTitle(const Participant& p)
{
    return p.displayName.isEmpty() ? p.code : QStringLiteral("%1 — %2").arg(p.code, p.displayName);
}
} // namespace

MainWindow::MainWindow(Settings* settings, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_workspace(new Workspace(this))
    , m_participants(new ParticipantListModel(this))
    , m_participantFilter(new QSortFilterProxyModel(this))
    , m_journal(new JournalModel(this))
    , m_journalSorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_autoBackup = new AutoBackup(this);
    connect(m_autoBackup, &AutoBackup::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    setAcceptDrops(true);
    m_journalSorted->setSourceModel(m_journal);
    m_journalSorted->setSortRole(JournalModel::SortRole);

    createActions();
    createMenus();
    m_splitter = new QSplitter;
    m_splitter->addWidget(createParticipantPanel());
    m_splitter->addWidget(createJournalPanel());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({380, 720});
    setCentralWidget(m_splitter);
    m_databaseLabel = new QLabel;
    statusBar()->addPermanentWidget(m_databaseLabel);

    wireWorkspace();
    connect(m_languages, &LanguageManager::languageChanged, this, [this] {
        m_journal->refreshTexts();
        m_participants->reload();
        updateHeader();
    });
    connect(m_journal, &QAbstractItemModel::modelReset, this, [this] {
        m_emptyHint->setVisible(m_journal->rowCount() == 0 && currentParticipantId() > 0);
        m_journalView->resizeColumnsToContents();
        m_journalView->horizontalHeader()->setStretchLastSection(true);
        updateActions();
    });

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
    delete m_integrityCheck; // cancels and waits
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

void MainWindow::wireWorkspace()
{
    connect(m_workspace, &Workspace::storeChanged, this, [this](Store* store) {
        m_participants->setStore(store);
        m_journal->setStore(store);
        m_chartView->setStore(store);
        if (m_interventionPanel)
            m_interventionPanel->setStore(store);
        if (m_analysisPanel)
            m_analysisPanel->setStore(store);
        if (m_cohortView)
            m_cohortView->setStore(store);
        if (m_auditTrail)
            m_auditTrail->setStore(store);
        if (m_questionnairePanel)
            m_questionnairePanel->setParticipant(0);
        // Backs up at once when there is no copy from today, then at most daily and on close.
        m_autoBackup->setStore(isDemo() ? nullptr : store);
    });
    connect(m_workspace, &Workspace::participantChanged, this, &MainWindow::showParticipant);
    connect(m_workspace, &Workspace::participantsChanged, this, &MainWindow::reloadParticipants);
    auto refreshParticipantViews = [this](qint64 participant) {
        if (participant == currentParticipantId()) {
            m_chartView->refresh();
            if (m_analysisPanel)
                m_analysisPanel->refresh();
        }
        if (m_cohortView)
            m_cohortView->refresh();
        updateHeader();
    };
    connect(m_workspace, &Workspace::entriesChanged, this, [this, refreshParticipantViews](qint64 participant) {
        if (participant == currentParticipantId())
            reloadJournal();
        refreshParticipantViews(participant);
    });
    connect(m_workspace, &Workspace::interventionsChanged, this, refreshParticipantViews);
    connect(m_workspace, &Workspace::responsesChanged, this, [this](qint64 participant) {
        m_participants->reload(); // the safety-flag column
        if (participant == currentParticipantId())
            m_chartView->refresh();
        updateHeader();
    });
    connect(m_workspace, &Workspace::dataChanged, this, [this] {
        if (m_auditTrail)
            m_auditTrail->refresh(); // at once when shown, else when next shown
    });
    connect(editor(), &Editor::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Not changed"), message); });
}

void MainWindow::createActions()
{
    auto make = [this](const QString& name, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newDatabase = make(QStringLiteral("newDatabase"), {}, [this] { chooseDatabase(true); });
    m_openDatabase = make(QStringLiteral("openDatabase"), QKeySequence::Open, [this] { chooseDatabase(false); });
    m_import = make(QStringLiteral("import"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { importData(); });
    m_export = make(QStringLiteral("export"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportData);
    m_report = make(QStringLiteral("report"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        if (store() && currentParticipantId())
            ReportWriter::runDialog(this, *store(), currentParticipantId(), *m_languages);
    });
    m_quit = make(QStringLiteral("quit"), QKeySequence::Quit, &QWidget::close);
    m_undo = editor()->undoStack()->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo = editor()->undoStack()->createRedoAction(this);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redo->setObjectName(QStringLiteral("redo"));
    m_newEntry = make(QStringLiteral("newEntry"), QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::newEntry);
    m_editEntry = make(QStringLiteral("editEntry"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::editEntry);
    m_deleteEntry = make(QStringLiteral("deleteEntry"), QKeySequence::Delete, &MainWindow::deleteEntry);
    m_newParticipant = make(QStringLiteral("newParticipant"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                            &MainWindow::newParticipant);
    m_editParticipant = make(QStringLiteral("editParticipant"), {}, &MainWindow::editParticipant);
    m_withdrawParticipant = make(QStringLiteral("withdrawParticipant"), {}, &MainWindow::withdrawParticipant);
    m_clinicianMode = make(QStringLiteral("clinicianMode"), {}, [this](bool on) {
        m_settings->setMode(on ? AppMode::Clinician : AppMode::SinglePerson);
        applyMode();
    });
    m_clinicianMode->setCheckable(true);
    m_languageGroup = new QActionGroup(this);
    for (const QString& language : LanguageManager::available()) {
        auto* action = new QAction(LanguageManager::nativeName(language), m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == m_languages->language());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        m_settings->setLanguage(action->data().toString());
        m_languages->apply(action->data().toString());
    });
    m_about = make(QStringLiteral("about"), {}, &MainWindow::showAbout);
    m_aboutQt = make(QStringLiteral("aboutQt"), {}, [this] { QMessageBox::aboutQt(this); });
    m_shortcuts = make(QStringLiteral("shortcuts"), QKeySequence::HelpContents, &MainWindow::showShortcuts);
    m_backupNow = make(QStringLiteral("backupNow"), {}, [this] {
        if (!store())
            return;
        const QString message = BackupActions::backupNow(this, *store());
        if (!message.isEmpty())
            statusBar()->showMessage(message, 8000);
    });
    m_restoreBackup = make(QStringLiteral("restoreBackup"), {}, [this] {
        if (!store())
            return;
        const QString path = store()->path();
        if (BackupActions::restoreFrom(this, *store())) // replaced: reopen (clears undo, reloads everything)
            if (auto error = openDatabase(path))
                QMessageBox::critical(this, tr("Cannot open the database"), *error);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabase);
    m_fileMenu->addAction(m_openDatabase);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_report);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupNow);
    m_fileMenu->addAction(m_restoreBackup);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newEntry);
    m_editMenu->addAction(m_editEntry);
    m_editMenu->addAction(m_deleteEntry);

    m_participantMenu = menuBar()->addMenu(QString());
    m_participantMenu->addAction(m_newParticipant);
    m_participantMenu->addAction(m_editParticipant);
    m_participantMenu->addAction(m_withdrawParticipant);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_settingsMenu->addAction(m_clinicianMode);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

QWidget* MainWindow::createParticipantPanel()
{
    m_participantPanel = new QWidget;
    m_participantPanel->setObjectName(QStringLiteral("participantPanel"));
    m_participantsTitle = new QLabel;
    m_participantsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_participantView = new QTableView;
    m_participantView->setObjectName(QStringLiteral("participantView"));
    m_participantSearch = new QLineEdit;
    m_participantSearch->setObjectName(QStringLiteral("participantSearch"));
    m_participantSearch->setClearButtonEnabled(true);
    m_participantFilter->setSourceModel(m_participants);
    m_participantFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_participantFilter->setFilterKeyColumn(-1); // code, name, arm or status
    connect(m_participantSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_participantFilter->setFilterFixedString(text.trimmed());
        syncParticipantList();
    });
    m_participantView->setModel(m_participantFilter);
    m_participantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participantView->verticalHeader()->hide();
    m_participantView->verticalHeader()->setDefaultSectionSize(m_participantView->fontMetrics().height() + 8);
    // Fitted to their contents when the list is read, not at every layout pass: each fit measures every row.
    m_participantView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_participantView->horizontalHeader()->setStretchLastSection(true);
    // ... and, when the list is hidden, once it is shown (see eventFilter).
    connect(m_participants, &QAbstractItemModel::modelReset, m_participantView, [this] {
        m_participantColumnsFitted = false;
        if (m_participantView->isVisible())
            fitParticipantColumns();
        syncParticipantList(); // a reset clears the view's selection; the workspace still knows who it is
    });
    m_participantView->installEventFilter(this);
    m_participantView->setAlternatingRowColors(true);
    m_participantView->setShowGrid(false);
    m_participantView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Only a selection the user makes (click, arrow keys) picks a participant. A current index that the view sets
    // on its own (focus after a reset) selects nothing and so changes nothing.
    connect(m_participantView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncingList)
            return;
        const QModelIndexList rows = m_participantView->selectionModel()->selectedRows();
        if (rows.size() != 1)
            return;
        if (const Participant* p = m_participants->participantAt(m_participantFilter->mapToSource(rows.first()).row()))
            selectParticipant(p->id);
    });
    connect(m_participantView, &QTableView::doubleClicked, this, &MainWindow::editParticipant);
    m_addParticipantButton = new QPushButton;
    m_addParticipantButton->setObjectName(QStringLiteral("addParticipantButton"));
    connect(m_addParticipantButton, &QPushButton::clicked, this, &MainWindow::newParticipant);

    auto* layout = new QVBoxLayout(m_participantPanel);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_participantsTitle);
    layout->addWidget(m_participantSearch);
    layout->addWidget(m_participantView, 1);
    layout->addWidget(m_addParticipantButton);
    return m_participantPanel;
}

QWidget* MainWindow::createJournalPanel()
{
    auto* panel = new QWidget;
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("participantHeader"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_header->setFont(big);
    m_subHeader = new QLabel;
    m_subHeader->setObjectName(QStringLiteral("participantSubHeader"));
    m_subHeader->setWordWrap(true);
    m_newEntryButton = new QPushButton;
    m_newEntryButton->setObjectName(QStringLiteral("newEntryButton"));
    m_newEntryButton->setDefault(false);
    connect(m_newEntryButton, &QPushButton::clicked, this, &MainWindow::newEntry);

    m_journalView = new QTableView;
    m_journalView->setObjectName(QStringLiteral("journalView"));
    m_journalView->setModel(m_journalSorted);
    m_journalView->setSortingEnabled(true);
    m_journalView->sortByColumn(0, Qt::DescendingOrder);
    m_journalView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_journalView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_journalView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_journalView->setAlternatingRowColors(true);
    m_journalView->verticalHeader()->hide();
    m_journalView->verticalHeader()->setDefaultSectionSize(m_journalView->fontMetrics().height() + 8);
    m_journalView->setWordWrap(false);
    connect(m_journalView, &QTableView::doubleClicked, this, &MainWindow::editEntry);
    connect(m_journalView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    m_emptyHint = new QLabel;
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14pt; padding: 24px;"));

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_header);
    titles->addWidget(m_subHeader);
    top->addLayout(titles, 1);
    top->addWidget(m_newEntryButton, 0, Qt::AlignTop);

    m_journalTab = new QWidget;
    auto* journal = new QVBoxLayout(m_journalTab);
    journal->setContentsMargins(0, 4, 0, 0);
    journal->addWidget(m_emptyHint);
    journal->addWidget(m_journalView, 1);

    m_chartView = new ChartView;
    m_chartView->setShownMeasures(m_settings->value(Settings::Key::ChartMeasures).toStringList());
    connect(m_chartView, &ChartView::shownMeasuresChanged, this,
            [this](const QStringList& keys) { m_settings->setValue(Settings::Key::ChartMeasures, keys); });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_chartView, QString());
    m_tabs->addTab(m_journalTab, QString());
    // The other tabs get their panel when first shown: until then nothing of theirs is built or read.
    for (QWidget** page : {&m_interventionTab, &m_questionnaireTab, &m_analysisTab, &m_cohortTab, &m_auditTab}) {
        *page = new QWidget;
        (new QVBoxLayout(*page))->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(*page, QString());
    }
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { ensureTabContent(m_tabs->currentWidget()); }); // the audit trail reads itself when shown
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateHeader);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_journalStale)
            reloadJournal();
    });
    m_flagWarning = new QLabel;
    m_flagWarning->setObjectName(QStringLiteral("flagWarning"));
    m_flagWarning->setWordWrap(true);
    m_flagWarning->setStyleSheet(QuestionnaireDialog::warningStyleSheet());
    m_flagWarning->hide();

    m_demoBanner = new QWidget;
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setStyleSheet(QStringLiteral("#demoBanner { background: #fff4ce; border: 1px solid #e0c060; "
                                               "border-radius: 4px; }"));
    m_demoText = new QLabel;
    m_demoText->setWordWrap(true);
    m_leaveDemo = new QPushButton;
    m_leaveDemo->setObjectName(QStringLiteral("leaveDemo"));
    connect(m_leaveDemo, &QPushButton::clicked, this, [this] {
        if (auto error = openDatabase(Store::defaultPath()))
            QMessageBox::critical(this, tr("Cannot open the database"), *error);
    });
    auto* banner = new QHBoxLayout(m_demoBanner);
    banner->setContentsMargins(8, 4, 8, 4);
    banner->addWidget(m_demoText, 1);
    banner->addWidget(m_leaveDemo);
    m_demoBanner->hide();

    // Ctrl+1, Ctrl+2, ... switch between the participant's tabs from anywhere in the window.
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        auto* shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(shortcut, &QAction::triggered, m_tabs, [this, tab] { m_tabs->setCurrentIndex(tab); });
        addAction(shortcut);
    }

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_demoBanner);
    layout->addLayout(top);
    layout->addWidget(m_flagWarning);
    layout->addWidget(m_tabs, 1);
    return panel;
}

bool MainWindow::ensureTabContent(QWidget* page)
{
    if (!page || !page->layout() || page->layout()->count() > 0)
        return false;
    QWidget* content = nullptr;
    if (page == m_interventionTab) {
        m_interventionPanel = new InterventionPanel(editor());
        m_interventionPanel->setStore(store());
        const auto p = currentParticipant();
        m_interventionPanel->setParticipant(currentParticipantId(), !p || p->isWithdrawn());
        content = m_interventionPanel;
    } else if (page == m_questionnaireTab) {
        m_questionnairePanel = new QuestionnairePanel(editor());
        m_questionnairePanel->setParticipant(currentParticipantId());
        content = m_questionnairePanel;
    } else if (page == m_analysisTab) {
        m_analysisPanel = new AnalysisPanel;
        m_analysisPanel->setStore(store());
        m_analysisPanel->setParticipant(currentParticipantId());
        content = m_analysisPanel;
    } else if (page == m_cohortTab) {
        m_cohortView = new CohortView;
        connect(m_cohortView, &CohortView::participantActivated, this, [this](qint64 participant) {
            selectParticipant(participant);
            m_tabs->setCurrentWidget(m_chartView);
        });
        m_cohortView->setStore(store());
        content = m_cohortView;
    } else if (page == m_auditTab) {
        m_auditTrail = new AuditTrailView;
        m_auditTrail->setStore(store());
        content = m_auditTrail;
    } else {
        return false;
    }
    // In a scroll area: a panel wider than the room it gets scrolls, instead of pushing the participant list
    // narrower from tab to tab.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("tabScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    page->layout()->addWidget(scroll);
    content->show();
    return true;
}

std::optional<QString> MainWindow::openDatabase(const QString& path)
{
    std::unique_ptr<Store> opened;
    try {
        makePrivateFolders(QFileInfo(path).absolutePath()); // 0700, whatever the umask
        opened = Store::open(path);
    } catch (const StorageError& e) {
        return e.message();
    }
    opened->setLanguage(m_languages->language());
    delete m_integrityCheck; // it reads the file that is about to be closed
    m_integrityCheck = nullptr;
    // The demo banner and the automatic backups ask isDemo(), which reads the new store's path.
    m_workspace->setStore(std::move(opened));
    m_settings->setValue(Settings::Key::LastDatabase, QFileInfo(path).absoluteFilePath());
    m_databaseLabel->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_demoBanner->setVisible(isDemo());
    // The quick check reads the whole file on a second core; the window's first paint comes first.
    if (m_painted) {
        startIntegrityCheck();
    } else {
        m_integrityCheckPending = true;
        QTimer::singleShot(2000, this, [this] { // a window that is not painted (minimized, say) still gets it
            if (m_integrityCheckPending && store())
                startIntegrityCheck();
        });
    }
    if (store()->database().isReadOnly())
        statusBar()->showMessage(store()->database().readOnlyReason());
    retranslate();
    applyMode();
    return std::nullopt;
}

void MainWindow::startIntegrityCheck()
{
    // The quick check reads the whole file: on its own connection and thread, so the window stays responsive.
    m_integrityCheckPending = false;
    delete m_integrityCheck;
    m_integrityCheck = new BackgroundJob(store()->path(), this);
    BackgroundJob* job = m_integrityCheck;
    job->start([this, job](Store& store) {
        QString problem;
        const auto warning = BackupActions::runStartupCheck(store, &problem);
        job->deliver([this, warning, problem, checked = store.path()] {
            if (!warning)
                return;
            // The window's own connection writes nothing more into the damaged file either.
            if (this->store() && this->store()->path() == checked)
                this->store()->database().refuseWrites(problem);
            QMessageBox::warning(this, tr("The database needs attention"), *warning);
        });
    });
}

bool MainWindow::isDemo() const
{
    return store() && QFileInfo(store()->path()).fileName() == demoFileName;
}

std::optional<QString> MainWindow::openDemoDatabase()
{
    const QString path = QFileInfo(Store::defaultPath()).dir().filePath(demoFileName);
    if (!QFileInfo::exists(path)) {
        try {
            makePrivateFolders(QFileInfo(path).absolutePath()); // 0700, whatever the umask
            auto store = Store::open(path);
            DemoOptions options;
            options.participants = 12;
            options.days = 365;
            options.lastDay = clock().today();
            options.firstIsMe = true;
            writeDemo(*store, generateDemo(options));
        } catch (const StorageError& e) {
            QFile::remove(path);
            return e.message();
        }
    }
    return openDatabase(path);
}

void MainWindow::offerDemoOnFirstRun()
{
    if (m_settings->value(Settings::Key::FirstRunDone).toBool() || !store())
        return;
    m_settings->setValue(Settings::Key::FirstRunDone, true);
    for (const Participant& p : store()->participants().list())
        if (store()->journal().count(p.id) > 0)
            return; // not a fresh database
    QMessageBox box(QMessageBox::Question, tr("Welcome to MoodBiome"),
                    tr("Would you like to look around with demo data first?"), QMessageBox::NoButton, this);
    box.setInformativeText(tr("The demo data are made up: a year-long diary with a probiotic period, an FMT and "
                              "eleven study participants. They live in a separate demo database, so your own "
                              "database stays empty until you start."));
    QPushButton* demo = box.addButton(tr("Explore demo data"), QMessageBox::AcceptRole);
    box.addButton(tr("Start fresh"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == demo)
        if (auto error = openDemoDatabase())
            QMessageBox::critical(this, tr("Cannot open the database"), *error);
}

bool MainWindow::openDatabaseInteractively(const QString& path)
{
    QString candidate = path;
    while (true) {
        const auto error = openDatabase(candidate);
        if (!error)
            return true;
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                        tr("MoodBiome cannot use “%1”.").arg(QDir::toNativeSeparators(candidate)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(*error);
        QPushButton* other = box.addButton(tr("Open another file…"), QMessageBox::AcceptRole);
        QPushButton* fresh = box.addButton(tr("Create a new database…"), QMessageBox::ActionRole);
        box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        QString next;
        if (box.clickedButton() == other)
            next = QFileDialog::getOpenFileName(this, tr("Open a MoodBiome database"), QFileInfo(candidate).path(),
                                                tr("MoodBiome databases (*.sqlite *.db);;All files (*)"));
        else if (box.clickedButton() == fresh)
            next = QFileDialog::getSaveFileName(this, tr("Create a new MoodBiome database"),
                                                QFileInfo(candidate).path(), tr("MoodBiome databases (*.sqlite)"));
        else
            return false;
        if (!next.isEmpty())
            candidate = next;
    }
}

void MainWindow::chooseDatabase(bool create)
{
    const QString dir = store() ? QFileInfo(store()->path()).path() : QDir::homePath();
    const QString path = create
                             ? QFileDialog::getSaveFileName(this, tr("Create a new MoodBiome database"), dir,
                                                            tr("MoodBiome databases (*.sqlite)"))
                             : QFileDialog::getOpenFileName(this, tr("Open a MoodBiome database"), dir,
                                                            tr("MoodBiome databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("Not created"),
            tr("“%1” already exists. Choose a new file name, or use File ▸ Open database… to open it.").arg(path));
        return;
    }
    if (auto error = openDatabase(path))
        QMessageBox::critical(this, tr("Cannot open the database"), *error);
}

void MainWindow::applyMode()
{
    const bool clinician = m_settings->mode() == AppMode::Clinician;
    m_clinicianMode->setChecked(clinician);
    m_participantPanel->setVisible(clinician);
    m_tabs->setTabVisible(m_tabs->indexOf(m_cohortTab), clinician);
    m_tabs->setTabVisible(m_tabs->indexOf(m_auditTab), clinician);
    m_participantMenu->menuAction()->setVisible(clinician);
    m_newParticipant->setEnabled(clinician && store());
    if (!store())
        return updateActions();
    {
        // Each step below updates the header and the actions (a database query or two each time); once, at the
        // end, is enough.
        const QScopedValueRollback holdUpdates(m_holdHeaderUpdates, true);
        if (clinician) {
            keepSelectionValid(); // the list is current: read when the store came, kept so by the workspace
            if (currentParticipantId() == 0 && m_participants->rowCount() > 0)
                selectParticipant(m_participants->participantAt(0)->id);
        } else {
            ensureSingleParticipant();
        }
    }
    updateHeader();
    updateActions();
}

void MainWindow::ensureSingleParticipant()
{
    auto me = store()->participants().byCode(singleParticipantCode);
    const QList<Participant> everyone = store()->participants().list();
    if (!me && everyone.size() == 1)
        me = everyone.first(); // one person's diary under another code
    if (!me && everyone.size() > 1) {
        // A study database: creating an empty "Me" here would hide everyone else.
        m_settings->setMode(AppMode::Clinician);
        statusBar()->showMessage(tr("This database holds several participants: switched to clinician mode."), 8000);
        applyMode();
        return;
    }
    if (!me) {
        try {
            Participant p;
            p.code = singleParticipantCode;
            // Audit reasons are records, not interface text: they stay in English.
            store()->participants().add(p, QStringLiteral("Single-person mode: created the participant \"Me\""));
            me = store()->participants().byCode(singleParticipantCode);
        } catch (const StorageError& e) {
            QMessageBox::warning(this, tr("Not changed"), e.message());
            return;
        }
    }
    m_participants->reload();
    selectParticipant(me->id);
}

void MainWindow::reloadParticipants()
{
    m_participants->reload(); // keeps the selection: see syncParticipantList
    keepSelectionValid();
}

void MainWindow::keepSelectionValid()
{
    if (m_participants->rowOf(currentParticipantId()) < 0 && m_settings->mode() == AppMode::Clinician)
        selectParticipant(m_participants->rowCount() ? m_participants->participantAt(0)->id : 0);
    const auto p = currentParticipant();
    if (m_interventionPanel) // withdrawn makes it read-only
        m_interventionPanel->setParticipant(currentParticipantId(), !p || p->isWithdrawn());
    updateHeader();
    updateActions();
}

void MainWindow::reloadJournal()
{
    // A long journal is read only while its tab is shown; the header counts entries on its own.
    if (m_tabs->currentWidget() != m_journalTab) {
        m_journalStale = true;
        return;
    }
    m_journalStale = false;
    if (m_journal->participantId() != currentParticipantId())
        m_journal->setParticipant(currentParticipantId());
    else
        m_journal->reload();
}

void MainWindow::selectParticipant(qint64 participantId)
{
    // A participant hidden by the list's filter is shown by clearing the filter.
    if (m_participants->rowOf(participantId) >= 0 && !m_participantSearch->text().isEmpty() &&
        !m_participantFilter->mapFromSource(m_participants->index(m_participants->rowOf(participantId), 0)).isValid())
        m_participantSearch->clear();
    m_workspace->setParticipant(participantId); // showParticipant follows when it changed
    syncParticipantList();
}

void MainWindow::showParticipant(qint64 participantId)
{
    m_journalStale = true;
    reloadJournal();
    m_chartView->setParticipant(participantId);
    if (m_questionnairePanel)
        m_questionnairePanel->setParticipant(participantId);
    if (m_analysisPanel)
        m_analysisPanel->setParticipant(participantId);
    const auto p = currentParticipant();
    if (m_interventionPanel)
        m_interventionPanel->setParticipant(participantId, !p || p->isWithdrawn());
    syncParticipantList();
    updateHeader();
    updateActions();
}

void MainWindow::syncParticipantList()
{
    const QScopedValueRollback syncing(m_syncingList, true);
    const int sourceRow = m_participants->rowOf(currentParticipantId());
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_participantFilter->mapFromSource(m_participants->index(sourceRow, 0));
    QItemSelectionModel* selection = m_participantView->selectionModel();
    if (!index.isValid()) {
        selection->clearSelection();
        return;
    }
    if (selection->currentIndex().row() != index.row() || !selection->isRowSelected(index.row(), {}))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_participantView->scrollTo(index);
}

std::optional<Participant> MainWindow::currentParticipant() const
{
    return m_workspace->participant();
}

qint64 MainWindow::selectedEntryId() const
{
    const QModelIndex index = m_journalView->currentIndex();
    if (!index.isValid() || !m_journalView->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return m_journalSorted->data(index, JournalModel::IdRole).toLongLong();
}

void MainWindow::updateHeader()
{
    if (m_holdHeaderUpdates)
        return;
    const auto p = currentParticipant();
    const QString flag = p ? QuestionnairePanel::unacknowledgedFlagText(*store(), p->id) : QString();
    m_flagWarning->setText(flag);
    // The questionnaire tab shows the same warning with its Acknowledge button.
    m_flagWarning->setVisible(!flag.isEmpty() && m_tabs->currentWidget() != m_questionnaireTab);
    if (!p) {
        m_header->setText(m_settings->mode() == AppMode::Clinician ? tr("No participant selected") : QString());
        m_subHeader->setText(m_settings->mode() == AppMode::Clinician && m_participants->rowCount() == 0
                                 ? tr("Add the first participant with Participant ▸ New participant (Ctrl+Shift+N).")
                                 : QString());
        m_emptyHint->hide();
        return;
    }
    const bool single = m_settings->mode() == AppMode::SinglePerson;
    m_header->setText(single ? tr("My journal") : participantTitle(*p));
    QStringList facts;
    if (!p->arm.isEmpty())
        facts << tr("Arm: %1").arg(p->arm);
    if (p->enrolled.isValid())
        facts << tr("Enrolled %1").arg(QLocale().toString(p->enrolled, QLocale::ShortFormat));
    const qint64 count = store()->journal().count(p->id);
    facts << tr("%n entries", nullptr, int(count));
    if (p->isWithdrawn())
        facts << tr("Withdrew %1 — read-only").arg(QLocale().toString(p->withdrawn, QLocale::ShortFormat));
    m_subHeader->setText(facts.join(QStringLiteral(" · ")));
    m_emptyHint->setVisible(m_journal->rowCount() == 0);
}

void MainWindow::updateActions()
{
    if (m_holdHeaderUpdates)
        return;
    const auto p = currentParticipant();
    const bool writable = p && !p->isWithdrawn();
    const bool hasEntry = selectedEntryId() != 0;
    m_newEntry->setEnabled(writable);
    m_newEntryButton->setEnabled(writable);
    m_editEntry->setEnabled(writable && hasEntry);
    m_deleteEntry->setEnabled(writable && hasEntry);
    const bool clinician = m_settings->mode() == AppMode::Clinician;
    m_newParticipant->setEnabled(clinician && store());
    m_addParticipantButton->setEnabled(clinician && store());
    m_editParticipant->setEnabled(clinician && p.has_value());
    m_withdrawParticipant->setEnabled(clinician && writable);
    m_import->setEnabled(store() != nullptr);
    m_export->setEnabled(store() != nullptr);
    m_report->setEnabled(p.has_value());
}

void MainWindow::newEntry()
{
    const auto p = currentParticipant();
    if (!p || p->isWithdrawn())
        return;
    JournalEntry entry;
    entry.participantId = p->id;
    QList<Intervention> taken;
    for (const Intervention& i : store()->interventions().list(p->id))
        if (i.tracksAdherence() && i.isActiveOn(clock().today()) && !i.isEvent())
            taken.append(i);
    auto* dialog = new EntryDialog(
        entry, store()->measures().list(), participantTitle(*p),
        [this](const JournalEntry& e, const QMap<qint64, bool>& ticks) {
            return editor()->addEntry(e, nullptr, ticks);
        },
        taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editEntry()
{
    const auto p = currentParticipant();
    const qint64 id = selectedEntryId();
    const auto entry = store() && id ? store()->journal().byId(id) : std::nullopt;
    if (!p || !entry || p->isWithdrawn())
        return;
    auto* dialog = new EntryDialog(
        *entry, store()->measures().list(), participantTitle(*p),
        [this](const JournalEntry& e, const QMap<qint64, bool>&) { return editor()->editEntry(e); }, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::deleteEntry()
{
    const qint64 id = selectedEntryId();
    if (!id)
        return;
    if (auto error = editor()->deleteEntry(id))
        QMessageBox::warning(this, tr("Not deleted"), *error);
    else
        statusBar()->showMessage(tr("Entry deleted. Undo with Ctrl+Z."), 5000);
}

void MainWindow::newParticipant()
{
    if (!store() || m_settings->mode() != AppMode::Clinician)
        return;
    QStringList arms;
    for (const Participant& p : store()->participants().list())
        if (!p.arm.isEmpty() && !arms.contains(p.arm))
            arms << p.arm;
    Participant fresh;
    fresh.enrolled = clock().today();
    auto* dialog = new ParticipantDialog(
        fresh, arms,
        [this](const Participant& p) {
            qint64 id = 0;
            auto error = editor()->addParticipant(p, &id);
            if (!error)
                selectParticipant(id);
            return error;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editParticipant()
{
    const auto p = currentParticipant();
    if (!p || m_settings->mode() != AppMode::Clinician)
        return;
    QStringList arms;
    for (const Participant& other : store()->participants().list())
        if (!other.arm.isEmpty() && !arms.contains(other.arm))
            arms << other.arm;
    auto* dialog = new ParticipantDialog(
        *p, arms, [this](const Participant& changed) { return editor()->editParticipant(changed); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::withdrawParticipant()
{
    auto p = currentParticipant();
    if (!p || p->isWithdrawn())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Withdraw participant"),
        tr("Withdraw %1 as of today? Their data are kept, and their journal becomes read-only.").arg(p->code));
    if (answer != QMessageBox::Yes)
        return;
    p->withdrawn = clock().today();
    if (auto error = editor()->editParticipant(*p))
        QMessageBox::warning(this, tr("Not changed"), *error);
}

void MainWindow::exportData()
{
    if (store())
        ExportDialog::run(this, *store(), currentParticipantId());
}

void MainWindow::importData(const QString& path)
{
    // The dialog announces what it changed through the editor's signals, which refresh the window.
    if (store())
        ImportDialog::run(this, *store(), editor(), currentParticipantId(), path);
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

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QString>> keys{
        {QStringLiteral("Ctrl+N"), tr("New entry for the selected participant")},
        {QStringLiteral("Ctrl+E"), tr("Edit the selected entry")},
        {tr("Del"), tr("Delete the selected entry")},
        {QStringLiteral("Ctrl+Z / Ctrl+Shift+Z"), tr("Undo / redo")},
        {QStringLiteral("Ctrl+Shift+N"), tr("New participant (clinician mode)")},
        {QStringLiteral("Ctrl+1 … Ctrl+7"),
         tr("Chart, Journal, Interventions, Questionnaires, Analysis, Cohort, Audit trail")},
        {QStringLiteral("Ctrl+I"), tr("Import a CSV file")},
        {QStringLiteral("Ctrl+Shift+E"), tr("Export data")},
        {QStringLiteral("Ctrl+P"), tr("Participant report (PDF)")},
        {QStringLiteral("Ctrl+O"), tr("Open a database")},
        {QStringLiteral("Ctrl+Enter"), tr("Save a form")},
        {tr("Esc"), tr("Close a form (asks first when it has changes)")},
        {QStringLiteral("F1"), tr("This list")}};
    QString rows;
    for (const auto& [key, what] : keys)
        rows += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), QStringLiteral("<table>%1</table>").arg(rows),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsDialog"));
    box.exec();
}

void MainWindow::fitParticipantColumns()
{
    m_participantColumnsFitted = true;
    QHeaderView* header = m_participantView->horizontalHeader();
    const QAbstractItemView* view = m_participantView;                           // where sizeHintForColumn is public
    for (int column = 0; column + 1 < m_participants->columnCount(); ++column) { // the last one stretches
        const int fit = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        header->resizeSection(column, std::clamp(fit, header->minimumSectionSize(), header->maximumSectionSize()));
    }
    // The list keeps this width whichever tab is shown: the tabs' contents shrink instead (at most 340 px).
    const int last = m_participants->columnCount() - 1;
    int width = std::max(view->sizeHintForColumn(last), header->sectionSizeHint(last));
    for (int column = 0; column < last; ++column)
        width += header->sectionSize(column);
    width += m_participantView->verticalScrollBar()->sizeHint().width() + 2 * m_participantView->frameWidth() + 8;
    m_participantPanel->setMinimumWidth(std::min(width, 340));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_participantView && event->type() == QEvent::Show && !m_participantColumnsFitted)
        fitParticipantColumns();
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, [this] { // once this first frame is on screen
            if (m_integrityCheckPending && store())
                startIntegrityCheck();
        });
    }
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_autoBackup->backupNow();
    m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::SplitterState, m_splitter->saveState());
    event->accept();
}

void MainWindow::retranslate()
{
    if (isDemo())
        setWindowTitle(tr("Demo data — MoodBiome"));
    else if (store())
        setWindowTitle(tr("%1 — MoodBiome").arg(QFileInfo(store()->path()).fileName()));
    else
        setWindowTitle(tr("MoodBiome"));
    m_demoText->setText(tr("<b>Demo data.</b> Everything here is made up, to show what MoodBiome does. Changes stay "
                           "in the demo database."));
    m_leaveDemo->setText(tr("Open my own database"));
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
    m_report->setText(tr("Participant &report (PDF)…"));
    m_quit->setText(tr("&Quit"));
    m_newEntry->setText(tr("&New entry…"));
    m_editEntry->setText(tr("&Edit entry…"));
    m_deleteEntry->setText(tr("&Delete entry"));
    m_newParticipant->setText(tr("&New participant…"));
    m_editParticipant->setText(tr("&Edit participant…"));
    m_withdrawParticipant->setText(tr("&Withdraw participant…"));
    m_clinicianMode->setText(tr("&Clinician mode (several participants)"));
    m_about->setText(tr("&About MoodBiome"));
    m_aboutQt->setText(tr("About &Qt"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_participantSearch->setPlaceholderText(tr("Search code, name or arm…"));
    m_participantSearch->setAccessibleName(tr("Search participants"));
    m_participantSearch->setToolTip(
        tr("Shows only the participants whose code, name, arm or status contains the text"));
    m_participantsTitle->setText(tr("Participants"));
    m_participantView->setAccessibleName(tr("Participants"));
    m_addParticipantButton->setText(tr("Add participant…"));
    m_addParticipantButton->setAccessibleName(tr("Add participant"));
    m_newEntryButton->setText(tr("New entry…"));
    m_newEntryButton->setToolTip(tr("Record how you feel today (Ctrl+N)"));
    m_newEntryButton->setAccessibleName(tr("New entry"));
    m_journalView->setAccessibleName(tr("Journal entries"));
    m_emptyHint->setText(tr("No entries yet.\nPress Ctrl+N or “New entry…” to record the first one."));
    m_tabs->setTabText(m_tabs->indexOf(m_chartView), tr("Chart"));
    m_tabs->setTabText(m_tabs->indexOf(m_journalTab), tr("Journal"));
    m_tabs->setTabText(m_tabs->indexOf(m_interventionTab), tr("Interventions"));
    m_tabs->setTabText(m_tabs->indexOf(m_questionnaireTab), tr("Questionnaires"));
    m_tabs->setTabText(m_tabs->indexOf(m_analysisTab), tr("Analysis"));
    m_tabs->setTabText(m_tabs->indexOf(m_cohortTab), tr("Cohort"));
    m_tabs->setTabText(m_tabs->indexOf(m_auditTab), tr("Audit trail"));
    m_backupNow->setText(tr("&Back up now"));
    m_restoreBackup->setText(tr("Res&tore from backup…"));
    updateHeader();
}

} // namespace mb
