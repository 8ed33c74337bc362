// Wires the repositories to one open database.
#include "storage/Store.h"

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
    return std::unique_ptr<Store>(new Store(Database::open(path, options)));
}

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_participants(*m_db)
    , m_measures(*m_db)
    , m_journal(*m_db, m_measures)
    , m_interventions(*m_db)
    , m_questionnaires(*m_db)
{
}

} // namespace mb
