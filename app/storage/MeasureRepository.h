// Measures: the seeded built-ins and the user's own; cached, since every entry is checked against them.
#pragma once

#include "core/Measure.h"

#include <QHash>
#include <QList>

#include <optional>

namespace mb {

class Database;

class MeasureRepository {
public:
    explicit MeasureRepository(Database& db);

    const QList<Measure>& list() const { return m_measures; } // in display order
    const Measure* byKey(const QString& key) const;
    const Measure* byId(qint64 id) const;
    const Measure& require(const QString& key) const; // throws InvalidInput naming the key

    qint64 add(const Measure& measure, const QString& reason = {});

    void reload();

private:
    Database& m_db;
    QList<Measure> m_measures;
    QHash<QString, qsizetype> m_byKey;
};

} // namespace mb
