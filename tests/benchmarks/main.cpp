// moodbiome-bench: measures every performance budget of docs/ARCHITECTURE.md and says ok or over, as text or --json.
#include "BenchData.h"
#include "Measurements.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <exception>

using namespace mb::bench;

namespace {

const QString allBudgets =
    QStringLiteral("startup,filter,cli,import,gui-import,switch,cohort,report,analyze,randomisation,fhir");

void say(const QString& text)
{
    std::fprintf(stderr, "moodbiome-bench: %s\n", qPrintable(text));
}

BenchSize sizeFrom(const QCommandLineParser& parser, const QCommandLineOption& observations,
                   const QCommandLineOption& participants, const QCommandLineOption& cohort)
{
    BenchSize size;
    size.observations = parseCount(parser.value(observations));
    size.participants = int(parseCount(parser.value(participants)));
    size.cohortParticipants = int(parseCount(parser.value(cohort)));
    if (size.observations <= 0 || size.participants <= 0 || size.cohortParticipants <= 0)
        throw std::invalid_argument("--observations, --participants and --cohort take counts such as 10M, 5000, 2k");
    return size;
}

// The demo generator's time against the import's: only when this run, or an earlier one, made the data.
BenchResult generation(const BenchData& data, const QList<BenchResult>& results)
{
    const auto import = std::find_if(results.cbegin(), results.cend(),
                                     [](const BenchResult& r) { return r.name.startsWith(u"import "); });
    BenchResult line{QStringLiteral("generate %1 observations with the demo generator").arg(data.observations),
                     QStringLiteral("ms"), data.generateMs};
    if (import != results.cend() && data.generateMs > 0) {
        line.baselineName = QStringLiteral("moodbiome-cli import");
        line.baseline = import->value;
        line.maxRatio = 2.0;
    } else {
        line.reference = true;
    }
    return line;
}

QList<BenchResult> measureWithData(const BenchData& data, const QStringList& wanted, int runs, int importRuns)
{
    QList<BenchResult> results;
    if (wanted.contains(u"startup"))
        results << measureStartupAndMemory(data, runs);
    if (wanted.contains(u"filter"))
        results << measureParticipantFilter(data, runs);
    if (wanted.contains(u"import"))
        results << measureImport(data, importRuns);
    results << generation(data, results);
    if (wanted.contains(u"gui-import"))
        results << measureGuiImport(data, importRuns);
    if (wanted.contains(u"switch"))
        results << measureSwitch(data, runs);
    if (wanted.contains(u"cohort"))
        results << measureCohort(data, runs);
    if (wanted.contains(u"report"))
        results << measureReport(data, runs);
    if (wanted.contains(u"analyze"))
        results << measureAnalyze(data, runs);
    if (wanted.contains(u"fhir"))
        results << measureFhirExport(data, runs);
    return results;
}

int print(const QList<BenchResult>& results, bool json)
{
    bool allOk = true;
    QJsonArray array;
    for (const BenchResult& r : results) {
        allOk = allOk && r.ok();
        array.append(r.json());
        if (!json)
            std::printf("%s\n", qPrintable(r.line()));
    }
    if (json)
        std::printf("%s", QJsonDocument(QJsonObject{{QStringLiteral("budgets"), array}, {QStringLiteral("ok"), allOk}})
                              .toJson()
                              .constData());
    return allOk ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // The in-process chart budgets need no screen; the child processes get the same platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The performance budgets of docs/ARCHITECTURE.md, as ratios."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per measurement (median)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption importRepeat(QStringLiteral("import-repeat"), QStringLiteral("Runs of the import."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where the generated data are kept."),
                                 QStringLiteral("dir"), QDir::temp().filePath(QStringLiteral("moodbiome-bench")));
    const QCommandLineOption fresh(QStringLiteral("fresh"), QStringLiteral("Generate the data again."));
    const QCommandLineOption observations(QStringLiteral("observations"),
                                          QStringLiteral("Observations in the big database (10M, 1M, 250k...)."),
                                          QStringLiteral("count"), QStringLiteral("10M"));
    const QCommandLineOption participants(QStringLiteral("participants"),
                                          QStringLiteral("Participants in the big database."), QStringLiteral("count"),
                                          QStringLiteral("5000"));
    const QCommandLineOption cohort(QStringLiteral("cohort"), QStringLiteral("Participants x 1 year in the cohort."),
                                    QStringLiteral("count"), QStringLiteral("2000"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Comma-separated subset of %1.").arg(allBudgets),
                                  QStringLiteral("list"), allBudgets);
    parser.addOptions({json, repeat, importRepeat, dir, fresh, observations, participants, cohort, only});
    parser.process(app);
    const int runs = std::max(1, parser.value(repeat).toInt());
    const QStringList wanted = parser.value(only).split(u',');

    try {
        QList<BenchResult> results;
        if (wanted.contains(u"randomisation")) // needs no generated data
            results << measureRandomisation(runs);
        if (wanted.contains(u"cli")) // nor does this
            results << measureCliStart(std::max(5, runs));
        const bool needData = std::any_of(wanted.cbegin(), wanted.cend(),
                                          [](const QString& w) { return w != u"randomisation" && w != u"cli"; });
        if (needData) {
            const BenchData data = prepareData(parser.value(dir), sizeFrom(parser, observations, participants, cohort),
                                               parser.isSet(fresh), say);
            say(QStringLiteral("%1 observations in the tidy CSV, %2 in the tenth one")
                    .arg(data.observations)
                    .arg(data.tenthObservations));
            results << measureWithData(data, wanted, runs, std::max(1, parser.value(importRepeat).toInt()));
        }
        return print(results, parser.isSet(json));
    } catch (const std::exception& e) {
        say(QString::fromUtf8(e.what()));
        return 2;
    }
}
