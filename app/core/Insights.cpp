// Day pairs in, Welch and Pearson tests out, adjusted together (docs/STATISTICS.md "Insights").
#include "core/Insights.h"

#include "core/Statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace mb {

namespace {

double sampleVariance(const QList<double>& values, double m)
{
    double sum = 0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return sum / double(values.size() - 1);
}

double twoSidedP(double t, double df)
{
    if (std::isinf(t))
        return 0;
    return std::min(1.0, 2 * studentTCdf(-std::abs(t), df));
}

InsightRow tagRow(const TagFactor& tag, int lag, const QList<QDate>& entryDays, const QMap<QDate, double>& outcome)
{
    InsightRow row{.factor = tag.name, .label = tag.name, .kind = InsightRow::Kind::Tag, .lag = lag};
    QList<double> with;
    QList<double> without;
    for (const QDate& day : entryDays) {
        const auto value = outcome.constFind(day.addDays(lag));
        if (value != outcome.cend())
            (tag.days.contains(day) ? with : without).append(*value);
    }
    row.nWith = int(with.size());
    row.nWithout = int(without.size());
    row.meanWith = mean(with);
    row.meanWithout = mean(without);
    if (row.meanWith && row.meanWithout)
        row.difference = *row.meanWith - *row.meanWithout;
    if (row.nWith < minimumInsightDays || row.nWithout < minimumInsightDays) {
        row.status = InsightRow::Status::NotEnoughDays;
        return row;
    }
    const auto welch = welchTest(with, without);
    if (!welch) {
        row.status = InsightRow::Status::NoVariation;
        return row;
    }
    row.ciLower = welch->ciLower;
    row.ciUpper = welch->ciUpper;
    row.p = welch->p;
    return row;
}

InsightRow measureRow(const NumericFactor& factor, int lag, const InsightsInput& input)
{
    InsightRow row{.factor = factor.key, .label = factor.label, .kind = InsightRow::Kind::Measure, .lag = lag};
    QList<double> x;
    QList<double> y;
    for (auto it = factor.daily.cbegin(); it != factor.daily.cend(); ++it) {
        const auto outcome = input.outcome.constFind(it.key().addDays(lag));
        if (outcome == input.outcome.cend())
            continue;
        x.append(it.value());
        y.append(*outcome);
    }
    row.n = int(x.size());
    if (row.n < minimumInsightDays) {
        row.status = InsightRow::Status::NotEnoughDays;
        return row;
    }
    const auto pearson = pearsonTest(x, y);
    if (!pearson) {
        row.status = InsightRow::Status::NoVariation;
        return row;
    }
    row.r = pearson->r;
    row.p = pearson->p;
    if (row.n > 3 && std::abs(pearson->r) < 1) { // Fisher's z, as R's cor.test
        const double z = std::atanh(pearson->r);
        const double half = normalQuantile975 / std::sqrt(double(row.n - 3));
        row.ciLower = std::tanh(z - half);
        row.ciUpper = std::tanh(z + half);
    }
    return row;
}

bool before(const InsightRow& a, const InsightRow& b)
{
    if (a.hasP() != b.hasP())
        return a.hasP();
    if (a.hasP()) {
        if (*a.pAdjusted != *b.pAdjusted)
            return *a.pAdjusted < *b.pAdjusted;
        if (*a.p != *b.p)
            return *a.p < *b.p;
    }
    const int byName = a.label.compare(b.label, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    if (a.kind != b.kind)
        return a.kind == InsightRow::Kind::Tag;
    return a.lag < b.lag;
}

} // namespace

std::optional<WelchResult> welchTest(const QList<double>& x, const QList<double>& y)
{
    if (x.size() < 2 || y.size() < 2)
        return std::nullopt;
    const double mx = *mean(x);
    const double my = *mean(y);
    const double vx = sampleVariance(x, mx) / double(x.size());
    const double vy = sampleVariance(y, my) / double(y.size());
    const double variance = vx + vy;
    if (!(variance > 0))
        return std::nullopt;
    WelchResult r;
    r.difference = mx - my;
    r.se = std::sqrt(variance);
    r.df = variance * variance / (vx * vx / double(x.size() - 1) + vy * vy / double(y.size() - 1));
    r.t = r.difference / r.se;
    r.p = twoSidedP(r.t, r.df);
    const double q = studentTQuantile(0.975, r.df);
    r.ciLower = r.difference - q * r.se;
    r.ciUpper = r.difference + q * r.se;
    return r;
}

std::optional<PearsonResult> pearsonTest(const QList<double>& x, const QList<double>& y)
{
    if (x.size() != y.size() || x.size() < 3)
        return std::nullopt;
    const double mx = *mean(x);
    const double my = *mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (!(sxx > 0) || !(syy > 0))
        return std::nullopt;
    PearsonResult result;
    result.r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    const double df = double(x.size() - 2);
    const double rest = 1 - result.r * result.r;
    result.t =
        rest > 0 ? result.r * std::sqrt(df / rest) : std::copysign(std::numeric_limits<double>::infinity(), result.r);
    result.p = twoSidedP(result.t, df);
    return result;
}

QList<double> benjaminiHochberg(const QList<double>& p)
{
    const qsizetype m = p.size();
    QList<qsizetype> order(m);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return p[a] < p[b]; });
    QList<double> adjusted(m);
    double running = 1;
    for (qsizetype rank = m; rank >= 1; --rank) { // from the largest p down: the cumulative minimum
        const qsizetype i = order[rank - 1];
        running = std::min(running, p[i] * double(m) / double(rank));
        adjusted[i] = running;
    }
    return adjusted;
}

InsightsResult computeInsights(const InsightsInput& input)
{
    InsightsResult result;
    QList<QDate> entryDays(input.entryDays.cbegin(), input.entryDays.cend());
    std::sort(entryDays.begin(), entryDays.end()); // a fixed order of summation
    for (int lag = 0; lag <= input.maxLag; ++lag) {
        for (const TagFactor& tag : input.tags)
            result.rows.append(tagRow(tag, lag, entryDays, input.outcome));
        for (const NumericFactor& factor : input.measures)
            result.rows.append(measureRow(factor, lag, input));
    }
    QList<double> p;
    for (const InsightRow& row : result.rows)
        if (row.hasP())
            p.append(*row.p);
    const QList<double> adjusted = benjaminiHochberg(p);
    qsizetype next = 0;
    for (InsightRow& row : result.rows)
        if (row.hasP())
            row.pAdjusted = adjusted[next++];
    result.tests = int(p.size());
    std::stable_sort(result.rows.begin(), result.rows.end(), before);
    return result;
}

QString insightKindKey(InsightRow::Kind kind)
{
    return kind == InsightRow::Kind::Tag ? QStringLiteral("tag") : QStringLiteral("measure");
}

QString insightStatusKey(InsightRow::Status status)
{
    switch (status) {
    case InsightRow::Status::Computed:
        return QStringLiteral("computed");
    case InsightRow::Status::NotEnoughDays:
        return QStringLiteral("not_enough_days");
    case InsightRow::Status::NoVariation:
        break;
    }
    return QStringLiteral("no_variation");
}

} // namespace mb
