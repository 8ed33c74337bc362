// The participant report: an A4 PDF a clinician can hand over — chart, interventions, questionnaires, statistics.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;
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

    // File ▸ Report: asks for the file and the language, then writes the report of the participant.
    static void runDialog(QWidget* parent, Store& store, qint64 participantId, LanguageManager& languages);

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

} // namespace mb
