// One typed facade over QSettings: every preference has a key, a name and a default in one table.
#pragma once

#include <QObject>
#include <QVariant>

class QSettings;

namespace mb {

enum class AppMode { SinglePerson, Clinician };

class Settings : public QObject {
    Q_OBJECT
public:
    enum class Key {
        Language,
        Mode,
        LastDatabase,
        WindowGeometry,
        WindowState,
        SplitterState,
        ChartMeasures,
        ChartTags, // names of the tags drawn as rows of marks under the chart
        FirstRunDone,
        FhirSystem, // the study's identifier system URI for FHIR exports
        // Quick check-in and reminders (issue 17)
        CheckInMeasures,       // the two or three measure keys pinned in the check-in, besides mood
        ReminderTimes,         // local times of day, "HH:mm"
        ReminderSkipWhenEntry, // no reminder on a day that already has an entry
        StartAtLogin,          // an XDG autostart entry exists (ui/Autostart)
        LockAfterMinutes       // idle lock of an encrypted database (ui/IdleLock); unset: lockAfterMinutes()
    };
    Q_ENUM(Key)

    explicit Settings(QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    // "en" or "nl"; defaults to the system language when it is Dutch, English otherwise.
    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString& language) { setValue(Key::Language, language); }
    AppMode mode() const;
    void setMode(AppMode mode);
    // Minutes without input before an encrypted database is locked, 0 = never; unset, it follows the mode: 15 in
    // clinician mode, never in single-person mode.
    int lockAfterMinutes() const;

signals:
    void changed(mb::Settings::Key key);

private:
    QSettings* m_settings;
};

} // namespace mb
