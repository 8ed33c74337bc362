// The GUI entry point: settings, language, the database to open, the main window.
#include "FirstPaintExit.h"
#include "FontWarmUp.h"
#include "core/Clock.h"
#include "storage/OpenAhead.h"
#include "storage/Store.h"
#include "ui/Autostart.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/QuickCheckIn.h"
#include "ui/ReminderService.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QScopeGuard>

#include <cstdio>
#include <optional>

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

void describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("moodbiome"));
    QApplication::setApplicationDisplayName(QStringLiteral("MoodBiome"));
    QApplication::setApplicationVersion(QStringLiteral(MOODBIOME_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MOODBIOME_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.moodbiome.MoodBiome.svg")));
}

// With a tray the app may run with no window open (reminders); it then quits when the main window really closes.
// Started at login (--minimised) it stays in the tray.
int showAndRun(mb::MainWindow& window, bool minimised)
{
    QApplication::setQuitOnLastWindowClosed(!window.checkIn()->reminders()->hasTray());
    if (!minimised || !window.startInTray()) {
        window.show();
        window.offerDemoOnFirstRun();
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    mb::FontWarmUp fontWarmUp; // fonts and image plugins on a second core while the window is built
    QApplication app(argc, argv);
    fontWarmUp.applicationMade();
    const auto joinFontDatabase = qScopeGuard([&fontWarmUp] { fontWarmUp.finish(); }); // before app goes
    describeApplication();

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
    // The login autostart entry (ui/Autostart) starts the app this way: to the tray, when there is one.
    const QCommandLineOption minimised(mb::Autostart::option(),
                                       QApplication::translate("main", "Start in the system tray, for reminders."));
    parser.addOption(minimised);
    // For measuring start-up only (the benchmark); not a feature, so it stays out of --help.
    QCommandLineOption exitAfterFirstPaint(QString::fromLatin1(mb::FirstPaintExit::option),
                                           QStringLiteral("Measurement: print the time of the first painted frame "
                                                          "and exit."));
    exitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterFirstPaint);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Open this database file (the same as --database)."),
                                 QStringLiteral("[file]"));
    if (!parser.parse(QApplication::arguments()) || parser.isSet(QStringLiteral("help")) ||
        parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version"))) {
        fontWarmUp.finish(); // process() prints and exits: the font database must not be half read then
        parser.process(app);
    }
    const std::optional<QString> path = databasePath(parser, database);
    if (!path) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                         "main", "moodbiome: give at most one database file, as --database FILE or as FILE.")));
        return 1;
    }

    const mb::OpenAhead openAhead(*path); // on the second core while the window is built
    mb::MainWindow window(&settings, &languages);
    if (!window.openDatabaseInteractively(*path))
        return 3;
    if (parser.isSet(exitAfterFirstPaint))
        mb::FirstPaintExit::install(&window); // the start-up benchmark's stopwatch
    return showAndRun(window, parser.isSet(minimised));
}
