// Generating and writing the demo data off the GUI thread.
#include "ui/DemoDatabase.h"

#include "core/Clock.h"
#include "core/DemoGenerator.h"
#include "storage/DemoWriter.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/BackgroundJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>

namespace mb::DemoDatabase {

namespace {
const QString fileName = QStringLiteral("moodbiome-demo.sqlite");

void removeDatabase(const QString& file)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
}
} // namespace

QString path()
{
    return QFileInfo(Store::defaultPath()).dir().filePath(fileName);
}

bool isDemo(const QString& databasePath)
{
    return QFileInfo(databasePath).fileName() == fileName;
}

std::optional<QString> ensure(QWidget* parent)
{
    const QString file = path();
    if (QFileInfo::exists(file))
        return std::nullopt;
    std::unique_ptr<Store> schema;
    try {
        makePrivateFolders(QFileInfo(file).absolutePath()); // 0700, whatever the umask
        schema = Store::open(file);                         // the schema; the worker opens its own connection
    } catch (const StorageError& e) {
        removeDatabase(file);
        return e.message();
    }
    QProgressDialog progress(QCoreApplication::translate("DemoDatabase", "Creating the demo data…"), QString(), 0, 0,
                             parent);
    progress.setWindowTitle(QCoreApplication::translate("DemoDatabase", "Demo data"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::WindowModal);
    DemoOptions options;
    options.participants = 12;
    options.days = 365;
    options.endNow();
    options.firstIsMe = true;
    std::optional<QString> error;
    BackgroundJob job(*schema);
    schema.reset();
    QEventLoop loop;
    QObject::connect(&job, &BackgroundJob::failed, &loop, [&error](const QString& message) { error = message; });
    QObject::connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    job.start([options](Store& store) { writeDemo(store, generateDemo(options)); });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (error)
        removeDatabase(file);
    return error;
}

} // namespace mb::DemoDatabase
