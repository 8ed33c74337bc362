// The participants of the open database, one row each: code, name, arm, status.
#pragma once

#include "core/Participant.h"

#include <QAbstractTableModel>

namespace mb {

class Store;

class ParticipantListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Arm, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ParticipantListModel(QObject* parent = nullptr);

    void setStore(Store* store);
    void reload();
    const Participant* participantAt(int row) const;
    int rowOf(qint64 participantId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store* m_store = nullptr;
    QList<Participant> m_participants;
    QSet<qint64> m_flagged; // an unacknowledged PHQ-9 safety flag
};

} // namespace mb
