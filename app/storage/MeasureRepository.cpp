// Reading measures into a cache and adding custom ones.
#include "storage/MeasureRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QJsonObject>

namespace mb {

MeasureRepository::MeasureRepository(Database& db)
    : m_db(db)
{
    reload();
}

void MeasureRepository::reload()
{
    m_measures.clear();
    m_byKey.clear();
    Statement st = m_db.prepare(u"SELECT id, key, label_en, label_nl, kind, unit, min_value, max_value, direction, "
                                u"builtin, sort_order FROM measure WHERE deleted = 0 ORDER BY sort_order, id");
    while (st.step()) {
        Measure m;
        m.id = st.int64(0);
        m.key = st.text(1);
        m.labelEn = st.text(2);
        m.labelNl = st.text(3);
        m.kind = measureKindFromString(st.text(4)).value_or(MeasureKind::Other);
        m.unit = st.text(5);
        m.minimum = st.real(6);
        m.maximum = st.real(7);
        m.direction = directionFromString(st.text(8)).value_or(Direction::Neutral);
        m.builtin = st.int64(9) != 0;
        m.sortOrder = int(st.int64(10));
        m_byKey.insert(m.key, m_measures.size());
        m_measures.append(m);
    }
}

const Measure* MeasureRepository::byKey(const QString& key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.cend() ? nullptr : &m_measures[*it];
}

const Measure* MeasureRepository::byId(qint64 id) const
{
    for (const Measure& m : m_measures)
        if (m.id == id)
            return &m;
    return nullptr;
}

const Measure& MeasureRepository::require(const QString& key) const
{
    if (const Measure* m = byKey(key))
        return *m;
    throw StorageError(StorageError::Code::InvalidInput, StorageText::tr("Unknown measure “%1”.").arg(key));
}

qint64 MeasureRepository::add(const Measure& measure, const QString& reason)
{
    using Code = StorageError::Code;
    if (!isValidMeasureKey(measure.key))
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("The key “%1” must start with a letter and contain only lower-case "
                                           "letters, digits and underscores (at most 40 characters).")
                               .arg(measure.key));
    if (byKey(measure.key))
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("A measure with key “%1” already exists.").arg(measure.key));
    if (measure.labelEn.trimmed().isEmpty() || measure.labelNl.trimmed().isEmpty())
        throw StorageError(Code::InvalidInput, StorageText::tr("A measure needs an English and a Dutch label."));
    if (!(measure.maximum > measure.minimum))
        throw StorageError(Code::InvalidInput, StorageText::tr("The maximum must be larger than the minimum."));

    Transaction tx(m_db);
    Statement st = m_db.prepare(u"INSERT INTO measure (key, label_en, label_nl, kind, unit, min_value, max_value, "
                                u"direction, builtin, sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, "
                                u"(SELECT coalesce(max(sort_order), 0) + 10 FROM measure))");
    st.bind(1, measure.key).bind(2, measure.labelEn.trimmed()).bind(3, measure.labelNl.trimmed());
    st.bind(4, toString(measure.kind)).bind(5, measure.unit).bind(6, measure.minimum).bind(7, measure.maximum);
    st.bind(8, toString(measure.direction)).run();
    const qint64 id = m_db.lastInsertRowId();
    AuditLog(m_db).record({.action = AuditLog::Action::Insert,
                           .table = QStringLiteral("measure"),
                           .rowId = id,
                           .newValues = {{QStringLiteral("key"), measure.key},
                                         {QStringLiteral("label_en"), measure.labelEn},
                                         {QStringLiteral("label_nl"), measure.labelNl},
                                         {QStringLiteral("kind"), toString(measure.kind)},
                                         {QStringLiteral("unit"), measure.unit},
                                         {QStringLiteral("min"), measure.minimum},
                                         {QStringLiteral("max"), measure.maximum},
                                         {QStringLiteral("direction"), toString(measure.direction)}},
                           .reason = reason});
    tx.commit();
    reload();
    return id;
}

} // namespace mb
