// Entry point of moodbiome-cli, the same engine as the app without a window; the work is in CliApp.
#include "cli/CliApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace {

// The language of messages, as GNU tools choose it: LC_ALL, else LC_MESSAGES, else LANG; the C and POSIX locales
// mean English; LANGUAGE, a priority list such as "nl:en", decides among the others. Only messages follow it:
// numbers and dates in the output keep the file formats' notation.
QString messageLanguage()
{
    QString locale = qEnvironmentVariable("LC_ALL");
    if (locale.isEmpty())
        locale = qEnvironmentVariable("LC_MESSAGES");
    if (locale.isEmpty())
        locale = qEnvironmentVariable("LANG");
    if (locale.isEmpty() || locale == u"C" || locale.startsWith(u"C.") || locale == u"POSIX")
        return QStringLiteral("en");
    const QString priority = qEnvironmentVariable("LANGUAGE");
    for (const QString& language : priority.isEmpty() ? QStringList{locale} : priority.split(u':')) {
        if (language.startsWith(u"nl"))
            return QStringLiteral("nl");
        if (language.startsWith(u"en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace

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
    // English has a translation too: it holds the plural forms ("1 entry", "2 entries").
    QTranslator messages;
    if (messages.load(QStringLiteral(":/i18n/moodbiome_%1.qm").arg(messageLanguage())))
        QCoreApplication::installTranslator(&messages);
    return cli.run(QCoreApplication::arguments().mid(1));
}
