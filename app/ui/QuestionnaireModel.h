// One participant's questionnaire responses, newest first: date, instrument, total, severity, safety flag.
#pragma once

#include "core/Questionnaire.h"
#include "ui/StoreTableModel.h"

#include <QColor>

namespace mb {

class QuestionnaireModel : public RowTableModel<QuestionnaireResponse> {
    Q_OBJECT
public:
    enum Column { Date, Name, Total, Severity, Flag, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit QuestionnaireModel(QObject* parent = nullptr);

    // A light background for a severity band: green for the best band through to red for the worst.
    static QColor bandColor(const InstrumentDefinition& definition, const QString& bandKey);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    void readRows() override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QVariant display(const QuestionnaireResponse& response, int column) const;
    QVariant sortKey(const QuestionnaireResponse& response, int column) const;
    QString flagTip(const QuestionnaireResponse& response) const;
};

} // namespace mb
