// The randomised single-case designs of docs/STATISTICS.md "Randomised designs" (as Bulte & Onghena's SCRT
// package defines them): the admissible assignments of conditions to days, counted, streamed one at a time
// and drawn with a recorded seed. Pure functions, Qt Core only.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <vector>

namespace mb {

enum class DesignType { AB, ABA, ABAB, CRD, RBD, ATD };

QString toString(DesignType type);                                // "AB", "ABA", "ABAB", "CRD", "RBD", "ATD"
std::optional<DesignType> designTypeFromString(QStringView text); // case-insensitive
bool isPhaseDesign(DesignType type);                              // AB, ABA, ABAB
int phaseCount(DesignType type);                                  // 2, 3, 4; 0 for the others

// The largest number of days a design may have (a year and a half of daily measurements).
constexpr int maximumDesignDays = 550;
// The longest run of one condition an ATD may allow (its table of completions grows with it).
constexpr int maximumAtdRun = 20;

struct DesignSpec {
    DesignType type = DesignType::AB;
    int days = 0;     // MT, the planned number of measurement days
    int minPhase = 1; // `limit`: the shortest phase (phase designs) or the longest run of one condition (ATD)
};

// Why spec cannot be used, in the user's language, or empty when it can: days within 2..maximumDesignDays,
// minPhase ≥ 1, room for every phase; an even number of days for CRD, RBD and ATD.
QString designProblem(const DesignSpec& spec);

// One assignment: a label for each day. Phase designs: the phase index 0..k−1 (A1 = 0, B1 = 1, A2 = 2,
// B2 = 3, so even is A and odd is B). CRD, RBD, ATD: 0 = A, 1 = B.
using Assignment = std::vector<std::uint8_t>;
inline bool isBCondition(std::uint8_t label)
{
    return (label & 1U) != 0;
}

// The number of admissible assignments of a valid spec: C(MT − k·limit + k − 1, k − 1), C(MT, MT/2),
// 2^(MT/2), or the CRD assignments without a run longer than limit. Saturates at UINT64_MAX.
std::uint64_t countAssignments(const DesignSpec& spec);

// Calls visit with every admissible assignment of a valid spec, one after another, in a fixed order
// (phase designs: lexicographic in the phase lengths; the others: lexicographic in the labels). The
// assignment passed is reused between calls. Stops early and returns false when visit returns false.
// Never stores the set: memory is O(MT).
bool forEachAssignment(const DesignSpec& spec, const std::function<bool(const Assignment&)>& visit);

// The pseudo-random numbers, specified exactly so that a seed gives the same schedule on every platform:
// std::mt19937_64 (its sequence is fixed by the C++ standard) seeded with the 64-bit seed, and these two
// mappings of its output (std::uniform_int_distribution's is implementation-defined, so it is not used).
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed)
    {
    }
    std::uint64_t next() { return m_engine(); }
    // Uniform on 0..bound−1 (bound ≥ 1) without bias: draws r until r ≥ 2^64 mod bound, returns r mod bound.
    std::uint64_t below(std::uint64_t bound);
    // Uniform on [0, 1) with 53 bits: (r >> 11) · 2^−53.
    double unit();

private:
    std::mt19937_64 m_engine;
};

// One admissible assignment drawn uniformly from the whole admissible set of a valid spec.
// Phase designs: the index below(count) of the lexicographic order. CRD: a Fisher–Yates shuffle of
// MT/2 A's and MT/2 B's (j = below(i + 1) for i from MT − 1 down to 1). RBD: one bit per pair (next() >> 63,
// 0 = AB). ATD: day by day, A with probability (number of admissible completions after A) / (all
// completions), those counts in double precision.
Assignment drawAssignment(const DesignSpec& spec, SeededRandom& random);

// A seed for a new schedule when the user gives none (from the system's random source).
std::uint64_t freshSeed();

// "AAAAABBBBB" or, for phase designs, the phase lengths "A1 5 · B1 5".
QString assignmentLetters(const Assignment& assignment, DesignType type);
// The label of one day's condition: "A", "B", or for phase designs "A1", "B1", "A2", "B2".
QString conditionLabel(std::uint8_t label, DesignType type);
// Parses assignmentLetters()'s plain form back (one letter per day for CRD/RBD/ATD, or the per-day labels
// of phase designs); nullopt when it does not fit spec.
std::optional<Assignment> assignmentFromLabels(const QStringList& labels, DesignType type);

class DesignText {
    Q_DECLARE_TR_FUNCTIONS(DesignText)
public:
    static QString designName(DesignType type);
};

} // namespace mb
