// The audit trail panel (clinician mode): filter by participant, table and dates; export what is shown as CSV.
#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace mb {

class AuditTrailModel;
class Store;
class Workspace;

class AuditTrailView : public QWidget {
    Q_OBJECT
public:
    explicit AuditTrailView(QWidget* parent = nullptr);

    // Follows the workspace's store and re-reads after every change made in it.
    void follow(Workspace* workspace);
    void setStore(Store* store);
    AuditTrailModel* model() const { return m_model; }

    // The filter, as the combo boxes and date fields would set it; participantId 0 and an empty table mean
    // all, an invalid date no bound.
    void setFilter(qint64 participantId, const QString& table, QDate from, QDate to);

    // Writes the rows shown to path (atomically, through QSaveFile) and records the export in the audit
    // trail; returns the error for the user, if any.
    std::optional<QString> exportCsv(const QString& path);

public slots:
    void reload(); // re-read the trail and the choices of the filters (after changes elsewhere)
    // Connect to every data change: re-reads at once when shown, otherwise when next shown.
    void refresh();
    void exportAsked(); // asks for a file name, then exportCsv

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void applyFilter();
    QDate boundOf(const QDateEdit* edit) const;

    Store* m_store = nullptr;
    bool m_stale = false; // data changed while hidden
    AuditTrailModel* m_model;
    QTableView* m_view;
    QLabel* m_participantLabel;
    QComboBox* m_participant;
    QLabel* m_tableLabel;
    QComboBox* m_table;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QLabel* m_count;
    QPushButton* m_export;
};

} // namespace mb
