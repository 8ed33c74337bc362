// Drawing, canonical form and hash of a stored schedule.
#include "core/RandomisationSchedule.h"

#include "core/DateText.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mb {

std::optional<std::uint8_t> RandomisationSchedule::labelOn(QDate day) const
{
    if (!start.isValid() || !day.isValid())
        return std::nullopt;
    const qint64 index = start.daysTo(day);
    if (index < 0 || index >= qint64(assignment.size()))
        return std::nullopt;
    return assignment[std::size_t(index)];
}

QString RandomisationSchedule::letters() const
{
    QString text;
    text.reserve(qsizetype(assignment.size()));
    for (std::uint8_t label : assignment)
        text += isBCondition(label) ? u'B' : u'A';
    return text;
}

ChosenStatistic chooseStatistic(const RandomisationSchedule& schedule, std::optional<TestStatistic> requested)
{
    if (!requested || *requested == schedule.statistic)
        return {schedule.statistic, true};
    return {*requested, false};
}

bool lockedAfterData(const RandomisationSchedule& schedule, const std::optional<QDateTime>& firstValueUtc)
{
    return firstValueUtc && firstValueUtc->isValid() && schedule.lockedUtc.isValid() &&
           *firstValueUtc < schedule.lockedUtc;
}

RandomisationSchedule drawSchedule(const DesignSpec& spec, QDate start, std::uint64_t seed, TestStatistic statistic)
{
    RandomisationSchedule schedule;
    schedule.spec = spec;
    schedule.start = start;
    schedule.seed = seed;
    schedule.statistic = statistic;
    SeededRandom random(seed);
    schedule.assignment = drawAssignment(spec, random);
    schedule.sha256 = scheduleHash(schedule);
    return schedule;
}

QJsonObject canonicalJson(const RandomisationSchedule& schedule)
{
    return {{QStringLiteral("design"), toString(schedule.spec.type)},
            {QStringLiteral("days"), schedule.spec.days},
            {QStringLiteral("min_phase"), schedule.spec.minPhase},
            {QStringLiteral("start"), isoDate(schedule.start)},
            {QStringLiteral("seed"), QString::number(schedule.seed)}, // 64 bits do not fit a JSON double
            {QStringLiteral("assignment"), schedule.letters()},
            {QStringLiteral("statistic"), toString(schedule.statistic)}};
}

QString scheduleHash(const RandomisationSchedule& schedule)
{
    const QByteArray text = QJsonDocument(canonicalJson(schedule)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

std::optional<Assignment> assignmentFromLetters(const QString& letters, DesignType type)
{
    QStringList labels;
    labels.reserve(letters.size());
    for (QChar c : letters)
        labels.append(QString(c));
    return assignmentFromLabels(labels, type);
}

} // namespace mb
