// The participants of the open database, one row each: code, name, arm, status.
#pragma once

#include "core/Participant.h"
#include "ui/StoreTableModel.h"

#include <QSet>

namespace mb {

class ParticipantListModel : public RowTableModel<Participant> {
    Q_OBJECT
public:
    enum Column { Code, Name, Arm, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ParticipantListModel(QObject* parent = nullptr);

    const Participant* participantAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    void readRows() override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QSet<qint64> m_flagged; // an unacknowledged PHQ-9 safety flag
};

} // namespace mb
