// Replays every input the fuzzers ever crashed on (tests/fuzz/regressions) and the seed corpora through the
// same checks the fuzz targets make, in the ordinary build.
#include "TestSupport.h"
#include "fuzz/DatabaseFuzzing.h"
#include "fuzz/ImportFuzzing.h"

#include <QDirIterator>

#include <stdexcept>

using namespace mb;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void replay_data();
    void replay();
    void checksCatchBrokenPromises();
};

void TestFuzzRegressions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    fuzz::brokenPromiseHandler() = [](const char* what) {
        throw std::runtime_error(what);
    };
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QString root = QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fuzz");
    int rows = 0;
    for (const char* folder : {"regressions", "corpus"})
        for (const char* target : {"fuzz_import", "fuzz_daylio", "fuzz_database"}) {
            QDirIterator it(root + u'/' + QString::fromLatin1(folder) + u'/' + QString::fromLatin1(target),
                            QDir::Files);
            while (it.hasNext()) {
                const QString file = it.next();
                QTest::addRow("%s/%s/%s", folder, target, qPrintable(it.fileName()))
                    << QString::fromLatin1(target) << file;
                ++rows;
            }
        }
    QVERIFY(rows >= 10); // the seed corpora at least
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    const QByteArray bytes = test::fileBytes(file);
    try {
        if (target == u"fuzz_daylio")
            fuzz::fuzzDaylio(bytes);
        else if (target == u"fuzz_database")
            fuzz::fuzzDatabase(bytes);
        else
            fuzz::fuzzImport(bytes);
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

void TestFuzzRegressions::checksCatchBrokenPromises()
{
    // The checks themselves must bite: a batch with a clamped-looking value out of range is caught.
    ImportBatch batch;
    batch.rows = 1;
    ImportRecord record;
    record.entry.date = QDate(2025, 1, 5);
    record.entry.values.insert(QStringLiteral("mood"), 11);
    batch.records.append(record);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, fuzz::checkBatch(batch, builtinMeasures()));
    batch.records.first().entry.values.insert(QStringLiteral("mood"), 10);
    fuzz::checkBatch(batch, builtinMeasures());
    batch.records.first().entry.date = QDate();
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, fuzz::checkBatch(batch, builtinMeasures()));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
