// What an import wrote, entry by entry, in one SHA-256: recorded in the import's audit row (BulkJournalWriter) and
// computed again from the live rows by the audit replay (AuditReplay), so that rows an import wrote cannot be moved
// to another participant or date, hidden or stripped of values or tags with the sqlite3 tool.
#pragma once

#include "storage/Sha256.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>

namespace mb {

class ImportDigest {
public:
    // One entry, in id order: its participant, its date (YYYY-MM-DD), how many values and tags it has.
    void add(qint64 participantId, QByteArrayView date, qint64 values, qint64 tags)
    {
        char record[recordBytes] = {};
        qToLittleEndian<qint64>(participantId, record);
        for (qsizetype i = 0; i < date.size() && i < 10; ++i)
            record[8 + i] = date[i];
        qToLittleEndian<qint32>(qint32(values), record + 18);
        qToLittleEndian<qint32>(qint32(tags), record + 22);
        m_buffer.append(record, recordBytes);
        if (m_buffer.size() >= bufferBytes) {
            m_hash.add(m_buffer);
            m_buffer.clear();
        }
    }
    QString hex()
    {
        m_hash.add(m_buffer);
        m_buffer.clear();
        return m_hash.hex();
    }

private:
    static constexpr int recordBytes = 26;
    static constexpr qsizetype bufferBytes = 64 * 1024;
    Sha256 m_hash; // libcrypto: QCryptographicHash took a tenth of an import's writing thread
    QByteArray m_buffer;
};

} // namespace mb
