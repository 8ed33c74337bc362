// FHIR R4 export and import through moodbiome-cli: every resource validated by Medplum's validator (node),
// the transaction form, the study URI, and the round trip export → import → export.
#include "CliRunner.h"
#include "storage/ParticipantRepository.h"
#include "storage/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// A change to the entries of a Bundle, for the import's data-driven tests.
using BundleEdit = std::function<void(QJsonArray& entries)>;
Q_DECLARE_METATYPE(BundleEdit)

class TestFhir : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void demoAndEmptyValidate();
    void transactionValidates();
    void resourcesCarryTheMapping();
    void studySystemChecked();
    void roundTrip();
    void validatorCatchesErrors();
    void answersMatchedByLinkId_data();
    void answersMatchedByLinkId();
    void refusesWhatTheExportDoesNotWrite_data();
    void refusesWhatTheExportDoesNotWrite();
    void noteKeptWhole();
    void loneSurrogateRefused_data();
    void loneSurrogateRefused();
    void entryOfAnotherTypeRefused_data();
    void entryOfAnotherTypeRefused();
    void storageRefusalNamesTheResource_data();
    void storageRefusalNamesTheResource();
    void importedTwiceAddsNothing();
    void duplicateKeyRefused();
    void controlCharacterInNameRefused();

private:
    mb::test::CliRun cli(const QString& db, QStringList arguments) const
    {
        return mb::test::runCli(QStringList{u"--database"_s, db} + arguments, m_dir->path());
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // Runs the validator on files; returns its exit code and puts its output in `output`.
    static int validate(const QStringList& files, QByteArray* output);
    void makeDemo(const QString& db) const;
    // Imports the exported Bundle after `edit` into a new database; returns the run.
    mb::test::CliRun importEdited(const BundleEdit& edit, const QString& db) const;
    // The same, with every "@@" in the written JSON replaced by escaped (such as \ud800, which QJsonDocument
    // cannot write).
    mb::test::CliRun importEdited(const BundleEdit& edit, const QString& db, const QByteArray& escaped) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    // The FHIR export of one participant: an entry with mood and sleep_hours, a PHQ-9 with item 9 (the
    // safety item) answered 3, a PSS-10, a probiotic with a dose.
    QJsonObject m_source;
};

void TestFhir::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString db = path(u"source.sqlite"_s);
    const QList<QStringList> commands = {
        {u"participant"_s, u"add"_s, u"P-001"_s},
        {u"log"_s, u"P-001"_s, u"--date"_s, u"2025-01-03"_s, u"--time"_s, u"08:30"_s, u"--note"_s, u"hello"_s,
         u"mood=6"_s, u"sleep_hours=7.5"_s},
        {u"questionnaire"_s, u"add"_s, u"P-001"_s, u"phq9"_s, u"0,0,0,0,0,0,0,0,3"_s, u"--date"_s, u"2025-01-04"_s},
        {u"questionnaire"_s, u"add"_s, u"P-001"_s, u"pss10"_s, u"0,1,2,3,4,0,1,2,3,4"_s, u"--date"_s, u"2025-01-04"_s},
        {u"intervention"_s, u"add"_s, u"P-001"_s, u"--kind"_s, u"probiotic"_s, u"--name"_s, u"LGG"_s, u"--start"_s,
         u"2025-01-01"_s, u"--dose"_s, u"10"_s, u"--unit"_s, u"mg"_s}};
    for (const QStringList& command : commands) {
        const auto run = cli(db, command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const auto exported = cli(db, {u"export"_s, u"--format"_s, u"fhir"_s});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    m_source = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(m_source.value(u"entry"_s).toArray().size(), 8);
}

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

namespace {

// `node` with the member or element at `path` (names and indexes) set to `value`, or removed when `value` is
// undefined.
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = key.toInt();
        if (i == array.size())
            array.append(QJsonValue()); // an element past the end: appended
        if (!path.isEmpty())
            array[i] = replaced(array[i], path, value);
        else if (value.isUndefined())
            array.removeAt(i);
        else
            array[i] = value;
        return array;
    }
    QJsonObject object = node.toObject();
    if (!path.isEmpty())
        object[key] = replaced(object[key], path, value);
    else if (value.isUndefined())
        object.remove(key);
    else
        object[key] = value;
    return object;
}

// The index of the resource of `type` whose identifier value is `id`.
qsizetype resourceIndex(const QJsonArray& entries, const QString& type, const QString& id)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject r = entries[i].toObject().value(u"resource"_s).toObject();
        const QJsonValue identifier = r.value(u"identifier"_s);
        const QJsonObject first =
            identifier.isArray() ? identifier.toArray().first().toObject() : identifier.toObject();
        if (r.value(u"resourceType"_s).toString() == type && first.value(u"value"_s).toString() == id)
            return i;
    }
    qFatal("no %s %s in the Bundle", qPrintable(type), qPrintable(id));
}

// An edit that sets (or, with an undefined value, removes) `path` ("valueQuantity/value") in one resource.
BundleEdit set(const QString& type, const QString& id, const QString& path, const QJsonValue& value)
{
    return [=](QJsonArray& entries) {
        const qsizetype i = resourceIndex(entries, type, id);
        entries[i] = replaced(entries[i], QStringList{u"resource"_s} + path.split(u'/'), value);
    };
}

BundleEdit both(const BundleEdit& first, const BundleEdit& second)
{
    return [=](QJsonArray& entries) {
        first(entries);
        second(entries);
    };
}

// An edit that appends a copy of a resource, changed by `edit`.
BundleEdit appendCopy(const QString& type, const QString& id, const BundleEdit& edit)
{
    return [=](QJsonArray& entries) {
        QJsonArray one{entries[resourceIndex(entries, type, id)]};
        edit(one);
        entries.append(one.first());
    };
}

// Inside appendCopy: the copy's fullUrl.
BundleEdit setFullUrl(const QString& url)
{
    return [=](QJsonArray& one) {
        one[0] = replaced(one[0], {u"fullUrl"_s}, url);
    };
}

BundleEdit reverseItems(const QString& id)
{
    return [=](QJsonArray& entries) {
        const qsizetype i = resourceIndex(entries, u"QuestionnaireResponse"_s, id);
        const QJsonArray items = entries[i].toObject().value(u"resource"_s).toObject().value(u"item"_s).toArray();
        QJsonArray reversed;
        for (qsizetype n = items.size() - 1; n >= 0; --n)
            reversed.append(items[n]);
        entries[i] = replaced(entries[i], {u"resource"_s, u"item"_s}, reversed);
    };
}

const QString phq9 = u"P-001/phq9/response-1"_s;
const QString pss10 = u"P-001/pss10/response-2"_s;
const QString mood = u"P-001/entry-1/mood"_s;
const QString sleepHours = u"P-001/entry-1/sleep_hours"_s;
const QString probiotic = u"P-001/intervention-1"_s;
const QString qr = u"QuestionnaireResponse"_s;
const QString obs = u"Observation"_s;

} // namespace

mb::test::CliRun TestFhir::importEdited(const BundleEdit& edit, const QString& db) const
{
    return importEdited(edit, db, "@@");
}

mb::test::CliRun TestFhir::importEdited(const BundleEdit& edit, const QString& db, const QByteArray& escaped) const
{
    QJsonObject bundle = m_source;
    QJsonArray entries = bundle.value(u"entry"_s).toArray();
    edit(entries);
    bundle[u"entry"_s] = entries;
    const QString file = path(u"edited.json"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(bundle).toJson().replace("@@", escaped)) < 0)
        qFatal("cannot write %s", qPrintable(file));
    f.close();
    return cli(db, {u"import"_s, file, u"--format"_s, u"fhir"_s});
}

void TestFhir::answersMatchedByLinkId_data()
{
    QTest::addColumn<BundleEdit>("edit");
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<bool>("flagged");
    const QList<int> phq9Answers{0, 0, 0, 0, 0, 0, 0, 0, 3};
    const QList<int> pss10Answers{0, 1, 2, 3, 4, 0, 1, 2, 3, 4};
    QTest::newRow("PHQ-9 as exported") << BundleEdit([](QJsonArray&) {}) << u"phq9"_s << phq9Answers << true;
    // Item 9 (the safety item) listed first: it stays item 9, and the flag is raised.
    QTest::newRow("PHQ-9 items in reverse") << reverseItems(phq9) << u"phq9"_s << phq9Answers << true;
    QTest::newRow("PSS-10 items in reverse") << reverseItems(pss10) << u"pss10"_s << pss10Answers << false;
}

// Answers go to the item their linkId names, in whatever order the items are listed.
void TestFhir::answersMatchedByLinkId()
{
    QFETCH(BundleEdit, edit);
    QFETCH(QString, instrument);
    QFETCH(QList<int>, answers);
    QFETCH(bool, flagged);
    const QString db = path(u"imported.sqlite"_s);
    const auto run = importEdited(edit, db);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto json = cli(db, {u"export"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    QJsonObject response;
    for (const QJsonValue& r : QJsonDocument::fromJson(json.out).object().value(u"questionnaire_responses"_s).toArray())
        if (r.toObject().value(u"instrument"_s).toString() == instrument)
            response = r.toObject();
    QList<int> stored;
    for (const QJsonValue& a : response.value(u"answers"_s).toArray())
        stored.append(a.toInt());
    QCOMPARE(stored, answers);
    QCOMPARE(response.value(u"flagged"_s).toBool(), flagged);
}

void TestFhir::refusesWhatTheExportDoesNotWrite_data()
{
    QTest::addColumn<BundleEdit>("edit");
    QTest::addColumn<QString>("where"); // the resource the message must name
    QTest::addColumn<QString>("what");  // and what it must say about it
    const QString inPhq9 = u"QuestionnaireResponse “P-001/phq9/response-1”"_s;
    const QString inPss10 = u"QuestionnaireResponse “P-001/pss10/response-2”"_s;
    const QString inMood = u"Observation “P-001/entry-1/mood”"_s;
    const QString inSleep = u"Observation “P-001/entry-1/sleep_hours”"_s;
    const QString inProbiotic = u"MedicationStatement “P-001/intervention-1”"_s;

    // Questionnaire answers: by linkId, each of the instrument's items once.
    QTest::newRow("unknown linkId") << set(qr, phq9, u"item/0/linkId"_s, u"zzz"_s) << inPhq9 << u"linkId “zzz”"_s;
    QTest::newRow("PHQ-9 linkId in a PSS-10")
        << set(qr, pss10, u"item/0/linkId"_s, u"44250-9"_s) << inPss10 << u"linkId “44250-9”"_s;
    QTest::newRow("linkId twice") << set(qr, phq9, u"item/1/linkId"_s, u"44250-9"_s) << inPhq9
                                  << u"linkId “44250-9” twice"_s;
    QTest::newRow("item missing") << set(qr, phq9, u"item/8"_s, QJsonValue::Undefined) << inPhq9
                                  << u"no item with linkId “44260-8”"_s;
    QTest::newRow("two answers to an item") << set(qr, phq9, u"item/0/answer/1"_s, QJsonObject{{u"valueInteger"_s, 1}})
                                            << inPhq9 << u"item “44250-9” has 2 answers"_s;
    QTest::newRow("PHQ-9 answer as a number")
        << set(qr, phq9, u"item/8/answer/0"_s, QJsonObject{{u"valueInteger"_s, 3}}) << inPhq9
        << u"answer to item “44260-8”"_s;

    // Numbers that are not JSON numbers.
    QTest::newRow("value as text") << set(obs, mood, u"valueQuantity/value"_s, u"7"_s) << inMood
                                   << u"valueQuantity.value"_s;
    QTest::newRow("value true") << set(obs, mood, u"valueQuantity/value"_s, true) << inMood << u"valueQuantity.value"_s;
    QTest::newRow("value missing") << set(obs, mood, u"valueQuantity"_s, QJsonValue::Undefined) << inMood
                                   << u"valueQuantity"_s;
    QTest::newRow("FMT as a MedicationStatement")
        << set(u"MedicationStatement"_s, probiotic, u"category/coding/0/code"_s, u"intervention-fmt"_s) << inProbiotic
        << u"“intervention-fmt” as a Procedure"_s;
    QTest::newRow("dose as text") << set(u"MedicationStatement"_s, probiotic,
                                         u"dosage/0/doseAndRate/0/doseQuantity/value"_s, u"10"_s)
                                  << inProbiotic << u"doseQuantity.value"_s;
    QTest::newRow("valueInteger as text")
        << set(qr, pss10, u"item/0/answer/0/valueInteger"_s, u"3"_s) << inPss10 << u"answer to item “pss10-1”"_s;
    QTest::newRow("valueInteger a fraction")
        << set(qr, pss10, u"item/0/answer/0/valueInteger"_s, 1.5) << inPss10 << u"answer to item “pss10-1”"_s;

    // Identifiers, resource types, date-times, units, an entry's note and time.
    QTest::newRow("identifier twice") << appendCopy(obs, mood, set(obs, mood, u"valueQuantity/value"_s, 2)) << inMood
                                      << u"identifier is also that of Bundle entry 2"_s;
    QTest::newRow("a value twice in an entry")
        << appendCopy(obs, mood,
                      both(both(set(obs, mood, u"valueQuantity/value"_s, 2), setFullUrl(u"urn:uuid:mood-again"_s)),
                           set(obs, mood, u"identifier/0/value"_s, u"P-001/entry-1/mood-again"_s)))
        << u"Observation “P-001/entry-1/mood-again”"_s << u"second value of mood"_s;
    QTest::newRow("a Patient's fullUrl twice")
        << appendCopy(u"Patient"_s, u"P-001"_s, set(u"Patient"_s, u"P-001"_s, u"identifier/0/value"_s, u"P-002"_s))
        << u"Bundle entry 9 (Patient “P-002”)"_s << u"is also that of Bundle entry 1"_s;
    QTest::newRow("Condition") << BundleEdit([](QJsonArray& entries) {
        entries.append(QJsonObject{{u"resource"_s, QJsonObject{{u"resourceType"_s, u"Condition"_s}}}});
    }) << u"Bundle entry 9 (Condition)"_s
                               << u"resource type"_s;
    QTest::newRow("offset +99:00") << set(obs, mood, u"effectiveDateTime"_s, u"2025-01-03T08:30:00+99:00"_s) << inMood
                                   << u"effectiveDateTime “2025-01-03T08:30:00+99:00”"_s;
    QTest::newRow("offset +14:30") << set(obs, mood, u"effectiveDateTime"_s, u"2025-01-03T08:30:00+14:30"_s) << inMood
                                   << u"effectiveDateTime “2025-01-03T08:30:00+14:30”"_s;
    QTest::newRow("time without offset") << set(obs, mood, u"effectiveDateTime"_s, u"2025-01-03T08:30"_s) << inMood
                                         << u"effectiveDateTime “2025-01-03T08:30”"_s;
    QTest::newRow("authored +99:00") << set(qr, phq9, u"authored"_s, u"2025-01-04T12:00:00+99:00"_s) << inPhq9
                                     << u"authored “2025-01-04T12:00:00+99:00”"_s;
    QTest::newRow("sleep in minutes") << both(set(obs, sleepHours, u"valueQuantity/unit"_s, u"min"_s),
                                              set(obs, sleepHours, u"valueQuantity/code"_s, u"min"_s))
                                      << inSleep << u"unit “min”"_s;
    QTest::newRow("mood in percent") << both(set(obs, mood, u"valueQuantity/unit"_s, u"%"_s),
                                             set(obs, mood, u"valueQuantity/code"_s, u"%"_s))
                                     << inMood << u"unit “%”"_s;
    QTest::newRow("an entry's values with two notes")
        << set(obs, sleepHours, u"note/0/text"_s, QStringLiteral(u"before\u0000after")) << inSleep << u"note"_s;
    QTest::newRow("an entry's values at two times")
        << set(obs, sleepHours, u"effectiveDateTime"_s, u"2025-01-03T09:30:00+01:00"_s) << inSleep
        << u"effectiveDateTime"_s;

    // What the storage layer refuses is refused while reading, naming the resource and the field.
    const QString dose = u"dosage/0/doseAndRate/0/doseQuantity/value"_s;
    const QString ms = u"MedicationStatement"_s;
    QTest::newRow("mood 1e308") << set(obs, mood, u"valueQuantity/value"_s, 1e308) << inMood
                                << u"valueQuantity.value: mood=1e+308: "_s;
    QTest::newRow("sleep 25 hours") << set(obs, sleepHours, u"valueQuantity/value"_s, 25) << inSleep
                                    << u"valueQuantity.value: sleep_hours=25: "_s;
    QTest::newRow("negative dose") << set(ms, probiotic, dose, -1) << inProbiotic
                                   << u"doseQuantity.value: The dose cannot be negative"_s;
    QTest::newRow("dose 1e308") << set(ms, probiotic, dose, 1e308) << inProbiotic
                                << u"doseQuantity.value: The dose cannot be more than"_s;
    QTest::newRow("start in 2300") << set(ms, probiotic, u"effectivePeriod/start"_s, u"2300-01-01"_s) << inProbiotic
                                   << u"effectivePeriod.start: The date 2300-01-01 lies outside"_s;
    QTest::newRow("end before start") << set(ms, probiotic, u"effectivePeriod/end"_s, u"2024-12-31"_s) << inProbiotic
                                      << u"effectivePeriod.end: 2024-12-31 lies before the start 2025-01-01"_s;
    QTest::newRow("end not a date") << set(ms, probiotic, u"effectivePeriod/end"_s, u"soon"_s) << inProbiotic
                                    << u"effectivePeriod.end “soon”"_s;
    QTest::newRow("entry in 2300") << both(set(obs, mood, u"effectiveDateTime"_s, u"2300-01-03"_s),
                                           set(obs, sleepHours, u"effectiveDateTime"_s, u"2300-01-03"_s))
                                   << inMood << u"effectiveDateTime: The date 2300-01-03 lies outside"_s;
    QTest::newRow("authored in 2300") << set(qr, phq9, u"authored"_s, u"2300-01-04"_s) << inPhq9
                                      << u"authored: The date 2300-01-04 lies outside"_s;
    QTest::newRow("authored in the future")
        << set(qr, phq9, u"authored"_s, u"2199-01-04"_s) << inPhq9 << u"authored: 2199-01-04 lies in the future"_s;

    // The export writes one note, one dosage: a second is refused, not dropped.
    QTest::newRow("two notes") << both(set(obs, mood, u"note/1"_s, QJsonObject{{u"text"_s, u"second"_s}}),
                                       set(obs, sleepHours, u"note/1"_s, QJsonObject{{u"text"_s, u"second"_s}}))
                               << inMood << u"note has 2 elements where the export writes one"_s;
    QTest::newRow("an intervention's two notes")
        << set(ms, probiotic, u"note"_s, QJsonArray{QJsonObject{{u"text"_s, u"a"_s}}, QJsonObject{{u"text"_s, u"b"_s}}})
        << inProbiotic << u"note has 2 elements"_s;
    QTest::newRow("two dosages") << set(ms, probiotic, u"dosage/1"_s, QJsonObject{{u"text"_s, u"twice"_s}})
                                 << inProbiotic << u"dosage has 2 elements"_s;

    // JSON of another type than the export writes.
    QTest::newRow("note an object") << set(obs, mood, u"note"_s, QJsonObject{{u"text"_s, u"a"_s}}) << inMood
                                    << u"note is an object, not an array"_s;
    QTest::newRow("note text a number") << set(obs, mood, u"note/0/text"_s, 5) << inMood
                                        << u"note[0].text is a number, not a string"_s;
    QTest::newRow("subject a string") << set(obs, mood, u"subject"_s, u"urn:uuid:x"_s) << inMood
                                      << u"subject is a string, not an object"_s;
    QTest::newRow("effectiveDateTime a number") << set(obs, mood, u"effectiveDateTime"_s, 20250103) << inMood
                                                << u"effectiveDateTime is a number, not a string"_s;
    QTest::newRow("identifier an object") << set(obs, mood, u"identifier"_s, QJsonObject{{u"value"_s, mood}})
                                          << u"(Observation)"_s << u"identifier is an object, not an array"_s;
    QTest::newRow("items an object") << set(qr, phq9, u"item"_s, QJsonObject{}) << inPhq9
                                     << u"item is an object, not an array"_s;
    QTest::newRow("linkId a number") << set(qr, phq9, u"item/0/linkId"_s, 5) << inPhq9
                                     << u"item.linkId is a number, not a string"_s;
    QTest::newRow("dosage an object") << set(ms, probiotic, u"dosage"_s, QJsonObject{}) << inProbiotic
                                      << u"dosage is an object, not an array"_s;
    QTest::newRow("an entry a string") << BundleEdit([](QJsonArray& entries) { entries.append(u"x"_s); })
                                       << u"Bundle entry 9:"_s << u"is a string, not an object"_s;
}

// A resource that is not what the export writes refuses the whole file, naming the resource and what is
// wrong with it (docs/FHIR.md "Import"), exit 2, the database as it was.
void TestFhir::refusesWhatTheExportDoesNotWrite()
{
    QFETCH(BundleEdit, edit);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const QString db = path(u"target.sqlite"_s);
    QCOMPARE(cli(db, {u"participant"_s, u"add"_s, u"X-1"_s}).exitCode, 0);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const auto run = importEdited(edit, db);
    QCOMPARE(run.exitCode, 2);
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(where), run.err.constData());
    QVERIFY2(message.contains(what), run.err.constData());
    QVERIFY2(message.contains(u"nothing was imported"_s), run.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

// "entry" of another JSON type than an array was read as no entries: an empty import, exit 0.
void TestFhir::entryOfAnotherTypeRefused_data()
{
    QTest::addColumn<QJsonValue>("entry");
    QTest::addColumn<QString>("what");
    QTest::newRow("object") << QJsonValue(QJsonObject{}) << u"entry is an object, not an array"_s;
    QTest::newRow("string") << QJsonValue(u"x"_s) << u"entry is a string, not an array"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"entry is null, not an array"_s;
}

void TestFhir::entryOfAnotherTypeRefused()
{
    QFETCH(QJsonValue, entry);
    QFETCH(QString, what);
    QJsonObject bundle = m_source;
    bundle[u"entry"_s] = entry;
    const QString file = path(u"bundle.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(bundle).toJson()) > 0);
    f.close();
    const auto run = cli(path(u"target.sqlite"_s), {u"import"_s, file, u"--format"_s, u"fhir"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(what), run.err.constData());
    QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
}

void TestFhir::storageRefusalNamesTheResource_data()
{
    QTest::addColumn<BundleEdit>("edit");
    QTest::addColumn<QString>("where");
    QTest::newRow("journal entry") << BundleEdit([](QJsonArray&) {}) << u"Observation “P-001/entry-1/mood”"_s;
    QTest::newRow("questionnaire") << BundleEdit([](QJsonArray& entries) {
        for (qsizetype i = entries.size() - 1; i >= 0; --i)
            if (entries[i].toObject().value(u"resource"_s).toObject().value(u"resourceType"_s) == obs)
                entries.removeAt(i);
    }) << u"QuestionnaireResponse “P-001/phq9/response-1”"_s;
}

// A refusal only the storage layer makes (here: the participant withdrew) names the Bundle entry and resource
// too; it was the storage layer's message alone.
void TestFhir::storageRefusalNamesTheResource()
{
    QFETCH(BundleEdit, edit);
    QFETCH(QString, where);
    const QString db = path(u"target.sqlite"_s);
    QCOMPARE(cli(db, {u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    {
        const auto store = mb::Store::open(db);
        mb::Participant p = *store->participants().byCode(u"P-001"_s);
        p.withdrawn = QDate::currentDate();
        store->participants().update(p, u"test"_s);
    }
    const auto run = importEdited(edit, db);
    QCOMPARE(run.exitCode, 2);
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(u"Bundle entry "_s) && message.contains(where), run.err.constData());
    QVERIFY2(message.contains(u"P-001 withdrew on "_s), run.err.constData());
    QVERIFY2(message.contains(u"nothing was imported"_s), run.err.constData());
}

// A note is stored whole, control characters and U+0000 included, as the CSV import stores it.
void TestFhir::noteKeptWhole()
{
    const QString note = QStringLiteral(u"before\u0000after\u001b[31m");
    const BundleEdit edit = both(set(obs, mood, u"note/0/text"_s, note), set(obs, sleepHours, u"note/0/text"_s, note));
    const QString db = path(u"imported.sqlite"_s);
    const auto run = importEdited(edit, db);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto json = cli(db, {u"export"_s, u"--format"_s, u"json"_s});
    const QJsonArray entries = QJsonDocument::fromJson(json.out).object().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"note"_s).toString(), note);
}

void TestFhir::loneSurrogateRefused_data()
{
    QTest::addColumn<BundleEdit>("edit");
    QTest::addColumn<QByteArray>("escaped");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("pairKept"); // a whole pair there is a character the field takes
    const BundleEdit notes =
        both(set(obs, mood, u"note/0/text"_s, u"x@@y"_s), set(obs, sleepHours, u"note/0/text"_s, u"x@@y"_s));
    QTest::newRow("high half alone") << notes << QByteArray("\\ud800") << u"Observation “P-001/entry-1/mood”"_s
                                     << u"note[0].text holds \\ud800 at character 2"_s << true;
    QTest::newRow("low half alone") << notes << QByteArray("\\uDC01") << u"Observation “P-001/entry-1/mood”"_s
                                    << u"note[0].text holds \\udc01 at character 2"_s << true;
    QTest::newRow("halves reversed") << notes << QByteArray("\\ude00\\ud83d") << u"Observation “P-001/entry-1/mood”"_s
                                     << u"holds \\ude00"_s << true;
    QTest::newRow("in a Patient's identifier")
        << set(u"Patient"_s, u"P-001"_s, u"identifier/0/value"_s, u"P-@@"_s) << QByteArray("\\ud800")
        << u"Bundle entry 1 (Patient)"_s << u"identifier.value holds \\ud800 at character 3"_s
        << false; // a code has letters, digits and - _ . only
    QTest::newRow("in an intervention's name")
        << set(u"MedicationStatement"_s, probiotic, u"medicationCodeableConcept/text"_s, u"LGG@@"_s)
        << QByteArray("\\udbff") << u"MedicationStatement “P-001/intervention-1”"_s << u"holds \\udbff"_s << true;
}

// A "\ud800" without its other half is no character: Qt's JSON reader lets it through and it would be stored as
// '?'. The file is refused, naming the field, and nothing is written; a whole pair (an emoji) is a character.
void TestFhir::loneSurrogateRefused()
{
    QFETCH(BundleEdit, edit);
    QFETCH(QByteArray, escaped);
    QFETCH(QString, where);
    QFETCH(QString, what);
    QFETCH(bool, pairKept);
    const QString db = path(u"target.sqlite"_s);
    const auto run = importEdited(edit, db, escaped);
    QCOMPARE(run.exitCode, 2);
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(where), run.err.constData());
    QVERIFY2(message.contains(what), run.err.constData());
    QVERIFY2(message.contains(u"nothing was imported"_s), run.err.constData());
    QVERIFY2(!cli(db, {u"export"_s}).out.contains("P-001"), "something was imported");

    if (!pairKept)
        return;
    const QString pair = path(QString::fromUtf8(QTest::currentDataTag()) + u"-pair.sqlite"_s);
    const auto whole = importEdited(edit, pair, "\\ud83d\\ude00");
    QVERIFY2(whole.exitCode == 0, whole.err.constData());
    QVERIFY(cli(pair, {u"export"_s, u"--format"_s, u"json"_s}).out.contains("\xF0\x9F\x98\x80")); // 😀, not '?'
}

// A Bundle imported twice (a resent file) doubled every entry, PHQ-9 response (with a second safety flag) and
// intervention; as with a CSV, what is stored already is skipped and counted. A changed value is new.
void TestFhir::importedTwiceAddsNothing()
{
    const QString file = path(u"bundle.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(m_source).toJson()) > 0);
    f.close();
    const QString db = path(u"target.sqlite"_s);
    const QStringList import{u"--json"_s, u"import"_s, file, u"--format"_s, u"fhir"_s};
    const auto first = cli(db, import);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QByteArray exported = cli(db, {u"export"_s}).out;
    QVERIFY(exported.contains("P-001"));
    const auto again = cli(db, import);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(summary.value(u"entries"_s).toInt(), 0);
    QCOMPARE(summary.value(u"observations"_s).toInt(), 0);
    QCOMPARE(summary.value(u"questionnaire_responses"_s).toInt(), 0);
    QCOMPARE(summary.value(u"interventions"_s).toInt(), 0);
    QCOMPARE(summary.value(u"already_stored"_s).toInt(), 4); // one entry, two responses, one intervention
    QCOMPARE(cli(db, {u"export"_s}).out, exported);
    QCOMPARE(QJsonDocument::fromJson(cli(db, {u"export"_s, u"--format"_s, u"json"_s}).out)
                 .object()
                 .value(u"interventions"_s)
                 .toArray()
                 .size(),
             1);
    const QByteArray text = cli(db, {u"import"_s, file, u"--format"_s, u"fhir"_s}).out;
    QVERIFY2(text.contains("Skipped 4 entries, questionnaire responses and interventions stored already."),
             text.constData());

    const auto changed = importEdited(set(obs, mood, u"valueQuantity/value"_s, 7), db);
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QVERIFY2(changed.out.contains(": 1 entries with 2 values"), changed.out.constData());
}

// {"value": 50, "value": 5}: Qt's reader keeps the last value without a word, so the key order decided between a
// refusal (50 out of range) and 5. Now the file is refused, naming the entry and the key; nothing is written.
void TestFhir::duplicateKeyRefused()
{
    QByteArray json = QJsonDocument(m_source).toJson(QJsonDocument::Compact);
    const qsizetype at = json.indexOf("\"valueQuantity\":{");
    QVERIFY(at > 0);
    json.insert(at + 17, "\"value\":50,");
    const QString file = path(u"dup.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(json) > 0);
    f.close();
    QVERIFY(!QJsonDocument::fromJson(json).isNull()); // Qt reads it
    const QString db = path(u"target.sqlite"_s);
    const auto run = cli(db, {u"import"_s, file, u"--format"_s, u"fhir"_s});
    QCOMPARE(run.exitCode, 2);
    // The entry of the first Observation with a value: counted as the scan counts, from the start of "entry".
    qsizetype entry = 0;
    const QJsonArray entries = m_source.value(u"entry"_s).toArray();
    while (!entries[entry].toObject().value(u"resource"_s).toObject().contains(u"valueQuantity"_s))
        ++entry;
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(u"Bundle entry %1: an object has the key “value” twice"_s.arg(entry + 1)),
             run.err.constData());
    QVERIFY2(message.contains(u"nothing was imported"_s), run.err.constData());
    QVERIFY(!cli(db, {u"export"_s}).out.contains("P-001"));
}

// A NUL in an intervention's name was stored: other tools showed the name cut short, and no command line can name
// it in analyze. Control characters in a name are refused, from a Bundle as from the command line.
void TestFhir::controlCharacterInNameRefused()
{
    const QString db = path(u"target.sqlite"_s);
    const auto run = importEdited(
        set(u"MedicationStatement"_s, probiotic, u"medicationCodeableConcept/text"_s, u"Lacto@@bacillus"_s), db,
        "\\u0000");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"MedicationStatement “P-001/intervention-1”"_s) &&
                 run.err.contains("contains a control character (U+0000) at character 6"),
             run.err.constData());
    QVERIFY(!cli(db, {u"export"_s}).out.contains("P-001"));
    QCOMPARE(cli(db, {u"participant"_s, u"add"_s, u"P-001"_s}).exitCode, 0);
    const auto tab = cli(db, {u"intervention"_s, u"add"_s, u"P-001"_s, u"--kind"_s, u"probiotic"_s, u"--name"_s,
                              u"LGG\tx"_s, u"--start"_s, u"2025-01-01"_s});
    QCOMPARE(tab.exitCode, 2);
    QVERIFY2(tab.err.contains("control character (U+0009)"), tab.err.constData());
}

QTEST_GUILESS_MAIN(TestFhir)
#include "tst_fhir.moc"
