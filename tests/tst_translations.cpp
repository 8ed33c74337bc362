// Fails while the Dutch translation has unfinished or missing entries, or English lacks plural forms.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data();
    void complete();

private:
    struct Problems {
        int messages = 0;
        QStringList unfinished;
        QStringList placeholderMismatch;
    };
    static Problems inspect(const QString& tsFile);
};

TestTranslations::Problems TestTranslations::inspect(const QString& tsFile)
{
    Problems p;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return p;
    QXmlStreamReader xml(&file);
    QString source;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    auto placeholders = [](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.sort();
        found.removeDuplicates();
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
            ++p.messages;
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished" ||
                                    xml.attributes().value(QStringLiteral("type")) == u"vanished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                p.unfinished << source;
            else if (placeholders(text) != placeholders(source))
                p.placeholderMismatch << source;
        }
    }
    return p;
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("extraArguments");
    QTest::newRow("nl") << "nl" << QStringList{};
    QTest::newRow("en plural forms") << "en" << QStringList{QStringLiteral("-pluralonly")};
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QFETCH(QStringList, extraArguments);
    const QString committed = QStringLiteral(MOODBIOME_SOURCE_DIR "/translations/moodbiome_%1.ts").arg(language);
    QVERIFY2(QFile::exists(committed), qPrintable(committed));

    // Run lupdate on a copy, so strings in the sources that the .ts lacks show up as unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check.ts"));
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(MOODBIOME_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-no-obsolete")} +
                      extraArguments +
                      QStringList{QStringLiteral(MOODBIOME_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    const Problems fresh = inspect(copy);
    QVERIFY(fresh.messages > 0 || language == u"en");
    QVERIFY2(fresh.unfinished.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g.: %2")
                                                        .arg(fresh.unfinished.size())
                                                        .arg(fresh.unfinished.mid(0, 8).join(QStringLiteral(" | ")))));
    QVERIFY2(fresh.placeholderMismatch.isEmpty(),
             qPrintable(QStringLiteral("placeholders differ in: %1").arg(fresh.placeholderMismatch.join(u" | "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
