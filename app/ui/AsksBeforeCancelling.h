// A dialog whose Cancel first asks a question (unsaved input) and can also be cancelled with nobody to answer.
#pragma once

#include <QCoreApplication>
#include <QDialog>

namespace mb {

// Implemented next to QDialog by such a dialog. The application's end on a signal (app/QuitOnSignal) and the idle
// lock (ui/IdleLock) cancel it this way: a question then would wait for a person who is not there (a logout, a
// walk away from the desk), and hold the whole closing.
class AsksBeforeCancelling {
    Q_DECLARE_TR_FUNCTIONS(AsksBeforeCancelling)

public:
    // Closes as Cancel does once the question is answered "discard", keeping what was typed where the dialog can
    // (the entry form keeps it as a draft, offered when it opens again).
    virtual void cancelWithoutAsking() = 0;

protected:
    ~AsksBeforeCancelling() = default;
    // The question Cancel asks first: Discard (true) or Keep editing, the default and Escape's answer.
    static bool askToDiscard(QWidget* parent, const QString& title, const QString& text);
    // The same question about a new journal entry not saved yet ("Discard this entry?").
    static bool askToDiscardEntry(QWidget* parent);
};

// Cancels any dialog as its Cancel button would, without a question from one that would ask.
inline void cancelWithoutAsking(QDialog* dialog)
{
    if (auto* asks = dynamic_cast<AsksBeforeCancelling*>(dialog))
        asks->cancelWithoutAsking();
    else
        dialog->reject();
}

} // namespace mb
