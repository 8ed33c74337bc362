// Insights of one participant: which tags and measures go with a higher or lower value of a measure on the same
// or following days (docs/STATISTICS.md "Insights"), as a sortable table, a headline, the selected row in plain
// words and the caveat that these are associations, with the way to a randomised N-of-1 trial.
#pragma once

#include "core/Insights.h"
#include "core/Measure.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mb {

class Store;
class Workspace;

class InsightsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Factor, Kind, Lag, Days, Means, Effect, Interval, P, PAdjusted, ColumnCount };

    explicit InsightsPanel(QWidget* parent = nullptr);

    // Shows the workspace's participant from now on, again whenever their entries change.
    void follow(Workspace* workspace);
    void setStore(Store* store); // nullptr shows nothing
    void setParticipant(qint64 participantId);
    void refresh();

    void setMeasure(const QString& key);
    void setMaxLag(int lag);
    QString measureKey() const;

    const InsightsResult& result() const { return m_result; }
    QTableWidget* table() const { return m_table; }
    QString headlineText() const;
    QString sentenceText() const; // of the selected row

signals:
    // "Plan a randomised trial…": the way from an association to a test of cause.
    void randomisedTrialRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void layOut();
    void retranslate();
    void compute();
    void showTable();
    void showTexts();
    void showSelected();

    Store* m_store = nullptr;
    qint64 m_participantId = 0;
    Measure m_outcome;
    InsightsResult m_result;
    bool m_filling = false;
    bool m_deferred = false;

    QLabel* m_measureLabel;
    QComboBox* m_measure;
    QLabel* m_lagLabel;
    QSpinBox* m_maxLag;
    QLabel* m_headlineTitle;
    QLabel* m_headline;
    QTableWidget* m_table;
    QLabel* m_sentence;
    QLabel* m_caveat;
    QPushButton* m_planTrial;
};

} // namespace mb
