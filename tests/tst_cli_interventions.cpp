// moodbiome-cli intervention add/list and demo: outputs, refusals, and demo determinism.
#include "CliInProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mb;

class TestCliInterventions : public QObject {
    Q_OBJECT
private slots:
    void init();
    void addAndList();
    void refusals_data();
    void refusals();
    void demoIsDeterministic();
    void demoHasNothingLaterThanNow();
    void demoRefusesBadNumbers();

private:
    test::CliRun cli(QStringList arguments) const
    {
        return test::runCliInProcess(QStringList{QStringLiteral("--database"), m_db} + arguments, m_dir->path());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliInterventions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
    QCOMPARE(cli({QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("P-001")}).exitCode, 0);
}

void TestCliInterventions::addAndList()
{
    const auto add =
        cli({QStringLiteral("--json"), QStringLiteral("intervention"), QStringLiteral("add"), QStringLiteral("P-001"),
             QStringLiteral("--kind"), QStringLiteral("probiotic"), QStringLiteral("--name"),
             QStringLiteral("Lactobacillus rhamnosus GG"), QStringLiteral("--start"), QStringLiteral("2025-01-10"),
             QStringLiteral("--dose"), QStringLiteral("10"), QStringLiteral("--unit"), QStringLiteral("billion CFU")});
    QCOMPARE(add.exitCode, 0);
    const QJsonObject added = QJsonDocument::fromJson(add.out).object()[QStringLiteral("intervention")].toObject();
    QCOMPARE(added[QStringLiteral("kind")].toString(), QStringLiteral("probiotic"));
    QCOMPARE(added[QStringLiteral("dose")].toDouble(), 10.0);
    QVERIFY(added[QStringLiteral("end")].isNull());

    QCOMPARE(
        cli({QStringLiteral("intervention"), QStringLiteral("add"), QStringLiteral("P-001"), QStringLiteral("--kind"),
             QStringLiteral("fmt"), QStringLiteral("--name"), QStringLiteral("FMT"), QStringLiteral("--start"),
             QStringLiteral("2025-02-01"), QStringLiteral("--end"), QStringLiteral("2025-02-01")})
            .exitCode,
        0);
    const auto list = cli({QStringLiteral("--json"), QStringLiteral("intervention"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(list.out).object()[QStringLiteral("interventions")].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1].toObject()[QStringLiteral("event")].toBool(), true);
    const auto text = cli({QStringLiteral("intervention"), QStringLiteral("list"), QStringLiteral("P-001")});
    QVERIFY(text.out.contains("Lactobacillus rhamnosus GG"));
    QVERIFY(text.out.contains("ongoing"));
}

void TestCliInterventions::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("intervention"), QStringLiteral("add"), QStringLiteral("P-001"),
                           QStringLiteral("--name"), QStringLiteral("X")};
    QTest::newRow("unknown kind") << base + QStringList{QStringLiteral("--kind"), QStringLiteral("magic"),
                                                        QStringLiteral("--start"), QStringLiteral("2025-01-01")}
                                  << 2 << "Unknown kind";
    QTest::newRow("end before start") << base + QStringList{QStringLiteral("--kind"),  QStringLiteral("diet"),
                                                            QStringLiteral("--start"), QStringLiteral("2025-01-05"),
                                                            QStringLiteral("--end"),   QStringLiteral("2025-01-01")}
                                      << 2 << "before the start";
    QTest::newRow("impossible date") << base + QStringList{QStringLiteral("--kind"), QStringLiteral("diet"),
                                                           QStringLiteral("--start"), QStringLiteral("2025-02-30")}
                                     << 2 << "2025-02-30";
    QTest::newRow("missing start") << base + QStringList{QStringLiteral("--kind"), QStringLiteral("diet")} << 1
                                   << "--start";
    QTest::newRow("negative dose") << base + QStringList{QStringLiteral("--kind"),  QStringLiteral("diet"),
                                                         QStringLiteral("--start"), QStringLiteral("2025-01-01"),
                                                         QStringLiteral("--dose"),  QStringLiteral("-3")}
                                   << 2 << "-3";
    // An endless dose broke the FHIR export (not JSON) and made verify report a forgery; NaN got the wrong message.
    for (const char* dose : {"inf", "-inf", "nan", "1e309"})
        QTest::addRow("dose %s", dose) << base + QStringList{QStringLiteral("--kind"),  QStringLiteral("diet"),
                                                             QStringLiteral("--start"), QStringLiteral("2025-01-01"),
                                                             QStringLiteral("--dose"),  QString::fromLatin1(dose)}
                                       << 2
                                       << QStringLiteral("--dose “%1” is not a number").arg(QString::fromLatin1(dose));
    // 1e308 was stored: a dose the dialog's dose field (0 to 1e9) cannot show or take.
    for (const char* dose : {"1e308", "1000000001"})
        QTest::addRow("dose %s", dose) << base + QStringList{QStringLiteral("--kind"),  QStringLiteral("diet"),
                                                             QStringLiteral("--start"), QStringLiteral("2025-01-01"),
                                                             QStringLiteral("--dose"),  QString::fromLatin1(dose)}
                                       << 2 << QStringLiteral("The dose cannot be more than");
    QTest::newRow("unknown participant") << QStringList{QStringLiteral("intervention"),
                                                        QStringLiteral("add"),
                                                        QStringLiteral("P-404"),
                                                        QStringLiteral("--kind"),
                                                        QStringLiteral("diet"),
                                                        QStringLiteral("--name"),
                                                        QStringLiteral("X"),
                                                        QStringLiteral("--start"),
                                                        QStringLiteral("2025-01-01")}
                                         << 2 << "P-404";
}

void TestCliInterventions::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = test::fileBytes(m_db);
    const auto r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(test::fileBytes(m_db), before);
}

void TestCliInterventions::demoIsDeterministic()
{
    auto exportOf = [this](const QString& name, const QString& seed) -> QByteArray {
        const QString db = m_dir->filePath(name);
        const auto demo =
            test::runCliInProcess({QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("demo"),
                                   QStringLiteral("--participants"), QStringLiteral("4"), QStringLiteral("--days"),
                                   QStringLiteral("60"), QStringLiteral("--seed"), seed},
                                  m_dir->path());
        QJsonObject summary = QJsonDocument::fromJson(demo.out).object();
        if (demo.exitCode != 0 || summary[QStringLiteral("participants")].toInt() != 4)
            return QByteArray("demo failed: ") + demo.err;
        return test::runCliInProcess({QStringLiteral("--database"), db, QStringLiteral("export")}, m_dir->path()).out;
    };
    const QByteArray first = exportOf(QStringLiteral("a.sqlite"), QStringLiteral("7"));
    const QByteArray second = exportOf(QStringLiteral("b.sqlite"), QStringLiteral("7"));
    const QByteArray other = exportOf(QStringLiteral("c.sqlite"), QStringLiteral("8"));
    QVERIFY(first.startsWith("participant,date,time,measure,value,note,tags\n"));
    QVERIFY(first.count('\n') > 4 * 40 * 8); // most days recorded, about ten measures each
    QCOMPARE(first, second);
    QVERIFY(first != other);
    const auto interventions =
        test::runCliInProcess({QStringLiteral("--database"), m_dir->filePath(QStringLiteral("a.sqlite")),
                               QStringLiteral("intervention"), QStringLiteral("list")},
                              m_dir->path());
    QVERIFY(interventions.out.contains("Lactobacillus rhamnosus GG"));
    QVERIFY(interventions.out.contains("Placebo capsule"));
}

// The demo's entries are made in the evening: today's used to lie hours ahead of the clock (it is 09:30 here).
void TestCliInterventions::demoHasNothingLaterThanNow()
{
    const QString db = m_dir->filePath(QStringLiteral("now.sqlite"));
    QCOMPARE(test::runCliInProcess({QStringLiteral("--database"), db, QStringLiteral("demo"),
                                    QStringLiteral("--participants"), QStringLiteral("12"), QStringLiteral("--days"),
                                    QStringLiteral("20")},
                                   m_dir->path())
                 .exitCode,
             0);
    const QByteArray tidy =
        test::runCliInProcess({QStringLiteral("--database"), db, QStringLiteral("export")}, m_dir->path()).out;
    QVERIFY(tidy.contains(",2025-01-04,"));
    for (const QByteArray& line : tidy.split('\n').mid(1)) {
        const QList<QByteArray> cells = line.split(',');
        QVERIFY2(cells.size() < 3 || cells[1] < "2025-01-05" || (cells[1] == "2025-01-05" && cells[2] <= "09:30"),
                 line.constData());
    }
}

void TestCliInterventions::demoRefusesBadNumbers()
{
    const QByteArray before = test::fileBytes(m_db);
    const auto r = cli({QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("many")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--days"));
    QCOMPARE(test::fileBytes(m_db), before);
    // Codes P-001.. clash with the existing participant: all or nothing.
    const auto clash = cli({QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("3")});
    QCOMPARE(clash.exitCode, 2);
    QVERIFY(clash.err.contains("P-001"));
    QCOMPARE(
        cli({QStringLiteral("--json"), QStringLiteral("participant"), QStringLiteral("list")}).out.count("\"code\""),
        1);
}

QTEST_GUILESS_MAIN(TestCliInterventions)
#include "tst_cli_interventions.moc"
