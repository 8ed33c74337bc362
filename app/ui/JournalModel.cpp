// Journal rows and the choice of measure columns.
#include "ui/JournalModel.h"

#include "storage/Store.h"
#include "ui/LanguageManager.h"

#include <QLocale>

namespace mb {

JournalModel::JournalModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void JournalModel::setStore(Store* store)
{
    m_store = store;
    m_participantId = 0;
    reload();
}

void JournalModel::setParticipant(qint64 participantId)
{
    m_participantId = participantId;
    reload();
}

void JournalModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_columns.clear();
    if (m_store && m_participantId > 0) {
        m_entries = m_store->journal().entries(m_participantId);
        QSet<QString> used{QStringLiteral("mood")};
        for (const JournalEntry& e : std::as_const(m_entries))
            for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
                used.insert(it.key());
        for (const Measure& m : m_store->measures().list())
            if (used.contains(m.key))
                m_columns.append(m);
    }
    endResetModel();
}

void JournalModel::refreshTexts()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

const JournalEntry* JournalModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int JournalModel::rowOf(qint64 entryId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == entryId)
            return i;
    return -1;
}

const Measure* JournalModel::measureAt(int column) const
{
    const int i = column - 2;
    return i >= 0 && i < m_columns.size() ? &m_columns[i] : nullptr;
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 3;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_entries[index.row()];
    const int column = index.column();
    if (role == IdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && measureAt(column))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale;
    if (column == dateColumn()) {
        if (role == SortRole)
            return QDateTime(e.date, e.time.value_or(QTime(12, 0)));
        if (role == Qt::DisplayRole)
            return locale.toString(e.date, QLocale::ShortFormat);
        return {};
    }
    if (column == 1) {
        if (role == SortRole)
            return e.time ? QVariant(e.time->msecsSinceStartOfDay()) : QVariant(-1);
        if (role == Qt::DisplayRole)
            return e.time ? locale.toString(*e.time, QLocale::ShortFormat) : QString();
        return {};
    }
    if (column == noteColumn()) {
        if (role == Qt::DisplayRole || role == SortRole)
            return QString(e.note).replace(u'\n', u' ');
        if (role == Qt::ToolTipRole && !e.note.isEmpty())
            return e.note;
        return {};
    }
    const Measure* m = measureAt(column);
    const auto it = e.values.constFind(m->key);
    if (it == e.values.cend())
        return role == SortRole ? QVariant(-1e300) : QVariant();
    if (role == SortRole)
        return *it;
    if (role == Qt::DisplayRole)
        return locale.toString(*it, 'g', 6);
    if (role == Qt::ToolTipRole && m->key == u"bristol")
        return MeasureText::bristolDescription(int(*it));
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == dateColumn())
        return tr("Date");
    if (section == 1)
        return tr("Time");
    if (section == noteColumn())
        return tr("Note");
    const Measure* m = measureAt(section);
    return m->label(LanguageManager::current());
}

} // namespace mb
