// ODM written with QXmlStreamWriter into a text buffer that goes out in chunks.
#include "storage/OdmExport.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "core/Intervention.h"
#include "core/Measure.h"
#include "core/Questionnaire.h"
#include "storage/ExportWriter.h"
#include "storage/Statement.h"
#include "storage/Store.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <set>

using namespace Qt::StringLiterals;

namespace mb {

namespace {

const QString studyOid = QStringLiteral("ST.MOODBIOME");
const QString mdvOid = QStringLiteral("MDV.MOODBIOME.1");
const QString locationOid = QStringLiteral("LOC.DATABASE");

QString upper(const QString& key)
{
    return key.toUpper();
}

QString userOid(const QString& user)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString clean = user;
    clean.replace(unsafe, QStringLiteral("_"));
    return u"USR." + (clean.isEmpty() ? QStringLiteral("UNKNOWN") : clean);
}

// An xs:dateTime with offset, as ODM wants its DateTimeStamp and CreationDateTime.
QString odmDateTime(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODate).replace(u'Z', QStringLiteral("+00:00"));
}

struct Item {
    QString oid;
    QString name;
    QString dataType; // text, integer, float, date, time
    QString en;
    QString nl;
    QString unit;    // measurement unit OID, or empty
    QString minimum; // range checks, or empty
    QString maximum;
    QString codeList; // code list OID, or empty
};

struct Group {
    QString event; // SE.<X>
    QString form;  // F.<X>
    QString group; // IG.<X>
    QString name;
    bool repeating = true;
    QList<Item> items;
};

QString odmUnitName(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::Hours:
        return QStringLiteral("h");
    case MeasureKind::Grams:
        return QStringLiteral("g");
    case MeasureKind::Milligrams:
        return QStringLiteral("mg");
    case MeasureKind::Minutes:
        return QStringLiteral("min");
    case MeasureKind::Servings:
        return QStringLiteral("servings");
    case MeasureKind::Units:
        return QStringLiteral("units");
    default:
        break;
    }
    return {};
}

// The participant's enrolment: arm and dates, once per participant.
Group participantGroup()
{
    Group participant{QStringLiteral("SE.ENROLMENT"),
                      QStringLiteral("F.PARTICIPANT"),
                      QStringLiteral("IG.PARTICIPANT"),
                      QStringLiteral("Participant"),
                      false,
                      {}};
    participant.items = {{QStringLiteral("I.ARM"), QStringLiteral("arm"), QStringLiteral("text"), QStringLiteral("Arm"),
                          QStringLiteral("Arm")},
                         {QStringLiteral("I.ENROLLED"), QStringLiteral("enrolled"), QStringLiteral("date"),
                          QStringLiteral("Enrolled on"), QStringLiteral("Ingeschreven op")},
                         {QStringLiteral("I.WITHDRAWN"), QStringLiteral("withdrawn"), QStringLiteral("date"),
                          QStringLiteral("Withdrawn on"), QStringLiteral("Gestopt op")}};
    return participant;
}

// One questionnaire: its date, every item (coded by the instrument's code list) and the score.
Group instrumentGroup(const InstrumentDefinition& d)
{
    const QString x = upper(d.code);
    Group g{u"SE." + x, u"F." + x, u"IG." + x, d.name, true, {}};
    g.items << Item{u"I." + x + u"_DATE", d.code + u"_date", QStringLiteral("date"), QStringLiteral("Date"),
                    QStringLiteral("Datum")};
    for (int n = 1; n <= d.itemCount(); ++n) {
        Item item{u"I." + x + u'_' + QString::number(n), d.code + u'_' + QString::number(n), QStringLiteral("integer"),
                  d.items[n - 1].en, d.items[n - 1].nl};
        item.codeList = u"CL." + x;
        g.items << item;
    }
    Item total{u"I." + upper(d.exportKey()), d.exportKey(), QStringLiteral("integer"), d.name + u" score",
               d.name + u" score"};
    total.minimum = QStringLiteral("0");
    total.maximum = QString::number(d.exportValue(d.maxTotal()));
    g.items << total;
    return g;
}

// One intervention period: kind, name, dose, schedule and notes.
Group interventionGroup()
{
    Group intervention{QStringLiteral("SE.INTERVENTION"),
                       QStringLiteral("F.INTERVENTION"),
                       QStringLiteral("IG.INTERVENTION"),
                       QStringLiteral("Intervention"),
                       true,
                       {}};
    Item kind{QStringLiteral("I.INT_KIND"), QStringLiteral("int_kind"), QStringLiteral("text"), QStringLiteral("Kind"),
              QStringLiteral("Soort")};
    kind.codeList = QStringLiteral("CL.INT_KIND");
    intervention.items = {kind,
                          {QStringLiteral("I.INT_NAME"), QStringLiteral("int_name"), QStringLiteral("text"),
                           QStringLiteral("Name"), QStringLiteral("Naam")},
                          {QStringLiteral("I.INT_DOSE"), QStringLiteral("int_dose"), QStringLiteral("float"),
                           QStringLiteral("Dose"), QStringLiteral("Dosis")},
                          {QStringLiteral("I.INT_UNIT"), QStringLiteral("int_unit"), QStringLiteral("text"),
                           QStringLiteral("Unit"), QStringLiteral("Eenheid")},
                          {QStringLiteral("I.INT_FREQUENCY"), QStringLiteral("int_frequency"), QStringLiteral("text"),
                           QStringLiteral("Frequency"), QStringLiteral("Frequentie")},
                          {QStringLiteral("I.INT_START"), QStringLiteral("int_start"), QStringLiteral("date"),
                           QStringLiteral("Start"), QStringLiteral("Begin")},
                          {QStringLiteral("I.INT_END"), QStringLiteral("int_end"), QStringLiteral("date"),
                           QStringLiteral("End"), QStringLiteral("Einde")},
                          {QStringLiteral("I.INT_NOTES"), QStringLiteral("int_notes"), QStringLiteral("text"),
                           QStringLiteral("Notes"), QStringLiteral("Notities")}};
    return intervention;
}

class OdmWriter {
public:
    OdmWriter(Store& store, const ExportFilter& filter, ExportWriter& out)
        : m_store(store)
        , m_filter(filter)
        , m_out(out)
        , m_xml(&m_buffer)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }
    void write();

private:
    void flushIfLarge()
    {
        if (m_buffer.size() > (1 << 16)) {
            m_out.write(m_buffer);
            m_buffer.clear();
        }
    }
    void text(const QString& name, const QString& value) { m_xml.writeTextElement(name, value); }
    void translated(const QString& element, const QString& en, const QString& nl)
    {
        m_xml.writeStartElement(element);
        for (const auto& [language, value] : {std::pair{u"en"_s, en}, std::pair{u"nl"_s, nl}}) {
            if (value.isEmpty())
                continue;
            m_xml.writeStartElement(QStringLiteral("TranslatedText"));
            m_xml.writeAttribute(QStringLiteral("xml:lang"), language);
            m_xml.writeCharacters(value);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    void buildGroups();
    Group diaryGroup();
    void metadata();
    void studyHeader();
    void eventAndFormDefs();
    void itemGroupDefs();
    void itemDef(const Item& item);
    void codeLists();
    void codeListItem(const QString& value, const QString& en, const QString& nl);
    void adminData();
    void clinicalData();
    void subject(const Participant& p);
    void diaryData(const Participant& p);
    void questionnaireData(const Participant& p);
    void interventionData(const Participant& p);
    // Opens StudyEventData/FormData/ItemGroupData, writes the values present, closes them.
    void groupData(const Group& g, int repeatKey, const QList<QPair<QString, QString>>& values);
    void auditRecords();

    Store& m_store;
    const ExportFilter& m_filter;
    ExportWriter& m_out;
    QString m_buffer;
    QXmlStreamWriter m_xml;
    QList<Group> m_groups;           // participant, diary, questionnaires, intervention
    QHash<QString, QString> m_units; // unit OID -> symbol
    QList<Participant> m_participants;
};

void OdmWriter::buildGroups()
{
    m_groups << participantGroup() << diaryGroup();
    for (Instrument instrument : allInstruments())
        m_groups << instrumentGroup(instrumentDefinition(instrument));
    m_groups << interventionGroup();
}

// The daily diary: date, time, every measure (noting its unit in m_units) and the note.
Group OdmWriter::diaryGroup()
{
    Group diary{QStringLiteral("SE.DIARY"),
                QStringLiteral("F.DIARY"),
                QStringLiteral("IG.DIARY"),
                QStringLiteral("Daily diary"),
                true,
                {}};
    diary.items << Item{QStringLiteral("I.DIARY_DATE"), QStringLiteral("diary_date"), QStringLiteral("date"),
                        QStringLiteral("Date"), QStringLiteral("Datum")}
                << Item{QStringLiteral("I.DIARY_TIME"), QStringLiteral("diary_time"), QStringLiteral("time"),
                        QStringLiteral("Time"), QStringLiteral("Tijd")};
    for (const Measure& m : m_store.measures().list()) {
        Item item{u"I." + upper(m.key), m.key,
                  m.wholeNumbersOnly() ? QStringLiteral("integer") : QStringLiteral("float"), m.labelEn, m.labelNl};
        if (const QString unit = odmUnitName(m.kind); !unit.isEmpty()) {
            item.unit = u"MU." + unit.toUpper();
            m_units.insert(item.unit, unit);
        }
        item.minimum = plainNumber(m.minimum);
        item.maximum = plainNumber(m.maximum);
        diary.items << item;
    }
    diary.items << Item{QStringLiteral("I.DIARY_NOTE"), QStringLiteral("diary_note"), QStringLiteral("text"),
                        QStringLiteral("Note"), QStringLiteral("Notitie")};
    return diary;
}

void OdmWriter::metadata()
{
    m_xml.writeStartElement(QStringLiteral("Study"));
    m_xml.writeAttribute(QStringLiteral("OID"), studyOid);
    studyHeader();
    m_xml.writeStartElement(QStringLiteral("MetaDataVersion"));
    m_xml.writeAttribute(QStringLiteral("OID"), mdvOid);
    m_xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("MoodBiome " MOODBIOME_VERSION));
    eventAndFormDefs();
    itemGroupDefs();
    for (const Group& g : std::as_const(m_groups)) {
        for (const Item& item : g.items)
            itemDef(item);
    }
    codeLists();
    m_xml.writeEndElement(); // MetaDataVersion
    m_xml.writeEndElement(); // Study
}

// GlobalVariables, and BasicDefinitions with the measurement units when there are any.
void OdmWriter::studyHeader()
{
    m_xml.writeStartElement(QStringLiteral("GlobalVariables"));
    text(QStringLiteral("StudyName"), QStringLiteral("MoodBiome"));
    text(QStringLiteral("StudyDescription"), QStringLiteral("Daily journal, questionnaires and interventions"));
    text(QStringLiteral("ProtocolName"), QStringLiteral("MoodBiome"));
    m_xml.writeEndElement();
    if (m_units.isEmpty())
        return;
    m_xml.writeStartElement(QStringLiteral("BasicDefinitions"));
    const std::set<QString> oids(m_units.keyBegin(), m_units.keyEnd());
    for (const QString& oid : oids) {
        m_xml.writeStartElement(QStringLiteral("MeasurementUnit"));
        m_xml.writeAttribute(QStringLiteral("OID"), oid);
        m_xml.writeAttribute(QStringLiteral("Name"), m_units[oid]);
        translated(QStringLiteral("Symbol"), m_units[oid], QString());
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

// The Protocol, then one StudyEventDef and one FormDef per group.
void OdmWriter::eventAndFormDefs()
{
    m_xml.writeStartElement(QStringLiteral("Protocol"));
    int order = 0;
    for (const Group& g : std::as_const(m_groups)) {
        m_xml.writeEmptyElement(QStringLiteral("StudyEventRef"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), g.event);
        m_xml.writeAttribute(QStringLiteral("OrderNumber"), QString::number(++order));
        m_xml.writeAttribute(QStringLiteral("Mandatory"), QStringLiteral("No"));
    }
    m_xml.writeEndElement();
    for (const Group& g : std::as_const(m_groups)) {
        m_xml.writeStartElement(QStringLiteral("StudyEventDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), g.event);
        m_xml.writeAttribute(QStringLiteral("Name"), g.name);
        m_xml.writeAttribute(QStringLiteral("Repeating"), g.repeating ? QStringLiteral("Yes") : QStringLiteral("No"));
        m_xml.writeAttribute(QStringLiteral("Type"),
                             g.repeating ? QStringLiteral("Unscheduled") : QStringLiteral("Scheduled"));
        m_xml.writeEmptyElement(QStringLiteral("FormRef"));
        m_xml.writeAttribute(QStringLiteral("FormOID"), g.form);
        m_xml.writeAttribute(QStringLiteral("Mandatory"), QStringLiteral("Yes"));
        m_xml.writeEndElement();
    }
    for (const Group& g : std::as_const(m_groups)) {
        m_xml.writeStartElement(QStringLiteral("FormDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), g.form);
        m_xml.writeAttribute(QStringLiteral("Name"), g.name);
        m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
        m_xml.writeEmptyElement(QStringLiteral("ItemGroupRef"));
        m_xml.writeAttribute(QStringLiteral("ItemGroupOID"), g.group);
        m_xml.writeAttribute(QStringLiteral("Mandatory"), QStringLiteral("Yes"));
        m_xml.writeEndElement();
    }
}

// One ItemGroupDef per group, referring to its items in order.
void OdmWriter::itemGroupDefs()
{
    for (const Group& g : std::as_const(m_groups)) {
        m_xml.writeStartElement(QStringLiteral("ItemGroupDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), g.group);
        m_xml.writeAttribute(QStringLiteral("Name"), g.name);
        m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
        int n = 0;
        for (const Item& item : g.items) {
            m_xml.writeEmptyElement(QStringLiteral("ItemRef"));
            m_xml.writeAttribute(QStringLiteral("ItemOID"), item.oid);
            m_xml.writeAttribute(QStringLiteral("OrderNumber"), QString::number(++n));
            m_xml.writeAttribute(QStringLiteral("Mandatory"), QStringLiteral("No"));
        }
        m_xml.writeEndElement();
    }
}

// An ItemDef with its question, unit, range checks and code list.
void OdmWriter::itemDef(const Item& item)
{
    m_xml.writeStartElement(QStringLiteral("ItemDef"));
    m_xml.writeAttribute(QStringLiteral("OID"), item.oid);
    m_xml.writeAttribute(QStringLiteral("Name"), item.name);
    m_xml.writeAttribute(QStringLiteral("DataType"), item.dataType);
    translated(QStringLiteral("Question"), item.en, item.nl);
    if (!item.unit.isEmpty()) {
        m_xml.writeEmptyElement(QStringLiteral("MeasurementUnitRef"));
        m_xml.writeAttribute(QStringLiteral("MeasurementUnitOID"), item.unit);
    }
    for (const auto& [comparator, value] : {std::pair{u"GE"_s, item.minimum}, std::pair{u"LE"_s, item.maximum}}) {
        if (value.isEmpty())
            continue;
        m_xml.writeStartElement(QStringLiteral("RangeCheck"));
        m_xml.writeAttribute(QStringLiteral("Comparator"), comparator);
        m_xml.writeAttribute(QStringLiteral("SoftHard"), QStringLiteral("Hard"));
        text(QStringLiteral("CheckValue"), value);
        m_xml.writeEndElement();
    }
    if (!item.codeList.isEmpty()) {
        m_xml.writeEmptyElement(QStringLiteral("CodeListRef"));
        m_xml.writeAttribute(QStringLiteral("CodeListOID"), item.codeList);
    }
    m_xml.writeEndElement();
}

void OdmWriter::codeListItem(const QString& value, const QString& en, const QString& nl)
{
    m_xml.writeStartElement(QStringLiteral("CodeListItem"));
    m_xml.writeAttribute(QStringLiteral("CodedValue"), value);
    translated(QStringLiteral("Decode"), en, nl);
    m_xml.writeEndElement();
}

// The answers of every questionnaire, then the intervention kinds.
void OdmWriter::codeLists()
{
    for (Instrument instrument : allInstruments()) {
        const InstrumentDefinition& d = instrumentDefinition(instrument);
        m_xml.writeStartElement(QStringLiteral("CodeList"));
        m_xml.writeAttribute(QStringLiteral("OID"), u"CL." + upper(d.code));
        m_xml.writeAttribute(QStringLiteral("Name"), d.name + u" answers");
        m_xml.writeAttribute(QStringLiteral("DataType"), QStringLiteral("integer"));
        for (int v = 0; v <= d.highestAnswer(); ++v)
            codeListItem(QString::number(v), d.answers[v].en, d.answers[v].nl);
        m_xml.writeEndElement();
    }
    m_xml.writeStartElement(QStringLiteral("CodeList"));
    m_xml.writeAttribute(QStringLiteral("OID"), QStringLiteral("CL.INT_KIND"));
    m_xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("Intervention kinds"));
    m_xml.writeAttribute(QStringLiteral("DataType"), QStringLiteral("text"));
    for (InterventionKind k :
         {InterventionKind::Probiotic, InterventionKind::Prebiotic, InterventionKind::Diet, InterventionKind::Fmt,
          InterventionKind::Medication, InterventionKind::Lifestyle, InterventionKind::Other})
        codeListItem(toString(k), toString(k), QString());
    m_xml.writeEndElement();
}

void OdmWriter::adminData()
{
    m_xml.writeStartElement(QStringLiteral("AdminData"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), studyOid);
    Statement st = m_store.database().prepare(u"SELECT DISTINCT os_user FROM audit ORDER BY os_user");
    QStringList users;
    while (st.step())
        users << st.text(0);
    if (users.isEmpty())
        users << QString();
    for (const QString& user : std::as_const(users)) {
        m_xml.writeStartElement(QStringLiteral("User"));
        m_xml.writeAttribute(QStringLiteral("OID"), userOid(user));
        if (!user.isEmpty())
            text(QStringLiteral("LoginName"), user);
        m_xml.writeEndElement();
    }
    // Where the data were entered: this database file.
    m_xml.writeStartElement(QStringLiteral("Location"));
    m_xml.writeAttribute(QStringLiteral("OID"), locationOid);
    m_xml.writeAttribute(QStringLiteral("Name"), QFileInfo(m_store.path()).fileName());
    m_xml.writeEmptyElement(QStringLiteral("MetaDataVersionRef"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), studyOid);
    m_xml.writeAttribute(QStringLiteral("MetaDataVersionOID"), mdvOid);
    m_xml.writeAttribute(QStringLiteral("EffectiveDate"), isoDate(clock().today()));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void OdmWriter::groupData(const Group& g, int repeatKey, const QList<QPair<QString, QString>>& values)
{
    m_xml.writeStartElement(QStringLiteral("StudyEventData"));
    m_xml.writeAttribute(QStringLiteral("StudyEventOID"), g.event);
    if (g.repeating)
        m_xml.writeAttribute(QStringLiteral("StudyEventRepeatKey"), QString::number(repeatKey));
    m_xml.writeStartElement(QStringLiteral("FormData"));
    m_xml.writeAttribute(QStringLiteral("FormOID"), g.form);
    m_xml.writeStartElement(QStringLiteral("ItemGroupData"));
    m_xml.writeAttribute(QStringLiteral("ItemGroupOID"), g.group);
    for (const auto& [oid, value] : values) {
        if (value.isEmpty())
            continue;
        m_xml.writeEmptyElement(QStringLiteral("ItemData"));
        m_xml.writeAttribute(QStringLiteral("ItemOID"), oid);
        m_xml.writeAttribute(QStringLiteral("Value"), value);
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void OdmWriter::subject(const Participant& p)
{
    m_xml.writeStartElement(QStringLiteral("SubjectData"));
    m_xml.writeAttribute(QStringLiteral("SubjectKey"), p.code);
    groupData(m_groups[0], 1,
              {{QStringLiteral("I.ARM"), p.arm},
               {QStringLiteral("I.ENROLLED"), p.enrolled.isValid() ? isoDate(p.enrolled) : QString()},
               {QStringLiteral("I.WITHDRAWN"), p.withdrawn.isValid() ? isoDate(p.withdrawn) : QString()}});
    diaryData(p);
    questionnaireData(p);
    interventionData(p);
    m_xml.writeEndElement();
    m_out.countRow();
    flushIfLarge();
}

// The participant's journal entries in the filter's dates, oldest first, one repeat per entry.
void OdmWriter::diaryData(const Participant& p)
{
    int repeat = 0;
    forEachDiaryEntry(m_store, m_filter, p.id, p.code, [&](const DiaryEntry& e) {
        QList<QPair<QString, QString>> values{
            {QStringLiteral("I.DIARY_DATE"), e.date},
            {QStringLiteral("I.DIARY_TIME"), e.time.isEmpty() ? QString() : e.time + u":00"}};
        for (const auto& [key, value] : e.values)
            values.append({u"I." + upper(key), plainNumber(value)});
        values.append({QStringLiteral("I.DIARY_NOTE"), e.note});
        groupData(m_groups[1], ++repeat, values);
        flushIfLarge();
    });
}

// The participant's questionnaires in the filter's dates, oldest first, numbered per instrument.
void OdmWriter::questionnaireData(const Participant& p)
{
    QHash<Instrument, int> repeats;
    const QList<QuestionnaireResponse> responses = m_store.questionnaires().exportable(p.id, p.code); // newest first
    for (auto it = responses.crbegin(); it != responses.crend(); ++it) {
        if (!m_filter.contains(it->date))
            continue;
        const InstrumentDefinition& d = instrumentDefinition(it->instrument);
        const QString x = upper(d.code);
        QList<QPair<QString, QString>> answers{{u"I." + x + u"_DATE", isoDate(it->date)}};
        for (int n = 1; n <= it->answers.size(); ++n)
            answers.append({u"I." + x + u'_' + QString::number(n), QString::number(it->answers[n - 1])});
        answers.append({u"I." + upper(d.exportKey()), QString::number(d.exportValue(it->total))});
        const qsizetype index = allInstruments().indexOf(it->instrument);
        groupData(m_groups[2 + index], ++repeats[it->instrument], answers);
    }
}

// The participant's interventions that overlap the filter's dates.
void OdmWriter::interventionData(const Participant& p)
{
    const QDate today = clock().today();
    int interventionRepeat = 0;
    for (const Intervention& i : m_store.interventions().exportable(p.id, p.code)) {
        if ((m_filter.to.isValid() && i.start > m_filter.to) ||
            (m_filter.from.isValid() && i.lastDay(today) < m_filter.from))
            continue;
        groupData(m_groups.last(), ++interventionRepeat,
                  {{QStringLiteral("I.INT_KIND"), toString(i.kind)},
                   {QStringLiteral("I.INT_NAME"), i.name},
                   {QStringLiteral("I.INT_DOSE"), i.dose ? plainNumber(*i.dose) : QString()},
                   {QStringLiteral("I.INT_UNIT"), i.unit},
                   {QStringLiteral("I.INT_FREQUENCY"), i.frequency},
                   {QStringLiteral("I.INT_START"), isoDate(i.start)},
                   {QStringLiteral("I.INT_END"), i.end.isValid() ? isoDate(i.end) : QString()},
                   {QStringLiteral("I.INT_NOTES"), i.notes}});
    }
}

// The audit trail, oldest first: who, where, when and why; SourceID names the audit row and what it changed.
void OdmWriter::auditRecords()
{
    m_xml.writeStartElement(QStringLiteral("AuditRecords"));
    Statement st = m_store.database().prepare(
        u"SELECT a.id, a.at_utc, a.os_user, a.action, a.table_name, a.row_id, a.reason, p.code "
        u"FROM audit a LEFT JOIN participant p ON p.id = a.participant_id "
        u"WHERE (?1 = '' OR p.code = ?1) ORDER BY a.id");
    st.bind(1, m_filter.participantCode.isNull() ? QStringLiteral("") : m_filter.participantCode);
    while (st.step()) {
        if (m_filter.bySite && (st.isNull(7) || !m_filter.includes(st.text(7))))
            continue;
        m_xml.writeStartElement(QStringLiteral("AuditRecord"));
        m_xml.writeAttribute(QStringLiteral("ID"), u"AR." + QString::number(st.int64(0)));
        m_xml.writeEmptyElement(QStringLiteral("UserRef"));
        m_xml.writeAttribute(QStringLiteral("UserOID"), userOid(st.text(2)));
        m_xml.writeEmptyElement(QStringLiteral("LocationRef"));
        m_xml.writeAttribute(QStringLiteral("LocationOID"), locationOid);
        text(QStringLiteral("DateTimeStamp"), odmDateTime(QDateTime::fromString(st.text(1), Qt::ISODate)));
        const QString reason = st.text(6);
        text(QStringLiteral("ReasonForChange"), reason.isEmpty() ? st.text(3) : st.text(3) + u": " + reason);
        QString source = u"audit " + QString::number(st.int64(0)) + u' ' + st.text(3) + u' ' + st.text(4);
        if (!st.isNull(5))
            source += u' ' + QString::number(st.int64(5));
        if (!st.isNull(7))
            source += u" participant " + st.text(7);
        text(QStringLiteral("SourceID"), source);
        m_xml.writeEndElement();
        m_out.countRow();
        flushIfLarge();
    }
    m_xml.writeEndElement();
}

void OdmWriter::clinicalData()
{
    m_xml.writeStartElement(QStringLiteral("ClinicalData"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), studyOid);
    m_xml.writeAttribute(QStringLiteral("MetaDataVersionOID"), mdvOid);
    for (const Participant& p : std::as_const(m_participants))
        subject(p);
    auditRecords();
    m_xml.writeEndElement();
}

void OdmWriter::write()
{
    m_participants = m_store.participants().list();
    if (!m_filter.participantCode.isEmpty())
        m_participants.removeIf([&](const Participant& p) { return p.code != m_filter.participantCode; });
    m_participants.removeIf([&](const Participant& p) { return !m_filter.includes(p.code); });
    buildGroups();
    m_out.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    m_xml.writeStartElement(QStringLiteral("ODM"));
    m_xml.writeDefaultNamespace(QStringLiteral("http://www.cdisc.org/ns/odm/v1.3"));
    m_xml.writeAttribute(QStringLiteral("ODMVersion"), QStringLiteral("1.3.2"));
    m_xml.writeAttribute(QStringLiteral("FileType"), QStringLiteral("Snapshot"));
    const QDateTime now = clock().nowUtc();
    m_xml.writeAttribute(QStringLiteral("FileOID"), u"MOODBIOME." + now.toString(u"yyyyMMddTHHmmss"));
    m_xml.writeAttribute(QStringLiteral("CreationDateTime"), odmDateTime(now));
    m_xml.writeAttribute(QStringLiteral("Granularity"), QStringLiteral("All"));
    m_xml.writeAttribute(QStringLiteral("Originator"), QStringLiteral("MoodBiome"));
    m_xml.writeAttribute(QStringLiteral("SourceSystem"), QStringLiteral("MoodBiome"));
    m_xml.writeAttribute(QStringLiteral("SourceSystemVersion"), QStringLiteral(MOODBIOME_VERSION));
    metadata();
    adminData();
    clinicalData();
    m_xml.writeEndElement();
    m_buffer += u'\n';
    m_out.write(m_buffer);
    m_buffer.clear();
}

} // namespace

void writeOdmDocument(Store& store, const ExportFilter& filter, ExportWriter& writer)
{
    OdmWriter(store, filter, writer).write();
}

} // namespace mb
