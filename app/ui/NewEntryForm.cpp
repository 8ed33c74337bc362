// The new-entry form, saved through the Editor as one undoable, audited step.
#include "ui/NewEntryForm.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/RandomisationPlan.h"
#include "ui/Workspace.h"

namespace mb {

EntryDialog* openNewEntryForm(Workspace* workspace, QWidget* parent, const JournalEntry& prefill)
{
    Store* store = workspace->store();
    const auto p = workspace->participant();
    if (!store || !p || p->isWithdrawn())
        return nullptr;
    JournalEntry entry;
    entry.participantId = p->id;
    entry.values = prefill.values;
    entry.note = prefill.note;
    entry.tagIds = prefill.tagIds;
    QList<Intervention> taken;
    for (const Intervention& i : store->interventions().list(p->id))
        if (i.tracksAdherence() && i.isActiveOn(clock().today()) && !i.isEvent())
            taken.append(i);
    Editor* editor = workspace->editor();
    auto* dialog = new EntryDialog(
        entry, store->measures().list(), p->title(),
        [editor](const JournalEntry& e, const QMap<qint64, bool>& ticks) {
            return editor->addEntry(e, nullptr, ticks);
        },
        taken, parent);
    dialog->setPlannedCondition(
        [store, id = p->id](QDate day) { return RandomisationPlanText::plannedCondition(*store, id, day); });
    dialog->setTags(store->tags().list());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace mb
