// Counting, streaming and drawing the admissible assignments of the randomised designs.
#include "core/RandomisationDesign.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace mb {

namespace {

constexpr std::uint64_t saturated = std::numeric_limits<std::uint64_t>::max();

std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t product = 0;
    return __builtin_mul_overflow(a, b, &product) ? saturated : product;
}

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t sum = 0;
    return __builtin_add_overflow(a, b, &sum) ? saturated : sum;
}

// C(n, k), exact while it fits in 64 bits, else UINT64_MAX. C(n, k) = C(n, k−1)·(n−k+1)/k is exact at each
// step; the division by the gcd first keeps the intermediate product as small as the result allows.
std::uint64_t binomial(std::int64_t n, std::int64_t k)
{
    if (k < 0 || n < 0 || k > n)
        return 0;
    k = std::min(k, n - k);
    std::uint64_t result = 1;
    for (std::int64_t i = 1; i <= k; ++i) {
        std::uint64_t factor = std::uint64_t(n - k + i);
        std::uint64_t divisor = std::uint64_t(i);
        const std::uint64_t g1 = std::gcd(result, divisor);
        result /= g1;
        divisor /= g1;
        const std::uint64_t g2 = std::gcd(factor, divisor);
        factor /= g2;
        divisor /= g2; // now 1: C(n, i) is an integer and divisor shares no factor with result
        result = saturatingMultiply(result, factor);
        if (result == saturated)
            return saturated;
        result /= divisor;
    }
    return result;
}

// The number of ways to split `days` days into `phases` consecutive phases of at least `limit` days.
std::uint64_t phaseSplits(int days, int phases, int limit)
{
    if (phases == 0)
        return days == 0 ? 1 : 0;
    const std::int64_t free = std::int64_t(days) - std::int64_t(phases) * limit;
    if (free < 0)
        return 0;
    return binomial(free + phases - 1, phases - 1);
}

// The ATD completions: counts[a][b][c][r] = the number of ways to place a more A's and b more B's when the
// last day had condition c (0 = A, 1 = B, 2 = none yet) in a run of r days, without a run longer than limit.
// In double precision for drawing and pruning, saturating 64-bit integers for the exact count.
class AtdTable {
public:
    AtdTable(int half, int limit)
        : m_half(half)
        , m_limit(std::min(limit, std::max(half, 1)))
    {
        const std::size_t size = std::size_t(half + 1) * std::size_t(half + 1) * 3 * std::size_t(m_limit + 1);
        m_real.assign(size, 0);
        m_exact.assign(size, 0);
        for (int a = 0; a <= half; ++a)
            for (int b = 0; b <= half; ++b)
                for (int c = 0; c < 3; ++c)
                    for (int r = 0; r <= m_limit; ++r) {
                        if (a == 0 && b == 0) {
                            m_real[index(a, b, c, r)] = 1;
                            m_exact[index(a, b, c, r)] = 1;
                        }
                    }
        // Fill by increasing a + b so every completion it needs is known.
        for (int total = 1; total <= 2 * half; ++total)
            for (int a = std::max(0, total - half); a <= std::min(half, total); ++a) {
                const int b = total - a;
                for (int c = 0; c < 3; ++c)
                    for (int r = 0; r <= m_limit; ++r) {
                        double real = 0;
                        std::uint64_t exact = 0;
                        for (int next = 0; next < 2; ++next) {
                            if ((next == 0 ? a : b) == 0)
                                continue;
                            const int run = c == next ? r + 1 : 1;
                            if (run > m_limit)
                                continue;
                            const int i = index(next == 0 ? a - 1 : a, next == 1 ? b - 1 : b, next, run);
                            real += m_real[i];
                            exact = saturatingAdd(exact, m_exact[i]);
                        }
                        m_real[index(a, b, c, r)] = real;
                        m_exact[index(a, b, c, r)] = exact;
                    }
            }
    }

    int index(int a, int b, int c, int r) const { return ((a * (m_half + 1) + b) * 3 + c) * (m_limit + 1) + r; }
    double real(int a, int b, int c, int r) const { return m_real[index(a, b, c, r)]; }
    std::uint64_t exact(int a, int b, int c, int r) const { return m_exact[index(a, b, c, r)]; }
    int limit() const { return m_limit; }

private:
    int m_half;
    int m_limit;
    std::vector<double> m_real;
    std::vector<std::uint64_t> m_exact;
};

struct PhaseWalk {
    const std::function<bool(const Assignment&)>& visit;
    Assignment& labels;
    int phases;
    int limit;

    bool walk(int phase, int position)
    {
        const int days = int(labels.size());
        const int remaining = days - position;
        if (phase == phases - 1) {
            std::fill(labels.begin() + position, labels.end(), std::uint8_t(phase));
            return visit(labels);
        }
        const int later = (phases - phase - 1) * limit;
        for (int length = limit; length <= remaining - later; ++length) {
            std::fill(labels.begin() + position, labels.begin() + position + length, std::uint8_t(phase));
            if (!walk(phase + 1, position + length))
                return false;
        }
        return true;
    }
};

// CRD and ATD, lexicographic in the labels (A before B); table prunes dead ends when given (ATD).
struct LabelWalk {
    const std::function<bool(const Assignment&)>& visit;
    Assignment& labels;
    const AtdTable* table;

    bool walk(int position, int a, int b, int last, int run)
    {
        if (a == 0 && b == 0)
            return visit(labels);
        for (int next = 0; next < 2; ++next) {
            if ((next == 0 ? a : b) == 0)
                continue;
            const int nextRun = last == next ? run + 1 : 1;
            const int nextA = next == 0 ? a - 1 : a;
            const int nextB = next == 1 ? b - 1 : b;
            if (table && (nextRun > table->limit() || table->exact(nextA, nextB, next, nextRun) == 0))
                continue;
            labels[std::size_t(position)] = std::uint8_t(next);
            if (!walk(position + 1, nextA, nextB, next, nextRun))
                return false;
        }
        return true;
    }
};

} // namespace

QString toString(DesignType type)
{
    switch (type) {
    case DesignType::AB:
        return QStringLiteral("AB");
    case DesignType::ABA:
        return QStringLiteral("ABA");
    case DesignType::ABAB:
        return QStringLiteral("ABAB");
    case DesignType::CRD:
        return QStringLiteral("CRD");
    case DesignType::RBD:
        return QStringLiteral("RBD");
    case DesignType::ATD:
        return QStringLiteral("ATD");
    }
    return {};
}

std::optional<DesignType> designTypeFromString(QStringView text)
{
    for (DesignType type :
         {DesignType::AB, DesignType::ABA, DesignType::ABAB, DesignType::CRD, DesignType::RBD, DesignType::ATD})
        if (text.compare(toString(type), Qt::CaseInsensitive) == 0)
            return type;
    return std::nullopt;
}

bool isPhaseDesign(DesignType type)
{
    return phaseCount(type) > 0;
}

int phaseCount(DesignType type)
{
    switch (type) {
    case DesignType::AB:
        return 2;
    case DesignType::ABA:
        return 3;
    case DesignType::ABAB:
        return 4;
    default:
        return 0;
    }
}

QString designProblem(const DesignSpec& spec)
{
    if (spec.days < 2 || spec.days > maximumDesignDays)
        return DesignText::tr("The number of days must be between 2 and %1; it is %2.")
            .arg(maximumDesignDays)
            .arg(spec.days);
    if (spec.minPhase < 1)
        return DesignText::tr("The minimum phase length must be at least 1; it is %1.").arg(spec.minPhase);
    if (isPhaseDesign(spec.type)) {
        const int k = phaseCount(spec.type);
        if (spec.days < k * spec.minPhase)
            return DesignText::tr("%1 phases of at least %2 days do not fit in %3 days.")
                .arg(k)
                .arg(spec.minPhase)
                .arg(spec.days);
        return {};
    }
    if (spec.days % 2 != 0)
        return DesignText::tr("A %1 design needs an even number of days (half A, half B); %2 is odd.")
            .arg(toString(spec.type))
            .arg(spec.days);
    if (spec.type == DesignType::ATD && spec.minPhase > maximumAtdRun)
        return DesignText::tr("The longest run of one condition in an alternating design can be at most %1 days.")
            .arg(maximumAtdRun);
    return {};
}

std::uint64_t countAssignments(const DesignSpec& spec)
{
    switch (spec.type) {
    case DesignType::AB:
    case DesignType::ABA:
    case DesignType::ABAB:
        return phaseSplits(spec.days, phaseCount(spec.type), spec.minPhase);
    case DesignType::CRD:
        return binomial(spec.days, spec.days / 2);
    case DesignType::RBD:
        return spec.days / 2 >= 64 ? saturated : std::uint64_t(1) << (spec.days / 2);
    case DesignType::ATD: {
        const AtdTable table(spec.days / 2, spec.minPhase);
        return table.exact(spec.days / 2, spec.days / 2, 2, 0);
    }
    }
    return 0;
}

bool forEachAssignment(const DesignSpec& spec, const std::function<bool(const Assignment&)>& visit)
{
    Assignment labels(std::size_t(std::max(spec.days, 0)), 0);
    switch (spec.type) {
    case DesignType::AB:
    case DesignType::ABA:
    case DesignType::ABAB: {
        if (phaseSplits(spec.days, phaseCount(spec.type), spec.minPhase) == 0)
            return true;
        PhaseWalk walk{visit, labels, phaseCount(spec.type), spec.minPhase};
        return walk.walk(0, 0);
    }
    case DesignType::CRD: {
        LabelWalk walk{visit, labels, nullptr};
        return walk.walk(0, spec.days / 2, spec.days / 2, 2, 0);
    }
    case DesignType::ATD: {
        const AtdTable table(spec.days / 2, spec.minPhase);
        LabelWalk walk{visit, labels, &table};
        return walk.walk(0, spec.days / 2, spec.days / 2, 2, 0);
    }
    case DesignType::RBD: {
        // An odometer over the pairs: pair i is AB while its digit is 0, BA while it is 1.
        const int pairs = spec.days / 2;
        for (int i = 0; i < pairs; ++i) {
            labels[std::size_t(2 * i)] = 0;
            labels[std::size_t(2 * i + 1)] = 1;
        }
        while (true) {
            if (!visit(labels))
                return false;
            int i = pairs - 1;
            while (i >= 0 && labels[std::size_t(2 * i)] == 1) {
                labels[std::size_t(2 * i)] = 0;
                labels[std::size_t(2 * i + 1)] = 1;
                --i;
            }
            if (i < 0)
                return true;
            labels[std::size_t(2 * i)] = 1;
            labels[std::size_t(2 * i + 1)] = 0;
        }
    }
    }
    return true;
}

std::uint64_t SeededRandom::below(std::uint64_t bound)
{
    const std::uint64_t threshold = (0 - bound) % bound; // 2^64 mod bound
    while (true) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % bound;
    }
}

double SeededRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

namespace {

// A phase design (AB, ABA, ABAB): one split of the days into phases, uniformly among all allowed splits.
Assignment drawPhaseSplit(const DesignSpec& spec, SeededRandom& random)
{
    Assignment labels(std::size_t(spec.days), 0);
    const int k = phaseCount(spec.type);
    std::uint64_t index = random.below(phaseSplits(spec.days, k, spec.minPhase));
    int position = 0;
    for (int phase = 0; phase < k - 1; ++phase) {
        int length = spec.minPhase;
        while (true) {
            const std::uint64_t with = phaseSplits(spec.days - position - length, k - phase - 1, spec.minPhase);
            if (index < with)
                break;
            index -= with;
            ++length;
        }
        std::fill(labels.begin() + position, labels.begin() + position + length, std::uint8_t(phase));
        position += length;
    }
    std::fill(labels.begin() + position, labels.end(), std::uint8_t(k - 1));
    return labels;
}

// An alternating treatments design: day by day, weighted by the number of ways to complete it.
Assignment drawAlternating(const DesignSpec& spec, SeededRandom& random)
{
    const std::size_t days = std::size_t(spec.days);
    Assignment labels(days, 0);
    const AtdTable table(spec.days / 2, spec.minPhase);
    int a = spec.days / 2, b = spec.days / 2, last = 2, run = 0;
    for (std::size_t day = 0; day < days; ++day) {
        double ways[2] = {0, 0};
        for (int next = 0; next < 2; ++next) {
            const int nextRun = last == next ? run + 1 : 1;
            if ((next == 0 ? a : b) == 0 || nextRun > table.limit())
                continue;
            ways[next] = table.real(next == 0 ? a - 1 : a, next == 1 ? b - 1 : b, next, nextRun);
        }
        const int chosen = random.unit() * (ways[0] + ways[1]) < ways[0] ? 0 : 1;
        labels[day] = std::uint8_t(chosen);
        run = last == chosen ? run + 1 : 1;
        last = chosen;
        (chosen == 0 ? a : b) -= 1;
    }
    return labels;
}

} // namespace

Assignment drawAssignment(const DesignSpec& spec, SeededRandom& random)
{
    const std::size_t days = std::size_t(spec.days);
    Assignment labels(days, 0);
    switch (spec.type) {
    case DesignType::AB:
    case DesignType::ABA:
    case DesignType::ABAB:
        return drawPhaseSplit(spec, random);
    case DesignType::CRD: {
        for (std::size_t i = days / 2; i < days; ++i)
            labels[i] = 1;
        for (std::size_t i = days - 1; i >= 1; --i)
            std::swap(labels[i], labels[std::size_t(random.below(i + 1))]);
        return labels;
    }
    case DesignType::RBD: {
        for (std::size_t pair = 0; pair < days / 2; ++pair) {
            const std::uint8_t first = std::uint8_t(random.next() >> 63);
            labels[2 * pair] = first;
            labels[2 * pair + 1] = std::uint8_t(1 - first);
        }
        return labels;
    }
    case DesignType::ATD:
        return drawAlternating(spec, random);
    }
    return labels;
}

std::uint64_t freshSeed()
{
    return QRandomGenerator::system()->generate64();
}

QString conditionLabel(std::uint8_t label, DesignType type)
{
    const QString letter = isBCondition(label) ? QStringLiteral("B") : QStringLiteral("A");
    return isPhaseDesign(type) ? letter + QString::number(label / 2 + 1) : letter;
}

QString assignmentLetters(const Assignment& assignment, DesignType type)
{
    if (!isPhaseDesign(type)) {
        QString letters;
        letters.reserve(qsizetype(assignment.size()));
        for (std::uint8_t label : assignment)
            letters += isBCondition(label) ? u'B' : u'A';
        return letters;
    }
    QStringList parts;
    std::size_t i = 0;
    while (i < assignment.size()) {
        std::size_t j = i;
        while (j < assignment.size() && assignment[j] == assignment[i])
            ++j;
        parts << QStringLiteral("%1 %2").arg(conditionLabel(assignment[i], type)).arg(j - i);
        i = j;
    }
    return parts.join(QStringLiteral(" · "));
}

std::optional<Assignment> assignmentFromLabels(const QStringList& labels, DesignType type)
{
    Assignment assignment;
    assignment.reserve(std::size_t(labels.size()));
    const int phases = phaseCount(type);
    int phase = -1;
    QString previous;
    for (const QString& raw : labels) {
        const QString label = raw.trimmed().toUpper();
        if (!isPhaseDesign(type)) {
            if (label != u"A" && label != u"B")
                return std::nullopt;
            assignment.push_back(label == u"B" ? 1 : 0);
            continue;
        }
        // Phase designs: A/B letters or A1/B1/A2/B2; a new phase starts where the label changes.
        if (label.isEmpty() || (label[0] != u'A' && label[0] != u'B'))
            return std::nullopt;
        if (label.size() > 1) {
            bool ok = false;
            const int number = label.mid(1).toInt(&ok);
            if (!ok || number < 1 || number > 2)
                return std::nullopt;
        }
        if (label != previous) {
            ++phase;
            previous = label;
            if (phase >= phases || isBCondition(std::uint8_t(phase)) != (label[0] == u'B'))
                return std::nullopt;
            if (label.size() > 1 && label.mid(1).toInt() != phase / 2 + 1)
                return std::nullopt;
        }
        assignment.push_back(std::uint8_t(phase));
    }
    if (isPhaseDesign(type) && phase != phases - 1)
        return std::nullopt;
    return assignment;
}

QString DesignText::designName(DesignType type)
{
    switch (type) {
    case DesignType::AB:
        return tr("AB phase design");
    case DesignType::ABA:
        return tr("ABA phase design");
    case DesignType::ABAB:
        return tr("ABAB phase design");
    case DesignType::CRD:
        return tr("Completely randomised design");
    case DesignType::RBD:
        return tr("Randomised block design");
    case DesignType::ATD:
        return tr("Alternating treatments design");
    }
    return {};
}

} // namespace mb
