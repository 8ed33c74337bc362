// The demo data model: a per-participant random walk around a personal baseline plus effects.
#include "core/DemoGenerator.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace mb {

namespace {

class Random {
public:
    explicit Random(quint32 seed)
        : m_gen(seed)
    {
    }
    double uniform() { return m_gen.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    int between(int lo, int hi) { return lo + int(m_gen.bounded(quint32(hi - lo + 1))); }
    double normal(double mean = 0, double sd = 1)
    {
        // Box–Muller: our own, so every platform draws the same numbers for a seed.
        const double u1 = std::max(uniform(), 1e-12), u2 = uniform();
        return mean + sd * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    }

private:
    QRandomGenerator m_gen;
};

double clampRound(double v, double lo, double hi, double step = 1)
{
    return std::clamp(std::round(v / step) * step, lo, hi);
}

// How far an effect has built up `daysIn` days after the start (a two-week ramp).
double ramp(int daysIn)
{
    return daysIn < 0 ? 0 : std::min(1.0, (daysIn + 1) / 14.0);
}

enum class Arm { Probiotic, Placebo, Diet };

struct Person {
    Arm arm;
    bool responder;
    bool hasFmt;
    double moodBase, stressBase, sleepBase, fibreBase;
};

// Demo texts are written in the language of the interface that asks for them (marked QT_TRANSLATE_NOOP).
QString demoText(const char* text)
{
    return QCoreApplication::translate("DemoGenerator", text);
}

Intervention makeIntervention(InterventionKind kind, const char* name, std::optional<double> dose, const char* unit,
                              const char* frequency, QDate start, QDate end)
{
    Intervention i;
    i.kind = kind;
    i.name = demoText(name);
    i.dose = dose;
    i.unit = demoText(unit);
    i.frequency = demoText(frequency);
    i.start = start;
    i.end = end;
    return i;
}

enum DemoTag { Coffee, Kefir, Running, Friends, LateNight, DemoTagCount };

// Today's tags, and what today's and yesterday's tags do to today's mood.
struct TagDay {
    QList<qint64> tags;
    double moodEffect = 0;
};

TagDay drawTags(Random& rnd, const QList<qint64>& yesterday)
{
    static constexpr double chance[DemoTagCount] = {0.6, 0.35, 0.3, 0.25, 0.15};
    TagDay day;
    for (int t = 0; t < DemoTagCount; ++t)
        if (rnd.chance(chance[t]))
            day.tags.append(t);
    day.moodEffect = (day.tags.contains(Running) ? 0.6 : 0) + (day.tags.contains(Friends) ? 0.5 : 0) +
                     (yesterday.contains(Kefir) ? 0.8 : 0) - (yesterday.contains(LateNight) ? 0.9 : 0);
    return day;
}

// A PHQ-9 and a GAD-7 every four weeks, their answers following the mood and stress of the week before.
// Drawn from a generator of their own, so the diary stays what it was without them. Item 9 stays 0: a demo
// raises no safety flag.
void addQuestionnaires(DemoParticipant& out, quint32 seed, int index)
{
    if (out.entries.isEmpty())
        return;
    Random rnd(seed * 40503u + quint32(index) * 104729u + 7u);
    const QDate first = out.entries.first().date;
    const QDate last = out.entries.last().date;
    qsizetype k = 0; // entries are in date order: one pass over them for all the responses
    for (QDate day = first.addDays(13); day <= last; day = day.addDays(28)) {
        double mood = 0, stress = 0;
        int n = 0;
        while (k < out.entries.size() && out.entries[k].date <= day.addDays(-7))
            ++k;
        for (qsizetype j = k; j < out.entries.size() && out.entries[j].date <= day; ++j)
            if (out.entries[j].values.contains(QStringLiteral("mood"))) {
                mood += out.entries[j].values.value(QStringLiteral("mood"));
                stress += out.entries[j].values.value(QStringLiteral("stress"), 5);
                ++n;
            }
        if (n == 0)
            continue;
        mood /= n;
        stress /= n;
        for (Instrument instrument : {Instrument::Phq9, Instrument::Gad7}) {
            const InstrumentDefinition& definition = instrumentDefinition(instrument);
            const double level = instrument == Instrument::Phq9 ? (8.5 - mood) / 2.2 : (stress - 1.5) / 2.5;
            QuestionnaireResponse r;
            r.instrument = instrument;
            r.date = day;
            for (qsizetype item = 1; item <= definition.items.size(); ++item)
                r.answers.append(item == definition.flagItem ? 0 : int(clampRound(level + rnd.normal(0, 0.6), 0, 3)));
            out.responses.append(r);
        }
    }
}

Participant demoRecord(int index, const DemoOptions& options, Arm arm, QDate first)
{
    Participant p;
    const bool isMe = options.firstIsMe && index == 0;
    p.code = isMe ? QStringLiteral("Me") : QStringLiteral("P-%1").arg(index + 1, 3, 10, QLatin1Char('0'));
    p.arm = isMe                    ? QString()
            : arm == Arm::Probiotic ? demoText(QT_TRANSLATE_NOOP("DemoGenerator", "probiotic"))
            : arm == Arm::Placebo   ? demoText(QT_TRANSLATE_NOOP("DemoGenerator", "placebo"))
                                    : demoText(QT_TRANSLATE_NOOP("DemoGenerator", "diet"));
    if (isMe && demoText(QT_TRANSLATE_NOOP("DemoGenerator", "Me")) != p.code)
        p.displayName = demoText("Me"); // the code stays "Me": single-person mode finds it by code
    p.enrolled = first;
    return p;
}

// The arm's intervention first (the one whose effect the diary shows), then an FMT and a medication for some;
// returns the day of the FMT, if any.
QDate addInterventions(DemoParticipant& out, Random& rnd, const Person& person, int index, QDate first, QDate last)
{
    const int days = int(first.daysTo(last)) + 1;
    const QDate start = first.addDays(std::max(7, days * 2 / 5 + rnd.between(-5, 5)));
    const QDate end = rnd.chance(0.3) ? QDate() : std::min(last, start.addDays(55 + rnd.between(0, 14)));
    if (person.arm == Arm::Diet)
        out.interventions.append(
            makeIntervention(InterventionKind::Diet, QT_TRANSLATE_NOOP("DemoGenerator", "Mediterranean diet"),
                             std::nullopt, "", QT_TRANSLATE_NOOP("DemoGenerator", "daily"), start, end));
    else if (person.arm == Arm::Placebo)
        out.interventions.append(makeIntervention(InterventionKind::Other,
                                                  QT_TRANSLATE_NOOP("DemoGenerator", "Placebo capsule"), 1,
                                                  QT_TRANSLATE_NOOP("DemoGenerator", "capsule"), "daily", start, end));
    else
        out.interventions.append(makeIntervention(InterventionKind::Probiotic, "Lactobacillus rhamnosus GG", 10,
                                                  QT_TRANSLATE_NOOP("DemoGenerator", "billion CFU"), "daily", start,
                                                  end));
    QDate fmtDay;
    if (person.hasFmt) {
        fmtDay = first.addDays(std::min(days - 1, days * 3 / 4));
        out.interventions.append(makeIntervention(InterventionKind::Fmt, "FMT", std::nullopt, "", "", fmtDay, fmtDay));
    }
    if (index % 4 == 1 && days > 60)
        out.interventions.append(makeIntervention(InterventionKind::Medication,
                                                  QT_TRANSLATE_NOOP("DemoGenerator", "Sertraline"), 50, "mg", "daily",
                                                  first.addDays(days / 6), QDate()));
    return fmtDay;
}

// How a day went: the person's baseline, the day of the week, carried-over noise and the interventions' effects.
struct Day {
    QDate date;
    double moodNoise = 0, stressNoise = 0;
    double effect = 0, fmtEffect = 0;
    TagDay tags;
    int daysIn = -1; // days since the arm's intervention started, -1 when it is not active
};

JournalEntry drawEntry(Random& rnd, const Person& person, const Day& day, int measures)
{
    JournalEntry e;
    e.date = day.date;
    e.time = QTime(rnd.between(19, 22), rnd.between(0, 59));
    const bool weekend = day.date.dayOfWeek() >= 6;
    const double mood =
        person.moodBase + (weekend ? 0.5 : 0) + day.moodNoise + 1.3 * day.effect + day.fmtEffect + day.tags.moodEffect;
    e.tagIds = day.tags.tags;
    const double stress =
        person.stressBase - (weekend ? 0.8 : 0) + day.stressNoise - 1.1 * day.effect - 0.6 * day.fmtEffect;
    // Every value is drawn whether kept or not, so a limit leaves the rest of the data unchanged.
    auto put = [&](const QString& key, double value) {
        if (measures <= 0 || e.values.size() < measures)
            e.values.insert(key, value);
    };
    put(QStringLiteral("mood"), clampRound(mood, 0, 10));
    put(QStringLiteral("stress"), clampRound(stress, 0, 10));
    put(QStringLiteral("anxiety"), clampRound(stress * 0.7 + rnd.normal(0.8, 0.8), 0, 10));
    put(QStringLiteral("energy"), clampRound(mood * 0.8 + rnd.normal(1, 0.9), 0, 10));
    const double sleep = person.sleepBase + (weekend ? 0.7 : 0) + rnd.normal(0, 0.6);
    put(QStringLiteral("sleep_hours"), clampRound(sleep, 3, 11, 0.5));
    put(QStringLiteral("sleep_quality"), clampRound(5 + (sleep - 7) * 1.2 + rnd.normal(0, 1), 0, 10));
    put(QStringLiteral("gi_discomfort"),
        clampRound(3.5 - 1.4 * day.effect - day.fmtEffect + rnd.normal(0, 1.1), 0, 10));
    if (rnd.chance(0.8))
        put(QStringLiteral("bristol"), clampRound(rnd.normal(4 - 0.4 * (1 - day.effect), 1.0), 1, 7));
    const double dietBoost = person.arm == Arm::Diet && day.daysIn >= 0 ? 10 : 0;
    put(QStringLiteral("fiber_g"), clampRound(person.fibreBase + dietBoost + rnd.normal(0, 5), 0, 200));
    put(QStringLiteral("fermented_servings"), clampRound(rnd.normal(0.8, 0.8), 0, 20));
    if (rnd.chance(0.08))
        e.note = rnd.chance(0.5) ? demoText(QT_TRANSLATE_NOOP("DemoGenerator", "Busy day at work"))
                                 : demoText(QT_TRANSLATE_NOOP("DemoGenerator", "Long walk, slept well"));
    return e;
}

DemoParticipant generateOne(int index, const DemoOptions& options, QDate first, QDate last)
{
    Random rnd(options.seed * 2654435761u + quint32(index) * 7919u + 1u);
    Random tagRnd(options.seed * 40503u + quint32(index) * 104729u + 17u); // tags do not move the other draws
    const Arm arm = index % 3 == 0 ? Arm::Probiotic : index % 3 == 1 ? Arm::Placebo : Arm::Diet;
    // The self-tracker of the GUI demo shows everything: a probiotic that helped, and an FMT.
    const bool showcase = options.firstIsMe && index == 0;
    const bool responder = arm != Arm::Placebo && rnd.chance(0.7);
    const Person person{arm,
                        showcase || responder,
                        showcase || index % 5 == 3,
                        rnd.normal(5.2, 0.7),
                        rnd.normal(4.8, 0.8),
                        rnd.normal(7.1, 0.5),
                        rnd.normal(18, 4)};
    DemoParticipant out;
    out.participant = demoRecord(index, options, arm, first);
    const QDate fmtDay = addInterventions(out, rnd, person, index, first, last);

    const int days = int(first.daysTo(last)) + 1;
    const bool taken = out.interventions.first().tracksAdherence() || arm == Arm::Placebo;
    Day day;
    for (int d = 0; d < days; ++d) {
        day.date = first.addDays(d);
        day.moodNoise = 0.6 * day.moodNoise + rnd.normal(0, 0.75);
        day.stressNoise = 0.6 * day.stressNoise + rnd.normal(0, 0.8);
        const Intervention& main = out.interventions.first();
        day.daysIn = main.isActiveOn(day.date) ? int(main.start.daysTo(day.date)) : -1;
        day.effect = person.responder ? ramp(day.daysIn) : 0;
        day.fmtEffect = fmtDay.isValid() && day.date >= fmtDay ? ramp(int(fmtDay.daysTo(day.date))) * 0.8 : 0;
        for (int k = 0; k < out.interventions.size(); ++k) {
            const Intervention& i = out.interventions[k];
            if ((i.tracksAdherence() || (k == 0 && taken)) && i.isActiveOn(day.date) && !i.isEvent() &&
                rnd.chance(0.95))
                out.adherence.append({k, day.date, rnd.chance(0.9)});
        }
        day.tags = drawTags(tagRnd, day.tags.tags); // an unrecorded day had its tags too: they still act
        // About one day in ten goes unrecorded, and once in a while a whole week.
        if (rnd.chance(0.09) || (d % 97 > 90 && index % 2 == 0))
            continue;
        JournalEntry entry = drawEntry(rnd, person, day, options.measures);
        if (day.date == last && options.lastDayUntil.isValid() && entry.time > options.lastDayUntil)
            continue; // not written yet: nothing lies ahead of the clock
        out.entries.append(entry);
    }
    addQuestionnaires(out, options.seed, index);
    return out;
}

} // namespace

QList<Tag> demoTags()
{
    static constexpr std::pair<const char*, const char*> tags[DemoTagCount] = {
        {QT_TRANSLATE_NOOP("DemoGenerator", "coffee"), "#8c564b"},
        {QT_TRANSLATE_NOOP("DemoGenerator", "kefir"), "#17becf"},
        {QT_TRANSLATE_NOOP("DemoGenerator", "running"), "#2ca02c"},
        {QT_TRANSLATE_NOOP("DemoGenerator", "friends"), "#ff7f0e"},
        {QT_TRANSLATE_NOOP("DemoGenerator", "late night"), "#7f3fbf"}};
    QList<Tag> result;
    for (const auto& [name, colour] : tags) {
        Tag t;
        t.name = demoText(name);
        t.colour = QString::fromLatin1(colour);
        result.append(t);
    }
    return result;
}

void DemoOptions::endNow()
{
    const QDateTime now = clock().nowLocal();
    lastDay = now.date();
    lastDayUntil = now.time();
}

QList<DemoParticipant> generateDemo(const DemoOptions& options)
{
    const QDate last = options.lastDay.isValid() ? options.lastDay : QDate::currentDate();
    const QDate first = last.addDays(-(std::max(options.days, 1) - 1));
    QList<DemoParticipant> result;
    result.reserve(options.participants);
    for (int i = 0; i < options.participants; ++i)
        result.append(generateOne(options.firstIndex + i, options, first, last));
    return result;
}

} // namespace mb
