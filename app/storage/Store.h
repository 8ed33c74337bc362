// An open MoodBiome database with its repositories: the one object the layers above talk to.
#pragma once

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EntryDraftRepository.h"
#include "storage/InterventionRepository.h"
#include "storage/JournalRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/TagRepository.h"

#include <memory>

namespace mb {

class Store {
public:
    // Throws StorageError; see Database::open.
    static std::unique_ptr<Store> open(const QString& path, const Database::Options& options);
    static std::unique_ptr<Store> open(const QString& path) { return open(path, Database::Options{}); }
    // Opens without looking for an OpenAhead (storage/OpenAhead.h), which is what open() first does.
    static std::unique_ptr<Store> openNow(const QString& path, const Database::Options& options);

    // MOODBIOME_DATABASE if set, else moodbiome.sqlite under QStandardPaths::AppDataLocation
    // (the GUI and the command line share it). Does not create anything.
    static QString defaultPath();

    Database& database() { return *m_db; }
    const Database& database() const { return *m_db; }
    ParticipantRepository& participants() { return m_participants; }
    MeasureRepository& measures() { return m_measures; }
    JournalRepository& journal() { return m_journal; }
    InterventionRepository& interventions() { return m_interventions; }
    QuestionnaireRepository& questionnaires() { return m_questionnaires; }
    TagRepository& tags() { return m_tags; }
    EntryDraftRepository& drafts() { return m_drafts; }
    AuditLog audit() { return AuditLog(*m_db); }
    const QString& path() const { return m_db->path(); }

    void setLanguage(const QString& language) { m_journal.setLanguage(language); }

    // Edits that span repositories, each in one transaction: an entry together with the day's "taken" ticks
    // (intervention id -> taken, or nothing to clear a tick). Throw StorageError, leaving nothing changed.
    using Ticks = QMap<qint64, std::optional<bool>>;
    qint64 addEntry(const JournalEntry& entry, const Ticks& ticks, const QString& reason = {});
    void setEntryDeleted(qint64 entryId, bool deleted, QDate day, const Ticks& ticks, const QString& reason);

private:
    explicit Store(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    ParticipantRepository m_participants;
    MeasureRepository m_measures;
    JournalRepository m_journal;
    InterventionRepository m_interventions;
    QuestionnaireRepository m_questionnaires;
    TagRepository m_tags;
    EntryDraftRepository m_drafts;
};

} // namespace mb
