// Entry point of moodbiome-cli, the same engine as the app without a window; the work is in CliApp.
#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // No organization name: the GUI and the command line share ~/.local/share/moodbiome.
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOODBIOME_VERSION));
    mb::CliApp cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
