#!/usr/bin/python3
# Reference values for tests/tst_insights.cpp (docs/STATISTICS.md "Insights").
# R is not needed: SciPy implements the same formulas as R's t.test(x, y) (Welch), cor.test(x, y) and
# p.adjust(p, "BH"). Run with Debian's python3-scipy (1.10): /usr/bin/python3 tests/reference/insights_reference.py
# and paste the printed rows into the _data() functions of tst_insights.cpp.
import numpy as np
from scipy import stats

WELCH = {
    "mixed": ([3, 3, 5, 4, 3, 4, 5, 5], [4, 5, 5, 4, 3, 5, 3]),
    "unequal_sizes": ([6.5, 7.0, 8.0, 7.5], [5.0, 6.0, 4.5, 5.5, 6.5, 5.0, 4.0, 6.0, 5.5]),
    "one_sample_flat": ([5, 5, 5], [3, 6, 4, 8]),
    "large_difference": ([9.1, 8.7, 9.4, 8.9, 9.0], [2.1, 3.3, 1.9, 2.8, 2.5, 3.0]),
    "negative_difference": ([1.0, 2.0, 1.5, 2.5, 1.0, 3.0], [4.0, 3.5, 5.0, 4.5, 6.0, 3.0, 4.0]),
}

PEARSON = {
    "strong_positive": ([7.5, 6.0, 8.0, 5.5, 7.0, 6.5, 8.5, 5.0], [7, 5, 8, 5, 6, 6, 9, 4]),
    "weak_negative": ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [5, 7, 4, 6, 6, 3, 5, 4, 6, 4]),
    "three_pairs": ([1.0, 2.0, 4.0], [2.0, 1.0, 5.0]),
    "perfect": ([1, 2, 3, 4], [2, 4, 6, 8]),
}

BH = {
    "issue": [0.01, 0.04, 0.03, 0.20],
    "ties_and_one": [0.5, 0.001, 0.5, 1.0, 0.02, 0.02],
    "single": [0.3],
    "ten": [0.0001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216],
}


def welch(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    res = stats.ttest_ind(x, y, equal_var=False)
    vx, vy = x.var(ddof=1) / len(x), y.var(ddof=1) / len(y)
    se = np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx**2 / (len(x) - 1) + vy**2 / (len(y) - 1))
    diff = x.mean() - y.mean()
    q = stats.t.ppf(0.975, df)
    return diff, diff - q * se, diff + q * se, df, res.pvalue


def bh(p):
    p = np.asarray(p, float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1)
    return out


def cpp_list(values):
    return "{" + ", ".join(repr(float(v)) for v in values) + "}"


def main():
    print("// welch: x, y, difference, ci_lower, ci_upper, df, p")
    for name, (x, y) in WELCH.items():
        d, lo, hi, df, p = welch(x, y)
        print(f'QTest::newRow("{name}") << QList<double>{cpp_list(x)} << QList<double>{cpp_list(y)}'
              f" << {d!r} << {lo!r} << {hi!r} << {df!r} << {p!r};")
    print("// pearson: x, y, r, p, ci_lower, ci_upper")
    for name, (x, y) in PEARSON.items():
        res = stats.pearsonr(x, y)
        if len(x) > 3 and abs(res.statistic) < 1:
            ci = res.confidence_interval(0.95)
            lo, hi = ci.low, ci.high
        else:
            lo = hi = float("nan")
        print(f'QTest::newRow("{name}") << QList<double>{cpp_list(x)} << QList<double>{cpp_list(y)}'
              f" << {float(res.statistic)!r} << {float(res.pvalue)!r} << {lo!r} << {hi!r};")
    print("// issue: x(t) with y(t+1)")
    x = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1]
    y = [3, 4, 3, 5, 5, 3, 4, 5, 3, 5, 4, 4, 5, 3, 4]
    res = stats.pearsonr(x[:-1], y[1:])
    print(f"r = {float(res.statistic)!r}, p = {float(res.pvalue)!r}")
    with_tag = [y[t + 1] for t in range(len(x) - 1) if x[t] == 1]
    without = [y[t + 1] for t in range(len(x) - 1) if x[t] == 0]
    print("welch of y(t+1) by x(t): n_with, n_without, difference, ci_lower, ci_upper, df, p")
    print(len(with_tag), len(without), *(repr(float(v)) for v in welch(with_tag, without)))
    print("// bh: p, adjusted")
    for name, p in BH.items():
        print(f'QTest::newRow("{name}") << QList<double>{cpp_list(p)} << QList<double>{cpp_list(bh(p))};')


if __name__ == "__main__":
    main()
