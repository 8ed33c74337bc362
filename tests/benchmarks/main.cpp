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

void say(const QString& text)
{
    std::fprintf(stderr, "moodbiome-bench: %s\n", qPrintable(text));
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
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated subset of startup,cli,import,gui-import,switch,cohort,randomisation,fhir."),
        QStringLiteral("list"), QStringLiteral("startup,cli,import,gui-import,switch,cohort,randomisation,fhir"));
    parser.addOptions({json, repeat, importRepeat, dir, fresh, only});
    parser.process(app);
    const int runs = std::max(1, parser.value(repeat).toInt());
    const QStringList wanted = parser.value(only).split(u',');

    try {
        QList<BenchResult> results;
        if (wanted.contains(u"randomisation")) // needs no generated data
            results << measureRandomisation(runs);
        const bool needData = std::any_of(wanted.cbegin(), wanted.cend(), [](const QString& w) {
            return w == u"startup" || w == u"import" || w == u"gui-import" || w == u"switch" || w == u"cohort" ||
                   w == u"fhir";
        });
        const BenchData data = needData ? prepareData(parser.value(dir), parser.isSet(fresh), say) : BenchData{};
        if (needData)
            say(QStringLiteral("%1 observations in the tidy CSV").arg(data.observations));
        if (wanted.contains(u"startup"))
            results << measureStartupAndMemory(data, runs);
        if (wanted.contains(u"cli"))
            results << measureCliStart(std::max(5, runs));
        if (wanted.contains(u"import"))
            results << measureImport(data, std::max(1, parser.value(importRepeat).toInt()));
        if (wanted.contains(u"gui-import"))
            results << measureGuiImport(data, std::max(1, parser.value(importRepeat).toInt()));
        if (wanted.contains(u"switch"))
            results << measureSwitch(data, runs);
        if (wanted.contains(u"cohort"))
            results << measureCohort(data, runs);
        if (wanted.contains(u"fhir"))
            results << measureFhirExport(data, runs);

        bool allOk = true;
        QJsonArray array;
        for (const BenchResult& r : std::as_const(results)) {
            allOk = allOk && r.ok();
            array.append(r.json());
            if (!parser.isSet(json))
                std::printf("%s\n", qPrintable(r.line()));
        }
        if (parser.isSet(json))
            std::printf("%s",
                        QJsonDocument(QJsonObject{{QStringLiteral("budgets"), array}, {QStringLiteral("ok"), allOk}})
                            .toJson()
                            .constData());
        return allOk ? 0 : 1;
    } catch (const std::exception& e) {
        say(QString::fromUtf8(e.what()));
        return 2;
    }
}
