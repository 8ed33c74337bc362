// Participants of an import by code, the refusal of withdrawn or deleted ones, and values already stored.
#include "storage/ImportResolver.h"

#include "core/DateText.h"
#include "storage/JournalRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Store.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace mb {

namespace {
const QString participantField = QStringLiteral("participant");
}

ImportResolver::ImportResolver(Store& store, const QString& givenParticipant)
    : m_store(store)
    , m_given(givenParticipant)
{
    for (const Participant& p : m_store.participants().list(true)) {
        m_participants.insert(p.code, p);
        m_byFoldedCode.insert(p.code.toLower(), p.code);
    }
}

QString ImportResolver::valueKey(QDate date, const std::optional<QTime>& time, const QString& measure, double value)
{
    return isoDate(date) + u'|' + (time ? hourMinute(*time) : QString()) + u'|' + measure + u'|' +
           QString::number(value, 'g', 17);
}

QString ImportResolver::bareKey(QDate date, const std::optional<QTime>& time, const QString& note)
{
    return valueKey(date, time, QString(), 0) + u'|' + note; // no measure key is empty
}

bool ImportResolver::checkGiven(ImportProblems& problems) const
{
    if (m_given.isEmpty())
        return true;
    const auto it = m_participants.constFind(m_given);
    if (it != m_participants.cend() && !it->deleted)
        return true;
    problems.add(0, participantField,
                 QCoreApplication::translate("Importer", "There is no participant with code “%1”; add them first.")
                     .arg(m_given));
    return false;
}

ImportResolver::Code& ImportResolver::lookUp(const QString& code, qint64 line)
{
    auto [it, inserted] = m_codes.try_emplace(code);
    Code& c = it->second;
    if (inserted) {
        c.firstLine = line;
        const auto known = m_participants.constFind(code);
        if (known != m_participants.cend()) {
            c.known = *known;
            c.id = known->id;
        } else if (const QString other = m_byFoldedCode.value(code.toLower(), code); other != code) {
            c.lookAlike = other; // P-001 and p-001 would be taken for one another (docs/FILE_FORMATS.md)
        } else {
            m_byFoldedCode.insert(code.toLower(), code);
        }
        if (c.known && !refused(c))
            m_store.journal().forEachObservation(code, QDate(), QDate(), [&c](const TidyRow& row) {
                c.stored.insert(row.hasValue ? valueKey(row.date, row.time, row.measure, row.value)
                                             : bareKey(row.date, row.time, row.note),
                                row.entryId);
            });
    }
    return c;
}

std::optional<qint64> ImportResolver::participant(const ImportRecord& record)
{
    if (!m_last || record.participant != m_lastCode) {
        m_last = &lookUp(record.participant, record.line);
        m_lastCode = record.participant;
    }
    ++m_last->rows;
    if (refused(*m_last))
        return std::nullopt;
    return m_last->id;
}

void ImportResolver::created(const QString& code, qint64 id)
{
    m_codes[code].id = id;
}

qsizetype ImportResolver::dropStored(const ImportRecord& record, BulkJournalWriter::Row* row) const
{
    if (!m_last || m_last->stored.isEmpty() || record.participant != m_lastCode)
        return 0;
    const QHash<QString, qint64>& stored = m_last->stored;
    const JournalEntry& e = record.entry;
    qsizetype index = 0, kept = 0;
    for (auto v = e.values.cbegin(); v != e.values.cend(); ++v, ++index) {
        if (stored.contains(valueKey(e.date, e.time, v.key(), v.value())))
            continue;
        if (row)
            row->values[kept] = row->values[index];
        ++kept;
    }
    if (row)
        row->values.resize(kept);
    return e.values.size() - kept;
}

qint64 ImportResolver::storedEntry(const ImportRecord& record) const
{
    if (!m_last || record.participant != m_lastCode)
        return 0;
    const JournalEntry& e = record.entry;
    if (e.values.isEmpty())
        return m_last->stored.value(bareKey(e.date, e.time, e.note));
    qint64 entry = 0;
    for (auto v = e.values.cbegin(); v != e.values.cend(); ++v) {
        const qint64 id = m_last->stored.value(valueKey(e.date, e.time, v.key(), v.value()));
        if (id == 0 || (entry != 0 && id != entry))
            return 0;
        entry = id;
    }
    return entry;
}

void ImportResolver::reportRefused(ImportProblems& problems) const
{
    QList<std::pair<qint64, QString>> lines; // by first line, as the file has them
    for (const auto& [code, c] : m_codes)
        if (refused(c))
            lines.append({c.firstLine, code});
    std::sort(lines.begin(), lines.end());
    for (const auto& [line, code] : std::as_const(lines)) {
        const Code& c = m_codes.at(code);
        const int rows = int(std::min<qint64>(c.rows, std::numeric_limits<int>::max()));
        if (!c.lookAlike.isEmpty()) {
            problems.add(line, participantField,
                         QCoreApplication::translate("Importer",
                                                     "“%1” differs only in upper or lower case from “%2”, so the two "
                                                     "would be taken for one another; none of the %n row(s) of “%1” "
                                                     "can be imported. Spell each participant's code one way.",
                                                     nullptr, rows)
                             .arg(code, c.lookAlike));
            continue;
        }
        if (c.known->deleted) {
            problems.add(line, participantField,
                         QCoreApplication::translate(
                             "Importer", "The participant %1 was deleted; restore them before importing their data.")
                             .arg(code));
            continue;
        }
        problems.add(line, participantField,
                     QCoreApplication::translate("Importer",
                                                 "%1 withdrew on %2; their journal is read-only, so none of their "
                                                 "%n row(s) can be imported.",
                                                 nullptr, rows)
                         .arg(code, isoDate(c.known->withdrawn)));
    }
}

QStringList ImportResolver::newParticipants() const
{
    QStringList codes;
    for (const auto& [code, c] : m_codes)
        if (!c.known && !refused(c))
            codes.append(code);
    codes.sort();
    return codes;
}

QStringList ImportResolver::participantCodes() const
{
    QStringList codes;
    for (const auto& [code, c] : m_codes)
        if (!refused(c))
            codes.append(code);
    codes.sort();
    return codes;
}

} // namespace mb
