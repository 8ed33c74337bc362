// File ▸ Export: tidy CSV, wide CSV, JSON or FHIR R4, for everyone or one participant and a date range, off the GUI
// thread.
#pragma once

#include "storage/DataExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mb {

class BackgroundJob;
class Store;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // participantId: the one preselected (0: everyone).
    ExportDialog(Store& store, qint64 participantId, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Shows the dialog; the export is written whole or not at all, and recorded in the audit trail.
    static void run(QWidget* parent, Store& store, qint64 participantId = 0);

    // Documents when that folder exists, the home folder otherwise: a proposed path must be writable.
    static QString defaultFolder();

    QString path() const;
    void setPath(const QString& path);
    void setCsvStyle(CsvStyle style);
    CsvStyle csvStyle() const;
    void setFormat(ExportFormat format);
    // FHIR: the study's identifier system URI (remembered in the settings once an export succeeds).
    void setFhirSystem(const QString& uri);
    void setDateRange(QDate from, QDate to); // invalid dates: no limit
    ExportFilter filter() const;
    ExportFormat format() const;
    bool isBusy() const;
    // What the Export button does; exported() or the job's failure or cancellation follow.
    void startExport();

public slots:
    // Cancel: a running export is stopped first; its file is then not written.
    void reject() override;

signals:
    void exported(qint64 rows);
    void jobEnded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void layOut(); // the form's layouts
    void retranslate();
    void chooseFile();
    void updateSuffix();
    void updateChoices();
    void setBusy(bool busy);

    Store& m_store;
    BackgroundJob* m_job;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_participantLabel;
    QComboBox* m_participant;
    QCheckBox* m_limitDates;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QLabel* m_styleLabel;
    QComboBox* m_style;
    QCheckBox* m_names;
    QLabel* m_fhirSystemLabel;
    QLineEdit* m_fhirSystem;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_status;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_exportButton;
};

} // namespace mb
