// Entry point of moodbiome-cli, the same engine as the app without a window; the work is in CliApp (moodbiome_cli).
#include "cli/CliApp.h"

int main(int argc, char* argv[])
{
    mb::CliApp cli;
    const auto app = cli.makeApplication(argc, argv);
    return cli.run(QCoreApplication::arguments().mid(1));
}
