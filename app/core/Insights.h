// Insights: which tags and numeric measures go with a better or worse outcome on the same or the next days
// (Welch t-test, Pearson r, Benjamini-Hochberg), as defined in docs/STATISTICS.md "Insights". Pure functions.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace mb {

constexpr int defaultInsightLag = 2;
constexpr int maximumInsightLag = 14;
constexpr int minimumInsightDays = 3; // days with and days without a tag (pairs for a measure)

struct TagFactor {
    QString name;
    QSet<QDate> days; // days on which a live entry carries the tag
};

struct NumericFactor {
    QString key;
    QString label;
    QMap<QDate, double> daily; // daily means
};

struct InsightsInput {
    QMap<QDate, double> outcome; // daily means of the outcome measure
    QSet<QDate> entryDays;       // days with at least one live entry
    QList<TagFactor> tags;
    QList<NumericFactor> measures;
    int maxLag = defaultInsightLag;
};

// Two independent samples: Welch's t-test and the 95% confidence interval of mean(x) - mean(y).
struct WelchResult {
    double difference = 0;
    double se = 0;
    double df = 0;
    double t = 0;
    double p = 0;
    double ciLower = 0;
    double ciUpper = 0;
};
// nullopt when a sample has fewer than 2 values or both have no variance.
std::optional<WelchResult> welchTest(const QList<double>& x, const QList<double>& y);

struct PearsonResult {
    double r = 0;
    double t = 0; // with n - 2 degrees of freedom; infinite when |r| = 1
    double p = 0;
};
// nullopt when the sizes differ, there are fewer than 3 pairs, or either side has no variance.
std::optional<PearsonResult> pearsonTest(const QList<double>& x, const QList<double>& y);

// Benjamini-Hochberg adjusted p-values (as R's p.adjust(p, "BH")), in the order of the input.
QList<double> benjaminiHochberg(const QList<double>& p);

struct InsightRow {
    enum class Kind { Tag, Measure };
    enum class Status { Computed, NotEnoughDays, NoVariation };
    QString factor; // tag name or measure key
    QString label;  // tag name or measure label
    Kind kind = Kind::Tag;
    int lag = 0;
    Status status = Status::Computed;
    // tags
    int nWith = 0;
    int nWithout = 0;
    std::optional<double> meanWith;
    std::optional<double> meanWithout;
    std::optional<double> difference;
    std::optional<double> ciLower; // of the difference, or of r (Fisher z) for a measure
    std::optional<double> ciUpper;
    // measures
    int n = 0;
    std::optional<double> r;
    // both
    std::optional<double> p;
    std::optional<double> pAdjusted;

    bool hasP() const { return p.has_value(); }
};

struct InsightsResult {
    QList<InsightRow> rows; // by adjusted p; rows without a p last, by factor and lag
    int tests = 0;          // rows with a p: the number of comparisons BH allowed for
};

InsightsResult computeInsights(const InsightsInput& input);

QString insightKindKey(InsightRow::Kind kind);       // "tag", "measure"
QString insightStatusKey(InsightRow::Status status); // "computed", "not_enough_days", "no_variation"

} // namespace mb
