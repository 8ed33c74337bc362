// The journal table, kept in step with the workspace's participant and its entries.
#include "ui/JournalPanel.h"

#include "storage/Store.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/JournalModel.h"
#include "ui/KeepCurrentRow.h"
#include "ui/NewEntryForm.h"
#include "ui/Workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mb {

JournalPanel::JournalPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new JournalModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_emptyHint(new QLabel)
{
    setObjectName(QStringLiteral("journalPanel"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(JournalModel::SortRole);
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    connect(m_view, &QTableView::doubleClicked, this, &JournalPanel::editEntry);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalPanel::selectionChanged);
    // Read again after every change: the entry that was selected stays selected and current (it may have moved); a
    // deleted one leaves the next (or the previous) entry current.
    keepCurrentRow(m_view, JournalModel::IdRole, m_model);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalPanel::modelReset);

    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14pt; padding: 24px;"));
    m_emptyHint->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_view, 1);

    connect(workspace, &Workspace::storeChanged, this, [this](Store* store) {
        m_model->setStore(store);
        reload();
    });
    connect(workspace, &Workspace::participantChanged, this, &JournalPanel::reload);
    connect(workspace, &Workspace::tagsChanged, this, &JournalPanel::reload); // the Tags column shows their names
    connect(workspace, &Workspace::entriesChanged, this, [this](qint64 participantId) {
        if (participantId == m_workspace->participantId())
            reload();
    });
    m_model->setStore(workspace->store()); // made after a database was opened: it shows that one
    retranslate();
}

qint64 JournalPanel::selectedEntryId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return m_sorted->data(index, JournalModel::IdRole).toLongLong();
}

void JournalPanel::newEntry()
{
    openNewEntryForm(m_workspace, window());
}

void JournalPanel::editEntry()
{
    const auto p = m_workspace->participant();
    const qint64 id = selectedEntryId();
    const auto entry = p && id ? m_workspace->store()->journal().byId(id) : std::nullopt;
    if (!entry || p->isWithdrawn() || m_workspace->isReadOnly())
        return;
    Editor* editor = m_workspace->editor();
    auto* dialog = new EntryDialog(
        *entry, m_workspace->store()->measures().list(), p->title(),
        [editor](const JournalEntry& e, const QMap<qint64, bool>&) { return editor->editEntry(e); }, {}, window());
    dialog->setTags(m_workspace->store()->tags().list());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void JournalPanel::deleteEntry()
{
    const qint64 id = selectedEntryId();
    if (!id)
        return;
    if (auto error = m_workspace->editor()->deleteEntry(id))
        QMessageBox::warning(window(), tr("Not deleted"), *error);
    else
        emit statusMessage(tr("Entry deleted. Undo with Ctrl+Z."));
}

void JournalPanel::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_model->participantId() != m_workspace->participantId())
        m_model->setParticipant(m_workspace->participantId());
    else
        m_model->reload();
}

void JournalPanel::refreshTexts()
{
    m_model->refreshTexts();
}

void JournalPanel::modelReset()
{
    m_emptyHint->setVisible(m_model->rowCount() == 0 && m_workspace->participantId() > 0);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    emit selectionChanged();
}

void JournalPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void JournalPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JournalPanel::retranslate()
{
    m_view->setAccessibleName(tr("Journal entries"));
    m_emptyHint->setText(tr("No entries yet.\nPress Ctrl+N or “New entry…” to record the first one."));
}

} // namespace mb
