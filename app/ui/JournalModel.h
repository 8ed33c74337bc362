// One participant's journal, newest first: date, time, a column per recorded measure, note.
#pragma once

#include "core/JournalEntry.h"
#include "core/Measure.h"

#include <QAbstractTableModel>

namespace mb {

class Store;

class JournalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit JournalModel(QObject* parent = nullptr);

    void setStore(Store* store);
    void setParticipant(qint64 participantId);
    qint64 participantId() const { return m_participantId; }
    void reload();
    // Re-reads labels and number formats after a language switch.
    void refreshTexts();

    const JournalEntry* entryAt(int row) const;
    int rowOf(qint64 entryId) const;
    int dateColumn() const { return 0; }
    int noteColumn() const { return int(m_columns.size()) + 2; }
    // The measure shown in a column, or nullptr for date, time and note.
    const Measure* measureAt(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store* m_store = nullptr;
    qint64 m_participantId = 0;
    QList<JournalEntry> m_entries;
    QList<Measure> m_columns; // measures with at least one value, plus mood
};

} // namespace mb
