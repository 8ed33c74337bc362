// Participant rows for the clinician's list.
#include "ui/ParticipantListModel.h"

#include "storage/Store.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>

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

qsizetype ParticipantListModel::textLength(int row, int column, const StatusLengths& status) const
{
    const Participant& p = m_rows[row];
    // A date of one format is longest with a two-digit day and month (digits are alike in width).
    const auto dated = [](qsizetype text, QDate date) {
        return text + qsizetype(date.day() >= 10) + qsizetype(date.month() >= 10);
    };
    switch (column) {
    case Code:
        return p.code.size();
    case Name:
        return p.displayName.size();
    case Arm:
        return p.arm.size();
    default:
        if (m_flagged.contains(p.id))
            return status.flagged;
        if (p.isWithdrawn())
            return dated(status.withdrawn, p.withdrawn);
        if (p.enrolled.isValid())
            return dated(status.enrolled, p.enrolled);
        return status.active;
    }
}

QList<int> ParticipantListModel::widestRows(int column, int count, const std::function<bool(int row)>& shown) const
{
    // The longest first, and of equal ones the first row.
    const auto widest = [count](QList<std::pair<qsizetype, int>>& lengths) {
        const auto end = lengths.begin() + std::min<qsizetype>(count, lengths.size());
        std::partial_sort(lengths.begin(), end, lengths.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        QList<int> rows;
        for (auto it = lengths.begin(); it != end; ++it)
            rows << it->second;
        return rows;
    };
    // Translated once here, not once a row.
    const StatusLengths status{tr("⚠ Safety flag").size(), tr("Withdrawn %1").size(), tr("Enrolled %1").size(),
                               tr("Active").size()};
    QList<std::pair<qsizetype, int>> lengths, flagged;
    lengths.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        if (shown && !shown(row))
            continue;
        lengths.append({textLength(row, column, status), row});
        if (column == Code && m_flagged.contains(m_rows[row].id))
            flagged.append(lengths.last());
    }
    QList<int> rows = widest(lengths);
    for (int row : widest(flagged))
        if (!rows.contains(row))
            rows << row;
    return rows;
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
