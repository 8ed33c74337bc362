// Budget arithmetic and formatting; the medians of repeated samples.
#include "BenchResult.h"

#include <QStringList>

#include <algorithm>

namespace mb::bench {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', v >= 100 ? 0 : v >= 10 ? 1 : 2);
}

QString budgetText(const BenchResult& r)
{
    QStringList parts;
    if (r.maxRatio > 0)
        parts << number(r.maxRatio) + u'x';
    if (r.maxValue > 0)
        parts << number(r.maxValue) + u' ' + r.unit;
    return parts.join(u" and ");
}

} // namespace

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
}

bool BenchResult::ok() const
{
    if (reference)
        return true;
    return (maxRatio <= 0 || (baseline > 0 && ratio() <= maxRatio)) && (maxValue <= 0 || value <= maxValue);
}

QString BenchResult::line() const
{
    const QString base = baselineName.isEmpty() ? QStringLiteral("no baseline")
                                                : QStringLiteral("%1 %2 %3").arg(baselineName, number(baseline), unit);
    const QString ratioText = baselineName.isEmpty() ? QStringLiteral("-") : number(ratio());
    if (reference)
        return QStringLiteral("%1: %2 %3 (%4) ratio %5, no budget: reference")
            .arg(name, number(value), unit, base, ratioText);
    return QStringLiteral("%1: %2 %3 (%4) ratio %5, budget %6: %7")
        .arg(name, number(value), unit, base, ratioText, budgetText(*this), ok() ? u"ok" : u"over");
}

QJsonObject BenchResult::json() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("ok"), ok()},
                  {QStringLiteral("budget"), budgetText(*this)},
                  {QStringLiteral("reference"), reference}};
    if (!baselineName.isEmpty()) {
        o.insert(QStringLiteral("baseline_name"), baselineName);
        o.insert(QStringLiteral("baseline"), baseline);
        o.insert(QStringLiteral("ratio"), ratio());
    }
    if (maxRatio > 0)
        o.insert(QStringLiteral("max_ratio"), maxRatio);
    if (maxValue > 0)
        o.insert(QStringLiteral("max_value"), maxValue);
    return o;
}

} // namespace mb::bench
