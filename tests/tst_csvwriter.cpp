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
    void formulasNeutralised_data();
    void formulasNeutralised();
    void tidyRowsNeutraliseTextOnly();
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
    QCOMPARE(TidyCsvWriter::header(), QStringLiteral("participant,date,time,measure,value,note,tags\n"));
    TidyRow row{QStringLiteral("P-001"),
                QDate(2025, 1, 5),
                QTime(8, 30),
                QStringLiteral("mood"),
                7.5,
                QStringLiteral("slept badly, \"tired\"")};
    QCOMPARE(TidyCsvWriter().row(row),
             QStringLiteral("P-001,2025-01-05,08:30,mood,7.5,\"slept badly, \"\"tired\"\"\",\n"));
    row.time.reset();
    row.note.clear();
    row.value = 3;
    row.tags = QStringLiteral("coffee|late night");
    QCOMPARE(TidyCsvWriter().row(row), QStringLiteral("P-001,2025-01-05,,mood,3,,coffee|late night\n"));
}

void TestCsvWriter::formulasNeutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("equals") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("already quoted") << QStringLiteral("'=1") << QStringLiteral("''=1");
    QTest::newRow("plain") << QStringLiteral("slept well") << QStringLiteral("slept well");
    QTest::newRow("quote alone") << QStringLiteral("'tis") << QStringLiteral("'tis");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvWriter::formulasNeutralised()
{
    QFETCH(QString, text);
    QTEST(CsvWriter::spreadsheetSafe(text), "safe");
    QCOMPARE(CsvWriter::fromSpreadsheetSafe(CsvWriter::spreadsheetSafe(text)), text);
}

void TestCsvWriter::tidyRowsNeutraliseTextOnly()
{
    // Numbers stay numbers (a negative value is never quoted); codes and notes are made safe unless raw.
    const TidyRow row{QStringLiteral("-P1"), QDate(2025, 1, 5), std::nullopt, QStringLiteral("mood"), -1.5,
                      QStringLiteral("=1+1")};
    QCOMPARE(TidyCsvWriter().row(row), QStringLiteral("'-P1,2025-01-05,,mood,-1.5,'=1+1,\n"));
    QCOMPARE(TidyCsvWriter(u',', false, true).row(row), QStringLiteral("-P1,2025-01-05,,mood,-1.5,=1+1,\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
