// What the import fuzzers do with one input, shared with the regression test that replays found inputs.
#pragma once

#include "core/ImportParser.h"
#include "core/Measure.h"
#include "storage/Importer.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace mb::fuzz {

// Called when a promise of the readers is broken; libFuzzer wants an abort, the Qt test an exception.
inline std::function<void(const char*)>& brokenPromiseHandler()
{
    static std::function<void(const char*)> handler = [](const char* what) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    };
    return handler;
}

inline void require(bool condition, const char* what)
{
    if (!condition)
        brokenPromiseHandler()(what);
}

inline const Measure* findMeasure(const QList<Measure>& measures, const QString& key)
{
    for (const Measure& m : measures)
        if (m.key == key)
            return &m;
    return nullptr;
}

// What every batch promises, whatever the bytes: records only with known measures and values in range
// (never clamped), valid dates, and a problem list that stays readable.
inline void checkBatch(const ImportBatch& batch, const QList<Measure>& measures)
{
    require(batch.problems.shown().size() <= ImportProblems::shownLimit, "at most shownLimit problems are kept");
    require(batch.problems.count() >= batch.problems.shown().size(), "every kept problem is counted");
    require(batch.records.size() <= batch.rows, "no more records than data rows");
    for (const ImportProblem& problem : batch.problems.shown())
        require(problem.line >= 0 && !problem.message.isEmpty(), "a problem has a line and a message");
    for (const ImportRecord& record : batch.records) {
        require(record.entry.date.isValid(), "every record has a valid date");
        require(!record.entry.time || record.entry.time->isValid(), "a record's time is valid");
        for (auto it = record.entry.values.cbegin(); it != record.entry.values.cend(); ++it) {
            const Measure* measure = findMeasure(measures, it.key());
            require(measure != nullptr, "every value belongs to a known measure");
            require(it.value() >= measure->minimum && it.value() <= measure->maximum, "values lie within range");
            require(!measure->wholeNumbersOnly() || it.value() == double(qint64(it.value())),
                    "category and count values are whole numbers");
        }
    }
}

// An in-memory database with a participant P-001, one withdrawn (P-002) and "Me", made once.
inline Store& fuzzStore()
{
    static const std::unique_ptr<Store> store = [] {
        auto s = Store::open(QStringLiteral(":memory:"));
        s->participants().add(Participant{.code = QStringLiteral("P-001")});
        s->participants().add(Participant{
            .code = QStringLiteral("P-002"), .enrolled = QDate(2024, 1, 1), .withdrawn = QDate(2024, 6, 1)});
        s->participants().add(Participant{.code = QStringLiteral("Me")});
        return s;
    }();
    return *store;
}

// Reads, checks and writes (rolled back) a file the way `import` does: a plan without problems must
// be writable, since the database's own checks are the last line and must never be the first.
inline void importOnce(const QByteArray& bytes, const ImportOptions& options)
{
    Store& store = fuzzStore();
    // The plan keeps no records (the write reads the file again): the parser's batch is checked as it is.
    const ImportBatch batch = ImportParser(store.measures().list(), options).parse(bytes);
    checkBatch(batch, store.measures().list());
    Importer importer(store);
    const ImportPlan plan = importer.prepare(bytes, QStringLiteral("fuzz.csv"), options);
    require(plan.summary.rows == batch.rows, "the summary counts the rows read");
    require(plan.summary.observations <= batch.observationCount(), "the plan writes no value the file lacks");
    if (!plan.summary.problems.isEmpty() || plan.batch.cancelled)
        return;
    Transaction undo(store.database()); // never committed: every input sees the same database
    try {
        importer.commit(plan);
    } catch (const StorageError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        require(false, "a plan without problems is written without error");
    }
}

inline void fuzzImport(const QByteArray& bytes)
{
    importOnce(bytes, ImportOptions{});
    importOnce(bytes, ImportOptions{.participant = QStringLiteral("P-001")});
}

// Daylio files with the default labels and two mapped ones; every mood lands on the 0–10 scale in steps
// of 2.5.
inline void fuzzDaylio(const QByteArray& bytes)
{
    ImportOptions options{.format = ImportFormat::Daylio, .participant = QStringLiteral("Me")};
    options.moodMap.insert(QStringLiteral("great"), 5);
    options.moodMap.insert(QStringLiteral("so-so"), 3);
    const ImportParser parser(builtinMeasures(), options);
    const ImportBatch batch = parser.parse(bytes);
    checkBatch(batch, builtinMeasures());
    for (const ImportRecord& record : batch.records) {
        require(record.participant == options.participant, "every Daylio row belongs to the given participant");
        if (record.entry.values.contains(QStringLiteral("mood"))) {
            const double level = record.entry.values.value(QStringLiteral("mood")) / 2.5 + 1;
            require(level == std::round(level) && level >= 1 && level <= 5,
                    "a Daylio mood is a level 1–5 on the 0–10 scale");
        }
    }
}

} // namespace mb::fuzz
