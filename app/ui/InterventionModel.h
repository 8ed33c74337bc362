// One participant's interventions: kind (with its colour), name, dose, start, end or ongoing, notes.
#pragma once

#include "core/Intervention.h"

#include <QAbstractTableModel>

namespace mb {

class Store;

class InterventionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Name, Dose, Start, End, Notes, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit InterventionModel(QObject* parent = nullptr);
    void setStore(Store* store);
    void setParticipant(qint64 participantId);
    void reload();
    const Intervention* interventionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store* m_store = nullptr;
    qint64 m_participantId = 0;
    QList<Intervention> m_items;
};

} // namespace mb
