// The import and export dialogs driven as a user would (offscreen), and the report written in-process.
#include "TestSupport.h"
#include "report/ReportWriter.h"
#include "storage/DataExport.h"
#include "ui/ExportDialog.h"
#include "ui/ImportDialog.h"
#include "ui/LanguageManager.h"
#include "ui/ReportDialog.h"

#include <QAbstractSpinBox>
#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextTable>
#include <QTreeWidget>
#include <QUrl>

#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace mb;
using namespace Qt::StringLiterals;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/") + QString::fromLatin1(name);
}
} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void previewThenImport();
    void previewHeadersAreCapitalisedInBothLanguages();
    void problemsKeepImportDisabled();
    void daylioMappingStep();
    void cancelLeavesDatabaseUnchanged();
    void droppedFiles();
    void exportDialogWritesFile();
    void exportDialogWritesFhir();
    void reportInChosenLanguage();
    void noteOnOneRowIsOneEntry();
    void newParticipantsAreListedAndConfirmed();
    void binaryFileIsRefusedBeforePreview();
    void onlyRegularFilesWithinTheLimitAreRead();
    void daylioStepsWordedForTheDialog();
    void problemFieldsInDutch();
    void dialogsAreLabelledAndRetranslate();
    void reportKeepsDatesWholeAndUsesMinusSigns();
    void smallTablesAreNotSplit();
    void reportDialogLabelsAndMissingFolder();
    void exportDialectDutchByDefault();
    void exportWithoutDocumentsFolder();
    void reportNamesTheSelfTrackerInItsLanguage();
    void reportFooterNeverRunsIntoThePageNumber();

private:
    qint64 observationCount();
    template <typename T> T* child(QWidget& dialog, const char* name)
    {
        return dialog.findChild<T*>(QString::fromLatin1(name));
    }
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestImportDialog::init()
{
    static int n = 0;
    m_store = Store::open(m_dir.filePath(QStringLiteral("dialog-%1.sqlite").arg(++n)));
}

void TestImportDialog::cleanup()
{
    m_store.reset();
}

qint64 TestImportDialog::observationCount()
{
    qint64 count = 0;
    m_store->journal().forEachObservation(QString(), [&](const TidyRow&) { ++count; });
    return count;
}

void TestImportDialog::previewThenImport()
{
    ImportDialog dialog(*m_store, 0);
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.setFile(fixture("dutch_excel.csv"));
    QVERIFY(checked.wait(20000));
    QVERIFY(child<QLabel>(dialog, "detected")->text().contains(ImportText::separatorName(u';')));
    QVERIFY(
        child<QLabel>(dialog, "detected")->text().contains(ImportText::decimalMarkName(CsvDialect{.separator = u';'})));
    auto* preview = child<QTableWidget>(dialog, "preview");
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->item(0, 5)->text(), u"7,5"_s);
    QCOMPARE(child<QTreeWidget>(dialog, "problems")->topLevelItemCount(), 0);
    auto* import = child<QPushButton>(dialog, "importButton");
    QTRY_VERIFY(!dialog.isBusy());
    child<QCheckBox>(dialog, "confirmNewParticipants")->setChecked(true); // P-101 and P-102 are new
    QTRY_VERIFY(import->isEnabled());

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(observationCount(), 5);
    // The dialog tells its caller whose data changed, once; it no longer speaks for the editor.
    QCOMPARE(imported.count(), 1);
    const auto announced = imported.first().first().value<ImportSummary>();
    QCOMPARE(announced.participantCodes, (QStringList{u"P-101"_s, u"P-102"_s}));
    QCOMPARE(announced.participantsCreated, (QStringList{u"P-101"_s, u"P-102"_s}));
    QCOMPARE(dialog.summary().participantsCreated, (QStringList{u"P-101"_s, u"P-102"_s}));
}

// The preview's header showed the file's own column names, "datum" beside "Regel": capitalised in the interface's
// language now, the file's name in the tooltip.
void TestImportDialog::previewHeadersAreCapitalisedInBothLanguages()
{
    LanguageManager languages;
    const auto english = qScopeGuard([&languages] { languages.apply(u"en"_s); }); // for the tests after this one
    const auto headers = [this](const QString& file) {
        ImportDialog dialog(*m_store, 0);
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.setFile(file);
        QStringList titles;
        if (!checked.wait(20000))
            return titles;
        auto* preview = child<QTableWidget>(dialog, "preview");
        for (int c = 0; c < preview->columnCount(); ++c)
            titles << preview->horizontalHeaderItem(c)->text();
        if (!QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 20000))
            titles.clear();
        return titles;
    };
    languages.apply(u"nl"_s);
    QCOMPARE(headers(fixture("dutch_excel.csv")),
             QStringList({u"Regel"_s, u"Deelnemer"_s, u"Datum"_s, u"Tijd"_s, u"Meting"_s, u"Waarde"_s, u"Notitie"_s}));
    const QStringList wide = headers(fixture("wide_tab.tsv"));
    QCOMPARE(wide.mid(0, 4), QStringList({u"Regel"_s, u"Deelnemer"_s, u"Datum"_s, u"Stemming"_s}));
    languages.apply(u"en"_s);
    QCOMPARE(headers(fixture("dutch_excel.csv")),
             QStringList({u"Line"_s, u"Participant"_s, u"Date"_s, u"Time"_s, u"Measure"_s, u"Value"_s, u"Note"_s}));
    const QStringList daylio = headers(fixture("daylio_new.csv"));
    QVERIFY2(!daylio.isEmpty(), "no preview");
    for (const QString& title : daylio)
        QVERIFY2(title.at(0).isUpper(), qPrintable(daylio.join(u" | ")));
}

void TestImportDialog::problemsKeepImportDisabled()
{
    const QString broken = m_dir.filePath(u"broken.csv"_s);
    test::writeFile(broken, "participant,date,time,measure,value,note\n"
                            "P-1,2025-01-01,,mood,5,\n"
                            "P-1,2025-13-01,,mood,5,\n"
                            "P-1,2025-01-02,,mood,15,\n");
    ImportDialog dialog(*m_store, 0);
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.setFile(broken);
    QVERIFY(checked.wait(20000));
    auto* problems = child<QTreeWidget>(dialog, "problems");
    QCOMPARE(problems->topLevelItemCount(), 2);
    QCOMPARE(problems->topLevelItem(0)->text(0), u"3"_s);
    QCOMPARE(problems->topLevelItem(1)->text(0), u"4"_s);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    dialog.startImport(); // refused while there are problems
    QVERIFY(!dialog.isBusy());
    QCOMPARE(observationCount(), 0);
}

void TestImportDialog::daylioMappingStep()
{
    const qint64 me = m_store->participants().add(Participant{.code = u"Me"_s});
    ImportDialog dialog(*m_store, me);
    dialog.show();
    dialog.setFile(fixture("daylio_custom_labels.csv"));
    auto* participant = child<QComboBox>(dialog, "participantCombo");
    // A Daylio file belongs to the participant shown in the window.
    QTRY_COMPARE_WITH_TIMEOUT(participant->currentData().toString(), u"Me"_s, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.summary().problems.count() == 2, 20000);
    auto* mapping = child<QTableWidget>(dialog, "moodMapping");
    QTRY_VERIFY(mapping->isVisible());
    QCOMPARE(mapping->rowCount(), 2);
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());

    auto* happy = child<QComboBox>(dialog, "level_happy");
    QVERIFY(happy);
    happy->setCurrentIndex(happy->findData(5));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.summary().problems.count() == 1, 20000);
    auto* tired = child<QComboBox>(dialog, "level_tired");
    tired->setCurrentIndex(tired->findData(2));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.summary().problems.isEmpty(), 20000);
    QTRY_VERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.startImport();
    QVERIFY(imported.wait(20000));
    QCOMPARE(m_store->journal().count(me), 3);
}

void TestImportDialog::cancelLeavesDatabaseUnchanged()
{
    const QString big = m_dir.filePath(u"big.csv"_s);
    QByteArray bytes = "participant,date,time,measure,value,note\n";
    for (int i = 0; i < 60000; ++i)
        bytes += "P-" + QByteArray::number(i % 20) + ',' +
                 QDate(2020, 1, 1).addDays(i / 20).toString(Qt::ISODate).toLatin1() + ",08:00,mood,5,\n";
    test::writeFile(big, bytes);
    const qint64 auditBefore = m_store->audit().rows().size();
    ImportDialog dialog(*m_store, 0);
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.setFile(big);
    QVERIFY(checked.wait(60000));
    QTRY_VERIFY(!dialog.isBusy());
    dialog.confirmNewParticipants(true);
    QTRY_VERIFY(dialog.canImport());
    QSignalSpy ended(&dialog, &ImportDialog::jobEnded);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.startImport();
    QVERIFY(dialog.isBusy());
    dialog.reject(); // Cancel while writing
    QVERIFY(ended.wait(60000));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(observationCount(), 0);
    QVERIFY(m_store->participants().list().isEmpty());
    QCOMPARE(m_store->audit().rows().size(), auditBefore);
    QTRY_COMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestImportDialog::droppedFiles()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(u"/data/a.csv"_s), QUrl::fromLocalFile(u"/data/picture.png"_s),
                  QUrl::fromLocalFile(u"/data/B.TSV"_s), QUrl(u"https://example.org/c.csv"_s)});
    QCOMPARE(ImportDialog::importableFiles(&mime), (QStringList{u"/data/a.csv"_s, u"/data/B.TSV"_s}));
    QVERIFY(ImportDialog::importableFiles(nullptr).isEmpty());
}

void TestImportDialog::exportDialogWritesFile()
{
    Importer(*m_store).run(test::fileBytes(fixture("dutch_excel.csv")), u"d.csv"_s, {}, false);
    ExportDialog dialog(*m_store, 0);
    const QString out = m_dir.filePath(u"wide.csv"_s);
    dialog.setFormat(ExportFormat::Wide);
    dialog.setPath(out);
    dialog.setDateRange(QDate(2025, 1, 1), QDate());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().first().toLongLong(), 3);
    QCOMPARE(test::fileBytes(out), QByteArray("participant,date,mood,stress,anxiety,tags\n"
                                              "P-101,2025-01-01,6,,,\n"
                                              "P-101,2025-01-02,,4.5,,\n"
                                              "P-102,2025-01-03,,,3,\n"));
}

namespace {
// Counts the language changes a window of the interface is told about.
class LanguageWatcher : public QLabel {
public:
    int changes = 0;

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QLabel::changeEvent(event);
    }
};

QString pdfText(const QString& pdf)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    pdftotext.waitForFinished(30000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}
} // namespace
void TestImportDialog::exportDialogWritesFhir()
{
    Importer(*m_store).run(test::fileBytes(fixture("dutch_excel.csv")), u"d.csv"_s, {}, false);
    ExportDialog dialog(*m_store, 0);
    const QString out = m_dir.filePath(u"bundle.csv"_s);
    dialog.setPath(out);
    dialog.setFormat(ExportFormat::Fhir);
    QCOMPARE(dialog.path(), m_dir.filePath(u"bundle.json"_s));
    QVERIFY(!child<QComboBox>(dialog, "csvStyleCombo")->isEnabled());
    auto* system = child<QLineEdit>(dialog, "fhirSystem");
    QVERIFY(system->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, "includeNames")->isEnabled()); // names go into JSON only
    system->setText(u"not a uri"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY(!QFile::exists(dialog.path()));
    system->setText(u"https://example.org/trials/gut-mood"_s);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().first().toLongLong(), 2 + 5); // two patients, five values
    const QJsonObject bundle = QJsonDocument::fromJson(test::fileBytes(dialog.path())).object();
    QCOMPARE(bundle.value(u"resourceType"_s).toString(), u"Bundle"_s);
    const QJsonObject patient = bundle.value(u"entry"_s).toArray().first().toObject().value(u"resource"_s).toObject();
    QCOMPARE(patient.value(u"identifier"_s).toArray().first().toObject().value(u"system"_s).toString(),
             u"https://example.org/trials/gut-mood"_s);
    QTRY_VERIFY(!dialog.isBusy());
    dialog.setFormat(ExportFormat::Tidy);
    QVERIFY(!system->isEnabled());
    QVERIFY(child<QComboBox>(dialog, "csvStyleCombo")->isEnabled());
}

void TestImportDialog::reportInChosenLanguage()
{
    Importer(*m_store).run(test::fileBytes(fixture("dutch_excel.csv")), u"d.csv"_s, {}, false);
    const qint64 id = m_store->participants().require(u"P-101"_s).id;
    LanguageManager languages;
    languages.apply(u"en"_s);
    // An English window, open while a Dutch report is written: not one of its texts may change.
    ReportDialog window(u"P-101"_s, u"en"_s);
    window.show();
    LanguageWatcher watcher;
    watcher.show();
    QCoreApplication::processEvents();
    const QString title = window.windowTitle();
    QSignalSpy languageChanged(&languages, &LanguageManager::languageChanged);
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    int pages = 0;
    const auto error = ReportWriter::writeFile(*m_store, id, pdf, u"nl"_s, &pages);
    QCoreApplication::processEvents();
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QCOMPARE(pages, 2);
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Deelnemersrapport"_s), qPrintable(text)); // the report is Dutch
    QVERIFY2(!text.contains(u"Participant report"_s), qPrintable(text));
    // Clinical data: readable by its owner only, whatever the umask (issue 14, item 15).
    QCOMPARE(int(QFile::permissions(pdf) & 0x0077), 0); // no group or other bits
    QCOMPARE(watcher.changes, 0);                       // no window was told the language changed
    QCOMPARE(languageChanged.count(), 0);
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(languages.language(), u"en"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("ReportWriter", "Participant report"), u"Participant report"_s);
    const auto missing = ReportWriter::writeFile(*m_store, id, m_dir.filePath(u"no/such/dir/r.pdf"_s), u"en"_s, &pages);
    QVERIFY(missing);

    // And the other way round: an English report from a Dutch interface, with nothing Dutch in it.
    languages.apply(u"nl"_s);
    QCoreApplication::processEvents();
    watcher.changes = 0;
    const QString dutchTitle = window.windowTitle();
    QVERIFY(dutchTitle != title);
    QVERIFY2(!ReportWriter::writeFile(*m_store, id, pdf, u"en"_s, &pages), "English report");
    QCoreApplication::processEvents();
    const QString english = pdfText(pdf);
    QVERIFY2(english.contains(u"Participant report"_s), qPrintable(english));
    QVERIFY2(!english.contains(u"Deelnemersrapport"_s), qPrintable(english));
    QCOMPARE(watcher.changes, 0);
    QCOMPARE(window.windowTitle(), dutchTitle);
    QCOMPARE(QLocale().language(), QLocale::Dutch);
    languages.apply(u"en"_s);
}

void TestImportDialog::noteOnOneRowIsOneEntry()
{
    const QString file = m_dir.filePath(u"one-note.csv"_s);
    test::writeFile(file, "participant,date,time,measure,value,note\n"
                          "P-1,2025-01-01,08:00,mood,7,\n"
                          "P-1,2025-01-01,08:00,stress,3,slept badly\n"
                          "P-1,2025-01-01,08:00,anxiety,2,\n");
    LanguageManager languages;
    languages.apply(u"en"_s); // the English plural forms
    ImportDialog dialog(*m_store, 0);
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.setFile(file);
    QVERIFY(checked.wait(20000));
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(dialog.summary().entries, 1);
    QVERIFY(child<QLabel>(dialog, "summary")->text().contains(u"3 values in 1 entry from 3 rows"_s));
    dialog.confirmNewParticipants(true);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    const QList<JournalEntry> entries = m_store->journal().entries(m_store->participants().require(u"P-1"_s).id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].values.size(), 3);
    QCOMPARE(entries[0].note, u"slept badly"_s);
}

void TestImportDialog::newParticipantsAreListedAndConfirmed()
{
    m_store->participants().add(Participant{.code = u"P-101"_s});
    ImportDialog dialog(*m_store, 0);
    dialog.show();
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.setFile(fixture("dutch_excel.csv"));
    QVERIFY(checked.wait(20000));
    QTRY_VERIFY(!dialog.isBusy());
    auto* confirm = child<QCheckBox>(dialog, "confirmNewParticipants");
    auto* import = child<QPushButton>(dialog, "importButton");
    // Only the code that does not exist yet is listed, and nothing is created until the user agrees.
    QTRY_VERIFY(confirm->isVisible() && confirm->width() > 20); // laid out
    QVERIFY(confirm->text().contains(u"P-102"_s));
    QVERIFY(!confirm->text().contains(u"P-101"_s));
    QVERIFY(!confirm->isChecked());
    QVERIFY(!import->isEnabled());
    QVERIFY(!dialog.canImport());
    dialog.startImport(); // refused without the confirmation
    QVERIFY(!dialog.isBusy());
    confirm->click();
    QVERIFY(confirm->isChecked());
    QVERIFY(import->isEnabled());
    confirm->click();
    QVERIFY(!import->isEnabled());
    confirm->click();
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QVERIFY(m_store->participants().byCode(u"P-102"_s));

    // A file of known participants only asks nothing.
    ImportDialog again(*m_store, 0);
    again.show();
    QSignalSpy checkedAgain(&again, &ImportDialog::checked);
    const QString known = m_dir.filePath(u"known.csv"_s);
    test::writeFile(known, "participant,date,time,measure,value,note\nP-101,2025-02-01,08:00,mood,5,\n");
    again.setFile(known);
    QVERIFY(checkedAgain.wait(20000));
    QTRY_VERIFY(!again.isBusy());
    QVERIFY(!child<QCheckBox>(again, "confirmNewParticipants")->isVisible());
    QVERIFY(child<QPushButton>(again, "importButton")->isEnabled());
}

void TestImportDialog::binaryFileIsRefusedBeforePreview()
{
    QCOMPARE(ImportDialog::firstBinaryByte("participant,date\r\n\tP-1;\f\n"), -1);
    QCOMPARE(ImportDialog::firstBinaryByte(QByteArray("ab\0c", 4)), 2);
    QCOMPARE(ImportDialog::firstBinaryByte("ab\x1b[0m"), 2);
    const QString picture = m_dir.filePath(u"picture.csv"_s);
    test::writeFile(picture, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20));
    ImportDialog dialog(*m_store, 0);
    dialog.show();
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.setFile(picture);
    QVERIFY(!dialog.isBusy()); // nothing is read further
    QVERIFY(!checked.wait(300));
    QCOMPARE(child<QTableWidget>(dialog, "preview")->rowCount(), 0);
    QCOMPARE(child<QTableWidget>(dialog, "preview")->columnCount(), 0);
    const QString summary = child<QLabel>(dialog, "summary")->text();
    QVERIFY2(summary.contains(u"not a text file"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"picture.csv"_s));
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());

    // UTF-16 with its byte-order mark (Excel's "Unicode text") is text, read as the command line reads it
    // (docs/FILE_FORMATS.md "Encodings"); the dialog used to refuse it as UTF-16 that "cannot be read".
    const QString utf16 = m_dir.filePath(u"unicode.csv"_s);
    const QString text = u"participant\tdate\ttime\tmeasure\tvalue\nP-001\t2025-01-02\t\tmood\t6\n"_s;
    test::writeFile(utf16, QByteArray("\xFF\xFE", 2) +
                               QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
    dialog.setFile(utf16);
    QVERIFY(checked.wait(20000));
    QCOMPARE(child<QTableWidget>(dialog, "preview")->rowCount(), 1);
    QVERIFY2(child<QLabel>(dialog, "detected")->text().contains(u"UTF-16"_s),
             qPrintable(child<QLabel>(dialog, "detected")->text()));

    // A text file after it is read as usual.
    dialog.setFile(fixture("dutch_excel.csv"));
    QVERIFY(checked.wait(20000));
    QCOMPARE(child<QTableWidget>(dialog, "preview")->rowCount(), 5);
}

// The dialog read a chosen or dropped file with QFile::readAll, unlike the command line: a FIFO froze the window
// until something wrote to it, /dev/zero filled the memory, and no size limit held. It reads as the command line
// does (CsvReader::readFile): regular files only, opened without waiting, at most 256 MiB.
void TestImportDialog::onlyRegularFilesWithinTheLimitAreRead()
{
    ImportDialog dialog(*m_store, 0);
    const QString fifo = m_dir.filePath(u"pipe.csv"_s);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Unblocks a reader waiting on the FIFO (as the dialog did) after a while, with a valid file's text.
    std::thread writer([name = QFile::encodeName(fifo)] {
        std::this_thread::sleep_for(std::chrono::seconds(3));
        const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            const char text[] = "participant,date,time,measure,value\nP-001,2025-01-02,,mood,6\n";
            [[maybe_unused]] const auto written = ::write(fd, text, sizeof text - 1);
            ::close(fd);
        }
    });
    dialog.setFile(fifo);
    writer.join();
    QString summary = child<QLabel>(dialog, "summary")->text();
    QVERIFY2(summary.contains(u"not a regular file"_s), qPrintable(summary));
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());

    const QString huge = m_dir.filePath(u"huge.csv"_s);
    QFile sparse(huge);
    QVERIFY(sparse.open(QIODevice::WriteOnly) && sparse.resize((qint64(256) << 20) + 1));
    sparse.close();
    dialog.setFile(huge);
    summary = child<QLabel>(dialog, "summary")->text();
    QVERIFY2(summary.contains(u"larger than 256 MiB"_s), qPrintable(summary));
    QCOMPARE(child<QTableWidget>(dialog, "preview")->rowCount(), 0);
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
}

void TestImportDialog::daylioStepsWordedForTheDialog()
{
    const qint64 me = m_store->participants().add(Participant{.code = u"Me"_s});
    ImportDialog dialog(*m_store, me);
    dialog.show();
    dialog.setFile(fixture("daylio_custom_labels.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.summary().problems.count() == 2, 20000);
    const QString summary = child<QLabel>(dialog, "summary")->text();
    // The mapping step settles these problems: no command-line option, no "correct the file".
    QVERIFY2(!summary.contains(u"corrected in the file"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Daylio mood labels"_s), qPrintable(summary));
    for (const ImportProblem& p : dialog.summary().problems.shown())
        QVERIFY2(!p.message.contains(u"--"_s), qPrintable(p.message));
    auto* problems = child<QTreeWidget>(dialog, "problems");
    for (int i = 0; i < problems->topLevelItemCount(); ++i)
        QVERIFY(!problems->topLevelItem(i)->text(2).contains(u"--mood-map"_s));
    QCOMPARE(problems->topLevelItem(0)->text(1), u"Mood"_s); // the measure's label, not its key
}

void TestImportDialog::problemFieldsInDutch()
{
    LanguageManager languages;
    languages.apply(u"nl"_s);
    const QString broken = m_dir.filePath(u"broken.csv"_s);
    test::writeFile(broken, "participant,date,time,measure,value,note\n"
                            "P-1,2025-13-01,,mood,5,\n"
                            "P-1,2025-01-02,,mood,15,\n"
                            "P-1,2025-01-02,,mood,5,\n"
                            "P-1,2025-01-03,,mood,5\n");
    ImportDialog dialog(*m_store, 0);
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.setFile(broken);
    QVERIFY(checked.wait(20000));
    auto* problems = child<QTreeWidget>(dialog, "problems");
    QCOMPARE(problems->topLevelItemCount(), 3);
    QCOMPARE(problems->topLevelItem(0)->text(1), u"datum"_s);
    QCOMPARE(problems->topLevelItem(1)->text(1), u"waarde"_s);
    QCOMPARE(problems->topLevelItem(2)->text(1), u"kolommen"_s);
    QCOMPARE(problems->headerItem()->text(1), u"Veld"_s);
    languages.apply(u"en"_s);
    QTRY_COMPARE(problems->topLevelItem(0)->text(1), u"date"_s); // retranslated with the window
}

namespace {
// Every input of a dialog has a name for a screen reader and a visible label; no label shows a literal '&'.
void checkLabelled(QWidget& dialog)
{
    QVERIFY(!dialog.windowTitle().isEmpty());
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible() || (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox")))
            continue;
        const bool input = qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
                           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QCheckBox*>(w);
        if (qobject_cast<QLineEdit*>(w) && w->parentWidget() &&
            (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
            continue; // the line edit inside a combo box or date field
        if (input) {
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(),
                     qPrintable(u"no accessible name: "_s + QString::fromLatin1(w->metaObject()->className()) + u' ' +
                                w->objectName()));
        }
        if (auto* label = qobject_cast<QLabel*>(w);
            label && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text()) && !label->buddy()) {
            QVERIFY2(!label->text().contains(u'&'), qPrintable(u"literal &: "_s + label->text()));
        }
    }
    // Each buddy label is visible and says something.
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->buddy() && label->buddy()->isVisible())
            QVERIFY2(label->isVisible() && !label->text().isEmpty(), qPrintable(label->buddy()->objectName()));
}
} // namespace

void TestImportDialog::dialogsAreLabelledAndRetranslate()
{
    m_store->participants().add(Participant{.code = u"P-1"_s});
    LanguageManager languages;
    for (const QString& lang : {u"en"_s, u"nl"_s}) {
        languages.apply(lang);
        ImportDialog daylio(*m_store, m_store->participants().require(u"P-1"_s).id);
        daylio.show();
        daylio.setFile(fixture("daylio_custom_labels.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(!daylio.isBusy() && child<QTableWidget>(daylio, "moodMapping")->isVisible(), 20000);
        checkLabelled(daylio);
        ImportDialog import(*m_store, 0);
        ExportDialog exporter(*m_store, 0);
        ReportDialog report(u"P-1"_s, lang);
        for (QDialog* d : std::initializer_list<QDialog*>{&import, &exporter, &report}) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            checkLabelled(*d);
            if (QTest::currentTestFailed())
                return;
        }
        const QString title = report.windowTitle();
        languages.apply(lang == u"en" ? u"nl"_s : u"en"_s); // QEvent::LanguageChange
        QTRY_VERIFY(report.windowTitle() != title);
        for (QDialog* d : std::initializer_list<QDialog*>{&import, &exporter, &report})
            checkLabelled(*d);
    }
    languages.apply(u"en"_s);
}

void TestImportDialog::reportKeepsDatesWholeAndUsesMinusSigns()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const qint64 id = m_store->participants().add(Participant{.code = u"P-1"_s, .enrolled = QDate(2024, 9, 1)});
    // Mood falls during the intervention: the N-of-1 indices are negative.
    for (int day = 0; day < 28; ++day)
        m_store->journal().add(JournalEntry{
            .participantId = id,
            .date = QDate(2024, 10, 1).addDays(day),
            .time = QTime(20, 0),
            .values = {{u"mood"_s, day < 14 ? 8.0 - day % 2 : 3.0 + day % 2}, {u"stress"_s, day < 14 ? 2.0 : 6.0}}});
    m_store->interventions().add(Intervention{.participantId = id,
                                              .kind = InterventionKind::Probiotic,
                                              .name = u"Lactobacillus rhamnosus GG"_s,
                                              .dose = 10,
                                              .unit = u"billion CFU"_s,
                                              .frequency = u"twice a day with breakfast and dinner"_s,
                                              .start = QDate(2024, 10, 15),
                                              .end = QDate(2026, 6, 29)});
    LanguageManager languages;
    languages.apply(u"en"_s);
    const QString pdf = m_dir.filePath(u"minus.pdf"_s);
    const auto error = ReportWriter::writeFile(*m_store, id, pdf, u"nl"_s);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(u"29-06-2026"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\u2212"_s), qPrintable(text));
    static const QRegularExpression hyphenNumber(u"(^|[\\s(])-[0-9]"_s);
    QVERIFY2(!text.contains(hyphenNumber), qPrintable(text));
    QCOMPARE(ReportWriter::withMinusSigns(u"Tau -0,45 (p = 0,01); 2026-06-29; -3 to -1,5"_s),
             u"Tau \u22120,45 (p = 0,01); 2026-06-29; \u22123 to \u22121,5"_s);
}

void TestImportDialog::smallTablesAreNotSplit()
{
    // A document whose small table would straddle the first page boundary.
    QTextDocument document;
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(wrapping);
    document.setPageSize(QSizeF(500, 400));
    auto tableOf = [&] {
        for (QTextFrame* f : document.rootFrame()->childFrames())
            if (auto* t = qobject_cast<QTextTable*>(f))
                return t;
        return static_cast<QTextTable*>(nullptr);
    };
    auto straddles = [&] {
        const QRectF box = document.documentLayout()->frameBoundingRect(tableOf());
        return int(box.top() / 400) != int((box.bottom() - 1) / 400);
    };
    for (int paragraphs = 0; paragraphs < 40; ++paragraphs) {
        QString html;
        for (int i = 0; i < paragraphs; ++i)
            html += u"<p>Paragraph %1</p>"_s.arg(i);
        html += u"<h2>Summary</h2><table border=\"1\">"_s;
        for (int r = 0; r < 6; ++r)
            html += u"<tr><td>row %1</td><td>29-06-2026</td></tr>"_s.arg(r);
        html += u"</table><p>after</p>"_s;
        document.setHtml(html);
        if (straddles())
            break;
    }
    QVERIFY2(straddles(), "the fixture must straddle a page");
    ReportWriter::keepSmallTablesWhole(document, 400);
    QVERIFY(!straddles());
    // The heading went along with its table.
    QTextBlock heading = document.begin();
    while (heading.isValid() && heading.text() != u"Summary")
        heading = heading.next();
    QVERIFY(heading.isValid());
    const QRectF box = document.documentLayout()->frameBoundingRect(tableOf());
    QCOMPARE(int(document.documentLayout()->blockBoundingRect(heading).top() / 400), int(box.top() / 400));
}

void TestImportDialog::reportDialogLabelsAndMissingFolder()
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8()); // no Documents folder there
    ReportDialog dialog(u"P-1"_s, u"en"_s);
    qputenv("HOME", oldHome);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* path = child<QLineEdit>(dialog, "path");
    QCOMPARE(QFileInfo(dialog.path()).absolutePath(), QFileInfo(home.path()).absoluteFilePath());
    QVERIFY(path->width() >= path->fontMetrics().horizontalAdvance(dialog.path()));
    bool fileLabel = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->buddy() == path) {
            fileLabel = true;
            QVERIFY(label->isVisible());
        }
    QVERIFY(fileLabel);

    const QString missing = home.filePath(u"no-such-folder/r.pdf"_s);
    path->setText(missing);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // refused
    QVERIFY(child<QLabel>(dialog, "problem")->isVisible());
    QVERIFY(child<QLabel>(dialog, "problem")->text().contains(u"does not exist"_s));
    QVERIFY(!QFileInfo::exists(home.filePath(u"no-such-folder"_s)));
    path->setText(home.filePath(u"r.pdf"_s));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestImportDialog::exportDialectDutchByDefault()
{
    Importer(*m_store).run(test::fileBytes(fixture("dutch_excel.csv")), u"d.csv"_s, {}, false);
    LanguageManager languages;
    languages.apply(u"en"_s);
    {
        ExportDialog english(*m_store, 0);
        QCOMPARE(int(english.csvStyle()), int(CsvStyle::Comma));
    }
    languages.apply(u"nl"_s);
    ExportDialog dialog(*m_store, 0);
    QCOMPARE(int(dialog.csvStyle()), int(CsvStyle::SemicolonDecimalComma));
    auto* style = child<QComboBox>(dialog, "csvStyleCombo");
    QVERIFY(style && style->isEnabled());
    const QString out = m_dir.filePath(u"wide-nl.csv"_s);
    dialog.setFormat(ExportFormat::Wide);
    dialog.setPath(out);
    dialog.setDateRange(QDate(2025, 1, 1), QDate());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(exported.wait(20000));
    // With a byte-order mark: a double-clicked file is read by Excel as UTF-8 only with one (café, not cafÃ©).
    QCOMPARE(test::fileBytes(out), QByteArray("\xEF\xBB\xBFparticipant;date;mood;stress;anxiety;tags\n"
                                              "P-101;2025-01-01;6;;;\n"
                                              "P-101;2025-01-02;;4,5;;\n"
                                              "P-102;2025-01-03;;;3;\n"));
    languages.apply(u"en"_s);

    // The tidy file in that dialect reads back as it was written.
    const QString tidy = m_dir.filePath(u"tidy-nl.csv"_s);
    ExportDialog again(*m_store, 0);
    again.setCsvStyle(CsvStyle::SemicolonDecimalComma);
    again.setFormat(ExportFormat::Tidy);
    again.setPath(tidy);
    QSignalSpy exportedAgain(&again, &ExportDialog::exported);
    again.startExport();
    QVERIFY(exportedAgain.wait(20000));
    const QByteArray bytes = test::fileBytes(tidy);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFparticipant;date;time;measure;value;note;tags\n"));
    QVERIFY(bytes.contains(";7,5;"));
    const ImportSummary reread = Importer(*m_store).run(bytes, u"tidy-nl.csv"_s, {}, true);
    QVERIFY(reread.problems.isEmpty());
    QCOMPARE(reread.skippedDuplicates, 5);
    again.setFormat(ExportFormat::Json);
    QVERIFY(!child<QComboBox>(again, "csvStyleCombo")->isEnabled());
}

void TestImportDialog::exportWithoutDocumentsFolder()
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8()); // no Documents folder there
    QVERIFY(!QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    ExportDialog dialog(*m_store, 0);
    QCOMPARE(ExportDialog::defaultFolder(), QDir::homePath());
    qputenv("HOME", oldHome);
    QCOMPARE(QFileInfo(dialog.path()).absolutePath(), QFileInfo(home.path()).absoluteFilePath());

    const QString missing = home.filePath(u"Documents/moodbiome-export.csv"_s);
    dialog.setPath(missing);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY(!exported.wait(300));
    bool told = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        told = told || label->text().contains(u"does not exist"_s);
    QVERIFY(told);
    QVERIFY(!QFileInfo::exists(home.filePath(u"Documents"_s))); // nothing created silently
}

namespace {
void addDays(Store& store, qint64 participant, int days)
{
    for (int day = 0; day < days; ++day)
        store.journal().add(JournalEntry{.participantId = participant,
                                         .date = QDate(2025, 3, 1).addDays(day),
                                         .time = QTime(20, 0),
                                         .values = {{u"mood"_s, 5.0 + day % 3}}});
}
} // namespace

// Single-person mode's participant is stored as "Me": a Dutch report names them "Ik" (header, footer), an English
// one "Me", and neither has the study's lines (arm, enrolment) that mean nothing to someone tracking themself.
void TestImportDialog::reportNamesTheSelfTrackerInItsLanguage()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const qint64 me = m_store->participants().add(Participant{.code = u"Me"_s});
    addDays(*m_store, me, 5);
    LanguageManager languages;
    languages.apply(u"en"_s);
    const QString pdf = m_dir.filePath(u"me.pdf"_s);
    QVERIFY(!ReportWriter::writeFile(*m_store, me, pdf, u"nl"_s));
    const QString dutch = pdfText(pdf).simplified();
    QVERIFY2(dutch.contains(u"Deelnemer"_s) && dutch.contains(QRegularExpression(u"\\bIk\\b"_s)), qPrintable(dutch));
    QVERIFY2(dutch.contains(u"MoodBiome · Ik ·"_s), qPrintable(dutch));
    QVERIFY2(!dutch.contains(QRegularExpression(u"\\bMe\\b"_s)), qPrintable(dutch));
    QVERIFY2(!dutch.contains(u"Studiearm"_s) && !dutch.contains(u"Ingeschreven"_s), qPrintable(dutch));
    QVERIFY(!ReportWriter::writeFile(*m_store, me, pdf, u"en"_s));
    const QString english = pdfText(pdf).simplified();
    QVERIFY2(english.contains(u"MoodBiome · Me ·"_s), qPrintable(english));
    QVERIFY2(!english.contains(u"Study arm"_s) && !english.contains(u"Enrolled"_s), qPrintable(english));
    // A study's participant keeps them.
    const qint64 other = m_store->participants().add(Participant{.code = u"P-7"_s});
    addDays(*m_store, other, 5);
    QVERIFY(!ReportWriter::writeFile(*m_store, other, pdf, u"en"_s));
    const QString study = pdfText(pdf).simplified();
    QVERIFY2(study.contains(u"Study arm"_s) && study.contains(u"Enrolled"_s), qPrintable(study));
}

// The footer (participant, date, the audit chain's head) and "Page 1 of N" never overlap, however long the code:
// the words' boxes as pdftotext reads them from the first page.
void TestImportDialog::reportFooterNeverRunsIntoThePageNumber()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const qint64 id = m_store->participants().add(Participant{.code = u"AMSTERDAM-GUT-BRAIN-PILOT-2025-P-000123"_s});
    addDays(*m_store, id, 40);
    LanguageManager languages;
    languages.apply(u"en"_s);
    const QString pdf = m_dir.filePath(u"footer.pdf"_s);
    QVERIFY(!ReportWriter::writeFile(*m_store, id, pdf, u"nl"_s));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString html = QString::fromUtf8(pdftotext.readAllStandardOutput());
    struct Word {
        QRectF box;
        QString text;
    };
    QList<Word> words;
    static const QRegularExpression word(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words.append({QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                      m.captured(5)});
    }
    qsizetype pagina = -1;
    for (qsizetype i = 0; i < words.size(); ++i)
        if (words[i].text == u"Pagina")
            pagina = i;
    QVERIFY2(pagina >= 0 && pagina + 3 < words.size(), qPrintable(html));
    QRectF pageNumber = words[pagina].box; // "Pagina 1 van N"
    for (qsizetype i = pagina + 1; i <= pagina + 3; ++i)
        pageNumber = pageNumber.united(words[i].box);
    QStringList footer;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i >= pagina && i <= pagina + 3)
            continue;
        if (words[i].box.bottom() > pageNumber.top() - 40) // the footer's lines
            footer << words[i].text;
        QVERIFY2(!words[i].box.intersects(pageNumber),
                 qPrintable(u"“%1” runs into “Pagina 1 van …”"_s.arg(words[i].text)));
    }
    // Nothing of the footer is lost: the code and the chain's whole head are there.
    QVERIFY2(footer.contains(u"AMSTERDAM-GUT-BRAIN-PILOT-2025-P-000123"_s), qPrintable(footer.join(u' ')));
    QVERIFY2(footer.filter(QRegularExpression(u"^[0-9a-f]{16}$"_s)).size() == 1, qPrintable(footer.join(u' ')));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
