// The participant report: an A4 PDF a clinician can hand over — chart, interventions, questionnaires, statistics.
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;
class QTextDocument;
class QDialogButtonBox;
class QIODevice;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace mb {

class LanguageManager;
class Store;

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // language ("en" or "nl") picks measure labels and questionnaire texts; the interface texts follow the
    // translators installed (see writeFile, which installs them). Runs on the GUI thread: the chart is a widget.
    ReportWriter(Store& store, qint64 participantId, QString language);

    // Writes the PDF; returns the number of pages. Throws StorageError when the data cannot be read.
    int write(QIODevice& out) const;

    // Writes path whole or not at all, with languages switched to language for the time it takes (and back).
    // Returns the error for the user, if any; pages is set on success.
    static std::optional<QString> writeFile(Store& store, qint64 participantId, const QString& path,
                                            const QString& language, LanguageManager& languages, int* pages = nullptr);

    // File ▸ Report: asks for the file and the language (ReportDialog), then writes the report of the participant.
    static void runDialog(QWidget* parent, Store& store, qint64 participantId, LanguageManager& languages);

    // Numbers in the report's text with a true minus sign (U+2212) where a hyphen stands for one.
    static QString withMinusSigns(QString text);
    // Moves each table shorter than half a page that straddles a page boundary (with the heading just above
    // it) to the next page, as a clinician reads a small table whole; the document's page size must be set.
    static void keepSmallTablesWhole(QTextDocument& document, double pageHeight);

private:
    QString html() const;
    QString headerHtml() const;
    QString statisticsHtml() const;
    QString analysisHtml() const; // the N-of-1 indices of every intervention for mood and stress
    QString interventionsHtml() const;
    QString questionnairesHtml() const;
    QStringList chartMeasures() const;

    Store& m_store;
    qint64 m_participantId;
    QString m_language;
};

// The dialog of File ▸ Report: the participant, the PDF file (in Documents, or the home folder when there is
// none) and the report's language.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const QString& participantCode, const QString& language, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    QString language() const;
    // Why the chosen file cannot be written (no folder there), if so; shown next to the path on Save.
    std::optional<QString> pathProblem() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose();

    QLabel* m_participantLabel;
    QLabel* m_participant;
    QLabel* m_fileLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
