// The new-entry form, saved through the Editor as one undoable, audited step.
#include "ui/NewEntryForm.h"

#include "core/Clock.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/RandomisationPlan.h"
#include "ui/Workspace.h"

#include <QPointer>

namespace mb {

namespace {

// The participant's draft comes back into an empty form (values typed elsewhere, the quick check-in's, come
// first). A draft is kept on a best-effort basis: a file that cannot be written at that moment costs the draft,
// not the form.
void keepDrafts(EntryDialog* dialog, Workspace* workspace, qint64 participantId, const JournalEntry& prefill)
{
    Store* store = workspace->store();
    try {
        if (prefill.values.isEmpty() && prefill.note.isEmpty() && prefill.tagIds.isEmpty())
            if (const auto draft = store->drafts().find(participantId))
                dialog->restoreDraft(*draft);
    } catch (const StorageError& e) {
        qWarning("Entry draft not read: %s", qUtf8Printable(e.message()));
    }
    dialog->keepDrafts([workspace = QPointer<Workspace>(workspace), store, participantId](const EntryDraft* draft) {
        if (!workspace || workspace->store() != store)
            return; // the file was closed under the form
        try {
            if (draft)
                store->drafts().keep(participantId, *draft);
            else
                store->drafts().discard(participantId);
        } catch (const StorageError& e) {
            qWarning("Entry draft not kept: %s", qUtf8Printable(e.message()));
        }
    });
}

} // namespace

EntryDialog* openNewEntryForm(Workspace* workspace, QWidget* parent, const JournalEntry& prefill)
{
    Store* store = workspace->store();
    const auto p = workspace->participant();
    if (!store || !p || p->isWithdrawn() || workspace->isReadOnly())
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
    keepDrafts(dialog, workspace, p->id, prefill);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace mb
