// A main window's start as the window tests need it: a demo database of one person or of five participants, and
// settings that say which mode and language, with the first-run offer already answered.
#pragma once

#include "core/DemoGenerator.h"
#include "storage/DemoWriter.h"
#include "storage/Store.h"
#include "ui/Settings.h"

#include <QCoreApplication>
#include <QSettings>

namespace mb::test {

inline void prepareDemoWindow(const QString& path, Settings& settings, const QString& language, bool clinician)
{
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    {
        auto store = Store::open(path);
        DemoOptions options;
        options.participants = clinician ? 5 : 1;
        options.days = 120;
        options.firstIsMe = !clinician;
        options.lastDay = QDate(2025, 1, 5);
        writeDemo(*store, generateDemo(options));
    }
    settings.setMode(clinician ? AppMode::Clinician : AppMode::SinglePerson);
    settings.setLanguage(language);
    settings.setValue(Settings::Key::FirstRunDone, true);
}

} // namespace mb::test
