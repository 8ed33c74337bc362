// Running the programs under measurement as child processes, the way a user starts them.
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace mb::bench {

struct ChildResult {
    double wallMs = 0; // start to exit
    QByteArray out;
};

// Runs program to completion; throws std::runtime_error when it fails or times out.
ChildResult runChild(const QString& program, const QStringList& arguments,
                     const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

struct FirstPaint {
    double ms = 0;     // process start to the first painted frame
    double rssMib = 0; // resident memory at that moment
};

// Runs a window program with --exit-after-first-paint (offscreen unless QT_QPA_PLATFORM is set,
// settings in configDir) and reads what FirstPaintExit reports.
FirstPaint runToFirstPaint(const QString& program, const QStringList& arguments, const QString& configDir);

} // namespace mb::bench
