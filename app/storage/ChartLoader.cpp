// One read of the journal for several measures: each entry is found once, not once per measure.
#include "storage/ChartLoader.h"

#include "storage/Store.h"

namespace mb {

QHash<QString, QList<Observation>> loadObservations(Store& store, qint64 participantId, const QStringList& measureKeys)
{
    QHash<qint64, qsizetype> slotOf; // measure id -> index into keys and values
    QStringList keys;
    for (const QString& key : measureKeys) {
        const Measure* measure = store.measures().byKey(key);
        if (measure && !slotOf.contains(measure->id)) {
            slotOf.insert(measure->id, keys.size());
            keys.append(key);
        }
    }
    QList<QList<Observation>> values(keys.size());
    if (!keys.isEmpty()) {
        // The same entries in the same order as the one-measure query: the participant's date index.
        Statement st = store.database().prepare(u"SELECT e.local_date, o.measure_id, o.value FROM entry e "
                                                u"JOIN observation o ON o.entry_id = e.id "
                                                u"WHERE e.participant_id = ?1 AND e.deleted = 0 ORDER BY e.local_date");
        st.bind(1, participantId);
        QByteArray lastText;
        QDate lastDate;
        while (st.step()) {
            const auto slot = slotOf.constFind(st.int64(1));
            if (slot == slotOf.cend())
                continue;
            const QByteArrayView text = st.bytes(0);
            if (text != lastText) { // an entry's values share its date, and a day's entries too
                lastText = text.toByteArray();
                lastDate = st.date(0);
            }
            values[*slot].append({lastDate, st.real(2)});
        }
    }
    QHash<QString, QList<Observation>> result;
    for (qsizetype i = 0; i < keys.size(); ++i)
        result.insert(keys[i], values[i]);
    return result;
}

} // namespace mb
