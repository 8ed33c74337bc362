// The settings table and its QSettings storage.
#include "ui/Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace mb {

namespace {
struct Entry {
    Settings::Key key;
    const char* name;
};
constexpr Entry entries[] = {
    {Settings::Key::Language, "ui/language"},
    {Settings::Key::Mode, "ui/mode"},
    {Settings::Key::LastDatabase, "data/lastDatabase"},
    {Settings::Key::WindowGeometry, "window/geometry"},
    {Settings::Key::WindowState, "window/state"},
    {Settings::Key::SplitterState, "window/splitter"},
    {Settings::Key::ChartMeasures, "chart/measures"},
    {Settings::Key::FirstRunDone, "ui/firstRunDone"},
    {Settings::Key::FhirSystem, "export/fhirSystem"},
    {Settings::Key::ChartTags, "chart/tags"},
    {Settings::Key::CheckInMeasures, "checkin/measures"},
    {Settings::Key::ReminderTimes, "reminders/times"},
    {Settings::Key::ReminderSkipWhenEntry, "reminders/skipWhenEntry"},
    {Settings::Key::StartAtLogin, "reminders/startAtLogin"},
    {Settings::Key::LockAfterMinutes, "security/lockAfterMinutes"},
};

QString nameOf(Settings::Key key)
{
    for (const auto& e : entries)
        if (e.key == key)
            return QString::fromLatin1(e.name);
    Q_UNREACHABLE();
}

QVariant defaultOf(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language:
        return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    case Settings::Key::Mode:
        return QStringLiteral("single");
    case Settings::Key::ChartMeasures:
        return QStringList{QStringLiteral("mood"), QStringLiteral("stress")};
    case Settings::Key::FirstRunDone:
    case Settings::Key::StartAtLogin:
        return false;
    case Settings::Key::CheckInMeasures:
        return QStringList{QStringLiteral("stress"), QStringLiteral("sleep_hours")};
    case Settings::Key::ReminderTimes:
    case Settings::Key::ChartTags:
        return QStringList();
    case Settings::Key::ReminderSkipWhenEntry:
        return true;
    default:
        break;
    }
    return {};
}
} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    // ~/.config/moodbiome/moodbiome.conf, whatever the organisation name (which we leave empty so the
    // data folder is ~/.local/share/moodbiome, shared with moodbiome-cli).
    , m_settings(new QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
                               QCoreApplication::applicationName(), this))
{
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    return m_settings->value(nameOf(key), defaultOf(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (m_settings->value(nameOf(key), defaultOf(key)) == value)
        return;
    m_settings->setValue(nameOf(key), value);
    emit changed(key);
}

AppMode Settings::mode() const
{
    return value(Key::Mode).toString() == u"clinician" ? AppMode::Clinician : AppMode::SinglePerson;
}

void Settings::setMode(AppMode mode)
{
    setValue(Key::Mode, mode == AppMode::Clinician ? QStringLiteral("clinician") : QStringLiteral("single"));
}

int Settings::lockAfterMinutes() const
{
    const QVariant minutes = value(Key::LockAfterMinutes);
    if (minutes.isValid())
        return qMax(0, minutes.toInt());
    return mode() == AppMode::Clinician ? 15 : 0;
}

} // namespace mb
