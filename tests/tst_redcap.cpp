// REDCap export through moodbiome-cli: the dictionary's exact header, and every data value checked against the
// dictionary's own field types, validation, ranges and choices.
#include "CliRunner.h"
#include "core/CsvReader.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mb;

namespace {
QList<QStringList> readCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    CsvReader reader(text, u',');
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows.append(record.fields);
    if (reader.error())
        qWarning() << *reader.error();
    return rows;
}

struct DictField {
    QString name, form, type, choices, validation, minimum, maximum, required;
};
} // namespace

class TestRedcap : public QObject {
    Q_OBJECT
private slots:
    void init();
    void dictionaryHeaderAndInstruments();
    void dataMatchesDictionary();
    void dataChecksCatchABadValue();

private:
    test::CliRun cli(QStringList arguments) const
    {
        return test::runCli(QStringList{u"--database"_s, m_db} + arguments, m_dir->path());
    }
    // Every problem of data against dictionary, one a line.
    static QStringList problems(const QList<QStringList>& dictionary, const QList<QStringList>& data);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestRedcap::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"demo.sqlite"_s);
    const auto demo = cli({u"demo"_s, u"--participants"_s, u"3"_s, u"--days"_s, u"30"_s, u"--seed"_s, u"11"_s});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestRedcap::dictionaryHeaderAndInstruments()
{
    const auto run = cli({u"export"_s, u"--format"_s, u"redcap-dictionary"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> rows = readCsv(run.out);
    // REDCap's own 18 columns, spelled as REDCap writes them.
    QCOMPARE(rows.first().join(u'|'),
             u"Variable / Field Name|Form Name|Section Header|Field Type|Field Label|Choices, Calculations, OR Slider "
             "Labels|Field Note|Text Validation Type OR Show Slider Number|Text Validation Min|Text Validation "
             "Max|Identifier?|Branching Logic (Show field only if...)|Required Field?|Custom Alignment|Question Number "
             "(surveys only)|Matrix Group Name|Matrix Ranking?|Field Annotation"_s);
    QStringList forms;
    QSet<QString> names;
    const QRegularExpression fieldName(u"^[a-z][a-z0-9_]*$"_s);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), 18);
        QVERIFY2(fieldName.match(rows[i][0]).hasMatch(), qPrintable(rows[i][0]));
        QVERIFY2(!names.contains(rows[i][0]), qPrintable(rows[i][0]));
        names.insert(rows[i][0]);
        if (!forms.contains(rows[i][1]))
            forms << rows[i][1];
        QVERIFY(QStringList({u"text"_s, u"notes"_s, u"radio"_s, u"dropdown"_s, u"calc"_s}).contains(rows[i][3]));
    }
    QCOMPARE(rows[1][0], u"record_id"_s); // the record id is the first field
    QCOMPARE(forms, (QStringList{u"participant"_s, u"daily_diary"_s, u"phq9"_s, u"gad7"_s, u"pss10"_s, u"who5"_s,
                                 u"intervention"_s}));
    for (const char* measure :
         {"mood", "sleep_hours", "bristol", "caffeine_mg", "phq9_1", "phq9_total", "who5_percent"})
        QVERIFY2(names.contains(QString::fromLatin1(measure)), measure);
    // Choices and the calculated total of the PHQ-9; reverse scoring in PSS-10's.
    for (const QStringList& row : rows) {
        if (row[0] == u"phq9_1")
            QCOMPARE(row[5], u"0, Not at all | 1, Several days | 2, More than half the days | 3, Nearly every day"_s);
        if (row[0] == u"pss10_total")
            QVERIFY2(row[5].contains(u"(4-[pss10_4])"_s), qPrintable(row[5]));
        if (row[0] == u"who5_percent")
            QVERIFY2(row[5].startsWith(u"4*("_s), qPrintable(row[5]));
        if (row[0] == u"bristol")
            QCOMPARE((QStringList{row[7], row[8], row[9]}), (QStringList{u"integer"_s, u"1"_s, u"7"_s}));
    }
}

QStringList TestRedcap::problems(const QList<QStringList>& dictionary, const QList<QStringList>& data)
{
    QStringList found;
    QHash<QString, DictField> fields;
    QStringList expectedHeader{u"record_id"_s, u"redcap_repeat_instrument"_s, u"redcap_repeat_instance"_s};
    QSet<QString> forms;
    for (qsizetype i = 1; i < dictionary.size(); ++i) {
        const QStringList& r = dictionary[i];
        fields.insert(r[0], {r[0], r[1], r[3], r[5], r[7], r[8], r[9], r[12]});
        forms.insert(r[1]);
        if (r[3] != u"calc" && r[0] != u"record_id")
            expectedHeader << r[0];
    }
    if (data.first() != expectedHeader)
        found << u"header: "_s + data.first().join(u',');
    const QStringList& header = data.first();
    QHash<QString, QSet<QString>> instances;
    for (qsizetype line = 1; line < data.size(); ++line) {
        const QStringList& row = data[line];
        const QString where = u"line "_s + QString::number(line + 1) + u": "_s;
        if (row.size() != header.size()) {
            found << where + u"cell count"_s;
            continue;
        }
        const QString instrument = row[1];
        const QString form = instrument.isEmpty() ? u"participant"_s : instrument;
        if (!forms.contains(form))
            found << where + u"unknown instrument "_s + instrument;
        if (row[0].isEmpty())
            found << where + u"no record_id"_s;
        if (instrument.isEmpty() != row[2].isEmpty())
            found << where + u"instance without instrument or the other way round"_s;
        if (!instrument.isEmpty()) {
            bool ok = false;
            const int n = row[2].toInt(&ok);
            const QString key = row[0] + u'/' + instrument + u'/' + row[2];
            if (!ok || n < 1 || instances[row[0] + instrument].contains(key))
                found << where + u"bad or repeated instance "_s + row[2];
            instances[row[0] + instrument].insert(key);
        }
        for (qsizetype c = 3; c < header.size(); ++c) {
            const DictField& f = fields[header[c]];
            const QString& value = row[c];
            if (value.isEmpty()) {
                if (f.required == u"y" && f.form == form)
                    found << where + f.name + u" is required"_s;
                continue;
            }
            if (f.form != form) {
                found << where + f.name + u" belongs to "_s + f.form + u", not "_s + form;
                continue;
            }
            if (f.type == u"radio" || f.type == u"dropdown") {
                QStringList codes;
                for (const QString& choice : f.choices.split(u" | "_s))
                    codes << choice.section(u',', 0, 0).trimmed();
                if (!codes.contains(value))
                    found << where + f.name + u"="_s + value + u" is no choice"_s;
            } else if (f.validation == u"integer" || f.validation == u"number") {
                static const QRegularExpression integer(u"^-?[0-9]+$"_s);
                static const QRegularExpression number(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
                const bool shape = (f.validation == u"integer" ? integer : number).match(value).hasMatch();
                const double v = value.toDouble();
                if (!shape || (!f.minimum.isEmpty() && v < f.minimum.toDouble()) ||
                    (!f.maximum.isEmpty() && v > f.maximum.toDouble()))
                    found << where + f.name + u"="_s + value + u" fails "_s + f.validation + u' ' + f.minimum +
                                 u".."_s + f.maximum;
            } else if (f.validation == u"date_ymd") {
                if (value.size() != 10 || !QDate::fromString(value, Qt::ISODate).isValid())
                    found << where + f.name + u"="_s + value + u" is no date_ymd"_s;
            } else if (f.validation == u"time") {
                if (value.size() != 5 || !QTime::fromString(value, u"HH:mm").isValid())
                    found << where + f.name + u"="_s + value + u" is no time"_s;
            } else if (!f.validation.isEmpty()) {
                found << where + f.name + u": validation "_s + f.validation + u" not checked"_s;
            }
        }
    }
    return found;
}

void TestRedcap::dataMatchesDictionary()
{
    // Something in each instrument: the demo has entries, questionnaires and interventions.
    const auto dictionary = cli({u"export"_s, u"--format"_s, u"redcap-dictionary"_s});
    const auto data = cli({u"export"_s, u"--format"_s, u"redcap"_s});
    QCOMPARE(dictionary.exitCode, 0);
    QCOMPARE(data.exitCode, 0);
    const QList<QStringList> dict = readCsv(dictionary.out);
    const QList<QStringList> rows = readCsv(data.out);
    const QStringList found = problems(dict, rows);
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 20).join(u'\n')));
    QSet<QString> instruments;
    for (const QStringList& row : rows.mid(1))
        instruments.insert(row[1]);
    for (const char* form : {"", "daily_diary", "phq9", "intervention"})
        QVERIFY2(instruments.contains(QString::fromLatin1(form)), form);
    // As many diary rows as journal entries; as many values as the tidy export has observations.
    const auto tidy = cli({u"export"_s});
    const QList<QStringList> tidyRows = readCsv(tidy.out);
    qsizetype values = 0;
    for (const QStringList& row : rows.mid(1))
        if (row[1] == u"daily_diary")
            for (qsizetype c = 3; c < row.size(); ++c)
                if (!row[c].isEmpty() && rows.first()[c] != u"diary_date" && rows.first()[c] != u"diary_time" &&
                    rows.first()[c] != u"diary_note")
                    ++values;
    qsizetype observations = 0;
    for (const QStringList& row : tidyRows.mid(1))
        if (!row[3].endsWith(u"_total") && row[3] != u"who5_percent")
            ++observations;
    QCOMPARE(values, observations);
}

// The checks are real: a value outside its range, a wrong choice and a bad date are each found.
void TestRedcap::dataChecksCatchABadValue()
{
    const QList<QStringList> dict = readCsv(cli({u"export"_s, u"--format"_s, u"redcap-dictionary"_s}).out);
    QList<QStringList> rows = readCsv(cli({u"export"_s, u"--format"_s, u"redcap"_s}).out);
    const QStringList& header = rows.first();
    const qsizetype bristol = header.indexOf(u"bristol"_s);
    const qsizetype phq = header.indexOf(u"phq9_1"_s);
    const qsizetype date = header.indexOf(u"diary_date"_s);
    for (QStringList& row : rows) {
        if (row[1] == u"daily_diary" && !row[bristol].isEmpty()) {
            row[bristol] = u"8"_s;
            row[date] = u"2025-02-30"_s;
            break;
        }
    }
    for (QStringList& row : rows)
        if (row[1] == u"phq9") {
            row[phq] = u"4"_s;
            break;
        }
    const QStringList found = problems(dict, rows);
    QCOMPARE(found.size(), 3);
}

QTEST_GUILESS_MAIN(TestRedcap)
#include "tst_redcap.moc"
