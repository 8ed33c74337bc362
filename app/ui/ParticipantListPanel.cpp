// The participant list and its search, kept in step with the workspace's selected participant.
#include "ui/ParticipantListPanel.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "ui/Editor.h"
#include "ui/ParticipantDialog.h"
#include "ui/ParticipantListModel.h"
#include "ui/Workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mb {

namespace {
// A column is fitted to its widest rows by characters (ParticipantListModel::widestRows), this many: a delegate's
// size hint shapes the text, and doing that for a thousand rows was a fifth of start-up with 5,000 participants.
constexpr int fitRows = 4;
} // namespace

ParticipantListPanel::ParticipantListPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ParticipantListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_title(new QLabel)
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_add(new QPushButton)
{
    setObjectName(QStringLiteral("participantPanel"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(ParticipantListModel::SearchRole); // on the code column: code, name, arm and status
    connect(m_search, &QLineEdit::textChanged, this, &ParticipantListPanel::search);
    m_view->setObjectName(QStringLiteral("participantView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed); // fitColumns, when the list is read
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_columnsFitted = false;
        if (m_view->isVisible())
            fitColumns();
        syncSelection(); // a reset clears the view's selection; the workspace still knows who it is
    });
    // A current index that the view sets on its own (focus after a reset) selects nothing and so changes nothing.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantListPanel::userSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ParticipantListPanel::editParticipant);
    m_add->setObjectName(QStringLiteral("addParticipantButton"));
    connect(m_add, &QPushButton::clicked, this, &ParticipantListPanel::newParticipant);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_add);

    connect(workspace, &Workspace::storeChanged, this, [this](Store* store) {
        m_model->setStore(store);
        m_add->setEnabled(store != nullptr && !m_workspace->isReadOnly());
    });
    connect(workspace, &Workspace::participantsChanged, this, &ParticipantListPanel::reload);
    connect(workspace, &Workspace::responsesChanged, m_model, &ParticipantListModel::reload); // the flag column
    connect(workspace, &Workspace::participantChanged, this, [this](qint64 participantId) {
        const int row = m_model->rowOf(participantId);
        if (row >= 0 && !m_filter->mapFromSource(m_model->index(row, 0)).isValid())
            m_search->clear(); // a participant chosen elsewhere (the cohort, say) is shown
        syncSelection();
    });
    m_model->setStore(workspace->store()); // made after a database was opened: it shows that one
    m_add->setEnabled(workspace->store() != nullptr && !workspace->isReadOnly());
    retranslate();
}

void ParticipantListPanel::select(qint64 participantId)
{
    m_workspace->setParticipant(participantId); // the list follows through participantChanged
    syncSelection();
}

void ParticipantListPanel::setAutoSelect(bool on)
{
    m_autoSelect = on;
    keepSelectionValid();
}

void ParticipantListPanel::reload()
{
    m_model->reload(); // keeps the selection: see syncSelection
    keepSelectionValid();
}

QStringList ParticipantListPanel::arms() const
{
    QStringList arms;
    for (const Participant& p : m_workspace->store()->participants().list())
        if (!p.arm.isEmpty() && !arms.contains(p.arm))
            arms << p.arm;
    return arms;
}

void ParticipantListPanel::newParticipant()
{
    if (!m_workspace->store() || isHidden()) // hidden: single-person mode
        return;
    Participant fresh;
    fresh.enrolled = clock().today();
    auto* dialog = new ParticipantDialog(
        fresh, arms(),
        [this](const Participant& p) {
            qint64 id = 0;
            auto error = m_workspace->editor()->addParticipant(p, &id);
            if (!error)
                select(id);
            return error;
        },
        window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ParticipantListPanel::editParticipant()
{
    const auto p = m_workspace->participant();
    if (!p || isHidden()) // hidden: single-person mode
        return;
    Editor* editor = m_workspace->editor();
    auto* dialog = new ParticipantDialog(
        *p, arms(), [editor](const Participant& changed) { return editor->editParticipant(changed); }, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ParticipantListPanel::withdrawParticipant()
{
    auto p = m_workspace->participant();
    if (!p || p->isWithdrawn() || isHidden()) // hidden: single-person mode
        return;
    const auto answer = QMessageBox::question(
        window(), tr("Withdraw participant"),
        tr("Withdraw %1 as of today? Their data are kept, and their journal becomes read-only.").arg(p->code));
    if (answer != QMessageBox::Yes)
        return;
    p->withdrawn = clock().today();
    if (auto error = m_workspace->editor()->editParticipant(*p))
        QMessageBox::warning(window(), tr("Not changed"), *error);
}

void ParticipantListPanel::keepSelectionValid()
{
    if (!m_autoSelect || !m_workspace->store() || m_model->rowOf(m_workspace->participantId()) >= 0)
        return;
    m_workspace->setParticipant(m_model->rowCount() ? m_model->participantAt(0)->id : 0);
}

void ParticipantListPanel::userSelected()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    if (const Participant* p = m_model->participantAt(m_filter->mapToSource(rows.first()).row()))
        select(p->id);
}

void ParticipantListPanel::search(const QString& text)
{
    {
        // Rows coming and going move the view's selection: that is nobody's choice. (It used to select the
        // searched participant again when a participant hidden by the search was shown from elsewhere.)
        const QScopedValueRollback syncing(m_syncing, true);
        m_filter->setFilterFixedString(text.trimmed());
    }
    syncSelection();
}

void ParticipantListPanel::syncSelection()
{
    const QScopedValueRollback syncing(m_syncing, true);
    const int sourceRow = m_model->rowOf(m_workspace->participantId());
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    QItemSelectionModel* selection = m_view->selectionModel();
    if (!index.isValid()) {
        selection->clear(); // and the current row: the arrow keys then start at the first row and select it
        return;
    }
    if (selection->currentIndex().row() != index.row() || !selection->isRowSelected(index.row(), {}))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

int ParticipantListPanel::contentWidth(int column) const
{
    // While a search is typed the columns fit the rows it leaves, as QHeaderView::ResizeToContents would.
    std::function<bool(int)> shown;
    if (!m_search->text().trimmed().isEmpty())
        shown = [this](int row) {
            return m_filter->mapFromSource(m_model->index(row, 0)).isValid();
        };
    int width = 0;
    for (int row : m_model->widestRows(column, fitRows, shown))
        if (const QModelIndex index = m_filter->mapFromSource(m_model->index(row, column)); index.isValid())
            width = std::max(width, m_view->sizeHintForIndex(index).width()); // what sizeHintForColumn asks
    return width;
}

void ParticipantListPanel::fitColumns()
{
    m_columnsFitted = true;
    m_view->ensurePolished();
    QHeaderView* header = m_view->horizontalHeader();
    const int last = m_model->columnCount() - 1; // it stretches
    int width = 0;
    for (int column = 0; column < last; ++column) {
        const int fit = std::max(contentWidth(column), header->sectionSizeHint(column));
        header->resizeSection(column, std::clamp(fit, header->minimumSectionSize(), header->maximumSectionSize()));
        width += header->sectionSize(column);
    }
    // The list keeps this width whichever tab is shown: the tabs' contents shrink instead (at most 340 px).
    width += std::max(contentWidth(last), header->sectionSizeHint(last));
    width += m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth() + 8;
    setMinimumWidth(std::min(width, 340));
}

void ParticipantListPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_columnsFitted)
        fitColumns();
}

void ParticipantListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ParticipantListPanel::retranslate()
{
    m_model->forgetSearchTexts(); // the status is translated
    m_filter->invalidate();
    m_search->setPlaceholderText(tr("Search code, name or arm…"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setToolTip(tr("Shows only the participants whose code, name, arm or status contains the text"));
    m_title->setText(tr("Participants"));
    m_view->setAccessibleName(tr("Participants"));
    m_add->setText(tr("&Add participant…"));
    m_add->setAccessibleName(tr("Add participant"));
}

} // namespace mb
