// Generating the databases and the CSV with the demo generator; a fixed last day keeps them identical.
#include "BenchData.h"

#include "core/DemoGenerator.h"
#include "storage/DemoWriter.h"
#include "storage/Store.h"
#include "storage/TidyExport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <stdexcept>

namespace mb::bench {

namespace {

const QDate lastDay(2025, 1, 5);

DemoOptions demoOptions(int participants, int days, int measures)
{
    DemoOptions options;
    options.participants = participants;
    options.days = days;
    options.measures = measures;
    options.lastDay = lastDay;
    return options;
}

void writeBigDatabase(const QString& path)
{
    removeDatabase(path);
    QList<DemoParticipant> demo = generateDemo(demoOptions(300, 3652, 1));
    DemoParticipant ten = generateDemo(demoOptions(1, 3652, 6)).first();
    ten.participant.code = tenYearCode;
    demo.append(ten);
    writeDemo(*Store::open(path), demo);
}

void writeCohortDatabase(const QString& path)
{
    removeDatabase(path);
    QList<DemoParticipant> demo = generateDemo(demoOptions(500, 365, 1));
    // One cohort of everyone: the same probiotic from each one's own start day.
    for (DemoParticipant& p : demo) {
        Intervention& first = p.interventions.first();
        first.kind = InterventionKind::Probiotic;
        first.name = cohortIntervention;
        p.adherence.clear();
    }
    writeDemo(*Store::open(path), demo);
}

qint64 writeCsv(const QString& database, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    const qint64 rows = writeTidyExport(*Store::open(database), QString(), file, path);
    file.commit();
    return rows;
}

} // namespace

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QStringList sixMeasures()
{
    return {QStringLiteral("mood"),   QStringLiteral("stress"),      QStringLiteral("anxiety"),
            QStringLiteral("energy"), QStringLiteral("sleep_hours"), QStringLiteral("sleep_quality")};
}

BenchData prepareData(const QString& dir, bool fresh, const std::function<void(const QString&)>& log)
{
    QDir().mkpath(dir);
    BenchData data{dir, QDir(dir).filePath(QStringLiteral("big.db")), QDir(dir).filePath(QStringLiteral("big.csv")),
                   QDir(dir).filePath(QStringLiteral("cohort.db"))};
    if (fresh || !QFile::exists(data.bigDatabase)) {
        log(QStringLiteral("generating %1 (300 participants x 10 years, and %2)").arg(data.bigDatabase, tenYearCode));
        writeBigDatabase(data.bigDatabase);
        QFile::remove(data.bigCsv);
    }
    if (fresh || !QFile::exists(data.cohortDatabase)) {
        log(QStringLiteral("generating %1 (500 participants x 1 year)").arg(data.cohortDatabase));
        writeCohortDatabase(data.cohortDatabase);
    }
    if (!QFile::exists(data.bigCsv)) {
        log(QStringLiteral("exporting %1").arg(data.bigCsv));
        writeCsv(data.bigDatabase, data.bigCsv);
    }
    QFile csv(data.bigCsv);
    if (csv.open(QIODevice::ReadOnly))
        while (!csv.atEnd())
            data.observations += csv.readLine().isEmpty() ? 0 : 1;
    data.observations -= 1; // the header
    return data;
}

} // namespace mb::bench
