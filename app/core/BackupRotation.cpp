// The rotation policy as a pure function of file names, so tests can state it with dates alone.
#include "core/BackupRotation.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mb {

namespace {

const QString extension = QStringLiteral(".sqlite");

int isoWeekKey(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return year * 100 + week;
}

struct Candidate {
    QString name;
    BackupStamp stamp;
};

QString stampedName(const QString& stem, const BackupStamp& stamp, const QString& suffix)
{
    return stem + u'-' + stamp.date.toString(QStringLiteral("yyyy-MM-dd")) + u'-' +
           stamp.time.toString(QStringLiteral("HHmmss")) + suffix + extension;
}

} // namespace

QString backupFileName(const QString& stem, const BackupStamp& stamp)
{
    return stampedName(stem, stamp, QString());
}

QString beforeRestoreFileName(const QString& stem, const BackupStamp& stamp)
{
    return stampedName(stem, stamp, QStringLiteral("-before-restore"));
}

QString manualBackupFileName(const QString& stem, const BackupStamp& stamp)
{
    return stampedName(stem, stamp, QStringLiteral("-manual"));
}

std::optional<BackupStamp> backupStampOf(const QString& stem, const QString& fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^-(\\d{4}-\\d{2}-\\d{2})-(\\d{6})\\.sqlite$"));
    if (!fileName.startsWith(stem))
        return std::nullopt;
    const auto match = pattern.match(QStringView(fileName).mid(stem.size()));
    if (!match.hasMatch())
        return std::nullopt;
    const BackupStamp stamp{QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd")),
                            QTime::fromString(match.captured(2), QStringLiteral("HHmmss"))};
    if (!stamp.date.isValid() || !stamp.time.isValid())
        return std::nullopt;
    return stamp;
}

RotationPlan planRotation(const QString& stem, const QStringList& fileNames, const BackupPolicy& policy, QDate today)
{
    QList<Candidate> candidates;
    for (const QString& name : fileNames)
        if (const auto stamp = backupStampOf(stem, name))
            candidates.append({name, *stamp});
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.stamp.date != b.stamp.date ? a.stamp.date > b.stamp.date : a.stamp.time > b.stamp.time;
    });

    // Newest first, so the first backup met of a day or a week is the one kept for it.
    QSet<QDate> days;
    QSet<int> weeks;
    const auto keeps = [&](QDate date) {
        if (days.contains(date))
            return false;
        if (days.size() < policy.daily) {
            days.insert(date);
            return true;
        }
        const int week = isoWeekKey(date);
        if (weeks.contains(week) || weeks.size() >= policy.weekly)
            return false;
        weeks.insert(week);
        return true;
    };
    RotationPlan plan;
    for (const Candidate& c : std::as_const(candidates))
        ((today.isValid() && c.stamp.date > today) || keeps(c.stamp.date) ? plan.keep : plan.remove).append(c.name);
    return plan;
}

} // namespace mb
