// The import and export dialogs driven as a user would (offscreen), and the report written in-process.
#include "TestSupport.h"
#include "storage/DataExport.h"
#include "ui/Editor.h"
#include "ui/ExportDialog.h"
#include "ui/ImportDialog.h"
#include "ui/LanguageManager.h"
#include "ui/ReportWriter.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>

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
    void problemsKeepImportDisabled();
    void daylioMappingStep();
    void cancelLeavesDatabaseUnchanged();
    void droppedFiles();
    void exportDialogWritesFile();
    void reportInChosenLanguage();

private:
    qint64 observationCount();
    template <typename T> T* child(QWidget& dialog, const char* name)
    {
        return dialog.findChild<T*>(QString::fromLatin1(name));
    }
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Editor> m_editor;
};

void TestImportDialog::init()
{
    static int n = 0;
    m_store = Store::open(m_dir.filePath(QStringLiteral("dialog-%1.sqlite").arg(++n)));
    m_editor = std::make_unique<Editor>();
    m_editor->setStore(m_store.get());
}

void TestImportDialog::cleanup()
{
    m_editor.reset();
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
    ImportDialog dialog(*m_store, m_editor.get(), 0);
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
    QTRY_VERIFY(import->isEnabled());

    QSignalSpy participants(m_editor.get(), &Editor::participantsChanged);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(observationCount(), 5);
    QCOMPARE(participants.count(), 1);
    QCOMPARE(dialog.summary().participantsCreated, (QStringList{u"P-101"_s, u"P-102"_s}));
}

void TestImportDialog::problemsKeepImportDisabled()
{
    const QString broken = m_dir.filePath(u"broken.csv"_s);
    test::writeFile(broken, "participant,date,time,measure,value,note\n"
                            "P-1,2025-01-01,,mood,5,\n"
                            "P-1,2025-13-01,,mood,5,\n"
                            "P-1,2025-01-02,,mood,15,\n");
    ImportDialog dialog(*m_store, m_editor.get(), 0);
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
    ImportDialog dialog(*m_store, m_editor.get(), me);
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
    ImportDialog dialog(*m_store, m_editor.get(), 0);
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.setFile(big);
    QVERIFY(checked.wait(60000));
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
    QCOMPARE(test::fileBytes(out), QByteArray("participant,date,mood,stress,anxiety\n"
                                              "P-101,2025-01-01,6,,\n"
                                              "P-101,2025-01-02,,4.5,\n"
                                              "P-102,2025-01-03,,,3\n"));
}

void TestImportDialog::reportInChosenLanguage()
{
    Importer(*m_store).run(test::fileBytes(fixture("dutch_excel.csv")), u"d.csv"_s, {}, false);
    const qint64 id = m_store->participants().require(u"P-101"_s).id;
    LanguageManager languages;
    languages.apply(u"en"_s);
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    int pages = 0;
    const auto error = ReportWriter::writeFile(*m_store, id, pdf, u"nl"_s, languages, &pages);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QCOMPARE(pages, 2);
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF-"));
    QCOMPARE(languages.language(), u"en"_s); // switched back afterwards
    QCOMPARE(QLocale().language(), QLocale::English);
    const auto missing =
        ReportWriter::writeFile(*m_store, id, m_dir.filePath(u"no/such/dir/r.pdf"_s), u"en"_s, languages, &pages);
    QVERIFY(missing);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
