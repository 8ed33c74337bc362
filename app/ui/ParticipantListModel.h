// The participants of the open database, one row each: code, name, arm, status.
#pragma once

#include "core/Participant.h"
#include "ui/StoreTableModel.h"

#include <QSet>

#include <functional>

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
    // The rows whose text in column is likely the widest, at most count of them (and, for the code, as many of
    // the flagged rows, whose code has an icon): what the list's column fitting measures instead of every row.
    // By characters, without formatting anything (a status by its kind and its date's digits). Only rows for
    // which shown() is true, when given (the rows a search leaves).
    QList<int> widestRows(int column, int count, const std::function<bool(int row)>& shown = {}) const;

protected:
    void readRows() override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QString searchText(int row) const;
    struct StatusLengths {
        qsizetype flagged, withdrawn, enrolled, active; // of the translated texts, a date's digits left out
    };
    // The length of the row's text in column; for a status an estimate from its kind and its date's digits.
    qsizetype textLength(int row, int column, const StatusLengths& status) const;

    QSet<qint64> m_flagged;            // an unacknowledged PHQ-9 safety flag
    mutable QStringList m_searchTexts; // SearchRole by row, made at the first search after a reload: a keystroke
                                       // in the search of 5,000 participants then formats no date
};

} // namespace mb
