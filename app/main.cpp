// The GUI entry point: settings, language, the database to open, the main window.
#include "FirstPaintExit.h"
#include "FontWarmUp.h"
#include "QuitOnSignal.h"
#include "core/Clock.h"
#include "storage/OpenAhead.h"
#include "storage/Store.h"
#include "ui/Autostart.h"
#include "ui/ChartView.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/QuickCheckIn.h"
#include "ui/ReminderService.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPointer>
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

// Names only: the window icon waits for the application (QIcon needs it).
void nameApplication()
{
    QApplication::setApplicationName(QStringLiteral("moodbiome"));
    QApplication::setApplicationDisplayName(QStringLiteral("MoodBiome"));
    QApplication::setApplicationVersion(QStringLiteral(MOODBIOME_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MOODBIOME_APP_ID));
}

struct Options {
    QCommandLineOption database;
    QCommandLineOption minimised;
    QCommandLineOption exitAfterFirstPaint;
};

// The options, their descriptions in the language installed by then (none before the application exists).
Options addOptions(QCommandLineParser& parser)
{
    Options o{QCommandLineOption(QStringLiteral("database"),
                                 QApplication::translate("main", "Open this database file."),
                                 QApplication::translate("main", "file")),
              // The login autostart entry (ui/Autostart) starts the app this way: to the tray, when there is one.
              QCommandLineOption(mb::Autostart::option(),
                                 QApplication::translate("main", "Start in the system tray, for reminders.")),
              // For measuring start-up only (the benchmark); not a feature, so it stays out of --help.
              QCommandLineOption(QString::fromLatin1(mb::FirstPaintExit::option),
                                 QStringLiteral("Measurement: print the time of the first painted frame and exit."))};
    o.exitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.setApplicationDescription(QApplication::translate("main", "Track mood against gut-focused interventions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.database, o.minimised, o.exitAfterFirstPaint});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Open this database file (the same as --database)."),
                                 QStringLiteral("[file]"));
    return o;
}

bool asksForText(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
           parser.isSet(QStringLiteral("version"));
}

// The database to open ahead, from the command line as the process got it, before the application exists (and so
// before it takes out Qt's own options): none when the line does not parse that early or asks for a text.
QString databaseToOpenAhead(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const Options options = addOptions(parser);
    if (!parser.parse(arguments) || asksForText(parser))
        return {};
    return databasePath(parser, options.database).value_or(QString());
}

// --help and --version are printed without a window, so without a display (over ssh, on a server): Qt's GUI
// application would abort first for want of a platform plugin. Returns whether it printed (process() exits then).
bool printAskedText(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser early;
    addOptions(early);
    if (!early.parse(arguments) || !asksForText(early))
        return false;
    QCoreApplication app(argc, argv);
    mb::Settings settings; // the language chosen in the window, for the descriptions
    mb::LanguageManager languages;
    languages.apply(settings.language());
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    return true;
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
    nameApplication();
    if (printAskedText(argc, argv))
        return 0;
    mb::FontWarmUp fontWarmUp; // fonts and image plugins on a second core while the window is built
    // Screenshots and manual tests can fix "now" the way the command line's tests do.
    std::optional<mb::FixedClock> fixedClock;
    if (const auto now = mb::nowFromEnvironment(); now && now->isValid()) {
        fixedClock.emplace(*now, QTimeZone::systemTimeZone());
        mb::setClock(&*fixedClock);
    }
    // The database and its participants, on another core from here on; the first chart once settings are read.
    mb::OpenAhead openAhead(databaseToOpenAhead(argc, argv));

    QApplication app(argc, argv);
    fontWarmUp.applicationMade();
    const auto joinFontDatabase = qScopeGuard([&fontWarmUp] { fontWarmUp.finish(); }); // before app goes
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.moodbiome.MoodBiome.svg")));
    QPointer<mb::MainWindow> mainWindow; // set once made; a signal before then cancels the start-up's dialogs
    const mb::QuitOnSignal quitOnSignal([&mainWindow] {
        if (mainWindow)
            mainWindow->quit();
    });

    mb::Settings settings;
    mb::LanguageManager languages;
    languages.apply(settings.language());
    openAhead.then(mb::ChartView::readAhead(settings));

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    if (!parser.parse(QApplication::arguments()) || asksForText(parser)) {
        fontWarmUp.finish(); // process() prints and exits: the font database must not be half read then
        parser.process(app);
    }
    const std::optional<QString> path = databasePath(parser, options.database);
    if (!path) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                         "main", "moodbiome: give at most one database file, as --database FILE or as FILE.")));
        return 1;
    }

    mb::MainWindow window(&settings, &languages);
    mainWindow = &window;
    if (!window.openDatabaseInteractively(*path))
        return quitOnSignal.received() ? 0 : 3;
    if (parser.isSet(options.exitAfterFirstPaint))
        mb::FirstPaintExit::install(&window); // the start-up benchmark's stopwatch
    return showAndRun(window, parser.isSet(options.minimised));
}
