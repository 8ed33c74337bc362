// The participant report: an A4 PDF a clinician can hand over — chart, interventions, questionnaires, statistics.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;
class QTextDocument;
class QTranslator;

namespace mb {

class Store;

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // language ("en" or "nl") picks measure labels, questionnaire texts, dates and numbers; translator holds the
    // interface texts in that language (an empty one: the English source texts). Writing changes nothing of the
    // application's own language (see ReportLanguage). Runs on the GUI thread: the chart is a widget.
    ReportWriter(Store& store, qint64 participantId, QString language, const QTranslator& translator);

    // Writes the PDF; returns the number of pages. Throws StorageError when the data cannot be read.
    int write(QIODevice& out) const;

    // Writes path whole or not at all. Returns the error for the user (in the application's language), if any;
    // pages is set on success.
    static std::optional<QString> writeFile(Store& store, qint64 participantId, const QString& path,
                                            const QString& language, const QTranslator& translator,
                                            int* pages = nullptr);
    // The same, with the built-in translation of language.
    static std::optional<QString> writeFile(Store& store, qint64 participantId, const QString& path,
                                            const QString& language, int* pages = nullptr);
    // Loads the built-in translation of language ("en" or "nl") into translator; false for any other language.
    static bool loadTranslation(QTranslator& translator, const QString& language);

    // Numbers in the report's text with a true minus sign (U+2212) where a hyphen stands for one.
    static QString withMinusSigns(QString text);
    // Moves each table shorter than half a page that straddles a page boundary (with the heading just above
    // it) to the next page, as a clinician reads a small table whole; the document's page size must be set.
    static void keepSmallTablesWhole(QTextDocument& document, double pageHeight);

private:
    int writeDocument(QIODevice& out) const;
    QString html() const;
    QString headerHtml() const;
    QString statisticsHtml() const;
    QString analysisHtml() const; // the N-of-1 indices of every intervention for mood and stress
    QString insightsHtml() const; // which tags and measures go with mood (docs/STATISTICS.md "Insights")
    QString interventionsHtml() const;
    QString questionnairesHtml() const;
    QStringList chartMeasures() const;

    Store& m_store;
    qint64 m_participantId;
    QString m_language;
    const QTranslator& m_translator;
};

} // namespace mb
