// Daylio rows to mood entries; activities become tags, the note's title and text the entry's note.
#include "core/DaylioRows.h"

#include "core/DateText.h"
#include "core/ImportFields.h"
#include "core/Tag.h"

namespace mb {

namespace {
const QString moodField = QStringLiteral("mood");
const QString dateField = QStringLiteral("date");
const QString headerField = QStringLiteral("header");

QString lower(const QString& text)
{
    return text.trimmed().toLower();
}
} // namespace

std::optional<int> DaylioRows::defaultLevel(QStringView label)
{
    static const char16_t* const labels[] = {u"awful", u"bad", u"meh", u"good", u"rad"};
    for (int i = 0; i < 5; ++i)
        if (label.trimmed().compare(QStringView(labels[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return std::nullopt;
}

bool DaylioRows::isDaylioHeader(const QStringList& header)
{
    QStringList names;
    for (const QString& h : header)
        names.append(lower(h));
    return (names.contains(u"full_date") || names.contains(u"year")) && names.contains(u"weekday") &&
           names.contains(u"time") && names.contains(u"mood");
}

bool DaylioRows::readHeader(const QStringList& header, ImportBatch& batch)
{
    const std::pair<const char16_t*, int*> columns[] = {
        {u"full_date", &m_fullDate},
        {u"year", &m_year},
        {u"date", &m_date},
        {u"time", &m_time},
        {u"mood", &m_mood},
        {u"activities", &m_activities},
        {u"note_title", &m_noteTitle},
        {u"note", &m_note},
    };
    m_columnCount = header.size();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = lower(header[i]);
        const auto it = std::find_if(std::begin(columns), std::end(columns),
                                     [&](const auto& c) { return name == QStringView(c.first); });
        if (it != std::end(columns))
            *it->second = i;
        else if (name != u"weekday")
            batch.problems.add(1, headerField,
                               tr("Unknown column “%1” in a Daylio file; expected full_date, date, weekday, time, "
                                  "mood, activities, note_title and note.")
                                   .arg(header[i].trimmed()));
    }
    const bool hasDate = m_fullDate >= 0 || (m_year >= 0 && m_date >= 0);
    if (!hasDate)
        batch.problems.add(1, headerField, tr("A Daylio file needs the columns full_date, or year and date."));
    if (m_time < 0 || m_mood < 0)
        batch.problems.add(1, headerField, tr("A Daylio file needs the columns time and mood."));
    if (m_fields.options().participant.isEmpty())
        batch.problems.add(1, QStringLiteral("participant"),
                           m_fields.options().inDialog
                               ? tr("A Daylio file holds one person's entries; choose the participant they belong "
                                    "to under Participant.")
                               : tr("A Daylio file holds one person's entries; choose the participant they belong to "
                                    "(--participant CODE)."));
    m_moodMeasure = m_fields.measure(moodField);
    return hasDate && m_time >= 0 && m_mood >= 0;
}

void DaylioRows::readRow(const CsvRecord& record, ImportBatch& batch)
{
    if (!hasColumnCount(record, m_columnCount, batch))
        return;
    const auto date = dateOf(record, batch);
    ImportRecord r;
    const bool timeOk = m_fields.time(record.line, field(record, m_time), r.entry.time, batch.problems);
    const auto level = levelOf(record, batch);
    const auto mood = level && m_moodMeasure
                          ? m_fields.checked(record.line, moodField, *m_moodMeasure, moodOf(*level), batch.problems)
                          : std::nullopt;
    if (!date || !timeOk || !mood)
        return;
    r.line = record.line;
    r.participant = m_fields.options().participant;
    r.entry.date = *date;
    r.entry.values.insert(moodField, *mood);
    r.entry.note = noteOf(record);
    r.tags = activitiesOf(record);
    batch.records.append(std::move(r));
}

std::optional<QDate> DaylioRows::dateOf(const CsvRecord& record, ImportBatch& batch) const
{
    if (m_fullDate >= 0)
        return m_fields.date(record.line, QStringLiteral("full_date"), field(record, m_fullDate), batch.problems);
    const QString text = field(record, m_date).trimmed();
    bool yearOk = false;
    const int year = field(record, m_year).trimmed().toInt(&yearOk);
    auto date = parseImportDate(text);
    if (!date && yearOk)
        date = parseDayMonth(text, year);
    if (date) {
        if (const auto problem = dateRangeProblem(*date)) {
            batch.problems.add(record.line, dateField, *problem);
            return std::nullopt;
        }
        return date;
    }
    batch.problems.add(record.line, dateField,
                       tr("“%1 %2” is not a valid date; Daylio writes the year and a day and month such as "
                          "“18 May”.")
                           .arg(field(record, m_year).trimmed(), text));
    return std::nullopt;
}

std::optional<int> DaylioRows::levelOf(const CsvRecord& record, ImportBatch& batch) const
{
    const QString label = lower(field(record, m_mood));
    const auto& map = m_fields.options().moodMap;
    if (const auto it = map.constFind(label); it != map.cend())
        return *it;
    if (const auto level = defaultLevel(label))
        return level;
    ++batch.unmappedLabels[label];
    batch.problems.add(record.line, moodField,
                       label.isEmpty() ? tr("The mood is empty.")
                       : m_fields.options().inDialog
                           ? tr("The mood label “%1” is not one of Daylio’s defaults; give it "
                                "a level from 1 (awful) to 5 (rad) in the table of mood "
                                "labels.")
                                 .arg(label)
                           : tr("The mood label “%1” is not one of Daylio’s defaults; give it "
                                "a level from 1 (awful) to 5 (rad) in the mapping step, or "
                                "with --mood-map \"%1=4\".")
                                 .arg(label));
    return std::nullopt;
}

QString DaylioRows::noteOf(const CsvRecord& record) const
{
    QStringList parts;
    for (int column : {m_noteTitle, m_note})
        if (const QString text = field(record, column).trimmed(); !text.isEmpty())
            parts.append(text);
    return parts.join(u'\n');
}

QStringList DaylioRows::activitiesOf(const CsvRecord& record) const
{
    QStringList names;
    for (const QString& a : field(record, m_activities).split(u'|', Qt::SkipEmptyParts))
        names.append(tagName(a));
    return splitTagNames(joinTagNames(names)); // empty ones and repeats (any case) dropped
}

QString DaylioRows::tagName(const QString& activity)
{
    return cleanTagName(activity);
}

} // namespace mb
