// Writing and removing the XDG autostart entry.
#include "ui/Autostart.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace mb {

namespace {
// An Exec argument: quoted when it holds anything but plain characters; inside quotes ", `, $ and \ are escaped,
// and every \ is then doubled because Exec is itself an escaped string.
QString execArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    bool plain = !argument.isEmpty();
    for (QChar c : argument)
        plain = plain && !reserved.contains(c);
    if (plain)
        return argument;
    QString quoted;
    for (QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'%', QStringLiteral("%%"));
    return u'"' + quoted + u'"';
}
} // namespace

QString Autostart::filePath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + QStringLiteral(MOODBIOME_APP_ID) + QStringLiteral(".desktop");
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(filePath());
}

QByteArray Autostart::entryText(const QString& program)
{
    const QString exec = execArgument(program) + QStringLiteral(" --") + option();
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=MoodBiome\n"
                          "Comment=Daily check-in reminders\n"
                          "Exec=%1\n"
                          "Icon=%2\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec, QStringLiteral(MOODBIOME_APP_ID))
        .toUtf8();
}

std::optional<QString> Autostart::setEnabled(bool enabled, const QString& program)
{
    const QString path = filePath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Could not create the folder of %1.").arg(QDir::toNativeSeparators(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(entryText(program.isEmpty() ? QCoreApplication::applicationFilePath() : program)) < 0 ||
        !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

} // namespace mb
