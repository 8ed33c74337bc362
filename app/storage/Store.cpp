// Wires the repositories to one open database.
#include "storage/Store.h"

#include "storage/OpenAhead.h"

#include <QDir>
#include <QStandardPaths>

namespace mb {

QString Store::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("MOODBIOME_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("moodbiome.sqlite"));
}

std::unique_ptr<Store> Store::open(const QString& path, const Database::Options& options)
{
    if (std::unique_ptr<Store> openedAhead = OpenAhead::take(path, options))
        return openedAhead;
    return openNow(path, options);
}

std::unique_ptr<Store> Store::openNow(const QString& path, const Database::Options& options)
{
    return std::unique_ptr<Store>(new Store(Database::open(path, options)));
}

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_participants(*m_db)
    , m_measures(*m_db)
    , m_journal(*m_db, m_measures)
    , m_interventions(*m_db)
    , m_questionnaires(*m_db)
    , m_tags(*m_db)
    , m_drafts(*m_db)
{
}

namespace {
void setTicks(InterventionRepository& interventions, QDate day, const Store::Ticks& ticks, const QString& reason)
{
    for (auto it = ticks.cbegin(); it != ticks.cend(); ++it)
        interventions.setAdherence(it.key(), day, *it, reason);
}
} // namespace

qint64 Store::addEntry(const JournalEntry& entry, const Ticks& ticks, const QString& reason)
{
    Transaction tx(*m_db);
    const qint64 id = m_journal.add(entry, reason);
    setTicks(m_interventions, entry.date, ticks, reason);
    tx.commit();
    return id;
}

void Store::setEntryDeleted(qint64 entryId, bool deleted, QDate day, const Ticks& ticks, const QString& reason)
{
    Transaction tx(*m_db);
    m_journal.setDeleted(entryId, deleted, reason);
    setTicks(m_interventions, day, ticks, reason);
    tx.commit();
}

} // namespace mb
