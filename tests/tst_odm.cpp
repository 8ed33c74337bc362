// CDISC ODM 1.3.2 export through moodbiome-cli: well-formed (QXmlStreamReader, and xmllint when installed), and
// every element and attribute checked against the rules of the ODM 1.3.2 specification written down in
// docs/ODM.md "Rules checked": which attributes each element has (required, optional, allowed values), which
// children in which order and how often, that every OID reference resolves, and that every value fits its
// item's data type, code list and range checks.
#include "CliRunner.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace mb;

namespace {

struct Child {
    QString name;
    int min;
    int max; // -1: unbounded
};
struct Rule {
    QStringList required;
    QStringList optional;
    QList<Child> children; // in the order the schema requires
    bool text = false;     // character content allowed
};

constexpr int many = -1;

// The part of ODM 1.3.2 that MoodBiome writes, from the specification's element definitions.
const QHash<QString, Rule>& rules()
{
    static const QHash<QString, Rule> table = {
        {u"ODM"_s,
         {{u"FileType"_s, u"FileOID"_s, u"CreationDateTime"_s},
          {u"ODMVersion"_s, u"Granularity"_s, u"Archival"_s, u"PriorFileOID"_s, u"AsOfDateTime"_s, u"Originator"_s,
           u"SourceSystem"_s, u"SourceSystemVersion"_s, u"Description"_s, u"ID"_s},
          {{u"Study"_s, 0, many},
           {u"AdminData"_s, 0, many},
           {u"ReferenceData"_s, 0, many},
           {u"ClinicalData"_s, 0, many},
           {u"Association"_s, 0, many}}}},
        {u"Study"_s,
         {{u"OID"_s},
          {},
          {{u"GlobalVariables"_s, 1, 1}, {u"BasicDefinitions"_s, 0, 1}, {u"MetaDataVersion"_s, 0, many}}}},
        {u"GlobalVariables"_s,
         {{}, {}, {{u"StudyName"_s, 1, 1}, {u"StudyDescription"_s, 1, 1}, {u"ProtocolName"_s, 1, 1}}}},
        {u"StudyName"_s, {{}, {}, {}, true}},
        {u"StudyDescription"_s, {{}, {}, {}, true}},
        {u"ProtocolName"_s, {{}, {}, {}, true}},
        {u"BasicDefinitions"_s, {{}, {}, {{u"MeasurementUnit"_s, 0, many}}}},
        {u"MeasurementUnit"_s, {{u"OID"_s, u"Name"_s}, {}, {{u"Symbol"_s, 1, 1}, {u"Alias"_s, 0, many}}}},
        {u"Symbol"_s, {{}, {}, {{u"TranslatedText"_s, 1, many}}}},
        {u"TranslatedText"_s, {{}, {u"xml:lang"_s}, {}, true}},
        {u"MetaDataVersion"_s,
         {{u"OID"_s, u"Name"_s},
          {u"Description"_s},
          {{u"Include"_s, 0, 1},
           {u"Protocol"_s, 0, 1},
           {u"StudyEventDef"_s, 0, many},
           {u"FormDef"_s, 0, many},
           {u"ItemGroupDef"_s, 0, many},
           {u"ItemDef"_s, 0, many},
           {u"CodeList"_s, 0, many}}}},
        {u"Protocol"_s, {{}, {}, {{u"Description"_s, 0, 1}, {u"StudyEventRef"_s, 0, many}, {u"Alias"_s, 0, many}}}},
        {u"StudyEventRef"_s,
         {{u"StudyEventOID"_s, u"Mandatory"_s}, {u"OrderNumber"_s, u"CollectionExceptionConditionOID"_s}, {}}},
        {u"StudyEventDef"_s,
         {{u"OID"_s, u"Name"_s, u"Repeating"_s, u"Type"_s},
          {u"Category"_s},
          {{u"Description"_s, 0, 1}, {u"FormRef"_s, 0, many}, {u"Alias"_s, 0, many}}}},
        {u"FormRef"_s, {{u"FormOID"_s, u"Mandatory"_s}, {u"OrderNumber"_s, u"CollectionExceptionConditionOID"_s}, {}}},
        {u"FormDef"_s,
         {{u"OID"_s, u"Name"_s, u"Repeating"_s},
          {},
          {{u"Description"_s, 0, 1},
           {u"ItemGroupRef"_s, 0, many},
           {u"ArchiveLayout"_s, 0, many},
           {u"Alias"_s, 0, many}}}},
        {u"ItemGroupRef"_s,
         {{u"ItemGroupOID"_s, u"Mandatory"_s}, {u"OrderNumber"_s, u"CollectionExceptionConditionOID"_s}, {}}},
        {u"ItemGroupDef"_s,
         {{u"OID"_s, u"Name"_s, u"Repeating"_s},
          {u"IsReferenceData"_s, u"SASDatasetName"_s, u"Domain"_s, u"Origin"_s, u"Role"_s, u"Purpose"_s, u"Comment"_s},
          {{u"Description"_s, 0, 1}, {u"ItemRef"_s, 0, many}, {u"Alias"_s, 0, many}}}},
        {u"ItemRef"_s,
         {{u"ItemOID"_s, u"Mandatory"_s},
          {u"OrderNumber"_s, u"KeySequence"_s, u"MethodOID"_s, u"Role"_s, u"RoleCodeListOID"_s,
           u"CollectionExceptionConditionOID"_s},
          {}}},
        {u"ItemDef"_s,
         {{u"OID"_s, u"Name"_s, u"DataType"_s},
          {u"Length"_s, u"SignificantDigits"_s, u"SASFieldName"_s, u"SDSVarName"_s, u"Origin"_s, u"Comment"_s},
          {{u"Description"_s, 0, 1},
           {u"Question"_s, 0, 1},
           {u"ExternalQuestion"_s, 0, 1},
           {u"MeasurementUnitRef"_s, 0, many},
           {u"RangeCheck"_s, 0, many},
           {u"CodeListRef"_s, 0, 1},
           {u"Role"_s, 0, many},
           {u"Alias"_s, 0, many}}}},
        {u"Question"_s, {{}, {}, {{u"TranslatedText"_s, 1, many}}}},
        {u"MeasurementUnitRef"_s, {{u"MeasurementUnitOID"_s}, {}, {}}},
        {u"RangeCheck"_s,
         {{u"Comparator"_s, u"SoftHard"_s},
          {},
          {{u"CheckValue"_s, 1, many}, {u"MeasurementUnitRef"_s, 0, 1}, {u"ErrorMessage"_s, 0, 1}}}},
        {u"CheckValue"_s, {{}, {}, {}, true}},
        {u"CodeListRef"_s, {{u"CodeListOID"_s}, {}, {}}},
        {u"CodeList"_s,
         {{u"OID"_s, u"Name"_s, u"DataType"_s},
          {u"SASFormatName"_s},
          {{u"Description"_s, 0, 1}, {u"CodeListItem"_s, 0, many}, {u"Alias"_s, 0, many}}}},
        {u"CodeListItem"_s,
         {{u"CodedValue"_s}, {u"Rank"_s, u"OrderNumber"_s}, {{u"Decode"_s, 1, 1}, {u"Alias"_s, 0, many}}}},
        {u"Decode"_s, {{}, {}, {{u"TranslatedText"_s, 1, many}}}},
        {u"AdminData"_s,
         {{}, {u"StudyOID"_s}, {{u"User"_s, 0, many}, {u"Location"_s, 0, many}, {u"SignatureDef"_s, 0, many}}}},
        {u"User"_s,
         {{u"OID"_s},
          {u"UserType"_s},
          {{u"LoginName"_s, 0, 1},
           {u"DisplayName"_s, 0, 1},
           {u"FullName"_s, 0, 1},
           {u"FirstName"_s, 0, 1},
           {u"LastName"_s, 0, 1},
           {u"Organization"_s, 0, 1}}}},
        {u"LoginName"_s, {{}, {}, {}, true}},
        {u"Location"_s, {{u"OID"_s, u"Name"_s}, {u"LocationType"_s}, {{u"MetaDataVersionRef"_s, 1, many}}}},
        {u"MetaDataVersionRef"_s, {{u"StudyOID"_s, u"MetaDataVersionOID"_s, u"EffectiveDate"_s}, {}, {}}},
        {u"ClinicalData"_s,
         {{u"StudyOID"_s, u"MetaDataVersionOID"_s},
          {},
          {{u"SubjectData"_s, 0, many},
           {u"AuditRecords"_s, 0, many},
           {u"Signatures"_s, 0, many},
           {u"Annotations"_s, 0, many}}}},
        {u"SubjectData"_s,
         {{u"SubjectKey"_s},
          {u"TransactionType"_s},
          {{u"AuditRecord"_s, 0, 1},
           {u"Signature"_s, 0, 1},
           {u"InvestigatorRef"_s, 0, 1},
           {u"SiteRef"_s, 0, 1},
           {u"Annotation"_s, 0, many},
           {u"StudyEventData"_s, 0, many}}}},
        {u"StudyEventData"_s,
         {{u"StudyEventOID"_s},
          {u"StudyEventRepeatKey"_s, u"TransactionType"_s},
          {{u"AuditRecord"_s, 0, 1}, {u"Signature"_s, 0, 1}, {u"Annotation"_s, 0, many}, {u"FormData"_s, 0, many}}}},
        {u"FormData"_s,
         {{u"FormOID"_s},
          {u"FormRepeatKey"_s, u"TransactionType"_s},
          {{u"AuditRecord"_s, 0, 1},
           {u"Signature"_s, 0, 1},
           {u"ArchiveLayoutRef"_s, 0, 1},
           {u"Annotation"_s, 0, many},
           {u"ItemGroupData"_s, 0, many}}}},
        {u"ItemGroupData"_s,
         {{u"ItemGroupOID"_s},
          {u"ItemGroupRepeatKey"_s, u"TransactionType"_s},
          {{u"AuditRecord"_s, 0, 1}, {u"Signature"_s, 0, 1}, {u"Annotation"_s, 0, many}, {u"ItemData"_s, 0, many}}}},
        {u"ItemData"_s,
         {{u"ItemOID"_s},
          {u"TransactionType"_s, u"Value"_s, u"IsNull"_s},
          {{u"AuditRecord"_s, 0, 1},
           {u"Signature"_s, 0, 1},
           {u"MeasurementUnitRef"_s, 0, 1},
           {u"Annotation"_s, 0, many}}}},
        {u"AuditRecords"_s, {{}, {}, {{u"AuditRecord"_s, 0, many}}}},
        {u"AuditRecord"_s,
         {{},
          {u"EditPoint"_s, u"UsedImputationMethod"_s, u"ID"_s},
          {{u"UserRef"_s, 1, 1},
           {u"LocationRef"_s, 1, 1},
           {u"DateTimeStamp"_s, 1, 1},
           {u"ReasonForChange"_s, 0, 1},
           {u"SourceID"_s, 0, 1}}}},
        {u"UserRef"_s, {{u"UserOID"_s}, {}, {}}},
        {u"LocationRef"_s, {{u"LocationOID"_s}, {}, {}}},
        {u"DateTimeStamp"_s, {{}, {}, {}, true}},
        {u"ReasonForChange"_s, {{}, {}, {}, true}},
        {u"SourceID"_s, {{}, {}, {}, true}},
    };
    return table;
}

// Attribute values the specification enumerates, and the lexical forms of its data types.
const QHash<QString, QStringList>& enumerations()
{
    static const QHash<QString, QStringList> table = {
        {u"FileType"_s, {u"Snapshot"_s, u"Transactional"_s}},
        {u"Granularity"_s,
         {u"All"_s, u"Metadata"_s, u"AdminData"_s, u"ReferenceData"_s, u"AllClinicalData"_s, u"SingleSite"_s,
          u"SingleSubject"_s}},
        {u"ODMVersion"_s, {u"1.2"_s, u"1.2.1"_s, u"1.3"_s, u"1.3.1"_s, u"1.3.2"_s}},
        {u"Mandatory"_s, {u"Yes"_s, u"No"_s}},
        {u"Repeating"_s, {u"Yes"_s, u"No"_s}},
        {u"Type"_s, {u"Scheduled"_s, u"Unscheduled"_s, u"Common"_s}},
        {u"DataType"_s,
         {u"text"_s, u"integer"_s, u"float"_s, u"date"_s, u"time"_s, u"datetime"_s, u"string"_s, u"boolean"_s,
          u"double"_s}},
        {u"Comparator"_s, {u"LT"_s, u"LE"_s, u"GT"_s, u"GE"_s, u"EQ"_s, u"NE"_s, u"IN"_s, u"NOTIN"_s}},
        {u"SoftHard"_s, {u"Soft"_s, u"Hard"_s}},
        {u"TransactionType"_s, {u"Insert"_s, u"Update"_s, u"Remove"_s, u"Upsert"_s, u"Context"_s}},
    };
    return table;
}

bool fitsDataType(const QString& type, const QString& value)
{
    static const QRegularExpression integer(u"^[+-]?[0-9]+$"_s);
    static const QRegularExpression decimal(u"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"_s);
    if (type == u"integer")
        return integer.match(value).hasMatch();
    if (type == u"float")
        return decimal.match(value).hasMatch();
    if (type == u"date")
        return value.size() == 10 && QDate::fromString(value, Qt::ISODate).isValid();
    if (type == u"time")
        return value.size() == 8 && QTime::fromString(value, u"HH:mm:ss").isValid();
    return type == u"text" || type == u"string";
}

const QRegularExpression
    dateTimeWithOffset(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{2}:\\d{2}$"_s);

} // namespace

class TestOdm : public QObject {
    Q_OBJECT
private slots:
    void init();
    void demoFollowsTheRules();
    void emptyFollowsTheRules();
    void rulesCatchMistakes();

private:
    test::CliRun cli(const QString& db, QStringList arguments) const
    {
        return test::runCli(QStringList{u"--database"_s, db} + arguments, m_dir->path());
    }
    static QStringList problems(const QByteArray& xml);
    static void checkWithXmllint(const QString& file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOdm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QStringList TestOdm::problems(const QByteArray& xml)
{
    QStringList found;
    QXmlStreamReader reader(xml);
    struct Open {
        QString name;
        int childIndex = 0; // position in the rule's children reached so far
        QHash<QString, int> counts;
        QString text;
    };
    QList<Open> stack;
    QHash<QString, QSet<QString>> defined;     // element -> OIDs
    QList<QPair<QString, QString>> references; // (defining element, OID)
    struct Value {
        QString item, value;
        qint64 line;
    };
    QList<Value> values;
    QHash<QString, QString> itemType, itemCodeList;
    QHash<QString, QList<QPair<QString, double>>> itemRanges;
    QHash<QString, QSet<QString>> codeValues;
    QString currentItem, currentCodeList, currentComparator;
    const QHash<QString, QString> refTarget = {{u"StudyEventOID"_s, u"StudyEventDef"_s},
                                               {u"FormOID"_s, u"FormDef"_s},
                                               {u"ItemGroupOID"_s, u"ItemGroupDef"_s},
                                               {u"ItemOID"_s, u"ItemDef"_s},
                                               {u"CodeListOID"_s, u"CodeList"_s},
                                               {u"MeasurementUnitOID"_s, u"MeasurementUnit"_s},
                                               {u"UserOID"_s, u"User"_s},
                                               {u"LocationOID"_s, u"Location"_s},
                                               {u"MetaDataVersionOID"_s, u"MetaDataVersion"_s},
                                               {u"StudyOID"_s, u"Study"_s}};
    while (!reader.atEnd()) {
        reader.readNext();
        const QString where = u"line "_s + QString::number(reader.lineNumber()) + u": "_s;
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            if (stack.isEmpty() && (name != u"ODM" || reader.namespaceUri() != u"http://www.cdisc.org/ns/odm/v1.3"))
                found << where + u"the root is not ODM in the ODM 1.3 namespace"_s;
            if (!rules().contains(name)) {
                found << where + u"element "_s + name + u" is not one the rules know"_s;
                reader.skipCurrentElement();
                continue;
            }
            if (!stack.isEmpty()) {
                Open& parent = stack.last();
                const QList<Child>& allowed = rules()[parent.name].children;
                int index = parent.childIndex;
                while (index < allowed.size() && allowed[index].name != name)
                    ++index;
                if (index == allowed.size())
                    found << where + name + u" is not allowed in "_s + parent.name + u" here"_s;
                else {
                    parent.childIndex = index;
                    const int count = ++parent.counts[name];
                    if (allowed[index].max != many && count > allowed[index].max)
                        found << where + name + u" appears too often in "_s + parent.name;
                }
            }
            const Rule& rule = rules()[name];
            QStringList present;
            for (const QXmlStreamAttribute& a : reader.attributes()) {
                const QString attribute = a.qualifiedName().toString();
                const QString value = a.value().toString();
                present << attribute;
                if (!rule.required.contains(attribute) && !rule.optional.contains(attribute))
                    found << where + name + u" has no attribute "_s + attribute;
                if (enumerations().contains(attribute) && !enumerations()[attribute].contains(value))
                    found << where + attribute + u"=\""_s + value + u"\" is not an allowed value"_s;
                if (value.isEmpty())
                    found << where + name + u'@' + attribute + u" is empty"_s;
                if (attribute == u"OID")
                    defined[name].insert(value);
                else if (refTarget.contains(attribute))
                    references.append({refTarget[attribute], value});
                if ((attribute == u"CreationDateTime") && !dateTimeWithOffset.match(value).hasMatch())
                    found << where + attribute + u" is not a date-time with offset"_s;
            }
            for (const QString& required : rule.required)
                if (!present.contains(required))
                    found << where + name + u" lacks the required attribute "_s + required;
            const auto attr = [&](const char* n) {
                return reader.attributes().value(QLatin1String(n)).toString();
            };
            if (name == u"ItemDef") {
                currentItem = attr("OID");
                itemType.insert(currentItem, attr("DataType"));
            } else if (name == u"CodeListRef")
                itemCodeList.insert(currentItem, attr("CodeListOID"));
            else if (name == u"RangeCheck")
                currentComparator = attr("Comparator");
            else if (name == u"CodeList")
                currentCodeList = attr("OID");
            else if (name == u"CodeListItem")
                codeValues[currentCodeList].insert(attr("CodedValue"));
            else if (name == u"ItemData")
                values.append({attr("ItemOID"), attr("Value"), reader.lineNumber()});
            stack.append({name, 0, {}, {}});
        } else if (reader.isEndElement()) {
            const Open open = stack.takeLast();
            const Rule& rule = rules()[open.name];
            for (const Child& child : rule.children)
                if (open.counts.value(child.name) < child.min)
                    found << where + open.name + u" needs "_s + child.name;
            if (!rule.text && !open.text.trimmed().isEmpty())
                found << where + open.name + u" has text"_s;
            if (rule.text && open.text.isEmpty() && open.name != u"TranslatedText")
                found << where + open.name + u" is empty"_s;
            if (open.name == u"DateTimeStamp" && !dateTimeWithOffset.match(open.text).hasMatch())
                found << where + u"DateTimeStamp "_s + open.text + u" is not a date-time with offset"_s;
            if (open.name == u"CheckValue")
                itemRanges[currentItem].append({currentComparator, open.text.toDouble()});
        } else if (reader.isCharacters() && !stack.isEmpty()) {
            stack.last().text += reader.text();
        }
    }
    if (reader.hasError())
        found << u"not well-formed: "_s + reader.errorString() + u" at line "_s + QString::number(reader.lineNumber());
    for (const auto& [element, oid] : std::as_const(references))
        if (!defined[element].contains(oid))
            found << u"no "_s + element + u" with OID "_s + oid;
    for (const Value& v : std::as_const(values)) {
        const QString where = u"line "_s + QString::number(v.line) + u": "_s;
        if (!fitsDataType(itemType.value(v.item), v.value))
            found << where + v.item + u"="_s + v.value + u" is no "_s + itemType.value(v.item);
        if (itemCodeList.contains(v.item) && !codeValues[itemCodeList[v.item]].contains(v.value))
            found << where + v.item + u"="_s + v.value + u" is not in "_s + itemCodeList[v.item];
        for (const auto& [comparator, limit] : itemRanges.value(v.item)) {
            const double x = v.value.toDouble();
            if ((comparator == u"GE" && x < limit) || (comparator == u"LE" && x > limit))
                found << where + v.item + u"="_s + v.value + u" fails "_s + comparator + u' ' + QString::number(limit);
        }
    }
    return found;
}

void TestOdm::checkWithXmllint(const QString& file)
{
    const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
    if (xmllint.isEmpty())
        return; // QXmlStreamReader has checked well-formedness already
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(xmllint, {u"--noout"_s, file});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
}

void TestOdm::demoFollowsTheRules()
{
    const QString db = m_dir->filePath(u"demo.sqlite"_s);
    QCOMPARE(cli(db, {u"demo"_s, u"--participants"_s, u"3"_s, u"--days"_s, u"30"_s, u"--seed"_s, u"5"_s}).exitCode, 0);
    const QString file = m_dir->filePath(u"demo.xml"_s);
    const auto run = cli(db, {u"export"_s, u"--format"_s, u"odm"_s, u"--output"_s, file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    const QStringList found = problems(xml);
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 20).join(u'\n')));
    checkWithXmllint(file);
    QCOMPARE(xml.count("<SubjectData "), 3);
    QVERIFY(xml.contains("<AuditRecord ID=\"AR.1\">"));
    QVERIFY(xml.contains("StudyEventOID=\"SE.PHQ9\""));
    QVERIFY(xml.contains("<CodeList OID=\"CL.PHQ9\""));
}

void TestOdm::emptyFollowsTheRules()
{
    const auto run = cli(m_dir->filePath(u"none.sqlite"_s), {u"export"_s, u"--format"_s, u"odm"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList found = problems(run.out);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// The rules are real: a wrong attribute value, an element out of order, an unresolved OID, a value outside its
// code list and a missing required attribute are each found.
void TestOdm::rulesCatchMistakes()
{
    const QString db = m_dir->filePath(u"demo.sqlite"_s);
    QCOMPARE(cli(db, {u"demo"_s, u"--participants"_s, u"1"_s, u"--days"_s, u"20"_s, u"--seed"_s, u"5"_s}).exitCode, 0);
    const QByteArray good = cli(db, {u"export"_s, u"--format"_s, u"odm"_s}).out;
    QVERIFY(problems(good).isEmpty());
    QByteArray bad = good;
    bad.replace("FileType=\"Snapshot\"", "FileType=\"Picture\"");
    QCOMPARE(problems(bad).size(), 1);
    bad = good;
    bad.replace("ItemOID=\"I.PHQ9_1\" Value=\"", "ItemOID=\"I.PHQ9_1\" Value=\"9");
    QVERIFY(problems(bad).join(u'\n').contains(u"is not in CL.PHQ9"_s));
    bad = good;
    bad.replace("<CodeListRef CodeListOID=\"CL.PHQ9\"/>", "<CodeListRef CodeListOID=\"CL.NONE\"/>");
    QVERIFY(problems(bad).join(u'\n').contains(u"no CodeList with OID CL.NONE"_s));
    bad = good;
    bad.replace("<AdminData", "<Fake/><AdminData");
    QVERIFY(problems(bad).join(u'\n').contains(u"Fake"_s));
    bad = good;
    bad.replace(" Repeating=\"Yes\" Type=\"Unscheduled\"", " Type=\"Unscheduled\"");
    QVERIFY(problems(bad).join(u'\n').contains(u"lacks the required attribute Repeating"_s));
    bad = good;
    const qsizetype admin = bad.indexOf("<AdminData");
    const qsizetype adminEnd = bad.indexOf("</AdminData>") + int(strlen("</AdminData>"));
    const QByteArray adminData = bad.mid(admin, adminEnd - admin);
    bad.remove(admin, adminEnd - admin);
    bad.insert(bad.indexOf("<Study "), adminData); // AdminData before Study: out of order
    QVERIFY(problems(bad).join(u'\n').contains(u"is not allowed in ODM here"_s));
}

QTEST_GUILESS_MAIN(TestOdm)
#include "tst_odm.moc"
