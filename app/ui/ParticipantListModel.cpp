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
    : RowTableModel(parent)
{
}

void ParticipantListModel::readRows()
{
    m_rows = store() ? store()->participants().list() : QList<Participant>{};
    m_flagged = store() ? store()->questionnaires().participantsWithUnacknowledgedFlags() : QSet<qint64>{};
    m_searchTexts.clear();
}

QString ParticipantListModel::searchText(int row) const
{
    if (m_searchTexts.size() != m_rows.size()) {
        m_searchTexts.clear();
        m_searchTexts.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r) {
            QStringList cells;
            for (int column = 0; column < ColumnCount; ++column)
                cells << data(index(r, column), Qt::DisplayRole).toString();
            m_searchTexts << cells.join(u'\n');
        }
    }
    return m_searchTexts.value(row);
}

QVariant ParticipantListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant& p = m_rows[index.row()];
    if (role == IdRole)
        return p.id;
    if (role == SearchRole)
        return searchText(index.row());
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

QString ParticipantListModel::columnTitle(int column) const
{
    switch (column) {
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
