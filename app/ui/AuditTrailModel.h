// The audit trail as a table: when, who, what was done to which row of whom, before and after, and why.
#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>

class QIODevice;

namespace mb {

class Store;

class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, Action, Table, Row, Participant, Before, After, Reason, ColumnCount };

    explicit AuditTrailModel(QObject* parent = nullptr);

    void setStore(Store* store);
    void setFilter(const AuditLog::Filter& filter);
    const AuditLog::Filter& filter() const { return m_filter; }
    void reload();
    const AuditLog::Row* rowAt(int row) const;
    QString participantCode(qint64 participantId) const { return m_codes.value(participantId); }

    // The rows shown, oldest first, with both hashes, so that an auditor can check the chain outside the app.
    // Returns the number of rows written, or -1 when the device refused the text.
    qint64 writeCsv(QIODevice& device) const;

    // "created", "changed", … in the current language.
    static QString actionText(const QString& action);
    // "participant", "journal entry", … for the trail's table names, in the current language.
    static QString tableText(const QString& table);
    static QString securityChangeText(const QString& change); // "encrypted", "decrypted", "passphrase_changed"
    // "mood", "date", … for a field of a row's old or new values, in the current language.
    QString fieldText(const QString& field) const;
    // What a row changed, one "field: old → new" line per field that differs (only the new value for a
    // created row, only the old one for a deleted row).
    QStringList changeLines(const AuditLog::Row& row) const;
    // A local time as the user reads it: the locale's date with a four-digit year, and the time.
    static QString localTimeText(const QDateTime& utc);
    static QString localDateText(QDate date); // the locale's short format with a four-digit year

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AuditLog::Row& row, int column) const;
    QString valueText(const QString& field, const QJsonValue& value) const;
    // The fields that differ, each with its old and new value (undefined where absent).
    struct Change {
        QString field;
        QJsonValue before;
        QJsonValue after;
    };
    QList<Change> changes(const AuditLog::Row& row) const;
    QString sideText(const AuditLog::Row& row, bool after) const;

    Store* m_store = nullptr;
    AuditLog::Filter m_filter;
    QList<AuditLog::Row> m_rows; // newest first
    QHash<qint64, QString> m_codes;
    QHash<QString, QString> m_measureLabels; // key -> label in the current language
};

} // namespace mb
