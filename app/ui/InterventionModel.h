// One participant's interventions: kind (with its colour), name, dose, start, end or ongoing, notes.
#pragma once

#include "core/Intervention.h"
#include "ui/StoreTableModel.h"

namespace mb {

class InterventionModel : public RowTableModel<Intervention> {
    Q_OBJECT
public:
    enum Column { Kind, Name, Dose, Start, End, Notes, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit InterventionModel(QObject* parent = nullptr);
    const Intervention* interventionAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    void readRows() override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
};

} // namespace mb
