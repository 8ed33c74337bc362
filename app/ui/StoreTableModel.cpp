// The parts every table model shares.
#include "ui/StoreTableModel.h"

namespace mb {

StoreTableModel::StoreTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StoreTableModel::setStore(Store* store)
{
    m_store = store;
    m_participantId = 0;
    reload();
}

void StoreTableModel::setParticipant(qint64 participantId)
{
    m_participantId = participantId;
    reload();
}

void StoreTableModel::reload()
{
    beginResetModel();
    readRows();
    endResetModel();
}

void StoreTableModel::refreshTexts()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int StoreTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

int StoreTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

} // namespace mb
