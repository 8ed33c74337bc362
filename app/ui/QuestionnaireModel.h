// One participant's questionnaire responses, newest first: date, instrument, total, severity, safety flag.
#pragma once

#include "core/Questionnaire.h"

#include <QAbstractTableModel>
#include <QColor>

namespace mb {

class Store;

class QuestionnaireModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Name, Total, Severity, Flag, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit QuestionnaireModel(QObject* parent = nullptr);

    void setStore(Store* store);
    void setParticipant(qint64 participantId);
    qint64 participantId() const { return m_participantId; }
    void reload();
    // Re-reads texts and formats after a language switch.
    void refreshTexts();

    int rowOf(qint64 responseId) const; // -1 when absent

    // A light background for a severity band: green for the best band through to red for the worst.
    static QColor bandColor(const InstrumentDefinition& definition, const QString& bandKey);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const QuestionnaireResponse& response, int column) const;
    QVariant sortKey(const QuestionnaireResponse& response, int column) const;
    QString flagTip(const QuestionnaireResponse& response) const;

    Store* m_store = nullptr;
    qint64 m_participantId = 0;
    QList<QuestionnaireResponse> m_responses;
};

} // namespace mb
