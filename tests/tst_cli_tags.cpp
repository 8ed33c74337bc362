// moodbiome-cli tag list/add/rename/archive and log --tag: outputs, refusals, and tags in the tidy export.
#include "CliInProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mb;

class TestCliTags : public QObject {
    Q_OBJECT
private slots:
    void init();
    void addRenameArchiveList();
    void refusals_data();
    void refusals();
    void logWithTags();

private:
    test::CliRun cli(QStringList arguments) const
    {
        return test::runCliInProcess(QStringList{QStringLiteral("--database"), m_db} + arguments, m_dir->path());
    }
    QJsonObject json(QStringList arguments) const
    {
        const auto run = cli(QStringList{QStringLiteral("--json")} + arguments);
        return QJsonDocument::fromJson(run.out).object();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliTags::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
    QCOMPARE(cli({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001")}).exitCode, 0);
}

void TestCliTags::addRenameArchiveList()
{
    const QJsonObject added = json({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("coffee"),
                                    QStringLiteral("--colour"), QStringLiteral("#aa5500")});
    QCOMPARE(added[QStringLiteral("tag")].toObject()[QStringLiteral("name")].toString(), QStringLiteral("coffee"));
    QCOMPARE(added[QStringLiteral("tag")].toObject()[QStringLiteral("colour")].toString(), QStringLiteral("#aa5500"));
    QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("run")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("RUN"), QStringLiteral("running")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("archive"), QStringLiteral("coffee")}).exitCode, 0);
    QJsonArray tags = json({QStringLiteral("tag"), QStringLiteral("list")})[QStringLiteral("tags")].toArray();
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("running"));
    tags = json({QStringLiteral("tag"), QStringLiteral("list"), QStringLiteral("--all")})[QStringLiteral("tags")]
               .toArray();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags[0].toObject()[QStringLiteral("archived")].toBool(), true);
    QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("archive"), QStringLiteral("coffee"), QStringLiteral("--undo")})
                 .exitCode,
             0);
    const auto text = cli({QStringLiteral("tag"), QStringLiteral("list")});
    QVERIFY(text.out.contains("coffee"));
    QVERIFY(text.out.contains("running"));
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);
}

void TestCliTags::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad character") << QStringList{QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("a|b")}
                                   << "cannot contain";
    QTest::newRow("bad colour") << QStringList{QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("x"),
                                               QStringLiteral("--colour"), QStringLiteral("red")}
                                << "#rrggbb";
    QTest::newRow("duplicate") << QStringList{QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("KEFIR")}
                               << "already a tag";
    QTest::newRow("rename unknown") << QStringList{QStringLiteral("tag"), QStringLiteral("rename"),
                                                   QStringLiteral("tea"), QStringLiteral("x")}
                                    << "no tag “tea”";
    QTest::newRow("log unknown tag") << QStringList{QStringLiteral("log"), QStringLiteral("P-001"),
                                                    QStringLiteral("--tag"), QStringLiteral("tea"),
                                                    QStringLiteral("mood=5")}
                                     << "no tag “tea”";
}

void TestCliTags::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("kefir")}).exitCode, 0);
    const auto run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(json({QStringLiteral("tag"), QStringLiteral("list"), QStringLiteral("--all")})[QStringLiteral("tags")]
                 .toArray()
                 .size(),
             1);
}

void TestCliTags::logWithTags()
{
    QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("coffee")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("walk")}).exitCode, 0);
    const QJsonObject logged = json({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--date"),
                                     QStringLiteral("2025-01-02"), QStringLiteral("--tag"), QStringLiteral("Coffee"),
                                     QStringLiteral("--tag"), QStringLiteral("walk"), QStringLiteral("mood=6")});
    QCOMPARE(logged[QStringLiteral("tags")].toArray(), (QJsonArray{QStringLiteral("coffee"), QStringLiteral("walk")}));
    // A tag alone is an entry too.
    QCOMPARE(cli({QStringLiteral("log"), QStringLiteral("P-001"), QStringLiteral("--date"),
                  QStringLiteral("2025-01-03"), QStringLiteral("--tag"), QStringLiteral("coffee")})
                 .exitCode,
             0);
    const auto exported = cli({QStringLiteral("export"), QStringLiteral("--raw")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains("P-001,2025-01-02,,mood,6,,coffee|walk\n"), exported.out.constData());
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliTags)
#include "tst_cli_tags.moc"
