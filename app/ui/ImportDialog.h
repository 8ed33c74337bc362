// File ▸ Import: a preview of the file as read, the Daylio label mapping, every problem, then an all-or-nothing import.
#pragma once

#include "storage/Importer.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace mb {

class BackgroundJob;
class Store;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // participantId: whom a Daylio file (or a table without participant column) belongs to by default.
    ImportDialog(Store& store, qint64 participantId, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Asks for a file when path is empty, shows the dialog, and tells the user what was imported. Returns what
    // was written, or nothing; the caller announces the change (summary.participantCodes,
    // summary.participantsCreated) so that views refresh.
    static std::optional<ImportSummary> run(QWidget* parent, Store& store, qint64 participantId = 0,
                                            const QString& path = {});
    // The local files among dropped data that could be imported (.csv, .tsv, .txt): for dragEnterEvent
    // (accept when not empty) and dropEvent (run() with the first).
    static QStringList importableFiles(const QMimeData* mime);

    // Reads the file and checks it in the background; checked() follows.
    void setFile(const QString& path);
    bool isBusy() const;
    bool canImport() const;
    const ImportSummary& summary() const { return m_summary; }
    // What the Import button does: writes in the background; imported(), cancelled or failed follow.
    void startImport();
    // The Daylio label mapping step: a label's level 1–5 (0 removes it); checks again.
    void mapMoodLabel(const QString& label, int level);
    // The participants the import would create; it runs only once the user has confirmed exactly these.
    QStringList newParticipants() const;
    void confirmNewParticipants(bool confirmed);

    // The offset of the first byte no text file holds (NUL, or a control character other than tab, line
    // ends and form feed), or -1: such a file is refused before anything is shown of it.
    static qsizetype firstBinaryByte(const QByteArray& bytes);
    // A problem's field ("date", "header", a measure key…) as the user reads it, in the current language.
    QString fieldText(const QString& field) const;
    // A column of the file as the preview's header names it: capitalised, in the interface's language.
    QString columnTitle(const QString& column) const;
    static QString valuesText(qint64 n);
    static QString entriesText(qint64 n);
    static QString rowsText(qint64 n);

public slots:
    // Cancel: a running job is cancelled first, and the dialog closes once the database is as it was.
    void reject() override;

signals:
    void checked();
    // Data were written (the dialog then closes, accepted): whose, and which participants are new.
    void imported(const mb::ImportSummary& summary);
    void jobEnded(); // after any background work, whatever its outcome

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    void check();
    void showPlan(const std::shared_ptr<const ImportPlan>& plan);
    void showPreview(const ImportBatch& batch);
    void showMapping(const ImportBatch& batch);
    void showProblems();
    void showSummary();
    void showNewParticipants();
    void clearShown();
    void chooseParticipantFor(const ImportBatch& batch);
    void fillParticipants();
    ImportOptions options() const;
    void setBusy(bool busy);
    void finishImport(const ImportSummary& summary);
    QString progressText(Importer::Stage stage) const;

    Store& m_store;
    qint64 m_participantId;
    QString m_path;
    QByteArray m_bytes;
    QMap<QString, int> m_moodMap;
    std::shared_ptr<const ImportPlan> m_plan;
    ImportSummary m_summary;
    bool m_participantChosen = false;
    bool m_importing = false;
    QStringList m_confirmedParticipants; // the new codes the user agreed to create
    BackgroundJob* m_job;

    QLabel* m_fileLabel;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_participantLabel;
    QComboBox* m_participant;
    QLabel* m_detected;
    QLabel* m_previewTitle;
    QTableWidget* m_preview;
    QGroupBox* m_mappingBox;
    QLabel* m_mappingHint;
    QTableWidget* m_mapping;
    QLabel* m_problemsTitle;
    QTreeWidget* m_problems;
    QLabel* m_summaryLabel;
    QCheckBox* m_createParticipants;
    QLabel* m_undoNote;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
};

} // namespace mb
