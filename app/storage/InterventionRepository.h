// Interventions per participant and their daily adherence ticks; every write audited.
#pragma once

#include "core/Intervention.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace mb {

class Database;

class InterventionRepository {
public:
    explicit InterventionRepository(Database& db)
        : m_db(db)
    {
    }

    QList<Intervention> list(qint64 participantId) const; // by start date
    // The same as an export reads them: an intervention whose start or end Qt cannot read is refused
    // (requireExportableDate).
    QList<Intervention> exportable(qint64 participantId, const QString& participantCode) const;
    std::optional<Intervention> byId(qint64 id) const;
    // Live interventions of every participant whose name (case-insensitive) matches.
    QList<Intervention> byName(const QString& name) const;
    // Live interventions of every participant of one kind, by participant and start date.
    QList<Intervention> byKind(InterventionKind kind) const;
    // The distinct names of live interventions (case-insensitively), those most participants had first;
    // for choosing a cohort.
    QStringList names() const;

    qint64 add(const Intervention& intervention, const QString& reason = {});
    void update(const Intervention& intervention, const QString& reason = {});
    // Deleting an intervention with a locked randomisation schedule is refused (InvalidInput): the schedule is a
    // pre-registration whose record stays.
    void setDeleted(qint64 id, bool deleted, const QString& reason = {});

    // Adherence: date -> taken, for one intervention between two dates (inclusive).
    QMap<QDate, bool> adherence(qint64 interventionId, QDate from, QDate to) const;
    // The stored ticks of the intervention that new dates (changed's) would leave outside them.
    QMap<QDate, bool> adherenceOutside(const Intervention& changed) const;
    // The same as an export reads them: a tick of the intervention whose date Qt cannot read is refused, wherever it
    // lies (requireExportableDate).
    QMap<QDate, bool> exportableAdherence(qint64 interventionId, QDate from, QDate to,
                                          const QString& participantCode) const;
    // nullopt clears the tick.
    void setAdherence(qint64 interventionId, QDate day, std::optional<bool> taken, const QString& reason = {});

    // Many ticks (intervention, day, taken) of one participant in one transaction and one audit row.
    void setAdherenceMany(qint64 participantId, const QList<std::tuple<qint64, QDate, bool>>& ticks,
                          const QString& reason = {});

private:
    QList<Intervention> listOf(qint64 participantId, const QString& participantCode, bool refuseUnreadableDates) const;
    void validate(const Intervention& intervention) const;
    // Refuses days for an intervention that would leave one of its ticks outside them.
    void requireTicksWithin(const Intervention& intervention) const;
    // Live interventions of live participants matching an SQL condition on ?1.
    QList<Intervention> ofEveryone(QStringView condition, const QString& value) const;
    Database& m_db;
};

} // namespace mb
