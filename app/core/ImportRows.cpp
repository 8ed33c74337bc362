// Field checks shared by every layout, and the tidy and wide layouts of docs/FILE_FORMATS.md.
#include "core/ImportRows.h"

#include "core/CsvWriter.h"
#include "core/DateText.h"
#include "core/ImportFields.h"
#include "core/Participant.h"
#include "core/Questionnaire.h"
#include "core/Tag.h"

namespace mb {

namespace {

const QString participantField = QStringLiteral("participant");
const QString dateField = QStringLiteral("date");
const QString timeField = QStringLiteral("time");
const QString measureField = QStringLiteral("measure");
const QString valueField = QStringLiteral("value");
const QString headerField = QStringLiteral("header");

QString normalName(const QString& name)
{
    return name.trimmed().toLower();
}

// The notes of the rows of one entry: each distinct non-empty note once, in the order of the rows.
QString mergedNote(const QString& entryNote, const QString& rowNote)
{
    if (rowNote.trimmed().isEmpty() || entryNote == rowNote)
        return entryNote;
    if (entryNote.trimmed().isEmpty())
        return rowNote;
    if (entryNote.split(u'\n').contains(rowNote))
        return entryNote;
    return entryNote + u'\n' + rowNote;
}

} // namespace

FieldReader::FieldReader(const QList<Measure>& measures, const ImportOptions& options, bool decimalComma)
    : m_measures(measures)
    , m_options(options)
    , m_decimalComma(decimalComma)
{
    // Labels first, keys last: a key always wins over another measure's label.
    for (qsizetype i = 0; i < m_measures.size(); ++i) {
        m_byName.insert(m_measures[i].labelEn.toLower(), i);
        m_byName.insert(m_measures[i].labelNl.toLower(), i);
    }
    for (qsizetype i = 0; i < m_measures.size(); ++i)
        m_byName.insert(m_measures[i].key, i);
}

const Measure* FieldReader::measure(QStringView name) const
{
    if (!m_lastName.isNull() && name == m_lastName)
        return m_lastMeasure;
    const auto it = m_byName.constFind(name.trimmed().toString().toLower());
    m_lastName = name.toString();
    m_lastMeasure = it == m_byName.cend() ? nullptr : &m_measures[*it];
    return m_lastMeasure;
}

bool FieldReader::isQuestionnaireTotal(QStringView key)
{
    static const QStringList keys = [] {
        QStringList all;
        for (Instrument i : allInstruments())
            all.append(instrumentDefinition(i).exportKey());
        return all;
    }();
    const QStringView k = key.trimmed();
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&](const QString& total) { return k.compare(total, Qt::CaseInsensitive) == 0; });
}

QString FieldReader::knownMeasureKeys() const
{
    QStringList keys;
    for (const Measure& m : m_measures)
        keys.append(m.key);
    return keys.join(QStringLiteral(", "));
}

std::optional<QString> FieldReader::participant(qint64 line, QStringView text, ImportProblems& problems) const
{
    if (!m_lastCodeText.isNull() && text == m_lastCodeText)
        return m_lastCode;
    const QString code = CsvWriter::fromSpreadsheetSafe(text.trimmed().toString());
    if (code.isEmpty()) {
        problems.add(line, participantField, tr("The participant code is empty."));
        return std::nullopt;
    }
    if (const auto problem = participantCodeProblem(code)) {
        problems.add(line, participantField, *problem);
        return std::nullopt;
    }
    m_lastCodeText = text.toString();
    m_lastCode = code;
    return code;
}

std::optional<QDate> FieldReader::date(qint64 line, const QString& field, QStringView text,
                                       ImportProblems& problems) const
{
    if (const auto date = parseImportDate(text)) {
        if (const auto problem = dateRangeProblem(*date)) {
            problems.add(line, field, *problem);
            return std::nullopt;
        }
        return date;
    }
    problems.add(line, field,
                 text.trimmed().isEmpty()
                     ? tr("The date is empty.")
                     : tr("“%1” is not a valid date; use 2024-12-31, 31-12-2024 or 31/12/2024.").arg(text.trimmed()));
    return std::nullopt;
}

std::optional<QStringList> FieldReader::tags(qint64 line, const QString& text, ImportProblems& problems) const
{
    if (const auto known = m_tagCells.constFind(text); known != m_tagCells.cend())
        return *known;
    const QStringList names = splitTagNames(CsvWriter::fromSpreadsheetSafe(text));
    for (const QString& name : names)
        if (const auto problem = tagNameProblem(name)) {
            problems.add(line, QStringLiteral("tags"), *problem);
            return std::nullopt;
        }
    if (m_tagCells.size() >= maxTagCells)
        m_tagCells.clear();
    m_tagCells.insert(text, names);
    return names;
}

bool FieldReader::time(qint64 line, QStringView text, std::optional<QTime>& time, ImportProblems& problems) const
{
    time.reset();
    if (text.trimmed().isEmpty())
        return true;
    time = parseImportTime(text);
    if (!time)
        problems.add(
            line, timeField,
            tr("“%1” is not a valid time; use HH:MM such as 08:30 or 20:39, or 10:00 pm.").arg(text.trimmed()));
    return time.has_value();
}

std::optional<double> FieldReader::value(qint64 line, const QString& field, const Measure& measure, QStringView text,
                                         ImportProblems& problems) const
{
    const auto value = parseImportNumber(text, m_decimalComma);
    if (!value) {
        problems.add(line, field,
                     text.trimmed().isEmpty() ? tr("The value is empty.")
                     : m_decimalComma
                         ? tr("“%1” is not a number; this file uses a decimal comma, as in 7,5.").arg(text.trimmed())
                         : tr("“%1” is not a number; this file uses a decimal point, as in 7.5.").arg(text.trimmed()));
        return std::nullopt;
    }
    return checked(line, field, measure, *value, problems);
}

std::optional<double> FieldReader::checked(qint64 line, const QString& field, const Measure& measure, double value,
                                           ImportProblems& problems) const
{
    if (const auto problem = MeasureText::validate(measure, value, m_options.language)) {
        problems.add(line, field, *problem);
        return std::nullopt;
    }
    return value;
}

ImportRows::Columns ImportRows::tableColumns(const QStringList& header)
{
    struct Name {
        const char16_t* en;
        const char16_t* nl;
        int Columns::*column;
    };
    static const Name names[] = {
        {u"participant", u"deelnemer", &Columns::participant},
        {u"date", u"datum", &Columns::date},
        {u"time", u"tijd", &Columns::time},
        {u"measure", u"meting", &Columns::measure},
        {u"value", u"waarde", &Columns::value},
        {u"note", u"notitie", &Columns::note},
        {u"tags", u"tags", &Columns::tags},
    };
    Columns columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normalName(header[i]);
        const auto it = std::find_if(std::begin(names), std::end(names), [&](const Name& n) {
            return name == QStringView(n.en) || name == QStringView(n.nl);
        });
        if (it == std::end(names))
            columns.others.append(i);
        else if (columns.*(it->column) < 0)
            columns.*(it->column) = i;
        else
            columns.duplicates.append(i);
    }
    return columns;
}

void ImportRows::reportDuplicates(const Columns& columns, const QStringList& header, ImportBatch& batch)
{
    for (int column : columns.duplicates)
        batch.problems.add(
            1, headerField,
            FieldReader::tr("Duplicate column “%1” (column %2): the header has it more than once; keep one.")
                .arg(header[column].trimmed())
                .arg(column + 1));
}

std::optional<QString> ImportRows::participantOf(const CsvRecord& record, int column, ImportBatch& batch) const
{
    const QString& given = m_fields.options().participant;
    if (column < 0)
        return given;
    auto code = m_fields.participant(record.line, record.fields[column], batch.problems);
    if (code && !given.isEmpty() && *code != given) {
        batch.problems.add(record.line, participantField,
                           FieldReader::tr("This row belongs to %1, but the import is for %2 only.").arg(*code, given));
        return std::nullopt;
    }
    return code;
}

bool ImportRows::hasColumnCount(const CsvRecord& record, qsizetype expected, ImportBatch& batch) const
{
    if (record.problem)
        batch.problems.add(record.line, QStringLiteral("columns"), *record.problem);
    if (record.fields.size() == expected)
        return !record.problem;
    batch.problems.add(record.line, QStringLiteral("columns"),
                       FieldReader::tr("This row has %1 fields where the header has %2; check for a separator inside "
                                       "a field that is not quoted.")
                           .arg(record.fields.size())
                           .arg(expected));
    return false;
}

void ImportRows::requireParticipantSource(int column, ImportBatch& batch) const
{
    if (column < 0 && m_fields.options().participant.isEmpty())
        batch.problems.add(1, participantField,
                           m_fields.options().inDialog
                               ? FieldReader::tr("The file has no participant column; choose the participant it "
                                                 "belongs to under Participant.")
                               : FieldReader::tr("The file has no participant column; choose the participant it "
                                                 "belongs to (--participant CODE)."));
}

bool TidyRows::readHeader(const QStringList& header, ImportBatch& batch)
{
    m_columns = tableColumns(header);
    m_columnCount = header.size();
    requireParticipantSource(m_columns.participant, batch);
    const std::pair<int, QString> required[] = {
        {m_columns.date, dateField}, {m_columns.measure, measureField}, {m_columns.value, valueField}};
    bool readable = true;
    for (const auto& [column, name] : required)
        if (column < 0) {
            batch.problems.add(1, headerField, tr("The header lacks the column “%1”.").arg(name));
            readable = false;
        }
    for (int other : std::as_const(m_columns.others))
        batch.problems.add(
            1, headerField,
            tr("Unknown column “%1”; a tidy file has participant, date, time, measure, value, note and tags.")
                .arg(header[other].trimmed()));
    reportDuplicates(m_columns, header, batch);
    return readable && m_columns.duplicates.isEmpty();
}

void TidyRows::readRow(const CsvRecord& record, ImportBatch& batch)
{
    const bool wasOpen = std::exchange(m_previousRowOpen, false);
    if (!hasColumnCount(record, m_columnCount, batch))
        return;
    const auto& f = record.fields;
    const QString& name = f[m_columns.measure];
    const Measure* measure = m_fields.measure(name);
    if (!measure && FieldReader::isQuestionnaireTotal(name)) {
        ++batch.questionnaireTotals;
        m_previousRowOpen = wasOpen;
        return;
    }
    if (name.trimmed().isEmpty() && (m_columns.value < 0 || f[m_columns.value].trimmed().isEmpty()))
        return readBareRow(record, batch);
    const auto participant = participantOf(record, m_columns.participant, batch);
    const auto date = m_fields.date(record.line, dateField, f[m_columns.date], batch.problems);
    std::optional<QTime> time;
    const bool timeOk = m_columns.time < 0 || m_fields.time(record.line, f[m_columns.time], time, batch.problems);
    if (!measure)
        batch.problems.add(
            record.line, measureField,
            name.trimmed().isEmpty()
                ? tr("The measure is empty.")
                : tr("Unknown measure “%1”. Known measures: %2.").arg(name.trimmed(), m_fields.knownMeasureKeys()));
    const auto value =
        measure ? m_fields.value(record.line, valueField, *measure, f[m_columns.value], batch.problems) : std::nullopt;
    const auto tags =
        m_columns.tags < 0 ? QStringList() : m_fields.tags(record.line, f[m_columns.tags], batch.problems);
    if (!participant || !date || !timeOk || !value || !tags)
        return;
    const QString note = m_columns.note < 0 ? QString() : CsvWriter::fromSpreadsheetSafe(f[m_columns.note]);
    if (wasOpen) {
        ImportRecord& last = batch.records.last();
        // Only a measure later in display order joins: the export writes an entry's values in that order,
        // so what it wrote as one entry reads back as one, and a re-export is identical.
        // The note does not split an entry: a note written on only one of its rows belongs to the whole entry.
        if (last.participant == *participant && last.entry.date == *date && last.entry.time == time &&
            measure->sortOrder > m_lastSortOrder) {
            last.entry.values.insert(measure->key, *value);
            last.entry.note = mergedNote(last.entry.note, note);
            last.tags = splitTagNames(joinTagNames(last.tags + *tags)); // repeats (any case) once
            m_previousRowOpen = true;
            m_lastSortOrder = measure->sortOrder;
            return;
        }
    }
    batch.records.append(newRecord(record.line, *participant, *date, time, note, *tags));
    batch.records.last().entry.values.insert(measure->key, *value);
    m_previousRowOpen = true;
    m_lastSortOrder = measure->sortOrder;
}

// participant,date,time,,,note,tags: an entry without values (a note or tags alone), as the export writes one.
void TidyRows::readBareRow(const CsvRecord& record, ImportBatch& batch)
{
    const auto& f = record.fields;
    const auto participant = participantOf(record, m_columns.participant, batch);
    const auto date = m_fields.date(record.line, dateField, f[m_columns.date], batch.problems);
    std::optional<QTime> time;
    const bool timeOk = m_columns.time < 0 || m_fields.time(record.line, f[m_columns.time], time, batch.problems);
    const auto tags =
        m_columns.tags < 0 ? QStringList() : m_fields.tags(record.line, f[m_columns.tags], batch.problems);
    const QString note = m_columns.note < 0 ? QString() : CsvWriter::fromSpreadsheetSafe(f[m_columns.note]);
    if (note.trimmed().isEmpty() && tags && tags->isEmpty()) {
        batch.problems.add(record.line, measureField, tr("The measure is empty."));
        return;
    }
    if (participant && date && timeOk && tags)
        batch.records.append(newRecord(record.line, *participant, *date, time, note, *tags));
}

ImportRecord TidyRows::newRecord(qint64 line, const QString& participant, QDate date, std::optional<QTime> time,
                                 const QString& note, const QStringList& tags)
{
    ImportRecord r;
    r.line = line;
    r.participant = participant;
    r.entry.date = date;
    r.entry.time = time;
    r.entry.note = note;
    r.tags = tags;
    return r;
}

bool WideRows::readHeader(const QStringList& header, ImportBatch& batch)
{
    m_columns = tableColumns(header);
    m_columnCount = header.size();
    requireParticipantSource(m_columns.participant, batch);
    if (m_columns.date < 0)
        batch.problems.add(1, headerField, tr("The header lacks the column “%1”.").arg(dateField));
    if (m_columns.measure >= 0 || m_columns.value >= 0)
        batch.problems.add(1, headerField,
                           tr("A wide file has one column per measure, not measure and value columns."));
    reportDuplicates(m_columns, header, batch);
    QSet<QString> seen;
    for (int column : std::as_const(m_columns.others)) {
        const QString name = header[column].trimmed();
        const Measure* measure = m_fields.measure(name);
        if (measure && seen.contains(measure->key)) {
            batch.problems.add(1, headerField, tr("The measure “%1” has two columns.").arg(measure->key));
        } else if (measure) {
            m_measures.append({column, measure});
            seen.insert(measure->key);
        } else if (FieldReader::isQuestionnaireTotal(name)) {
            m_totals.append(column);
        } else {
            batch.problems.add(
                1, headerField,
                tr("Unknown column “%1”: not a measure. Known measures: %2.").arg(name, m_fields.knownMeasureKeys()));
        }
    }
    return m_columns.date >= 0;
}

void WideRows::readRow(const CsvRecord& record, ImportBatch& batch)
{
    if (!hasColumnCount(record, m_columnCount, batch))
        return;
    const auto& f = record.fields;
    const auto participant = participantOf(record, m_columns.participant, batch);
    const auto date = m_fields.date(record.line, dateField, f[m_columns.date], batch.problems);
    ImportRecord r;
    const bool timeOk =
        m_columns.time < 0 || m_fields.time(record.line, f[m_columns.time], r.entry.time, batch.problems);
    bool valuesOk = true;
    for (const auto& [column, measure] : std::as_const(m_measures)) {
        if (f[column].trimmed().isEmpty())
            continue; // an empty cell is a missing value
        const auto value = m_fields.value(record.line, measure->key, *measure, f[column], batch.problems);
        valuesOk = valuesOk && value;
        if (value)
            r.entry.values.insert(measure->key, *value);
    }
    for (int column : std::as_const(m_totals))
        batch.questionnaireTotals += f[column].trimmed().isEmpty() ? 0 : 1;
    r.entry.note = m_columns.note < 0 ? QString() : CsvWriter::fromSpreadsheetSafe(f[m_columns.note]);
    const auto tags =
        m_columns.tags < 0 ? QStringList() : m_fields.tags(record.line, f[m_columns.tags], batch.problems);
    if (!participant || !date || !timeOk || !valuesOk || !tags ||
        (r.entry.values.isEmpty() && r.entry.note.trimmed().isEmpty() && tags->isEmpty()))
        return;
    r.tags = *tags;
    r.line = record.line;
    r.participant = *participant;
    r.entry.date = *date;
    batch.records.append(std::move(r));
}

} // namespace mb
