// Journal rows and the choice of measure columns.
#include "ui/JournalModel.h"

#include "storage/Store.h"
#include "ui/LanguageManager.h"

#include <QLocale>

namespace mb {

JournalModel::JournalModel(QObject* parent)
    : RowTableModel(parent)
{
}

void JournalModel::readRows()
{
    m_rows.clear();
    m_columns.clear();
    m_tags.clear();
    if (store() && participantId() > 0) {
        for (const Tag& t : store()->tags().list())
            m_tags.insert(t.id, t);
        m_rows = store()->journal().entries(participantId());
        QSet<QString> used{QStringLiteral("mood")};
        for (const JournalEntry& e : std::as_const(m_rows))
            for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
                used.insert(it.key());
        for (const Measure& m : store()->measures().list())
            if (used.contains(m.key))
                m_columns.append(m);
    }
}

const Measure* JournalModel::measureAt(int column) const
{
    const int i = column - 2;
    return i >= 0 && i < m_columns.size() ? &m_columns[i] : nullptr;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_rows[index.row()];
    const int column = index.column();
    if (role == IdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && measureAt(column))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale;
    if (column == dateColumn()) {
        if (role == SortRole) // the day and time shown, as a number: a local time the clocks skip is no gap here
            return e.date.toJulianDay() * 86'400'000 + e.time.value_or(QTime(12, 0)).msecsSinceStartOfDay();
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
    if (column == tagsColumn()) {
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return tagNames(e);
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

QString JournalModel::tagNames(const JournalEntry& entry) const
{
    QStringList names;
    for (const qint64 id : entry.tagIds)
        if (const auto it = m_tags.constFind(id); it != m_tags.cend())
            names.append(it->name);
    return names.join(QStringLiteral(", "));
}

QString JournalModel::columnTitle(int section) const
{
    if (section == dateColumn())
        return tr("Date");
    if (section == 1)
        return tr("Time");
    if (section == noteColumn())
        return tr("Note");
    if (section == tagsColumn())
        return tr("Tags");
    const Measure* m = measureAt(section);
    return m->label(LanguageManager::current());
}

} // namespace mb
