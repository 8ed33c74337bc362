// Entry point of moodbiome-cli, the same engine as the app without a window; the work is in CliApp.
#include "cli/CliApp.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    mb::CliApp cli;
    std::unique_ptr<QCoreApplication> app;
    if (cli.needsWidgets(arguments)) {
        // A report can be written on a server or in CI: without a display, draw offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // No organization name: the GUI and the command line share ~/.local/share/moodbiome.
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOODBIOME_VERSION));
    return cli.run(QCoreApplication::arguments().mid(1));
}
