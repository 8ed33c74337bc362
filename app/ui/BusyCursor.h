// The busy cursor for as long as the object lives: for work on the GUI thread that takes a moment (opening an
// encrypted database derives its key; copies of big databases).
#pragma once

#include <QApplication>

namespace mb {

class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace mb
