// A dialog whose Cancel first asks a question (unsaved input) and can also be cancelled with nobody to answer.
#pragma once

namespace mb {

// Implemented next to QDialog by such a dialog. The application's end on a signal (app/QuitOnSignal) cancels it
// this way: a question then would wait for a person who is not there (a logout), and hold the whole closing.
class AsksBeforeCancelling {
public:
    // Closes as Cancel does once the question is answered "discard": what was typed and not saved is dropped.
    virtual void cancelWithoutAsking() = 0;

protected:
    ~AsksBeforeCancelling() = default;
};

} // namespace mb
