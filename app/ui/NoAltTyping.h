// Alt+letter never types: a key press with Alt that no shortcut took (no mnemonic) is dropped before a text field
// inserts its letter, as Qt's line edits do on Linux and Windows (an Alt+D that missed replaced the selected note).
#pragma once

#include <QObject>

namespace mb {

class NoAltTyping : public QObject {
    Q_OBJECT
public:
    // Filters the whole application from now on; once, however often it is called. macOS is left alone: there
    // Option (Alt) types letters such as é and ß.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace mb
