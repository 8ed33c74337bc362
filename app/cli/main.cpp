// Entry point of moodbiome-cli, the same engine as the app without a window; the work is in CliApp (moodbiome_cli).
#include "cli/CliApp.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    mb::CliApp::setUpApplication(app);
    return mb::CliApp().run(QCoreApplication::arguments().mid(1));
}
