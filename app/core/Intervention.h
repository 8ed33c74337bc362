// An intervention a participant follows: a probiotic, a diet change, an FMT (a one-day event), ...
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace mb {

enum class InterventionKind { Probiotic, Prebiotic, Diet, Fmt, Medication, Lifestyle, Other };

struct Intervention {
    qint64 id = 0;
    qint64 participantId = 0;
    InterventionKind kind = InterventionKind::Probiotic;
    QString name;
    std::optional<double> dose;
    QString unit;
    QString frequency;
    QDate start;
    QDate end; // invalid = ongoing
    QString notes;
    bool deleted = false;

    bool isOngoing() const { return !end.isValid(); }
    bool isEvent() const { return end.isValid() && end == start; } // one day: drawn as a line
    bool isActiveOn(QDate day) const { return day >= start && (isOngoing() || day <= end); }
    // Daily "taken" ticks make sense for what is taken regularly.
    bool tracksAdherence() const
    {
        return kind == InterventionKind::Probiotic || kind == InterventionKind::Prebiotic ||
               kind == InterventionKind::Medication;
    }
    // The last day it covers, with ongoing ones running to today.
    QDate lastDay(QDate today) const { return isOngoing() ? std::max(today, start) : end; }
    bool operator==(const Intervention&) const = default;
};

QString toString(InterventionKind kind);
std::optional<InterventionKind> interventionKindFromString(QStringView text);
QList<InterventionKind> allInterventionKinds();

// The largest dose, as the dose field of the intervention dialog allows: a count such as CFU is given in a
// larger unit ("10 billion CFU").
constexpr double maximumDose = 1e9;

class InterventionText {
    Q_DECLARE_TR_FUNCTIONS(InterventionText)
public:
    static QString kindName(InterventionKind kind);
    // What is wrong with a dose: not a finite number, below 0 or above maximumDose; nullopt when it is fine.
    static std::optional<QString> doseProblem(double dose);
    // What is wrong with a name: a control character (U+0000 to U+001F, U+007F to U+009F: a NUL cuts the name short
    // in other tools and no command line can type it); nullopt when it is fine.
    static std::optional<QString> nameProblem(const QString& name);
    // "10 billion CFU, daily" or empty.
    static QString doseText(const Intervention& intervention);
};

} // namespace mb
