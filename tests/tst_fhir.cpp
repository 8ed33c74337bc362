// FHIR R4 export and import through moodbiome-cli: every resource validated by Medplum's validator (node),
// the transaction form, the study URI, and the round trip export → import → export.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFhir : public QObject {
    Q_OBJECT
private slots:
    void init();
    void demoAndEmptyValidate();
    void transactionValidates();
    void resourcesCarryTheMapping();
    void studySystemChecked();
    void roundTrip();
    void validatorCatchesErrors();

private:
    mb::test::CliRun cli(const QString& db, QStringList arguments) const
    {
        return mb::test::runCli(QStringList{u"--database"_s, db} + arguments, m_dir->path());
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // Runs the validator on files; returns its exit code and puts its output in `output`.
    static int validate(const QStringList& files, QByteArray* output);
    void makeDemo(const QString& db) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFhir::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

int TestFhir::validate(const QStringList& files, QByteArray* output)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral(MOODBIOME_NODE), QStringList{QStringLiteral(MOODBIOME_FHIR_VALIDATOR)} + files);
    if (!node.waitForFinished(300000) || node.exitStatus() != QProcess::NormalExit) {
        *output = "the validator did not run: " + node.errorString().toUtf8();
        return -1;
    }
    *output = node.readAll();
    return node.exitCode();
}

void TestFhir::makeDemo(const QString& db) const
{
    const auto demo = cli(db, {u"demo"_s, u"--participants"_s, u"3"_s, u"--days"_s, u"40"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestFhir::demoAndEmptyValidate()
{
    const QString demo = path(u"demo.sqlite"_s);
    makeDemo(demo);
    const QString demoFile = path(u"demo.fhir.json"_s);
    const auto exported = cli(demo, {u"export"_s, u"--format"_s, u"fhir"_s, u"--output"_s, demoFile});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QString emptyFile = path(u"empty.fhir.json"_s);
    const auto empty = cli(path(u"none.sqlite"_s), {u"export"_s, u"--format"_s, u"fhir"_s, u"--output"_s, emptyFile});
    QVERIFY2(empty.exitCode == 0, empty.err.constData());
    QByteArray output;
    const int code = validate({demoFile, emptyFile}, &output);
    QVERIFY2(code == 0, output.constData());
    QVERIFY2(output.contains(": 0 errors"), output.constData());
    for (const char* type : {"Patient", "Observation", "QuestionnaireResponse", "MedicationStatement"})
        QVERIFY2(output.contains(QByteArray(QByteArray("\"") + type + "\":")), output.constData());
}

void TestFhir::transactionValidates()
{
    const QString demo = path(u"demo.sqlite"_s);
    makeDemo(demo);
    const QString file = path(u"tx.json"_s);
    const auto exported = cli(demo, {u"export"_s, u"--format"_s, u"fhir"_s, u"--fhir-transaction"_s, u"--fhir-system"_s,
                                     u"https://example.org/trials/gut-mood"_s, u"--output"_s, file});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QByteArray output;
    QVERIFY2(validate({file}, &output) == 0, output.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(bundle.value(u"type"_s).toString(), u"transaction"_s);
    const QJsonObject first = bundle.value(u"entry"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"request"_s).toObject().value(u"ifNoneExist"_s).toString().left(52),
             u"identifier=https%3A%2F%2Fexample.org%2Ftrials%2Fgut-"_s);
}

void TestFhir::resourcesCarryTheMapping()
{
    const QString db = path(u"one.sqlite"_s);
    QCOMPARE(cli(db, {u"participant"_s, u"add"_s, u"P-001"_s, u"--name"_s, u"Secret Name"_s}).exitCode, 0);
    QCOMPARE(cli(db, {u"log"_s, u"P-001"_s, u"--date"_s, u"2025-01-03"_s, u"--time"_s, u"08:30"_s, u"sleep_hours=7.5"_s,
                      u"mood=6"_s, u"--note"_s, u"slept \"well\""_s})
                 .exitCode,
             0);
    QCOMPARE(cli(db, {u"questionnaire"_s, u"add"_s, u"P-001"_s, u"phq9"_s, u"1,1,1,1,1,1,1,1,0"_s, u"--date"_s,
                      u"2025-01-04"_s})
                 .exitCode,
             0);
    const auto run = cli(db, {u"export"_s, u"--format"_s, u"fhir"_s, u"--fhir-system"_s, u"urn:oid:1.2.3.4"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains("Secret Name"));
    const QJsonArray entries = QJsonDocument::fromJson(run.out).object().value(u"entry"_s).toArray();
    QJsonObject sleep, patient, response, total;
    for (const QJsonValue& e : entries) {
        const QJsonObject r = e.toObject().value(u"resource"_s).toObject();
        const QString type = r.value(u"resourceType"_s).toString();
        const QJsonObject code = r.value(u"code"_s).toObject().value(u"coding"_s).toArray().first().toObject();
        if (type == u"Patient")
            patient = r;
        else if (type == u"QuestionnaireResponse")
            response = r;
        else if (code.value(u"code"_s) == u"sleep_hours"_s)
            sleep = r;
        else if (code.value(u"code"_s) == u"44261-6"_s)
            total = r;
    }
    QCOMPARE(patient.value(u"identifier"_s).toArray().first().toObject(),
             (QJsonObject{{u"system"_s, u"urn:oid:1.2.3.4"_s}, {u"value"_s, u"P-001"_s}}));
    QCOMPARE(patient.keys(), (QStringList{u"active"_s, u"identifier"_s, u"resourceType"_s}));
    const QJsonObject quantity = sleep.value(u"valueQuantity"_s).toObject();
    QCOMPARE(quantity.value(u"code"_s).toString(), u"h"_s);
    QCOMPARE(quantity.value(u"system"_s).toString(), u"http://unitsofmeasure.org"_s);
    QCOMPARE(quantity.value(u"value"_s).toDouble(), 7.5);
    // The tests run in Europe/Amsterdam: +01:00 in January.
    QCOMPARE(sleep.value(u"effectiveDateTime"_s).toString(), u"2025-01-03T08:30:00+01:00"_s);
    QCOMPARE(sleep.value(u"note"_s).toArray().first().toObject().value(u"text"_s).toString(), u"slept \"well\""_s);
    const QJsonArray items = response.value(u"item"_s).toArray();
    QCOMPARE(items.size(), 9);
    QCOMPARE(items.first().toObject().value(u"linkId"_s).toString(), u"44250-9"_s);
    QCOMPARE(items.last().toObject().value(u"linkId"_s).toString(), u"44260-8"_s);
    QCOMPARE(items.first()
                 .toObject()
                 .value(u"answer"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"valueCoding"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toString(),
             u"LA6569-3"_s);
    QCOMPARE(total.value(u"valueQuantity"_s).toObject().value(u"value"_s).toInt(), 8);
    QVERIFY(total.value(u"derivedFrom"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"reference"_s)
                .toString()
                .startsWith(u"urn:uuid:"_s));
}

void TestFhir::studySystemChecked()
{
    const auto run =
        cli(path(u"x.sqlite"_s), {u"export"_s, u"--format"_s, u"fhir"_s, u"--fhir-system"_s, u"not a uri"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("fhir-system"));
    QVERIFY(!QFile::exists(path(u"x.sqlite"_s)));
}

void TestFhir::roundTrip()
{
    const QString demo = path(u"demo.sqlite"_s);
    makeDemo(demo);
    const QString file = path(u"demo.fhir.json"_s);
    QCOMPARE(cli(demo, {u"export"_s, u"--format"_s, u"fhir"_s, u"--output"_s, file}).exitCode, 0);
    const QString copy = path(u"copy.sqlite"_s);
    const auto imported = cli(copy, {u"import"_s, file, u"--format"_s, u"fhir"_s});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const auto before = cli(demo, {u"export"_s});
    const auto after = cli(copy, {u"export"_s});
    QCOMPARE(before.exitCode, 0);
    QVERIFY(before.out.count('\n') > 100);
    // Everything but the tags, which FHIR does not carry (docs/FHIR.md): the last column, after the last comma.
    const auto withoutTags = [](const QByteArray& csv) {
        QByteArrayList lines = csv.split('\n');
        for (QByteArray& line : lines)
            line.truncate(std::max(qsizetype(0), line.lastIndexOf(',')));
        return lines;
    };
    QVERIFY(before.out.contains(",coffee")); // the demo has tags; they are what is left out
    QCOMPARE(withoutTags(after.out), withoutTags(before.out));
    // Interventions come back too.
    const auto json = cli(copy, {u"export"_s, u"--format"_s, u"json"_s});
    const auto original = cli(demo, {u"export"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"interventions"_s).toArray().size(),
             QJsonDocument::fromJson(original.out).object().value(u"interventions"_s).toArray().size());
    QVERIFY(cli(copy, {u"verify"_s}).exitCode == 0);
}

// The validator is real: a resource it must refuse makes it fail.
void TestFhir::validatorCatchesErrors()
{
    QFile bad(path(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:1",
        "resource":{"resourceType":"Observation","status":"final","code":{"text":"x"},
        "effectiveDateTime":"2025-13-40","valueQuantity":{"value":"seven"}}}]})");
    bad.close();
    QByteArray output;
    QCOMPARE(validate({bad.fileName()}, &output), 1);
    QVERIFY2(output.contains("Invalid dateTime"), output.constData());
}

QTEST_GUILESS_MAIN(TestFhir)
#include "tst_fhir.moc"
