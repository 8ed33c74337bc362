// Participant rows for the clinician's list.
#include "ui/ParticipantListModel.h"

#include "storage/Store.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace mb {

ParticipantListModel::ParticipantListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ParticipantListModel::setStore(Store* store)
{
    m_store = store;
    reload();
}

void ParticipantListModel::reload()
{
    beginResetModel();
    m_participants = m_store ? m_store->participants().list() : QList<Participant>{};
    m_flagged = m_store ? m_store->questionnaires().participantsWithUnacknowledgedFlags() : QSet<qint64>{};
    endResetModel();
}

const Participant* ParticipantListModel::participantAt(int row) const
{
    return row >= 0 && row < m_participants.size() ? &m_participants[row] : nullptr;
}

int ParticipantListModel::rowOf(qint64 participantId) const
{
    for (int i = 0; i < m_participants.size(); ++i)
        if (m_participants[i].id == participantId)
            return i;
    return -1;
}

int ParticipantListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int ParticipantListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant& p = m_participants[index.row()];
    if (role == IdRole)
        return p.id;
    const bool flagged = m_flagged.contains(p.id);
    if (role == Qt::ForegroundRole && flagged && index.column() == Status)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::DecorationRole && flagged && index.column() == Code)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && flagged)
        return tr("Unacknowledged PHQ-9 safety flag: see Questionnaires.");
    if (role == Qt::ForegroundRole && p.isWithdrawn())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ToolTipRole && !p.notes.isEmpty())
        return p.notes;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code:
        return p.code;
    case Name:
        return p.displayName;
    case Arm:
        return p.arm;
    case Status:
        if (flagged)
            return tr("⚠ Safety flag");
        if (p.isWithdrawn())
            return tr("Withdrawn %1").arg(QLocale().toString(p.withdrawn, QLocale::ShortFormat));
        if (p.enrolled.isValid())
            return tr("Enrolled %1").arg(QLocale().toString(p.enrolled, QLocale::ShortFormat));
        return tr("Active");
    default:
        break;
    }
    return {};
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Arm:
        return tr("Arm");
    case Status:
        return tr("Status");
    default:
        break;
    }
    return {};
}

} // namespace mb
