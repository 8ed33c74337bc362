// Three queries over entry, observation, tag and entry_tag, each through entry_by_participant_date.
#include "storage/InsightsLoader.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Store.h"

namespace mb {

namespace {

QDate dateOf(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// Every measure's daily means for the participant, by measure id.
QHash<qint64, QMap<QDate, double>> dailyMeansByMeasure(Database& db, qint64 participantId)
{
    QHash<qint64, QMap<QDate, double>> result;
    Statement st = db.prepare(u"SELECT o.measure_id, e.local_date, avg(o.value) FROM entry e "
                              u"JOIN observation o ON o.entry_id = e.id "
                              u"WHERE e.participant_id = ?1 AND e.deleted = 0 GROUP BY o.measure_id, e.local_date");
    st.bind(1, participantId);
    while (st.step())
        result[st.int64(0)].insert(dateOf(st.text(1)), st.real(2));
    return result;
}

QSet<QDate> entryDays(Database& db, qint64 participantId)
{
    QSet<QDate> days;
    Statement st = db.prepare(u"SELECT DISTINCT local_date FROM entry WHERE participant_id = ?1 AND deleted = 0");
    st.bind(1, participantId);
    while (st.step())
        days.insert(dateOf(st.text(0)));
    return days;
}

QList<TagFactor> tagFactors(Database& db, qint64 participantId)
{
    QList<TagFactor> tags;
    Statement st = db.prepare(u"SELECT t.id, t.name, e.local_date FROM entry e "
                              u"JOIN entry_tag et ON et.entry_id = e.id "
                              u"JOIN tag t ON t.id = et.tag_id AND t.archived = 0 "
                              u"WHERE e.participant_id = ?1 AND e.deleted = 0 "
                              u"GROUP BY t.id, e.local_date ORDER BY t.sort_order, t.name, t.id");
    st.bind(1, participantId);
    qint64 current = 0;
    while (st.step()) {
        if (tags.isEmpty() || st.int64(0) != current) {
            current = st.int64(0);
            tags.append({st.text(1), {}});
        }
        tags.last().days.insert(dateOf(st.text(2)));
    }
    return tags;
}

} // namespace

InsightsInput loadInsightsInput(Store& store, qint64 participantId, const QString& measureKey, int maxLag,
                                QStringView language)
{
    const Measure& outcome = store.measures().require(measureKey);
    Database& db = store.database();
    const QHash<qint64, QMap<QDate, double>> daily = dailyMeansByMeasure(db, participantId);
    InsightsInput input;
    input.outcome = daily.value(outcome.id);
    input.entryDays = entryDays(db, participantId);
    input.tags = tagFactors(db, participantId);
    input.maxLag = maxLag;
    for (const Measure& measure : store.measures().list()) {
        if (measure.id == outcome.id || measure.kind == MeasureKind::Category || !daily.contains(measure.id))
            continue;
        input.measures.append({measure.key, measure.label(language), daily.value(measure.id)});
    }
    return input;
}

InsightsResult loadInsights(Store& store, qint64 participantId, const QString& measureKey, int maxLag,
                            QStringView language)
{
    return computeInsights(loadInsightsInput(store, participantId, measureKey, maxLag, language));
}

} // namespace mb
