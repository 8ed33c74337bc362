// The skeleton of the table models: rows read from the open store — for one participant, or for the whole
// database when a model does not take one — read again on reload(), their texts again on refreshTexts().
// A model supplies how to read its rows, how many columns it has and what they are called; RowTableModel keeps
// rows of a type with an id.
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace mb {

class Store;

class StoreTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    void setStore(Store* store); // forgets the participant
    Store* store() const { return m_store; }
    void setParticipant(qint64 participantId);
    qint64 participantId() const { return m_participantId; }
    void reload();
    // Tells the views to show texts and formats again (after a language switch).
    void refreshTexts();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    explicit StoreTableModel(QObject* parent = nullptr);
    // Reads the rows from store() (may be null) for participantId(), inside a model reset.
    virtual void readRows() = 0;
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;

private:
    Store* m_store = nullptr;
    qint64 m_participantId = 0;
};

template <class Row> class RowTableModel : public StoreTableModel {
public:
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }
    int rowOf(qint64 id) const // -1 when absent
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return i;
        return -1;
    }

protected:
    using StoreTableModel::StoreTableModel;
    int rows() const override { return int(m_rows.size()); }

    QList<Row> m_rows;
};

} // namespace mb
