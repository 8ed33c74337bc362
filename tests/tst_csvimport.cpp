// The import parser without a database: CSV dialects, dates, numbers, formats, Daylio, and every problem reported.
#include "TestSupport.h"
#include "core/CsvReader.h"
#include "core/DaylioRows.h"
#include "core/ImportFields.h"
#include "core/ImportParser.h"
#include "core/Tag.h"

#include <QLocale>
#include <QRandomGenerator>

using namespace mb;
using namespace Qt::StringLiterals;

namespace {

ImportBatch parse(const QByteArray& bytes, ImportOptions options = {})
{
    return ImportParser(builtinMeasures(), options).parse(bytes);
}

QList<CsvRecord> records(const QString& text, QChar separator, std::optional<QString>* error = nullptr)
{
    CsvReader reader(text, separator);
    QList<CsvRecord> result;
    CsvRecord r;
    while (reader.next(r))
        result.append(r);
    if (error)
        *error = reader.error();
    return result;
}

QString problemsText(const ImportBatch& batch)
{
    QStringList lines;
    for (const ImportProblem& p : batch.problems.shown())
        lines << QStringLiteral("%1 %2: %3").arg(p.line).arg(p.field, p.message);
    return lines.join(u'\n');
}

} // namespace

class TestCsvImport : public QObject {
    Q_OBJECT
private slots:
    void reader_data();
    void reader();
    void unterminatedQuoteNamesTheLineTheRecordStarts();
    void textAfterClosingQuote();
    void decode_data();
    void decode();
    void decodeRefusesMixedEncodings();
    void decodeRefusesLoneSurrogates();
    void separator_data();
    void separator();
    void dates_data();
    void dates();
    void times_data();
    void times();
    void numbers_data();
    void numbers();
    void numbersMatchQLocale();
    void detect_data();
    void detect();
    void tidyRowsBecomeEntries();
    void noteOnOneRowDoesNotSplitTheEntry();
    void multiLineQuotedNote();
    void dutchExcelFile();
    void everyProblemWithItsLine_data();
    void everyProblemWithItsLine();
    void problemListIsCapped();
    void participantOption();
    void wideFile();
    void daylio_data();
    void daylio();
    void daylioUnmappedLabelRefused();
    void daylioMappingAccepted();
    void daylioNeedsParticipant();
    void daylioActivityNamesMadeFitForTags_data();
    void daylioActivityNamesMadeFitForTags();
    void tidyAndWideTagColumns();
    void questionnaireTotalsAreSkipped();
};

void TestCsvImport::reader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::newRow("LF") << QStringLiteral("a,b\n1,2\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                        << QList<qint64>{1, 2};
    QTest::newRow("CRLF, no final break")
        << QStringLiteral("a,b\r\n1,2") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
        << QList<qint64>{1, 2};
    QTest::newRow("quoted separator") << QStringLiteral("\"a,b\",c\n") << QList<QStringList>{{u"a,b"_s, u"c"_s}}
                                      << QList<qint64>{1};
    QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",x\n")
                                    << QList<QStringList>{{u"say \"hi\""_s, u"x"_s}} << QList<qint64>{1};
    QTest::newRow("line break in quotes, CRLF kept as LF")
        << QStringLiteral("\"one\r\ntwo\",x\r\nnext,y\r\n")
        << QList<QStringList>{{u"one\ntwo"_s, u"x"_s}, {u"next"_s, u"y"_s}} << QList<qint64>{1, 3};
    QTest::newRow("empty fields") << QStringLiteral(",,\n") << QList<QStringList>{{QString(), QString(), QString()}}
                                  << QList<qint64>{1};
    QTest::newRow("empty quoted field") << QStringLiteral("\"\",a\n") << QList<QStringList>{{QString(), u"a"_s}}
                                        << QList<qint64>{1};
}

void TestCsvImport::reader()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<qint64>, lines);
    std::optional<QString> error;
    const auto read = records(text, u',', &error);
    QVERIFY(!error);
    QCOMPARE(read.size(), fields.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        QCOMPARE(read[i].fields, fields[i]);
        QCOMPARE(read[i].line, lines[i]);
    }
}

void TestCsvImport::unterminatedQuoteNamesTheLineTheRecordStarts()
{
    CsvReader reader(QStringLiteral("a,b\n1,2\n3,\"open\nstill open\nto the end\n"), u',');
    CsvRecord r;
    QVERIFY(reader.next(r));
    QVERIFY(reader.next(r));
    QVERIFY(!reader.next(r));
    QVERIFY(reader.error());
    QCOMPARE(reader.errorLine(), 3);
}

void TestCsvImport::textAfterClosingQuote()
{
    const auto read = records(QStringLiteral("\"abc\"def,x\nnext,y\n"), u',');
    QCOMPARE(read.size(), 2);
    QVERIFY(read[0].problem);
    QVERIFY(!read[1].problem);
    QCOMPARE(read[1].fields, (QStringList{u"next"_s, u"y"_s}));
}

void TestCsvImport::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<bool>("crlf");
    QTest::newRow("UTF-8 with BOM, CRLF") << QByteArray("\xEF\xBB\xBF"
                                                        "caf\xC3\xA9\r\n")
                                          << u"café\r\n"_s << true << true << true;
    QTest::newRow("UTF-8, LF") << QByteArray("caf\xC3\xA9\n") << u"café\n"_s << false << true << false;
    QTest::newRow("Windows-1252 (Excel's plain CSV)")
        << QByteArray("caf\xE9 \x80\n") << u"café €\n"_s << false << false << false;
    QTest::newRow("UTF-16 LE with BOM") << QByteArray("\xFF\xFE"
                                                      "c\0a\0f\0\xE9\0\n\0",
                                                      12)
                                        << u"café\n"_s << true << false << false;
    QTest::newRow("UTF-16 BE with BOM") << QByteArray("\xFE\xFF"
                                                      "\0c\0a\0f\0\xE9\0\n",
                                                      12)
                                        << u"café\n"_s << true << false << false;
}

void TestCsvImport::decodeRefusesMixedEncodings()
{
    // UTF-8 with one stray byte: neither UTF-8 nor Windows-1252, so refused, naming where.
    CsvDialect dialect;
    QString error;
    QVERIFY(!CsvReader::decode(QByteArray("a,b\ncaf\xC3\xA9,\xF0\x9F\x98\x80\nx\xFFy,z\n"), dialect, error));
    QVERIFY2(error.contains(u"Line 3, byte 2 (0xff)"_s), qPrintable(error));
    // A UTF-8 byte-order mark says UTF-8: a byte that is not is refused too, not read as Windows-1252.
    QVERIFY(!CsvReader::decode(QByteArray("\xEF\xBB\xBF"
                                          "caf\xE9\n"),
                               dialect, error));
    // Valid UTF-8 and pure Windows-1252 are read.
    QCOMPARE(CsvReader::decode(QByteArray("caf\xC3\xA9\n"), dialect, error), std::optional<QString>(u"café\n"_s));
    QCOMPARE(dialect.encoding, TextEncoding::Utf8);
    QCOMPARE(CsvReader::decode(QByteArray("caf\xE9\n"), dialect, error), std::optional<QString>(u"café\n"_s));
    QCOMPARE(dialect.encoding, TextEncoding::Windows1252);
}

// Half of a surrogate pair is no character; stored, it would become '?'. Qt's UTF-16 decoder lets it through.
void TestCsvImport::decodeRefusesLoneSurrogates()
{
    CsvDialect dialect;
    QString error;
    const auto utf16le = [](std::initializer_list<char16_t> units) {
        QByteArray bytes("\xFF\xFE", 2);
        for (char16_t u : units)
            bytes.append(char(u & 0xFF)).append(char(u >> 8));
        return bytes;
    };
    QVERIFY(!CsvReader::decode(utf16le({u'a', u',', u'b', u'\n', u'x', 0xD800, u'y', u'\n'}), dialect, error));
    QVERIFY2(error.contains(u"Line 2, character 2 (0xd800)"_s), qPrintable(error));
    QVERIFY(!CsvReader::decode(utf16le({u'a', 0xDE00, 0xD83D, u'\n'}), dialect, error));
    QVERIFY2(error.contains(u"Line 1, character 2 (0xde00)"_s), qPrintable(error));
    QVERIFY(!CsvReader::decode(utf16le({u'a', 0xD83D}), dialect, error)); // the file ends inside a pair
    // A whole pair is one character.
    QCOMPARE(CsvReader::decode(utf16le({u'a', 0xD83D, 0xDE00, u'\n'}), dialect, error),
             std::optional<QString>(u"a\U0001F600\n"_s));
    // A surrogate written as UTF-8 (CESU-8) in a UTF-8 file is not UTF-8: refused, naming the byte.
    QVERIFY(!CsvReader::decode(QByteArray("caf\xC3\xA9,\xED\xA0\x80\n"), dialect, error));
    QVERIFY2(error.contains(u"Line 1, byte 7 (0xed)"_s), qPrintable(error));
}

void TestCsvImport::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    CsvDialect dialect;
    QCOMPARE(CsvReader::decode(bytes, dialect), text);
    QTEST(dialect.byteOrderMark, "bom");
    QTEST(dialect.utf8, "utf8");
    QTEST(dialect.crlf, "crlf");
}

void TestCsvImport::separator_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << u"participant,date,time,measure,value,note"_s << QChar(u',');
    QTest::newRow("semicolon") << u"deelnemer;datum;tijd;meting;waarde;notitie"_s << QChar(u';');
    QTest::newRow("tab") << u"participant\tdate\tmood"_s << QChar(u'\t');
    QTest::newRow("quoted commas do not count") << u"\"a,b,c\";d;e"_s << QChar(u';');
    QTest::newRow("one column") << u"date"_s << QChar(u',');
}

void TestCsvImport::separator()
{
    QFETCH(QString, header);
    QTEST(CsvReader::detectSeparator(header), "separator");
}

void TestCsvImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO") << u"2024-12-31"_s << QDate(2024, 12, 31);
    QTest::newRow("day-first dashes") << u"31-12-2024"_s << QDate(2024, 12, 31);
    QTest::newRow("day-first slashes") << u"31/12/2024"_s << QDate(2024, 12, 31);
    QTest::newRow("single digits") << u"3-2-2025"_s << QDate(2025, 2, 3);
    QTest::newRow("spaces around") << u" 3/2/2025 "_s << QDate(2025, 2, 3);
    QTest::newRow("impossible ISO") << u"2025-02-30"_s << QDate();
    QTest::newRow("impossible day-first") << u"30-02-2025"_s << QDate();
    QTest::newRow("month-first is refused") << u"12/31/2024"_s << QDate();
    QTest::newRow("two-digit year") << u"31-12-24"_s << QDate();
    QTest::newRow("text") << u"yesterday"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestCsvImport::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(parseImportDate(text).value_or(QDate()), date);
}

void TestCsvImport::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("time");
    QTest::newRow("24-hour") << u"20:39"_s << QTime(20, 39);
    QTest::newRow("one-digit hour") << u"8:05"_s << QTime(8, 5);
    QTest::newRow("seconds :00") << u"08:30:00"_s << QTime(8, 30);
    QTest::newRow("pm") << u"10:00 pm"_s << QTime(22, 0);
    QTest::newRow("PM no space") << u"10:00PM"_s << QTime(22, 0);
    QTest::newRow("12 am is midnight") << u"12:05 am"_s << QTime(0, 5);
    QTest::newRow("12 pm is noon") << u"12:05 pm"_s << QTime(12, 5);
    QTest::newRow("13 pm") << u"13:00 pm"_s << QTime();
    QTest::newRow("25:00") << u"25:00"_s << QTime();
    QTest::newRow("seconds not :00") << u"08:30:15"_s << QTime();
    QTest::newRow("text") << u"noon"_s << QTime();
}

void TestCsvImport::times()
{
    QFETCH(QString, text);
    QFETCH(QTime, time);
    QCOMPARE(parseImportTime(text).value_or(QTime()), time);
}

void TestCsvImport::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<double>("value"); // NaN: refused
    const double no = qQNaN();
    QTest::newRow("point") << u"7.5"_s << false << 7.5;
    QTest::newRow("whole") << u"7"_s << false << 7.0;
    QTest::newRow("negative") << u"-1.25"_s << false << -1.25;
    QTest::newRow("comma in a comma file") << u"7,5"_s << false << no;
    QTest::newRow("decimal comma") << u"7,5"_s << true << 7.5;
    QTest::newRow("point also read with decimal comma") << u"7.5"_s << true << 7.5;
    QTest::newRow("thousands look-alike refused") << u"1.000"_s << true << no;
    QTest::newRow("0.125 is no thousands") << u"0.125"_s << true << 0.125;
    QTest::newRow("both marks") << u"1.000,5"_s << true << no;
    QTest::newRow("exponent") << u"1e3"_s << false << no;
    QTest::newRow("text") << u"seven"_s << false << no;
    QTest::newRow("empty") << QString() << false << no;
    QTest::newRow("spaces around") << u" 7.5 "_s << false << 7.5;
    QTest::newRow("negative zero") << u"-0"_s << false << 0.0;
    QTest::newRow("trailing mark") << u"7."_s << false << 7.0;
    QTest::newRow("leading mark") << u".5"_s << false << 0.5;
    QTest::newRow("minus alone") << u"-"_s << false << no;
    QTest::newRow("two points") << u"1.2.3"_s << false << no;
    QTest::newRow("decimal comma negative") << u"-0,25"_s << true << -0.25;
    QTest::newRow("many digits") << u"123456789.123456789"_s << false << 123456789.123456789;
}

// The allocation-free path for plain decimals must give exactly what QLocale gives.
void TestCsvImport::numbersMatchQLocale()
{
    QRandomGenerator random(20261126);
    for (int i = 0; i < 20000; ++i) {
        QString text = QString::number(random.bounded(1000000));
        if (random.bounded(2))
            text += u'.' + QString::number(random.bounded(1000000000)).rightJustified(1 + random.bounded(9), u'0');
        if (random.bounded(4) == 0)
            text.prepend(u'-');
        bool ok = false;
        const double expected = QLocale::c().toDouble(text, &ok);
        QVERIFY(ok);
        const auto parsed = parseImportNumber(text, false);
        QVERIFY2(parsed && *parsed == expected, qPrintable(text));
        QString comma = text;
        comma.replace(u'.', u',');
        const auto parsedComma = parseImportNumber(comma, true);
        QVERIFY2(parsedComma && *parsedComma == expected, qPrintable(comma));
    }
}

void TestCsvImport::numbers()
{
    QFETCH(QString, text);
    QFETCH(bool, decimalComma);
    QFETCH(double, value);
    const auto parsed = parseImportNumber(text, decimalComma);
    QCOMPARE(parsed.has_value(), !qIsNaN(value));
    if (parsed)
        QCOMPARE(*parsed, value);
}

void TestCsvImport::detect_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("format");
    QTest::newRow("tidy") << u"participant,date,time,measure,value,note"_s.split(u',') << int(ImportFormat::Tidy);
    QTest::newRow("tidy Dutch") << u"Deelnemer,Datum,Tijd,Meting,Waarde,Notitie"_s.split(u',')
                                << int(ImportFormat::Tidy);
    QTest::newRow("wide") << u"participant,date,mood,stress"_s.split(u',') << int(ImportFormat::Wide);
    QTest::newRow("wide Dutch") << u"deelnemer,datum,stemming"_s.split(u',') << int(ImportFormat::Wide);
    QTest::newRow("Daylio") << u"full_date,date,weekday,time,mood,activities,note_title,note"_s.split(u',')
                            << int(ImportFormat::Daylio);
    QTest::newRow("Daylio, old") << u"year,date,weekday,time,mood,activities,note"_s.split(u',')
                                 << int(ImportFormat::Daylio);
    QTest::newRow("none") << u"name,email"_s.split(u',') << int(ImportFormat::Auto);
}

void TestCsvImport::detect()
{
    QFETCH(QStringList, header);
    QTEST(int(ImportParser::detect(header)), "format");
}

void TestCsvImport::tidyRowsBecomeEntries()
{
    const ImportBatch batch = parse("participant,date,time,measure,value,note\n"
                                    "P-1,2025-01-01,08:00,mood,7,n\n"
                                    "P-1,2025-01-01,08:00,stress,3,n\n"
                                    "P-1,2025-01-01,08:00,mood,6,n\n" // mood again: another entry
                                    "P-1,2025-01-02,,mood,5,\n");
    QVERIFY2(batch.problems.isEmpty(), qPrintable(problemsText(batch)));
    QCOMPARE(int(batch.format), int(ImportFormat::Tidy));
    QCOMPARE(batch.rows, 4);
    QCOMPARE(batch.records.size(), 3);
    QCOMPARE(batch.records[0].entry.values, (QMap<QString, double>{{u"mood"_s, 7}, {u"stress"_s, 3}}));
    QCOMPARE(batch.records[1].line, 4);
    QVERIFY(!batch.records[2].entry.time);
    QCOMPARE(batch.observationCount(), 4);
}

void TestCsvImport::noteOnOneRowDoesNotSplitTheEntry()
{
    // A spreadsheet user writes the note once, on one of the entry's rows; rows with different notes of one
    // date and time are one entry too, with both notes.
    const ImportBatch batch = parse("participant,date,time,measure,value,note\n"
                                    "P-1,2025-01-01,08:00,mood,7,\n"
                                    "P-1,2025-01-01,08:00,stress,3,slept badly\n"
                                    "P-1,2025-01-01,08:00,anxiety,2,\n"
                                    "P-1,2025-01-02,08:00,mood,6,walk\n"
                                    "P-1,2025-01-02,08:00,stress,2,tea\n"
                                    "P-1,2025-01-02,08:00,anxiety,1,walk\n");
    QVERIFY2(batch.problems.isEmpty(), qPrintable(problemsText(batch)));
    QCOMPARE(batch.records.size(), 2);
    QCOMPARE(batch.records[0].entry.values.size(), 3);
    QCOMPARE(batch.records[0].entry.note, u"slept badly"_s);
    QCOMPARE(batch.records[1].entry.values.size(), 3);
    QCOMPARE(batch.records[1].entry.note, u"walk\ntea"_s);
}

void TestCsvImport::multiLineQuotedNote()
{
    const ImportBatch batch = parse("participant,date,time,measure,value,note\r\n"
                                    "P-1,2025-01-01,08:00,mood,7,\"first line\r\nsecond, with \"\"quotes\"\"\"\r\n"
                                    "P-1,2025-01-02,08:00,moood,7,\r\n");
    QCOMPARE(batch.records.size(), 1);
    QCOMPARE(batch.records[0].entry.note, u"first line\nsecond, with \"quotes\""_s);
    // The physical line count goes on after the line break inside the quotes.
    QCOMPARE(batch.problems.count(), 1);
    QCOMPARE(batch.problems.shown()[0].line, 4);
    QCOMPARE(batch.problems.shown()[0].field, u"measure"_s);
}

void TestCsvImport::dutchExcelFile()
{
    const ImportBatch batch =
        parse(test::fileBytes(QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/dutch_excel.csv")));
    QVERIFY2(batch.problems.isEmpty(), qPrintable(problemsText(batch)));
    QCOMPARE(batch.dialect.separator, QChar(u';'));
    QVERIFY(batch.dialect.decimalComma());
    QVERIFY(batch.dialect.byteOrderMark);
    QVERIFY(batch.dialect.crlf);
    QCOMPARE(int(batch.format), int(ImportFormat::Tidy));
    QCOMPARE(batch.rows, 5); // the ";;;;;" row Excel leaves is blank
    QCOMPARE(batch.participantCodes(), (QStringList{u"P-101"_s, u"P-102"_s}));
    const JournalEntry& first = batch.records[0].entry;
    QCOMPARE(first.date, QDate(2024, 12, 31));
    QCOMPARE(first.values, (QMap<QString, double>{{u"mood"_s, 7.5}, {u"sleep_hours"_s, 7.25}}));
    QCOMPARE(first.note, u"Goed geslapen; rustig\nna de wandeling"_s);
    QCOMPARE(batch.records[1].entry.date, QDate(2025, 1, 1));
    QCOMPARE(batch.records[2].entry.date, QDate(2025, 1, 2));
    QCOMPARE(batch.records[2].entry.values.value(u"stress"_s), 4.5);
    QCOMPARE(batch.records[3].entry.time, QTime(9, 5));
    QCOMPARE(batch.records[3].entry.note, u"zegt \"prima\""_s);
}

void TestCsvImport::everyProblemWithItsLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    const QByteArray header = "participant,date,time,measure,value,note\n";
    const QByteArray good = "P-1,2025-01-01,,mood,5,\n";
    QTest::newRow("impossible date") << header + good + "P-1,2025-02-30,,mood,5,\n" << qint64(3) << u"date"_s;
    QTest::newRow("bad time") << header + good + "P-1,2025-01-02,7pm,mood,5,\n" << qint64(3) << u"time"_s;
    QTest::newRow("unknown measure") << header + good + "P-1,2025-01-02,,happiness,5,\n" << qint64(3) << u"measure"_s;
    QTest::newRow("out of range") << header + good + "P-1,2025-01-02,,mood,11,\n" << qint64(3) << u"value"_s;
    QTest::newRow("not a number") << header + good + "P-1,2025-01-02,,mood,high,\n" << qint64(3) << u"value"_s;
    QTest::newRow("not whole") << header + good + "P-1,2025-01-02,,bristol,3.5,\n" << qint64(3) << u"value"_s;
    QTest::newRow("column count") << header + good + "P-1,2025-01-02,,mood,5\n" << qint64(3) << u"columns"_s;
    QTest::newRow("empty participant") << header + good + ",2025-01-02,,mood,5,\n" << qint64(3) << u"participant"_s;
    QTest::newRow("unterminated quote") << header + good + "P-1,2025-01-02,,mood,5,\"open\n" + good << qint64(3)
                                        << u"quote"_s;
    QTest::newRow("unknown column") << QByteArray("participant,date,measure,value,colour\n") << qint64(1)
                                    << u"header"_s;
    QTest::newRow("missing column") << QByteArray("participant,date,measure\nP-1,2025-01-01,mood\n") << qint64(1)
                                    << u"header"_s;
    QTest::newRow("unknown header") << QByteArray("name,email\na,b\n") << qint64(1) << u"header"_s;
    QTest::newRow("empty file") << QByteArray("\xEF\xBB\xBF\r\n") << qint64(0) << u"file"_s;
}

void TestCsvImport::everyProblemWithItsLine()
{
    QFETCH(QByteArray, bytes);
    const ImportBatch batch = parse(bytes);
    QVERIFY(!batch.problems.isEmpty());
    const ImportProblem& p = batch.problems.shown().first();
    QTEST(p.line, "line");
    QTEST(p.field, "field");
    QVERIFY(!p.message.isEmpty());
}

void TestCsvImport::problemListIsCapped()
{
    QByteArray bytes = "participant,date,time,measure,value,note\n";
    for (int i = 0; i < 1000; ++i)
        bytes += "P-1,2025-01-01,,mood,99,\n";
    const ImportBatch batch = parse(bytes);
    QCOMPARE(batch.problems.count(), 1000);
    QCOMPARE(batch.problems.shown().size(), ImportProblems::shownLimit);
    QCOMPARE(batch.problems.notShown(), 1000 - ImportProblems::shownLimit);
    QCOMPARE(batch.problems.shown().last().line, ImportProblems::shownLimit + 1);
}

void TestCsvImport::participantOption()
{
    ImportOptions options;
    // No participant column: the option gives every row's participant.
    QVERIFY(!parse("date,measure,value\n2025-01-01,mood,5\n").problems.isEmpty());
    options.participant = u"Me"_s;
    const ImportBatch own = parse("date,measure,value\n2025-01-01,mood,5\n", options);
    QVERIFY(own.problems.isEmpty());
    QCOMPARE(own.records[0].participant, u"Me"_s);
    // With a participant column, rows of anyone else are refused.
    const ImportBatch other = parse("participant,date,measure,value\nP-2,2025-01-01,mood,5\n", options);
    QCOMPARE(other.problems.count(), 1);
    QCOMPARE(other.problems.shown()[0].line, 2);
}

void TestCsvImport::wideFile()
{
    const ImportBatch batch =
        parse(test::fileBytes(QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/wide_tab.tsv")));
    QVERIFY2(batch.problems.isEmpty(), qPrintable(problemsText(batch)));
    QCOMPARE(int(batch.format), int(ImportFormat::Wide));
    QCOMPARE(batch.dialect.separator, QChar(u'\t'));
    QCOMPARE(batch.records.size(), 3);
    QCOMPARE(batch.records[0].entry.values,
             (QMap<QString, double>{{u"mood"_s, 7}, {u"stress"_s, 3.5}, {u"sleep_hours"_s, 8}}));
    QCOMPARE(batch.records[1].entry.values, (QMap<QString, double>{{u"stress"_s, 4}, {u"sleep_hours"_s, 6.5}}));
    QCOMPARE(batch.questionnaireTotals, 1);
    const ImportBatch unknown = parse("participant,date,mood,happiness\nP,2025-01-01,5,5\n");
    QCOMPARE(unknown.problems.shown()[0].field, u"header"_s);
}

void TestCsvImport::daylio_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QList<QDateTime>>("when");
    QTest::addColumn<QList<double>>("mood");
    QTest::addColumn<QList<QStringList>>("tags"); // the activities
    QTest::addColumn<QStringList>("notes");
    QTest::newRow("current header, am/pm and 24-hour")
        << u"daylio_new.csv"_s
        << QList<QDateTime>{QDateTime(QDate(2025, 1, 3), QTime(22, 0)), QDateTime(QDate(2025, 1, 3), QTime(8, 15)),
                            QDateTime(QDate(2025, 1, 2), QTime(20, 39)), QDateTime(QDate(2025, 1, 1), QTime(0, 5))}
        << QList<double>{10, 5, 0, 7.5}
        << QList<QStringList>{{u"friends"_s, u"walk"_s}, {u"work"_s}, {}, {u"family"_s, u"good meal"_s}}
        << QStringList{u"Great day\nLong walk\nwith friends"_s, QString(), QString(), u"New year"_s};
    QTest::newRow("older header with year and day-month")
        << u"daylio_old.csv"_s
        << QList<QDateTime>{QDateTime(QDate(2024, 5, 18), QTime(23, 54)), QDateTime(QDate(2024, 5, 17), QTime(22, 21)),
                            QDateTime(QDate(2024, 5, 16), QTime(7, 5))}
        << QList<double>{2.5, 7.5, 5} << QList<QStringList>{{u"clean"_s, u"cook"_s}, {}, {}}
        << QStringList{QString(), u"Went to a party"_s, QString()};
}

void TestCsvImport::daylio()
{
    QFETCH(QString, fixture);
    QFETCH(QList<QDateTime>, when);
    QFETCH(QList<double>, mood);
    QFETCH(QList<QStringList>, tags);
    QFETCH(QStringList, notes);
    ImportOptions options;
    options.participant = u"Me"_s;
    const ImportBatch batch =
        parse(test::fileBytes(QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/") + fixture), options);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(problemsText(batch)));
    QCOMPARE(int(batch.format), int(ImportFormat::Daylio));
    QCOMPARE(batch.records.size(), when.size());
    for (qsizetype i = 0; i < when.size(); ++i) {
        const JournalEntry& e = batch.records[i].entry;
        QCOMPARE(QDateTime(e.date, e.time.value_or(QTime())), when[i]);
        QCOMPARE(e.values, (QMap<QString, double>{{u"mood"_s, mood[i]}}));
        QCOMPARE(batch.records[i].participant, u"Me"_s);
        QCOMPARE(batch.records[i].tags, tags[i]);
        QCOMPARE(e.note, notes[i]);
    }
}

void TestCsvImport::daylioUnmappedLabelRefused()
{
    ImportOptions options;
    options.participant = u"Me"_s;
    const ImportBatch batch = parse(
        test::fileBytes(QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/daylio_custom_labels.csv")), options);
    QCOMPARE(batch.problems.count(), 2);
    QCOMPARE(batch.problems.shown()[0].line, 2);
    QCOMPARE(batch.problems.shown()[0].field, u"mood"_s);
    QCOMPARE(batch.problems.shown()[1].line, 3);
    QCOMPARE(batch.unmappedLabels, (QMap<QString, qint64>{{u"happy"_s, 1}, {u"tired"_s, 1}}));
}

void TestCsvImport::daylioMappingAccepted()
{
    ImportOptions options;
    options.participant = u"Me"_s;
    options.moodMap = {{u"happy"_s, 5}, {u"tired"_s, 2}};
    const ImportBatch batch = parse(
        test::fileBytes(QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/daylio_custom_labels.csv")), options);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(problemsText(batch)));
    QCOMPARE(batch.records[0].entry.values.value(u"mood"_s), 10.0);
    QCOMPARE(batch.records[1].entry.values.value(u"mood"_s), 2.5);
    QVERIFY(batch.records[1].entry.note.isEmpty());
    QCOMPARE(batch.records[1].tags, QStringList{u"sport"_s});
    // The note's title and its text go into the entry's note, the activities into its tags.
    options.moodMap.clear();
    const ImportBatch full =
        parse(test::fileBytes(QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/daylio_new.csv")), options);
    const QString note = full.records[0].entry.note;
    QCOMPARE(note, u"Great day\nLong walk\nwith friends"_s);
    QCOMPARE(full.records[0].tags, (QStringList{u"friends"_s, u"walk"_s}));
    QCOMPARE(DaylioRows::moodOf(3), 5.0);
}

void TestCsvImport::daylioActivityNamesMadeFitForTags_data()
{
    QTest::addColumn<QString>("activity");
    QTest::addColumn<QString>("tag");
    QTest::newRow("plain") << u" good meal "_s << u"good meal"_s;
    QTest::newRow("comma") << u"beer, wine"_s << u"beer wine"_s;
    QTest::newRow("semicolon and tab") << u"a;b\tc"_s << u"a b c"_s;
    QTest::newRow("too long") << QString(70, u'x') << QString(60, u'x');
}

void TestCsvImport::daylioActivityNamesMadeFitForTags()
{
    QFETCH(QString, activity);
    QFETCH(QString, tag);
    QCOMPARE(DaylioRows::tagName(activity), tag);
    QVERIFY(!tagNameProblem(DaylioRows::tagName(activity)));
}

void TestCsvImport::tidyAndWideTagColumns()
{
    // Rows of one entry carry its tags each; read back as one entry with them once.
    const ImportBatch tidy = parse("participant,date,time,measure,value,note,tags\n"
                                   "P,2025-01-02,09:00,mood,6,,coffee|run\n"
                                   "P,2025-01-02,09:00,stress,3,,coffee|run\n"
                                   "P,2025-01-03,09:00,mood,5,,\n");
    QVERIFY2(tidy.problems.isEmpty(), qPrintable(problemsText(tidy)));
    QCOMPARE(tidy.records.size(), 2);
    QCOMPARE(tidy.records[0].tags, (QStringList{u"coffee"_s, u"run"_s}));
    QVERIFY(tidy.records[1].tags.isEmpty());
    const ImportBatch wide = parse("participant,date,mood,tags\nP,2025-01-02,6,kefir\nP,2025-01-03,,kefir\n");
    QVERIFY2(wide.problems.isEmpty(), qPrintable(problemsText(wide)));
    QCOMPARE(wide.records.size(), 2); // a day with a tag alone is an entry
    QCOMPARE(wide.records[1].tags, QStringList{u"kefir"_s});
    const ImportBatch bad = parse("participant,date,measure,value,tags\nP,2025-01-02,mood,6,\"ok|x,y\"\n");
    QCOMPARE(bad.problems.count(), 1);
    QCOMPARE(bad.problems.shown()[0].field, u"tags"_s);
    QCOMPARE(bad.problems.shown()[0].line, 2);
}

void TestCsvImport::daylioNeedsParticipant()
{
    const ImportBatch batch =
        parse(test::fileBytes(QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/daylio_custom_labels.csv")));
    QCOMPARE(batch.problems.shown()[0].field, u"participant"_s);
    // The rows are still checked, so the mapping step sees every label.
    QCOMPARE(batch.unmappedLabels.size(), 2);
}

void TestCsvImport::questionnaireTotalsAreSkipped()
{
    const ImportBatch batch = parse("participant,date,time,measure,value,note\n"
                                    "P-1,2025-01-01,,phq9_total,11,\n"
                                    "P-1,2025-01-01,08:00,mood,6,\n");
    QVERIFY(batch.problems.isEmpty());
    QCOMPARE(batch.questionnaireTotals, 1);
    QCOMPARE(batch.records.size(), 1);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
