// One participant's journal, newest first: date, time, a column per recorded measure, note, tags.
#pragma once

#include "core/JournalEntry.h"
#include "core/Measure.h"
#include "core/Tag.h"
#include "ui/StoreTableModel.h"

namespace mb {

class JournalModel : public RowTableModel<JournalEntry> {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit JournalModel(QObject* parent = nullptr);

    const JournalEntry* entryAt(int row) const { return rowAt(row); }
    int dateColumn() const { return 0; }
    int noteColumn() const { return int(m_columns.size()) + 2; }
    int tagsColumn() const { return int(m_columns.size()) + 3; }
    // The measure shown in a column, or nullptr for date, time and note.
    const Measure* measureAt(int column) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    void readRows() override;
    int columns() const override { return int(m_columns.size()) + 4; }
    QString columnTitle(int column) const override;

private:
    QString tagNames(const JournalEntry& entry) const; // "coffee, running"
    QList<Measure> m_columns;                          // measures with at least one value, plus mood
    QHash<qint64, Tag> m_tags;
};

} // namespace mb
