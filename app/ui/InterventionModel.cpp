// Intervention rows with the kind's colour as decoration.
#include "ui/InterventionModel.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "ui/Palette.h"

#include <QLocale>

namespace mb {

InterventionModel::InterventionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InterventionModel::setStore(Store* store)
{
    m_store = store;
    m_participantId = 0;
    reload();
}

void InterventionModel::setParticipant(qint64 participantId)
{
    m_participantId = participantId;
    reload();
}

void InterventionModel::reload()
{
    beginResetModel();
    m_items = m_store && m_participantId ? m_store->interventions().list(m_participantId) : QList<Intervention>{};
    endResetModel();
}

const Intervention* InterventionModel::interventionAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int InterventionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InterventionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterventionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Intervention& i = m_items[index.row()];
    if (role == IdRole)
        return i.id;
    if (role == Qt::DecorationRole && index.column() == Kind)
        return interventionColor(i.kind);
    if (role == Qt::ToolTipRole && !i.notes.isEmpty())
        return i.notes;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Kind:
        return InterventionText::kindName(i.kind);
    case Name:
        return i.name;
    case Dose:
        return InterventionText::doseText(i);
    case Start:
        return locale.toString(i.start, QLocale::ShortFormat);
    case End:
        if (i.isEvent())
            return tr("one day (event)");
        return i.isOngoing() ? tr("ongoing") : locale.toString(i.end, QLocale::ShortFormat);
    case Notes:
        return QString(i.notes).replace(u'\n', u' ');
    default:
        break;
    }
    return {};
}

QVariant InterventionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Dose:
        return tr("Dose");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Notes:
        return tr("Notes");
    default:
        break;
    }
    return {};
}

} // namespace mb
