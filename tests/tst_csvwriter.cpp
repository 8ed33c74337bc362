// RFC 4180 quoting in the CSV writer and the tidy row format.
#include "core/CsvWriter.h"
#include "core/TidyCsv.h"

#include <QTest>

using namespace mb;

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void fields_data();
    void fields();
    void semicolonSeparator();
    void tidyRows();
};

void TestCsvWriter::fields_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "probiotic"
                           << "probiotic";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "eggs, toast"
                           << "\"eggs, toast\"";
    QTest::newRow("quote") << "a \"good\" day"
                           << "\"a \"\"good\"\" day\"";
    QTest::newRow("newline") << "line1\nline2"
                             << "\"line1\nline2\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("leading space") << " x"
                                   << "\" x\"";
    QTest::newRow("unicode") << "café ✓"
                             << "café ✓";
}

void TestCsvWriter::fields()
{
    QFETCH(QString, value);
    QTEST(CsvWriter().field(value), "written");
}

void TestCsvWriter::semicolonSeparator()
{
    const CsvWriter csv(u';');
    QCOMPARE(csv.row({QStringLiteral("a;b"), QStringLiteral("7,5")}), QStringLiteral("\"a;b\";7,5\n"));
}

void TestCsvWriter::tidyRows()
{
    QCOMPARE(TidyCsvWriter::header(), QStringLiteral("participant,date,time,measure,value,note\n"));
    TidyRow row{QStringLiteral("P-001"),
                QDate(2025, 1, 5),
                QTime(8, 30),
                QStringLiteral("mood"),
                7.5,
                QStringLiteral("slept badly, \"tired\"")};
    QCOMPARE(TidyCsvWriter().row(row),
             QStringLiteral("P-001,2025-01-05,08:30,mood,7.5,\"slept badly, \"\"tired\"\"\"\n"));
    row.time.reset();
    row.note.clear();
    row.value = 3;
    QCOMPARE(TidyCsvWriter().row(row), QStringLiteral("P-001,2025-01-05,,mood,3,\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
