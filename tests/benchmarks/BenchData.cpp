// Generating the databases and the CSVs with the demo generator; a fixed last day keeps them identical.
// Participants are made and written in batches, so memory stays flat however large the trial.
#include "BenchData.h"

#include "core/CsvReader.h"
#include "core/DemoGenerator.h"
#include "storage/DemoWriter.h"
#include "storage/Store.h"
#include "storage/TidyExport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>
#include <future>
#include <stdexcept>

namespace mb::bench {

namespace {

const QDate lastDay(2025, 1, 5);
constexpr int batch = 100;               // participants generated and written at a time
constexpr double daysWithAnEntry = 0.88; // the demo generator's share of days with an entry (measured)

DemoOptions demoOptions(int participants, int days, int measures, int firstIndex = 0)
{
    DemoOptions options;
    options.participants = participants;
    options.days = days;
    options.measures = measures;
    options.lastDay = lastDay;
    options.firstIndex = firstIndex;
    return options;
}

// count participants with days each, in batches, edited by change before they are written; the next batch is
// drawn on another thread while one is written.
void writeParticipants(Store& store, int count, int days, const std::function<void(DemoParticipant&)>& change)
{
    const auto draw = [&](int first) {
        QList<DemoParticipant> demo = generateDemo(demoOptions(std::min(batch, count - first), days, 1, first));
        if (change)
            std::for_each(demo.begin(), demo.end(), change);
        return demo;
    };
    std::future<QList<DemoParticipant>> next = std::async(std::launch::async, draw, 0);
    for (int first = 0; first < count; first += batch) {
        const QList<DemoParticipant> demo = next.get();
        if (first + batch < count)
            next = std::async(std::launch::async, draw, first + batch);
        writeDemo(store, demo);
    }
}

void writeBigDatabase(const QString& path, int participants, int days)
{
    removeDatabase(path);
    auto store = Store::open(path);
    writeParticipants(*store, participants, days, {});
    DemoParticipant ten = generateDemo(demoOptions(1, 3652, 6)).first();
    ten.participant.code = tenYearCode;
    writeDemo(*store, {ten});
}

void writeCohortDatabase(const QString& path, int participants)
{
    removeDatabase(path);
    // One cohort of everyone: the same probiotic from each one's own start day.
    writeParticipants(*Store::open(path), participants, 365, [](DemoParticipant& p) {
        Intervention& first = p.interventions.first();
        first.kind = InterventionKind::Probiotic;
        first.name = cohortIntervention;
        p.adherence.clear();
    });
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

// path cut at line ends into files of at most CsvReader::maxFileBytes, each with the header: a user imports a
// larger file the same way (the import reads a file whole).
QStringList splitCsv(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    const QByteArray header = in.readLine();
    QStringList parts;
    QFile out;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (!out.isOpen() || out.size() + line.size() > CsvReader::maxFileBytes - (1 << 20)) {
            out.close();
            out.setFileName(QStringLiteral("%1.part%2.csv").arg(path).arg(parts.size() + 1));
            if (!out.open(QIODevice::WriteOnly))
                throw std::runtime_error("cannot write " + out.fileName().toStdString());
            out.write(header);
            parts << out.fileName();
        }
        out.write(line);
    }
    return parts;
}

qint64 csvRows(const QString& path)
{
    qint64 rows = -1; // the header
    QFile csv(path);
    if (csv.open(QIODevice::ReadOnly))
        while (!csv.atEnd())
            rows += csv.readLine().isEmpty() ? 0 : 1;
    return rows;
}

int daysFor(const BenchSize& size, qint64 observations)
{
    return std::max(1, int(std::ceil(double(observations) / (size.participants * daysWithAnEntry))));
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

qint64 parseCount(const QString& text)
{
    QString digits = text.trimmed();
    qint64 factor = 1;
    if (digits.endsWith(u'k', Qt::CaseInsensitive))
        factor = 1'000;
    else if (digits.endsWith(u'M'))
        factor = 1'000'000;
    if (factor > 1)
        digits.chop(1);
    bool ok = false;
    const double value = digits.toDouble(&ok);
    return ok && value > 0 ? qint64(std::llround(value * double(factor))) : 0;
}

BenchData prepareData(const QString& dir, const BenchSize& size, bool fresh,
                      const std::function<void(const QString&)>& log)
{
    const QDir work(QDir(dir).filePath(QStringLiteral("%1x%2").arg(size.observations).arg(size.participants)));
    work.mkpath(QStringLiteral("."));
    BenchData data{work.path(),
                   work.filePath(QStringLiteral("big.db")),
                   work.filePath(QStringLiteral("big.csv")),
                   work.filePath(QStringLiteral("tenth.db")),
                   work.filePath(QStringLiteral("tenth.csv")),
                   work.filePath(QStringLiteral("cohort-%1.db").arg(size.cohortParticipants))};
    data.participants = size.participants;
    const QString timing = work.filePath(QStringLiteral("generate-ms.txt"));
    if (fresh || !QFile::exists(data.bigDatabase)) {
        const int days = daysFor(size, size.observations);
        log(QStringLiteral("generating %1 (%2 participants x %3 days, and %4)")
                .arg(data.bigDatabase)
                .arg(size.participants)
                .arg(days)
                .arg(tenYearCode));
        QElapsedTimer timer;
        timer.start();
        writeBigDatabase(data.bigDatabase, size.participants, days);
        QFile out(timing);
        if (out.open(QIODevice::WriteOnly))
            out.write(QByteArray::number(timer.nsecsElapsed() / 1e6));
        QFile::remove(data.bigCsv);
    }
    if (fresh || !QFile::exists(data.tenthDatabase)) {
        log(QStringLiteral("generating %1 (a tenth of the days)").arg(data.tenthDatabase));
        writeBigDatabase(data.tenthDatabase, size.participants, daysFor(size, size.observations / 10));
        QFile::remove(data.tenthCsv);
    }
    if (fresh || !QFile::exists(data.cohortDatabase)) {
        log(QStringLiteral("generating %1 (%2 participants x 1 year)")
                .arg(data.cohortDatabase)
                .arg(size.cohortParticipants));
        writeCohortDatabase(data.cohortDatabase, size.cohortParticipants);
    }
    for (const auto& [database, csv] : {std::pair{data.bigDatabase, data.bigCsv}, {data.tenthDatabase, data.tenthCsv}})
        if (!QFile::exists(csv)) {
            log(QStringLiteral("exporting %1").arg(csv));
            writeCsv(database, csv);
        }
    QFile in(timing);
    if (in.open(QIODevice::ReadOnly))
        data.generateMs = in.readAll().toDouble();
    data.observations = csvRows(data.bigCsv);
    data.bigCsvParts = QStringList{data.bigCsv};
    if (QFileInfo(data.bigCsv).size() > CsvReader::maxFileBytes) {
        log(QStringLiteral("splitting %1 into files of at most %2 MiB")
                .arg(data.bigCsv)
                .arg(CsvReader::maxFileBytes >> 20));
        data.bigCsvParts = splitCsv(data.bigCsv);
    }
    data.tenthObservations = csvRows(data.tenthCsv);
    return data;
}

} // namespace mb::bench
