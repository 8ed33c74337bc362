// For widget tests: answering the message box that the code under test is about to open in a loop of its own.
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace mb::test {

// Once the next event loop runs (the box's own), clicks button of the modal message box, if one is open, and
// counts it in asked.
inline void answerNextQuestion(int& asked, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [&asked, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        ++asked;
        box->button(button)->click();
    });
}

} // namespace mb::test
