// Opens the full entry form for a new entry of the Workspace's participant: every measure, today's "taken" ticks
// of ongoing interventions, the randomised plan line. Used by the journal and by the quick check-in's "Full form…".
#pragma once

#include "core/JournalEntry.h"

class QWidget;

namespace mb {

class EntryDialog;
class Workspace;

// Nothing when nobody (or a withdrawn participant) is selected. prefill: values and note typed elsewhere.
// The form deletes itself when closed.
EntryDialog* openNewEntryForm(Workspace* workspace, QWidget* parent, const JournalEntry& prefill = {});

} // namespace mb
