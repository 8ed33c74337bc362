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
    enum Role {
        IdRole = Qt::UserRole + 1,
        SearchRole, // on column 0: the row's code, name, arm and status in one text, what the list's search matches
    };

    explicit ParticipantListModel(QObject* parent = nullptr);

    const Participant* participantAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // The search texts are made again at the next search (after a language change: the status is translated).
    void forgetSearchTexts() { m_searchTexts.clear(); }

protected:
    void readRows() override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QString searchText(int row) const;

    QSet<qint64> m_flagged;            // an unacknowledged PHQ-9 safety flag
    mutable QStringList m_searchTexts; // SearchRole by row, made at the first search after a reload: a keystroke
                                       // in the search of 5,000 participants then formats no date
};

} // namespace mb
