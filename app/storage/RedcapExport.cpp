// The dictionary and the data are made from one list of fields, so that they cannot disagree.
#include "storage/RedcapExport.h"

#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "core/DateText.h"
#include "core/Measure.h"
#include "core/Questionnaire.h"
#include "storage/ExportWriter.h"
#include "storage/Statement.h"
#include "storage/Store.h"

#include <QHash>

namespace mb {

namespace {

struct Field {
    QString name;
    QString form;
    QString type; // text, notes, radio, dropdown, calc
    QString label;
    QString choices;    // "0, Not at all | 1, Several days", or a calculation
    QString validation; // number, integer, date_ymd, time
    QString minimum;
    QString maximum;
    bool identifier = false;
    bool required = false;
    QString note;
};

const QString participantForm = QStringLiteral("participant");
const QString diaryForm = QStringLiteral("daily_diary");
const QString interventionForm = QStringLiteral("intervention");

QString choicesOf(const InstrumentDefinition& d)
{
    QStringList parts;
    for (int v = 0; v <= d.highestAnswer(); ++v)
        parts << QString::number(v) + u", " + d.answers[v].en;
    return parts.join(u" | ");
}

// The total as REDCap computes it: reverse-scored items as (highest - answer), WHO-5 times four.
QString totalEquation(const InstrumentDefinition& d)
{
    QStringList terms;
    for (int n = 1; n <= d.itemCount(); ++n) {
        const QString item = u'[' + d.code + u'_' + QString::number(n) + u']';
        terms << (d.isReverseScored(n) ? u'(' + QString::number(d.highestAnswer()) + u'-' + item + u')' : item);
    }
    const QString sum = terms.join(u'+');
    return d.percentFactor > 0 ? QString::number(d.percentFactor) + u"*(" + sum + u')' : sum;
}

// The participant form: code, arm, enrolment and withdrawal.
void appendParticipantFields(QList<Field>& fields)
{
    fields.append({QStringLiteral("record_id"),
                   participantForm,
                   QStringLiteral("text"),
                   QStringLiteral("Participant code"),
                   {},
                   {},
                   {},
                   {},
                   false,
                   true,
                   QStringLiteral("The pseudonymous participant code")});
    fields.append({QStringLiteral("arm"), participantForm, QStringLiteral("text"), QStringLiteral("Arm")});
    fields.append({QStringLiteral("enrolled"),
                   participantForm,
                   QStringLiteral("text"),
                   QStringLiteral("Enrolled on"),
                   {},
                   QStringLiteral("date_ymd")});
    fields.append({QStringLiteral("withdrawn"),
                   participantForm,
                   QStringLiteral("text"),
                   QStringLiteral("Withdrawn on"),
                   {},
                   QStringLiteral("date_ymd")});
}

// The daily diary form: date, time, one field per measure, and the note.
void appendDiaryFields(Store& store, QList<Field>& fields)
{
    fields.append({QStringLiteral("diary_date"),
                   diaryForm,
                   QStringLiteral("text"),
                   QStringLiteral("Date"),
                   {},
                   QStringLiteral("date_ymd"),
                   {},
                   {},
                   false,
                   true});
    fields.append({QStringLiteral("diary_time"),
                   diaryForm,
                   QStringLiteral("text"),
                   QStringLiteral("Time"),
                   {},
                   QStringLiteral("time")});
    for (const Measure& m : store.measures().list()) {
        Field f{m.key,
                diaryForm,
                QStringLiteral("text"),
                m.labelEn,
                {},
                m.wholeNumbersOnly() ? QStringLiteral("integer") : QStringLiteral("number"),
                plainNumber(m.minimum),
                plainNumber(m.maximum)};
        f.note =
            plainNumber(m.minimum) + u'-' + plainNumber(m.maximum) + (m.unit.isEmpty() ? QString() : u' ' + m.unit);
        fields.append(f);
    }
    fields.append({QStringLiteral("diary_note"), diaryForm, QStringLiteral("notes"), QStringLiteral("Note")});
}

// One form per questionnaire instrument: its date, its items and the calculated total.
void appendQuestionnaireFields(QList<Field>& fields)
{
    for (Instrument instrument : allInstruments()) {
        const InstrumentDefinition& d = instrumentDefinition(instrument);
        fields.append({d.code + u"_date",
                       d.code,
                       QStringLiteral("text"),
                       QStringLiteral("Date"),
                       {},
                       QStringLiteral("date_ymd"),
                       {},
                       {},
                       false,
                       true});
        for (int n = 1; n <= d.itemCount(); ++n)
            fields.append({d.code + u'_' + QString::number(n),
                           d.code,
                           QStringLiteral("radio"),
                           d.items[n - 1].en,
                           choicesOf(d),
                           {},
                           {},
                           {},
                           false,
                           true});
        fields.append({d.exportKey(), d.code, QStringLiteral("calc"), d.name + u" score", totalEquation(d)});
    }
}

// The choices of the intervention kind dropdown: "probiotic, probiotic | ... | fmt, FMT | ...".
QString interventionKindChoices()
{
    QStringList kinds;
    for (InterventionKind k :
         {InterventionKind::Probiotic, InterventionKind::Prebiotic, InterventionKind::Diet, InterventionKind::Fmt,
          InterventionKind::Medication, InterventionKind::Lifestyle, InterventionKind::Other})
        kinds << toString(k) + u", " + (k == InterventionKind::Fmt ? QStringLiteral("FMT") : toString(k));
    return kinds.join(u" | ");
}

// The intervention form.
void appendInterventionFields(QList<Field>& fields)
{
    fields.append({QStringLiteral("int_kind"),
                   interventionForm,
                   QStringLiteral("dropdown"),
                   QStringLiteral("Kind"),
                   interventionKindChoices(),
                   {},
                   {},
                   {},
                   false,
                   true});
    fields.append({QStringLiteral("int_name"),
                   interventionForm,
                   QStringLiteral("text"),
                   QStringLiteral("Name"),
                   {},
                   {},
                   {},
                   {},
                   false,
                   true});
    fields.append({QStringLiteral("int_dose"),
                   interventionForm,
                   QStringLiteral("text"),
                   QStringLiteral("Dose"),
                   {},
                   QStringLiteral("number"),
                   QStringLiteral("0")});
    fields.append({QStringLiteral("int_unit"), interventionForm, QStringLiteral("text"), QStringLiteral("Unit")});
    fields.append(
        {QStringLiteral("int_frequency"), interventionForm, QStringLiteral("text"), QStringLiteral("Frequency")});
    fields.append({QStringLiteral("int_start"),
                   interventionForm,
                   QStringLiteral("text"),
                   QStringLiteral("Start"),
                   {},
                   QStringLiteral("date_ymd"),
                   {},
                   {},
                   false,
                   true});
    fields.append({QStringLiteral("int_end"),
                   interventionForm,
                   QStringLiteral("text"),
                   QStringLiteral("End"),
                   {},
                   QStringLiteral("date_ymd")});
    fields.append({QStringLiteral("int_notes"), interventionForm, QStringLiteral("notes"), QStringLiteral("Notes")});
}

QList<Field> fieldsOf(Store& store)
{
    QList<Field> fields;
    appendParticipantFields(fields);
    appendDiaryFields(store, fields);
    appendQuestionnaireFields(fields);
    appendInterventionFields(fields);
    return fields;
}

// One data row being filled: the values by field name, written in the header's order.
class DataRow {
public:
    explicit DataRow(const QStringList& columns)
        : m_columns(columns)
    {
    }
    void set(const QString& field, const QString& value) { m_values.insert(field, value); }
    QString text(const CsvWriter& csv) const
    {
        QStringList cells;
        cells.reserve(m_columns.size());
        for (const QString& column : m_columns)
            cells << m_values.value(column);
        return csv.row(cells);
    }

private:
    const QStringList& m_columns;
    QHash<QString, QString> m_values;
};

// The data CSV's columns. Calculated fields are left out: REDCap computes them itself.
QStringList dataColumns(Store& store)
{
    QStringList columns{QStringLiteral("record_id"), QStringLiteral("redcap_repeat_instrument"),
                        QStringLiteral("redcap_repeat_instance")};
    for (const Field& f : fieldsOf(store))
        if (f.type != u"calc" && f.name != u"record_id")
            columns << f.name;
    return columns;
}

// Where the data rows go: the header's columns, the CSV format and the writer that counts them.
struct DataOutput {
    const QStringList& columns;
    const CsvWriter& csv;
    ExportWriter& writer;

    void write(const DataRow& row) const
    {
        writer.write(row.text(csv));
        writer.countRow();
    }
    // A row of a repeating instrument of one participant.
    DataRow repeatRow(const QString& code, const QString& instrument, int instance) const
    {
        DataRow row(columns);
        row.set(QStringLiteral("record_id"), code);
        row.set(QStringLiteral("redcap_repeat_instrument"), instrument);
        row.set(QStringLiteral("redcap_repeat_instance"), QString::number(instance));
        return row;
    }
};

void writeParticipantRow(const DataOutput& out, const Participant& p)
{
    DataRow row(out.columns);
    row.set(QStringLiteral("record_id"), p.code);
    row.set(QStringLiteral("arm"), p.arm);
    if (p.enrolled.isValid())
        row.set(QStringLiteral("enrolled"), isoDate(p.enrolled));
    if (p.withdrawn.isValid())
        row.set(QStringLiteral("withdrawn"), isoDate(p.withdrawn));
    out.write(row);
}

// One diary instance per journal entry, from one ordered query: an entry's values are consecutive.
void writeDiaryRows(Store& store, const ExportFilter& filter, const DataOutput& out, const Participant& p)
{
    int instance = 0;
    forEachDiaryEntry(store, filter, p.id, p.code, [&](const DiaryEntry& e) {
        DataRow diary = out.repeatRow(p.code, diaryForm, ++instance);
        diary.set(QStringLiteral("diary_date"), e.date);
        if (!e.time.isEmpty())
            diary.set(QStringLiteral("diary_time"), e.time);
        diary.set(QStringLiteral("diary_note"), e.note);
        for (const auto& [key, value] : e.values)
            diary.set(key, plainNumber(value));
        out.write(diary);
    });
}

// The participant's questionnaire responses in the filter's dates, oldest first, numbered per instrument.
void writeQuestionnaireRows(Store& store, const ExportFilter& filter, const DataOutput& out, const Participant& p)
{
    QHash<Instrument, int> instances;
    const QList<QuestionnaireResponse> responses = store.questionnaires().exportable(p.id, p.code); // newest first
    for (auto it = responses.crbegin(); it != responses.crend(); ++it) {
        if (!filter.contains(it->date))
            continue;
        const InstrumentDefinition& d = instrumentDefinition(it->instrument);
        DataRow response = out.repeatRow(p.code, d.code, ++instances[it->instrument]);
        response.set(d.code + u"_date", isoDate(it->date));
        for (int n = 1; n <= it->answers.size(); ++n)
            response.set(d.code + u'_' + QString::number(n), QString::number(it->answers[n - 1]));
        out.write(response);
    }
}

// The participant's interventions that overlap the filter's dates.
void writeInterventionRows(Store& store, const ExportFilter& filter, const DataOutput& out, const Participant& p,
                           const QDate& today)
{
    int instance = 0;
    for (const Intervention& i : store.interventions().exportable(p.id, p.code)) {
        if ((filter.to.isValid() && i.start > filter.to) || (filter.from.isValid() && i.lastDay(today) < filter.from))
            continue;
        DataRow row = out.repeatRow(p.code, interventionForm, ++instance);
        row.set(QStringLiteral("int_kind"), toString(i.kind));
        row.set(QStringLiteral("int_name"), i.name);
        if (i.dose)
            row.set(QStringLiteral("int_dose"), plainNumber(*i.dose));
        row.set(QStringLiteral("int_unit"), i.unit);
        row.set(QStringLiteral("int_frequency"), i.frequency);
        row.set(QStringLiteral("int_start"), isoDate(i.start));
        if (i.end.isValid())
            row.set(QStringLiteral("int_end"), isoDate(i.end));
        row.set(QStringLiteral("int_notes"), i.notes);
        out.write(row);
    }
}

} // namespace

const QStringList& redcapDictionaryHeader()
{
    static const QStringList header = {
        QStringLiteral("Variable / Field Name"),
        QStringLiteral("Form Name"),
        QStringLiteral("Section Header"),
        QStringLiteral("Field Type"),
        QStringLiteral("Field Label"),
        QStringLiteral("Choices, Calculations, OR Slider Labels"),
        QStringLiteral("Field Note"),
        QStringLiteral("Text Validation Type OR Show Slider Number"),
        QStringLiteral("Text Validation Min"),
        QStringLiteral("Text Validation Max"),
        QStringLiteral("Identifier?"),
        QStringLiteral("Branching Logic (Show field only if...)"),
        QStringLiteral("Required Field?"),
        QStringLiteral("Custom Alignment"),
        QStringLiteral("Question Number (surveys only)"),
        QStringLiteral("Matrix Group Name"),
        QStringLiteral("Matrix Ranking?"),
        QStringLiteral("Field Annotation"),
    };
    return header;
}

void writeRedcapDictionary(Store& store, ExportWriter& writer)
{
    const CsvWriter csv(u',');
    writer.write(csv.row(redcapDictionaryHeader()));
    for (const Field& f : fieldsOf(store)) {
        writer.write(csv.row({f.name, f.form, QString(), f.type, f.label, f.choices, f.note, f.validation, f.minimum,
                              f.maximum, f.identifier ? QStringLiteral("y") : QString(), QString(),
                              f.required ? QStringLiteral("y") : QString(), QString(), QString(), QString(), QString(),
                              QString()}));
        writer.countRow();
    }
}

void writeRedcapData(Store& store, const ExportFilter& filter, ExportWriter& writer)
{
    const QStringList columns = dataColumns(store);
    const CsvWriter csv(u',');
    writer.write(csv.row(columns));
    const DataOutput out{columns, csv, writer};

    QList<Participant> participants = store.participants().list();
    if (!filter.participantCode.isEmpty())
        participants.removeIf([&](const Participant& p) { return p.code != filter.participantCode; });
    participants.removeIf([&](const Participant& p) { return !filter.includes(p.code); });
    const QDate today = clock().today();
    for (const Participant& p : participants) {
        writeParticipantRow(out, p);
        writeDiaryRows(store, filter, out, p);
        writeQuestionnaireRows(store, filter, out, p);
        writeInterventionRows(store, filter, out, p, today);
    }
}

} // namespace mb
