// Realistic synthetic participants for demos and benchmarks: deterministic for a given seed.
#pragma once

#include "core/Intervention.h"
#include "core/JournalEntry.h"
#include "core/Participant.h"
#include "core/Questionnaire.h"

#include <QList>

namespace mb {

struct DemoOptions {
    int participants = 12;
    int days = 180;
    quint32 seed = 42;
    QDate lastDay;          // the last day with data; invalid = today
    bool firstIsMe = false; // the first participant is the self-tracker "Me" (single-person mode)
    int measures = 0;       // at most this many values an entry (mood, stress, anxiety, energy, sleep...); 0 = all
};

struct DemoAdherence {
    int intervention = 0; // index into DemoParticipant::interventions
    QDate day;
    bool taken = true;
};

// One participant's data; participant ids are filled in when it is written.
struct DemoParticipant {
    Participant participant;
    QList<Intervention> interventions;
    QList<JournalEntry> entries;
    QList<DemoAdherence> adherence;
    QList<QuestionnaireResponse> responses; // PHQ-9 and GAD-7 every four weeks, answers only
};

// Weekly rhythm, autocorrelated noise, missing days and the odd week-long gap; a probiotic, placebo
// or diet period per participant whose start shifts mood and stress modestly for responders (and
// not at all for others), an FMT event for some, daily adherence for what is taken.
QList<DemoParticipant> generateDemo(const DemoOptions& options);

} // namespace mb
