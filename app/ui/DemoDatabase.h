// The demo database: a year of made-up diaries (a probiotic period, an FMT, eleven study participants) in a
// separate, labelled file next to the default database, so the user's own database stays empty.
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace mb::DemoDatabase {

QString path();
bool isDemo(const QString& databasePath);
// Creates the demo database when there is none yet: the data are generated and written on a worker thread while
// the window shows progress. Returns the error for the user, if any; a failed attempt leaves no file behind.
std::optional<QString> ensure(QWidget* parent);

} // namespace mb::DemoDatabase
