// Reading the audit trail through its filter; times are shown in the local zone, exported in UTC.
#include "ui/AuditTrailModel.h"

#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "core/DateText.h"
#include "storage/Store.h"
#include "ui/LanguageManager.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mb {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setStore(Store* store)
{
    m_store = store;
    reload();
}

void AuditTrailModel::setFilter(const AuditLog::Filter& filter)
{
    m_filter = filter;
    reload();
}

void AuditTrailModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_codes.clear();
    m_measureLabels.clear();
    if (m_store) {
        m_rows = m_store->audit().rows(m_filter);
        for (const mb::Participant& p : m_store->participants().list(true))
            m_codes.insert(p.id, p.code);
        for (const Measure& m : m_store->measures().list())
            m_measureLabels.insert(m.key, m.label(LanguageManager::current()));
    }
    endResetModel();
}

const AuditLog::Row* AuditTrailModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString AuditTrailModel::actionText(const QString& action)
{
    if (action == u"insert")
        return tr("created");
    if (action == u"update")
        return tr("changed");
    if (action == u"delete")
        return tr("deleted");
    if (action == u"restore")
        return tr("undeleted");
    if (action == u"migrate")
        return tr("database upgraded");
    if (action == u"import")
        return tr("imported");
    if (action == u"export")
        return tr("exported");
    if (action == u"backup")
        return tr("backed up");
    if (action == u"restore_backup")
        return tr("restored from a backup");
    if (action == u"verify")
        return tr("verified");
    if (action == u"security")
        return tr("encryption changed");
    return action;
}

// The "change" of a "security" row (docs/SECURITY.md).
QString AuditTrailModel::securityChangeText(const QString& change)
{
    if (change == u"encrypted")
        return tr("encrypted with a passphrase");
    if (change == u"decrypted")
        return tr("decrypted");
    if (change == u"passphrase_changed")
        return tr("passphrase changed");
    return change;
}

QString AuditTrailModel::tableText(const QString& table)
{
    if (table == u"participant")
        return tr("participant");
    if (table == u"entry")
        return tr("journal entry");
    if (table == u"intervention")
        return tr("intervention");
    if (table == u"adherence")
        return tr("intervention taken");
    if (table == u"measure")
        return tr("measure");
    if (table == u"tag")
        return tr("tag");
    if (table == u"entry_tag")
        return tr("tags of a journal entry");
    if (table == u"questionnaire_response")
        return tr("questionnaire");
    if (table == u"schema")
        return tr("database schema");
    if (table == u"database")
        return tr("database");
    if (table == u"export")
        return tr("export");
    return table;
}

// tabular data: a translated name for every stored field
QString AuditTrailModel::fieldText(const QString& field) const
{
    if (const auto it = m_measureLabels.constFind(field); it != m_measureLabels.cend())
        return *it;
    static const std::pair<const char16_t*, const char*> names[] = {
        {u"participant_id", QT_TR_NOOP("participant")},
        {u"participant", QT_TR_NOOP("participant")},
        {u"code", QT_TR_NOOP("code")},
        {u"display_name", QT_TR_NOOP("name")},
        {u"arm", QT_TR_NOOP("study arm")},
        {u"enrolled_on", QT_TR_NOOP("enrolled")},
        {u"withdrawn_on", QT_TR_NOOP("withdrawn")},
        {u"notes", QT_TR_NOOP("notes")},
        {u"note", QT_TR_NOOP("note")},
        {u"deleted", QT_TR_NOOP("deleted")},
        {u"date", QT_TR_NOOP("date")},
        {u"time", QT_TR_NOOP("time")},
        {u"at_utc", QT_TR_NOOP("moment (UTC)")},
        {u"kind", QT_TR_NOOP("kind")},
        {u"name", QT_TR_NOOP("name")},
        {u"dose", QT_TR_NOOP("dose")},
        {u"unit", QT_TR_NOOP("unit")},
        {u"frequency", QT_TR_NOOP("frequency")},
        {u"start", QT_TR_NOOP("start")},
        {u"end", QT_TR_NOOP("end")},
        {u"taken", QT_TR_NOOP("taken")},
        {u"ticks", QT_TR_NOOP("days ticked")},
        {u"instrument", QT_TR_NOOP("questionnaire")},
        {u"items", QT_TR_NOOP("answers")},
        {u"total", QT_TR_NOOP("total")},
        {u"severity", QT_TR_NOOP("severity")},
        {u"flagged", QT_TR_NOOP("safety flag")},
        {u"acknowledged_utc", QT_TR_NOOP("acknowledged (UTC)")},
        {u"acknowledged_by", QT_TR_NOOP("acknowledged by")},
        {u"acknowledgement_note", QT_TR_NOOP("acknowledgement note")},
        {u"version", QT_TR_NOOP("version")},
        {u"file", QT_TR_NOOP("file")},
        {u"sha256", QT_TR_NOOP("checksum (SHA-256)")},
        {u"format", QT_TR_NOOP("format")},
        {u"rows", QT_TR_NOOP("rows")},
        {u"entries", QT_TR_NOOP("entries")},
        {u"observations", QT_TR_NOOP("values")},
        {u"participants_created", QT_TR_NOOP("participants created")},
        {u"skipped_duplicates", QT_TR_NOOP("duplicates skipped")},
        {u"skipped_questionnaire_totals", QT_TR_NOOP("questionnaire totals skipped")},
        {u"source", QT_TR_NOOP("source")},
        {u"output", QT_TR_NOOP("written to")},
        {u"from", QT_TR_NOOP("from")},
        {u"to", QT_TR_NOOP("to")},
        {u"names", QT_TR_NOOP("names included")},
        {u"bytes", QT_TR_NOOP("bytes")},
        {u"audit_rows", QT_TR_NOOP("audit rows")},
        {u"data_from", QT_TR_NOOP("data from")},
        {u"safety_copy", QT_TR_NOOP("safety copy")},
        {u"key", QT_TR_NOOP("key")},
        {u"label_en", QT_TR_NOOP("English label")},
        {u"label_nl", QT_TR_NOOP("Dutch label")},
        {u"min", QT_TR_NOOP("minimum")},
        {u"max", QT_TR_NOOP("maximum")},
        {u"direction", QT_TR_NOOP("better when")},
        {u"colour", QT_TR_NOOP("colour")},
        {u"archived", QT_TR_NOOP("archived")},
        {u"sort_order", QT_TR_NOOP("position")},
        {u"tag_ids", QT_TR_NOOP("tags")},
        {u"entry_tags", QT_TR_NOOP("tags on entries")},
        {u"tags_created", QT_TR_NOOP("tags created")},
        {u"entries_tagged", QT_TR_NOOP("entries given tags")},
        {u"change", QT_TR_NOOP("change")},
    };
    for (const auto& [key, name] : names)
        if (field == QStringView(key))
            return tr(name);
    return QString(field).replace(u'_', u' ');
}

QString AuditTrailModel::valueText(const QString& field, const QJsonValue& value) const
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        if (field == u"participant_id")
            return m_codes.value(value.toInteger(), QString::number(value.toInteger()));
        return QLocale().toString(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        if (field == u"change")
            return securityChangeText(value.toString());
        if (const auto date = parseIsoDate(value.toString()))
            return localDateText(*date); // calendar dates as the user writes them
        if (field == u"data_from") // a restore's: the local time, as the Time column and the restore dialog say it
            if (const QDateTime utc = QDateTime::fromString(value.toString(), Qt::ISODate); utc.isValid())
                return localTimeText(utc);
        return value.toString().isEmpty() ? QStringLiteral("—") : value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& v : value.toArray())
            items.append(valueText(QString(), v));
        return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QList<AuditTrailModel::Change> AuditTrailModel::changes(const AuditLog::Row& row) const
{
    const QJsonObject before = QJsonDocument::fromJson(row.oldValues.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(row.newValues.toUtf8()).object();
    QList<Change> list;
    auto add = [&](const QString& field, const QJsonValue& b, const QJsonValue& a) {
        // Nested values (an entry's measures) read as fields of their own.
        if (b.isObject() || a.isObject()) {
            const QJsonObject bo = b.toObject();
            const QJsonObject ao = a.toObject();
            QStringList keys = bo.keys();
            for (const QString& k : ao.keys())
                if (!keys.contains(k))
                    keys.append(k);
            for (const QString& k : std::as_const(keys))
                if (bo.value(k) != ao.value(k))
                    list.append({k, bo.value(k), ao.value(k)});
            return;
        }
        if (b == a)
            return;
        // A created row that is not deleted, and empty fields of a created row, say nothing.
        if (b.isUndefined() && (a.isNull() || (a.isString() && a.toString().isEmpty()) ||
                                (field == u"deleted" && a.isBool() && !a.toBool())))
            return;
        if (a.isUndefined() && field == u"deleted" && b.isBool() && !b.toBool())
            return;
        list.append({field, b, a});
    };
    QStringList fields = before.keys();
    for (const QString& k : after.keys())
        if (!fields.contains(k))
            fields.append(k);
    for (const QString& field : std::as_const(fields))
        add(field, before.value(field), after.value(field));
    return list;
}

QStringList AuditTrailModel::changeLines(const AuditLog::Row& row) const
{
    QStringList lines;
    for (const Change& c : changes(row)) {
        const QString name = fieldText(c.field);
        if (c.before.isUndefined())
            lines.append(tr("%1: %2").arg(name, valueText(c.field, c.after)));
        else if (c.after.isUndefined())
            lines.append(tr("%1: %2").arg(name, valueText(c.field, c.before)));
        else
            lines.append(tr("%1: %2 → %3").arg(name, valueText(c.field, c.before), valueText(c.field, c.after)));
    }
    return lines;
}

QString AuditTrailModel::sideText(const AuditLog::Row& row, bool after) const
{
    QStringList parts;
    for (const Change& c : changes(row)) {
        const QJsonValue& v = after ? c.after : c.before;
        if (!v.isUndefined())
            parts.append(tr("%1: %2").arg(fieldText(c.field), valueText(c.field, v)));
    }
    return parts.join(QStringLiteral("; ")).replace(u'\n', u' ').left(300);
}

QString AuditTrailModel::localDateText(QDate date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

QString AuditTrailModel::localTimeText(const QDateTime& utc)
{
    const QDateTime local = utc.toTimeZone(clock().timeZone());
    return localDateText(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm:ss"));
}

namespace {
// A tooltip wraps at a readable width when it is rich text; plain lines would run off the screen.
QString wrappedTip(const QStringList& lines)
{
    QStringList escaped;
    for (const QString& line : lines)
        escaped.append(line.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    return u"<qt>" + escaped.join(QStringLiteral("<br>")) + u"</qt>";
}
} // namespace

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditLog::Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Before || index.column() == After)
            return wrappedTip(changeLines(row));
        return wrappedTip({tr("%1 UTC").arg(row.atUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                           tr("Audit row %1, SHA-256 %2").arg(row.id).arg(row.hash)});
    case Qt::UserRole:
        return row.id;
    default:
        return {};
    }
}

QVariant AuditTrailModel::display(const AuditLog::Row& row, int column) const
{
    switch (column) {
    case Time:
        return localTimeText(row.atUtc);
    case User:
        return row.osUser;
    case Action:
        return actionText(row.action);
    case Table:
        return tableText(row.table);
    case Row:
        return row.rowId > 0 ? QVariant(row.rowId) : QVariant();
    case Participant:
        return row.participantId > 0 ? m_codes.value(row.participantId, QString::number(row.participantId)) : QString();
    case Before:
        return sideText(row, false);
    case After:
        return sideText(row, true);
    case Reason:
        return row.reason;
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Table:
        return tr("Table");
    case Row:
        return tr("Row");
    case Participant:
        return tr("Participant");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

qint64 AuditTrailModel::writeCsv(QIODevice& device) const
{
    const CsvWriter csv;
    // Column names are the database's, not translated: the file is for tools and auditors.
    QString text = csv.row({QStringLiteral("id"), QStringLiteral("at_utc"), QStringLiteral("os_user"),
                            QStringLiteral("action"), QStringLiteral("table"), QStringLiteral("row_id"),
                            QStringLiteral("participant"), QStringLiteral("old_values"), QStringLiteral("new_values"),
                            QStringLiteral("reason"), QStringLiteral("prev_hash"), QStringLiteral("hash")});
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        text += csv.row({QString::number(it->id), isoUtc(it->atUtc), it->osUser, it->action, it->table,
                         it->rowId > 0 ? QString::number(it->rowId) : QString(), m_codes.value(it->participantId),
                         it->oldValues, it->newValues, it->reason, it->prevHash, it->hash});
    const QByteArray utf8 = text.toUtf8();
    return device.write(utf8) == utf8.size() ? m_rows.size() : -1;
}

} // namespace mb
