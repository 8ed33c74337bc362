// The GUI entry point: settings, language, the database to open, the main window.
#include "core/Clock.h"
#include "storage/Store.h"
#include "ui/FirstPaintExit.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QIcon>
#include <QImageReader>
#include <QScopeGuard>

#include <cstdio>
#include <latch>
#include <optional>
#include <thread>

#ifdef MOODBIOME_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace {

// The file manager hands a database over as the one positional argument ("Exec=moodbiome %f").
std::optional<QString> databasePath(const QCommandLineParser& parser, const QCommandLineOption& database)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(database)))
        return std::nullopt;
    if (parser.isSet(database))
        return parser.value(database);
    return files.isEmpty() ? mb::Store::defaultPath() : files.first();
}

} // namespace

int main(int argc, char* argv[])
{
    // The first text the window measures waits for the font database: fontconfig's configuration and every font on
    // the system. Read it on a second core meanwhile, fontconfig's part at once, Qt's (QFontDatabase is thread-safe)
    // as soon as the application object exists, right after the image format plugins.
    std::latch applicationMade(1);
    std::jthread fontDatabase([&applicationMade] {
#ifdef MOODBIOME_HAVE_FONTCONFIG
        FcInit();
#endif
        applicationMade.wait();
        // The window's first image (the menu bar's extension button) has every image format plugin looked at and
        // loaded; load them here, where they wait for nobody (QImageReader is reentrant, the plugin loader shared).
        QImageReader::supportedImageFormats();
        QFontDatabase::families();
    });
    QApplication app(argc, argv);
    applicationMade.count_down();
    const auto joinFontDatabase = qScopeGuard([&fontDatabase] { fontDatabase.join(); }); // before app goes
    QApplication::setApplicationName(QStringLiteral("moodbiome"));
    QApplication::setApplicationDisplayName(QStringLiteral("MoodBiome"));
    QApplication::setApplicationVersion(QStringLiteral(MOODBIOME_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MOODBIOME_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.moodbiome.MoodBiome.svg")));

    // Screenshots and manual tests can fix "now" the way the command line's tests do.
    std::optional<mb::FixedClock> fixedClock;
    if (const auto now = mb::nowFromEnvironment(); now && now->isValid()) {
        fixedClock.emplace(*now, QTimeZone::systemTimeZone());
        mb::setClock(&*fixedClock);
    }

    mb::Settings settings;
    mb::LanguageManager languages;
    languages.apply(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Track mood against gut-focused interventions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open this database file."),
                                      QApplication::translate("main", "file"));
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Open this database file (the same as --database)."),
                                 QStringLiteral("[file]"));
    if (!parser.parse(QApplication::arguments()) || parser.isSet(QStringLiteral("help")) ||
        parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version"))) {
        fontDatabase.join(); // process() prints and exits: the font database must not be half read then
        parser.process(app);
    }
    const std::optional<QString> path = databasePath(parser, database);
    if (!path) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                         "main", "moodbiome: give at most one database file, as --database FILE or as FILE.")));
        return 1;
    }

    mb::MainWindow window(&settings, &languages);
    if (!window.openDatabaseInteractively(*path))
        return 3;
    mb::FirstPaintExit::installIfRequested(&window); // the start-up benchmark's stopwatch
    window.show();
    window.offerDemoOnFirstRun();
    return QApplication::exec();
}
