// Start at login: an XDG autostart entry ($XDG_CONFIG_HOME/autostart/<app id>.desktop) that the app writes and
// removes itself; it starts the app with --minimised (to the tray when there is one). No daemon of its own.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mb {

class Autostart {
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    static QString option() { return QStringLiteral("minimised"); } // the command-line option, without "--"
    // $XDG_CONFIG_HOME/autostart/org.moodbiome.MoodBiome.desktop (XDG_CONFIG_HOME: ~/.config when unset).
    static QString filePath();
    static bool isEnabled();
    // Writes the entry for program (this program by default) or removes it; an error for the user, or nothing.
    static std::optional<QString> setEnabled(bool enabled, const QString& program = {});
    // The entry's text, Exec quoted as the Desktop Entry Specification asks.
    static QByteArray entryText(const QString& program);
};

} // namespace mb
