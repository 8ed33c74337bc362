// Wiring the intervention list to its dialog and to undoable edits.
#include "ui/InterventionPanel.h"

#include "core/Clock.h"
#include "storage/ScheduleRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/Editor.h"
#include "ui/FocusAfter.h"
#include "ui/InterventionDialog.h"
#include "ui/InterventionModel.h"
#include "ui/KeepCurrentRow.h"
#include "ui/RandomisationDialog.h"
#include "ui/RowOrRows.h"
#include "ui/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace mb {

InterventionPanel::InterventionPanel(Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new InterventionModel(this))
    , m_view(new QTableView)
    , m_add(new QPushButton)
    , m_edit(new QPushButton)
    , m_end(new QPushButton)
    , m_delete(new QPushButton)
    , m_randomise(new QPushButton)
{
    setObjectName(QStringLiteral("interventionPanel"));
    m_view->setObjectName(QStringLiteral("interventionView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    m_add->setObjectName(QStringLiteral("addIntervention"));
    m_edit->setObjectName(QStringLiteral("editIntervention"));
    m_end->setObjectName(QStringLiteral("endIntervention"));
    m_delete->setObjectName(QStringLiteral("deleteIntervention"));
    connect(m_add, &QPushButton::clicked, this, &InterventionPanel::addIntervention);
    connect(m_edit, &QPushButton::clicked, this, &InterventionPanel::editIntervention);
    connect(m_end, &QPushButton::clicked, this, &InterventionPanel::endToday);
    connect(m_delete, &QPushButton::clicked, this, &InterventionPanel::deleteIntervention);
    m_randomise->setObjectName(QStringLiteral("randomiseIntervention"));
    connect(m_randomise, &QPushButton::clicked, this, &InterventionPanel::randomise);
    connect(m_view, &QTableView::doubleClicked, this, &InterventionPanel::editIntervention);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InterventionPanel::updateButtons);
    keepCurrentRow(m_view, InterventionModel::IdRole); // after a delete, the next intervention is current
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateButtons();
    });
    connect(m_editor, &Editor::interventionsChanged, this, [this](qint64 participant) {
        if (participant == m_participantId)
            m_model->reload();
    });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_end, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* plan = new QHBoxLayout;
    plan->addWidget(m_randomise);
    plan->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    // Randomise goes under the rest when the row has no room (Dutch at the minimum window size).
    auto* row = new RowOrRows(buttons, plan, 0, 1);
    row->setObjectName(QStringLiteral("interventionButtons"));
    layout->addWidget(row);
    layout->addWidget(m_view, 1);
    retranslate();
    updateButtons();
}

void InterventionPanel::follow(Workspace* workspace)
{
    auto show = [this, workspace] {
        const auto p = workspace->participant();
        setParticipant(workspace->participantId(), !p || p->isWithdrawn() || workspace->isReadOnly());
    };
    connect(workspace, &Workspace::storeChanged, this, [this, show](Store* store) {
        setStore(store);
        show();
    });
    connect(workspace, &Workspace::participantChanged, this, show);
    connect(workspace, &Workspace::participantsChanged, this, show); // a withdrawal makes it read-only
    setStore(workspace->store());
    show();
}

void InterventionPanel::setStore(Store* store)
{
    m_store = store;
    m_model->setStore(store);
}

void InterventionPanel::setParticipant(qint64 participantId, bool readOnly)
{
    m_participantId = participantId;
    m_readOnly = readOnly;
    m_model->setParticipant(participantId);
    updateButtons();
}

qint64 InterventionPanel::selectedId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return m_model->data(index, InterventionModel::IdRole).toLongLong();
}

void InterventionPanel::updateButtons()
{
    const bool writable = m_store && m_participantId && !m_readOnly;
    const Intervention* selected = m_model->interventionAt(m_view->currentIndex().row());
    const bool hasSelection = selectedId() != 0 && selected;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && hasSelection);
    m_end->setEnabled(writable && hasSelection && selected->isOngoing());
    m_delete->setEnabled(writable && hasSelection);
    m_randomise->setEnabled(m_store && hasSelection); // read-only participants can still see a plan
}

void InterventionPanel::addIntervention()
{
    if (!m_store || !m_participantId || m_readOnly)
        return;
    Intervention fresh;
    fresh.participantId = m_participantId;
    auto* dialog = new InterventionDialog(
        fresh, [this](const Intervention& i) { return m_editor->addIntervention(i); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusAfter(dialog, m_add, m_view);
    dialog->open();
}

void InterventionPanel::editIntervention()
{
    const auto current = m_store && selectedId() ? m_store->interventions().byId(selectedId()) : std::nullopt;
    if (!current || m_readOnly)
        return;
    auto* dialog = new InterventionDialog(
        *current,
        [this](const Intervention& i) -> std::optional<QString> {
            if (!confirmClearingTicks(i))
                return tr("Not saved: the adherence recorded outside the new dates was kept.");
            return m_editor->editIntervention(i);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusAfter(dialog, m_view, m_edit);
    dialog->open();
}

// New dates that leave days ticked "taken" (or "not taken") outside them clear those days: asked first.
bool InterventionPanel::confirmClearingTicks(const Intervention& changed)
{
    const QMap<QDate, bool> ticks = m_store->interventions().adherenceOutside(changed);
    if (ticks.isEmpty())
        return true;
    const QLocale locale;
    const QString first = locale.toString(ticks.firstKey(), QLocale::ShortFormat);
    const QString last = locale.toString(ticks.lastKey(), QLocale::ShortFormat);
    QMessageBox ask(QMessageBox::Question, tr("Clear adherence?"),
                    tr("Adherence of “%1” was recorded on %n day(s) outside the new dates (%2 to %3). Saving clears "
                       "those days. You can undo this with Ctrl+Z; the audit trail keeps a record.",
                       nullptr, int(ticks.size()))
                        .arg(changed.name, first, last),
                    QMessageBox::Yes | QMessageBox::No, window());
    ask.button(QMessageBox::Yes)->setText(tr("&Clear and save"));
    ask.button(QMessageBox::No)->setText(tr("&Keep them"));
    ask.setDefaultButton(QMessageBox::No);
    return ask.exec() == QMessageBox::Yes;
}

void InterventionPanel::endToday()
{
    auto current = m_store && selectedId() ? m_store->interventions().byId(selectedId()) : std::nullopt;
    if (!current || !current->isOngoing() || m_readOnly)
        return;
    current->end = std::max(clock().today(), current->start);
    if (auto error = m_editor->editIntervention(*current))
        QMessageBox::warning(this, tr("Not changed"), *error);
}

void InterventionPanel::deleteIntervention()
{
    const auto current = m_store && selectedId() ? m_store->interventions().byId(selectedId()) : std::nullopt;
    if (!current || m_readOnly)
        return;
    // A locked schedule keeps its intervention (the repository refuses): say so instead of asking.
    try {
        if (const auto schedule = ScheduleRepository(m_store->database()).forIntervention(current->id)) {
            QMessageBox::warning(this, tr("Not deleted"), lockedScheduleKeepsIntervention(current->name, *schedule));
            return;
        }
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Not deleted"), e.message());
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete intervention"),
            tr("Delete “%1”? You can undo this with Ctrl+Z; the audit trail keeps a record.").arg(current->name)) !=
        QMessageBox::Yes)
        return;
    if (auto error = m_editor->deleteIntervention(current->id))
        QMessageBox::warning(this, tr("Not deleted"), *error);
}

void InterventionPanel::randomise()
{
    const auto current = m_store && selectedId() ? m_store->interventions().byId(selectedId()) : std::nullopt;
    if (!current)
        return;
    auto* dialog = new RandomisationDialog(*m_store, *current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_readOnly)
        dialog->lockButton()->hide();
    connect(dialog, &RandomisationDialog::locked, this,
            [this] { emit m_editor->interventionsChanged(m_participantId); });
    dialog->open();
}

void InterventionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->reload();
    }
    QWidget::changeEvent(event);
}

void InterventionPanel::retranslate()
{
    m_add->setText(tr("Add inter&vention…"));
    m_edit->setText(tr("Ed&it…"));
    m_end->setText(tr("End &today"));
    m_end->setToolTip(tr("Set the end date of an ongoing intervention to today"));
    m_delete->setText(tr("&Delete"));
    m_randomise->setText(tr("&Randomise…"));
    m_randomise->setToolTip(tr("Plan a randomised N-of-1 design for the selected intervention and lock it."));
    m_view->setAccessibleName(tr("Interventions"));
}

} // namespace mb
