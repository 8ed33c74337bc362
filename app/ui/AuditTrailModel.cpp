// Reading the audit trail through its filter; times are shown in the local zone, exported in UTC.
#include "ui/AuditTrailModel.h"

#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "core/DateText.h"
#include "storage/Store.h"

#include <QIODevice>

namespace mb {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setStore(Store* store)
{
    m_store = store;
    reload();
}

void AuditTrailModel::setFilter(const AuditLog::Filter& filter)
{
    m_filter = filter;
    reload();
}

void AuditTrailModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_codes.clear();
    if (m_store) {
        m_rows = m_store->audit().rows(m_filter);
        for (const mb::Participant& p : m_store->participants().list(true))
            m_codes.insert(p.id, p.code);
    }
    endResetModel();
}

const AuditLog::Row* AuditTrailModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString AuditTrailModel::actionText(const QString& action)
{
    if (action == u"insert")
        return tr("created");
    if (action == u"update")
        return tr("changed");
    if (action == u"delete")
        return tr("deleted");
    if (action == u"restore")
        return tr("undeleted");
    if (action == u"migrate")
        return tr("database upgraded");
    if (action == u"import")
        return tr("imported");
    if (action == u"export")
        return tr("exported");
    if (action == u"backup")
        return tr("backed up");
    if (action == u"restore_backup")
        return tr("restored from a backup");
    if (action == u"verify")
        return tr("verified");
    return action;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditLog::Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Before)
            return row.oldValues;
        if (index.column() == After)
            return row.newValues;
        return tr("Audit row %1, SHA-256 %2").arg(row.id).arg(row.hash);
    case Qt::UserRole:
        return row.id;
    default:
        return {};
    }
}

QVariant AuditTrailModel::display(const AuditLog::Row& row, int column) const
{
    switch (column) {
    case Time:
        return row.atUtc.toTimeZone(clock().timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return row.osUser;
    case Action:
        return actionText(row.action);
    case Table:
        return row.table;
    case Row:
        return row.rowId > 0 ? QVariant(row.rowId) : QVariant();
    case Participant:
        return row.participantId > 0 ? m_codes.value(row.participantId, QString::number(row.participantId)) : QString();
    case Before:
        return row.oldValues.left(200);
    case After:
        return row.newValues.left(200);
    case Reason:
        return row.reason;
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Table:
        return tr("Table");
    case Row:
        return tr("Row");
    case Participant:
        return tr("Participant");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

qint64 AuditTrailModel::writeCsv(QIODevice& device) const
{
    const CsvWriter csv;
    // Column names are the database's, not translated: the file is for tools and auditors.
    QString text = csv.row({QStringLiteral("id"), QStringLiteral("at_utc"), QStringLiteral("os_user"),
                            QStringLiteral("action"), QStringLiteral("table"), QStringLiteral("row_id"),
                            QStringLiteral("participant"), QStringLiteral("old_values"), QStringLiteral("new_values"),
                            QStringLiteral("reason"), QStringLiteral("prev_hash"), QStringLiteral("hash")});
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        text += csv.row({QString::number(it->id), isoUtc(it->atUtc), it->osUser, it->action, it->table,
                         it->rowId > 0 ? QString::number(it->rowId) : QString(), m_codes.value(it->participantId),
                         it->oldValues, it->newValues, it->reason, it->prevHash, it->hash});
    const QByteArray utf8 = text.toUtf8();
    return device.write(utf8) == utf8.size() ? m_rows.size() : -1;
}

} // namespace mb
