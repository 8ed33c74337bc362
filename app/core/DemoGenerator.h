// Realistic synthetic participants for demos and benchmarks: deterministic for a given seed.
#pragma once

#include "core/Intervention.h"
#include "core/JournalEntry.h"
#include "core/Participant.h"
#include "core/Questionnaire.h"
#include "core/Tag.h"

#include <QList>

namespace mb {

struct DemoOptions {
    int participants = 12;
    int days = 180;
    quint32 seed = 42;
    QDate lastDay;          // the last day with data; invalid = today
    QTime lastDayUntil;     // entries on the last day only up to this time (now, when it is today); invalid = all day
    bool firstIsMe = false; // the first participant is the self-tracker "Me" (single-person mode)
    int measures = 0;       // at most this many values an entry (mood, stress, anxiety, energy, sleep...); 0 = all
    int firstIndex = 0;     // the first participant's index (P-001 is 0): a large set made in batches

    // Data up to this moment of clock(): the last day is today, and its entries are no later than now.
    void endNow();
};

struct DemoAdherence {
    int intervention = 0; // index into DemoParticipant::interventions
    QDate day;
    bool taken = true;
};

// The demo's tags, in the interface's language. An entry's tagIds are indexes into this list until it is
// written (writeDemo maps them to the database's tags, making those that are missing).
QList<Tag> demoTags();

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
// not at all for others), an FMT event for some, daily adherence for what is taken. Days carry tags
// (coffee, kefir, running, friends, late night) drawn from a stream of their own; kefir lifts the next day's
// mood, running and friends the same day's, a late night lowers the next day's: what Insights should find.
QList<DemoParticipant> generateDemo(const DemoOptions& options);

} // namespace mb
