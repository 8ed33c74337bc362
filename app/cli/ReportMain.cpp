// Entry point of moodbiome-report, the helper moodbiome-cli hands `report` to: the same commands, with the report
// writer installed and a QApplication for the chart. Not meant to be started by hand, though it works the same.
#include "cli/CliApp.h"
#include "cli/ReportWriting.h"

#include <QApplication>

#include <cstdio>

namespace {
// The platform's chatter (XDG_RUNTIME_DIR not set, fonts) is not the command's output: stderr holds only the
// command's own errors, as JSON with --json. Critical and fatal messages still go through.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietMessages);
    // A report can be written on a server or in CI: without a display, draw offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    mb::CliApp::setUpApplication(app);
    mb::ReportCommand::setWriter(&mb::writeReport);
    return mb::CliApp().run(QCoreApplication::arguments().mid(1));
}
