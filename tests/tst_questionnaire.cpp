// Questionnaire scoring: every band edge of the four instruments, PSS-10 reverse items, WHO-5 percent, the
// PHQ-9 flag, and answers refused with the item named.
#include "core/Questionnaire.h"

#include <QTest>

using namespace mb;

Q_DECLARE_METATYPE(mb::Instrument)

namespace {

// Answers that score exactly total: item scores filled from item 1 on, then turned into answers
// (a reverse-scored item scores highest - answer).
QList<int> answersFor(Instrument instrument, int total)
{
    const InstrumentDefinition& d = instrumentDefinition(instrument);
    QList<int> answers;
    for (int item = 1; item <= d.itemCount(); ++item) {
        const int score = std::min(total, d.highestAnswer());
        total -= score;
        answers.append(d.isReverseScored(item) ? d.highestAnswer() - score : score);
    }
    return answers;
}

} // namespace

class TestQuestionnaire : public QObject {
    Q_OBJECT
private slots:
    void definitionsMatchThePublishedInstruments_data();
    void definitionsMatchThePublishedInstruments();
    void bandsCoverEveryTotalOnce();
    void bandEdges_data();
    void bandEdges();
    void pssReverseItems_data();
    void pssReverseItems();
    void pssExtremes();
    void who5Percent_data();
    void who5Percent();
    void phq9Flag_data();
    void phq9Flag();
    void refusedAnswers_data();
    void refusedAnswers();
    void parsing_data();
    void parsing();
    void codesAndExportKeys();
    void summaryText();
};

void TestQuestionnaire::definitionsMatchThePublishedInstruments_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("highest");
    QTest::addColumn<int>("maxTotal");
    QTest::addColumn<QList<int>>("reverse");
    QTest::newRow("PHQ-9") << Instrument::Phq9 << 9 << 3 << 27 << QList<int>{};
    QTest::newRow("GAD-7") << Instrument::Gad7 << 7 << 3 << 21 << QList<int>{};
    QTest::newRow("PSS-10") << Instrument::Pss10 << 10 << 4 << 40 << QList<int>{4, 5, 7, 8};
    QTest::newRow("WHO-5") << Instrument::Who5 << 5 << 5 << 25 << QList<int>{};
}

void TestQuestionnaire::definitionsMatchThePublishedInstruments()
{
    QFETCH(Instrument, instrument);
    QFETCH(int, items);
    QFETCH(int, highest);
    QFETCH(int, maxTotal);
    QFETCH(QList<int>, reverse);
    const InstrumentDefinition& d = instrumentDefinition(instrument);
    QVERIFY(d.instrument == instrument);
    QCOMPARE(d.itemCount(), items);
    QCOMPARE(d.highestAnswer(), highest);
    QCOMPARE(d.maxTotal(), maxTotal);
    QCOMPARE(d.reverseScored, reverse);
    // Both languages complete: items, answers, title, recall period, instructions; source and citation shown.
    for (const auto& texts : {d.items, d.answers, QList<BilingualText>{d.title, d.recallPeriod, d.instructions}})
        for (const BilingualText& t : texts) {
            QVERIFY2(!t.en.trimmed().isEmpty(), qPrintable(d.name));
            QVERIFY2(!t.nl.trimmed().isEmpty(), qPrintable(t.en));
            QVERIFY2(t.en != t.nl, qPrintable(t.en));
            QCOMPARE(t.in(u"nl"), t.nl);
            QCOMPARE(t.in(u"en"), t.en);
        }
    QVERIFY(!d.source.isEmpty());
    QVERIFY(!d.citation.isEmpty());
    // None of the Dutch wordings could be checked against an official version: labelled unofficial.
    QVERIFY(!d.officialDutch);
}

void TestQuestionnaire::bandsCoverEveryTotalOnce()
{
    for (Instrument instrument : allInstruments()) {
        const InstrumentDefinition& d = instrumentDefinition(instrument);
        QCOMPARE(d.bands.first().minimum, 0);
        QCOMPARE(d.bands.last().maximum, d.maxTotal());
        for (int total = 0; total <= d.maxTotal(); ++total) {
            int containing = 0;
            for (const SeverityBand& band : d.bands)
                containing += band.contains(total) ? 1 : 0;
            QVERIFY2(containing == 1, qPrintable(QStringLiteral("%1 total %2").arg(d.name).arg(total)));
        }
    }
}

void TestQuestionnaire::bandEdges_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("severity");
    struct Edge {
        Instrument instrument;
        const char* name;
        int total;
        const char* severity;
    };
    // The published bands of the issue, both ends of each band.
    const Edge edges[] = {
        {Instrument::Phq9, "phq9", 0, "none"},
        {Instrument::Phq9, "phq9", 4, "none"},
        {Instrument::Phq9, "phq9", 5, "mild"},
        {Instrument::Phq9, "phq9", 9, "mild"},
        {Instrument::Phq9, "phq9", 10, "moderate"},
        {Instrument::Phq9, "phq9", 14, "moderate"},
        {Instrument::Phq9, "phq9", 15, "moderately_severe"},
        {Instrument::Phq9, "phq9", 19, "moderately_severe"},
        {Instrument::Phq9, "phq9", 20, "severe"},
        {Instrument::Phq9, "phq9", 27, "severe"},
        {Instrument::Gad7, "gad7", 0, "minimal"},
        {Instrument::Gad7, "gad7", 4, "minimal"},
        {Instrument::Gad7, "gad7", 5, "mild"},
        {Instrument::Gad7, "gad7", 9, "mild"},
        {Instrument::Gad7, "gad7", 10, "moderate"},
        {Instrument::Gad7, "gad7", 14, "moderate"},
        {Instrument::Gad7, "gad7", 15, "severe"},
        {Instrument::Gad7, "gad7", 21, "severe"},
        {Instrument::Pss10, "pss10", 0, "low"},
        {Instrument::Pss10, "pss10", 13, "low"},
        {Instrument::Pss10, "pss10", 14, "moderate"},
        {Instrument::Pss10, "pss10", 26, "moderate"},
        {Instrument::Pss10, "pss10", 27, "high"},
        {Instrument::Pss10, "pss10", 40, "high"},
        {Instrument::Who5, "who5", 0, "likely_depression"},
        {Instrument::Who5, "who5", 7, "likely_depression"},
        {Instrument::Who5, "who5", 8, "poor"},
        {Instrument::Who5, "who5", 12, "poor"},
        {Instrument::Who5, "who5", 13, "adequate"},
        {Instrument::Who5, "who5", 25, "adequate"},
    };
    for (const Edge& e : edges)
        QTest::addRow("%s %d", e.name, e.total) << e.instrument << e.total << QString::fromLatin1(e.severity);
}

void TestQuestionnaire::bandEdges()
{
    QFETCH(Instrument, instrument);
    QFETCH(int, total);
    QFETCH(QString, severity);
    const QList<int> answers = answersFor(instrument, total);
    QCOMPARE(checkAnswers(instrument, answers), std::nullopt);
    const QuestionnaireScore score = scoreAnswers(instrument, answers);
    QVERIFY(score.instrument == instrument);
    QCOMPARE(score.total, total);
    QCOMPARE(score.maxTotal, instrumentDefinition(instrument).maxTotal());
    QCOMPARE(score.severity, severity);
    QCOMPARE(instrumentDefinition(instrument).band(total).key, severity);
}

void TestQuestionnaire::pssReverseItems_data()
{
    QTest::addColumn<int>("item");
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("points");
    for (int item = 1; item <= 10; ++item) {
        const bool reverse = item == 4 || item == 5 || item == 7 || item == 8;
        for (int answer = 0; answer <= 4; ++answer)
            QTest::addRow("item %d answer %d", item, answer) << item << answer << (reverse ? 4 - answer : answer);
    }
}

void TestQuestionnaire::pssReverseItems()
{
    QFETCH(int, item);
    QFETCH(int, answer);
    QFETCH(int, points);
    // Every other item answered so that it scores 0: "never" (0), or "very often" (4) where reversed.
    QList<int> answers{0, 0, 0, 4, 4, 0, 4, 4, 0, 0};
    answers[item - 1] = answer;
    QCOMPARE(scoreAnswers(Instrument::Pss10, answers).total, points);
}

void TestQuestionnaire::pssExtremes()
{
    QCOMPARE(scoreAnswers(Instrument::Pss10, QList<int>(10, 0)).total, 16);
    QCOMPARE(scoreAnswers(Instrument::Pss10, QList<int>(10, 4)).total, 24);
    QCOMPARE(scoreAnswers(Instrument::Pss10, {4, 4, 4, 0, 0, 4, 0, 0, 4, 4}).total, 40);
    QCOMPARE(scoreAnswers(Instrument::Pss10, {4, 4, 4, 0, 0, 4, 0, 0, 4, 4}).severity, QStringLiteral("high"));
}

void TestQuestionnaire::who5Percent_data()
{
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<int>("raw");
    QTest::addColumn<int>("percent");
    QTest::newRow("nothing") << QList<int>{0, 0, 0, 0, 0} << 0 << 0;
    QTest::newRow("7") << QList<int>{2, 2, 1, 1, 1} << 7 << 28;
    QTest::newRow("8") << QList<int>{2, 2, 2, 1, 1} << 8 << 32;
    QTest::newRow("13") << QList<int>{3, 3, 3, 2, 2} << 13 << 52;
    QTest::newRow("everything") << QList<int>{5, 5, 5, 5, 5} << 25 << 100;
}

void TestQuestionnaire::who5Percent()
{
    QFETCH(QList<int>, answers);
    QFETCH(int, raw);
    QFETCH(int, percent);
    const QuestionnaireScore score = scoreAnswers(Instrument::Who5, answers);
    QCOMPARE(score.total, raw);
    QCOMPARE(score.percent, std::optional<int>(percent));
    QCOMPARE(score.exportValue(), percent);
    QCOMPARE(instrumentDefinition(Instrument::Who5).exportValue(raw), percent);
    QVERIFY(score.flags.isEmpty());
    // No other instrument has a percentage.
    QCOMPARE(scoreAnswers(Instrument::Gad7, QList<int>(7, 1)).percent, std::nullopt);
    QCOMPARE(scoreAnswers(Instrument::Gad7, QList<int>(7, 1)).exportValue(), 7);
}

void TestQuestionnaire::phq9Flag_data()
{
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<QStringList>("flags");
    const QStringList flag{QStringLiteral("suicidal_ideation")};
    QTest::newRow("item 9 is 0") << QList<int>{3, 3, 3, 3, 3, 3, 3, 3, 0} << QStringList{};
    QTest::newRow("item 9 is 1") << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 1} << flag;
    QTest::newRow("item 9 is 2") << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 2} << flag;
    QTest::newRow("item 9 is 3") << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 3} << flag;
    QTest::newRow("issue example") << QList<int>{0, 1, 2, 3, 0, 1, 2, 1, 1} << flag;
}

void TestQuestionnaire::phq9Flag()
{
    QFETCH(QList<int>, answers);
    QFETCH(QStringList, flags);
    QCOMPARE(scoreAnswers(Instrument::Phq9, answers).flags, flags);
    // The other instruments raise no flag, whatever their last item says.
    QVERIFY(scoreAnswers(Instrument::Gad7, QList<int>(7, 3)).flags.isEmpty());
    QVERIFY(scoreAnswers(Instrument::Pss10, QList<int>(10, 4)).flags.isEmpty());
    QVERIFY(scoreAnswers(Instrument::Who5, QList<int>(5, 0)).flags.isEmpty());
}

void TestQuestionnaire::refusedAnswers_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<QString>("message");
    QTest::newRow("phq9 too few") << Instrument::Phq9 << QList<int>(8, 0)
                                  << QStringLiteral("item 9 has no answer: PHQ-9 has 9 items, 8 answers were given");
    QTest::newRow("phq9 too many") << Instrument::Phq9 << QList<int>(10, 0)
                                   << QStringLiteral(
                                          "item 10 does not exist: PHQ-9 has 9 items, 10 answers were given");
    QTest::newRow("none at all") << Instrument::Who5 << QList<int>{}
                                 << QStringLiteral("item 1 has no answer: WHO-5 has 5 items, 0 answers were given");
    QTest::newRow("phq9 above 3") << Instrument::Phq9 << QList<int>{0, 1, 4, 0, 0, 0, 0, 0, 0}
                                  << QStringLiteral("item 3: 4 is outside 0–3");
    QTest::newRow("phq9 negative") << Instrument::Phq9 << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, -1}
                                   << QStringLiteral("item 9: -1 is outside 0–3");
    QTest::newRow("gad7 above 3") << Instrument::Gad7 << QList<int>{0, 0, 0, 0, 0, 0, 9}
                                  << QStringLiteral("item 7: 9 is outside 0–3");
    QTest::newRow("pss10 above 4") << Instrument::Pss10 << QList<int>{0, 0, 0, 0, 5, 0, 0, 0, 0, 0}
                                   << QStringLiteral("item 5: 5 is outside 0–4");
    QTest::newRow("who5 above 5") << Instrument::Who5 << QList<int>{6, 0, 0, 0, 0}
                                  << QStringLiteral("item 1: 6 is outside 0–5");
}

void TestQuestionnaire::refusedAnswers()
{
    QFETCH(Instrument, instrument);
    QFETCH(QList<int>, answers);
    QFETCH(QString, message);
    QCOMPARE(checkAnswers(instrument, answers), std::optional<QString>(message));
}

void TestQuestionnaire::parsing_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("answers"); // empty: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("plain") << Instrument::Phq9 << QStringLiteral("0,1,2,3,0,1,2,1,1")
                           << QList<int>{0, 1, 2, 3, 0, 1, 2, 1, 1} << QString();
    QTest::newRow("spaces") << Instrument::Who5 << QStringLiteral(" 5, 4 ,3,2 , 1 ") << QList<int>{5, 4, 3, 2, 1}
                            << QString();
    QTest::newRow("letter") << Instrument::Phq9 << QStringLiteral("0,1,x,3,0,1,2,1,1") << QList<int>{}
                            << QStringLiteral("item 3: “x” is not a whole number from 0–3");
    QTest::newRow("decimal") << Instrument::Gad7 << QStringLiteral("0,1.5,0,0,0,0,0") << QList<int>{}
                             << QStringLiteral("item 2: “1.5” is not a whole number from 0–3");
    QTest::newRow("sign") << Instrument::Gad7 << QStringLiteral("0,0,0,+1,0,0,0") << QList<int>{}
                          << QStringLiteral("item 4: “+1” is not a whole number from 0–3");
    QTest::newRow("empty item") << Instrument::Phq9 << QStringLiteral("0,,2,3,0,1,2,1,1") << QList<int>{}
                                << QStringLiteral("item 2 has no answer");
    QTest::newRow("empty text") << Instrument::Who5 << QString() << QList<int>{}
                                << QStringLiteral("item 1 has no answer");
    QTest::newRow("too few") << Instrument::Pss10 << QStringLiteral("1,2,3") << QList<int>{}
                             << QStringLiteral("item 4 has no answer: PSS-10 has 10 items, 3 answers were given");
    QTest::newRow("out of range") << Instrument::Phq9 << QStringLiteral("0,1,4,3,0,1,2,1,1") << QList<int>{}
                                  << QStringLiteral("item 3: 4 is outside 0–3");
}

void TestQuestionnaire::parsing()
{
    QFETCH(Instrument, instrument);
    QFETCH(QString, text);
    QFETCH(QList<int>, answers);
    QFETCH(QString, error);
    QString problem;
    const auto parsed = parseAnswers(instrument, text, &problem);
    QCOMPARE(problem, error);
    QCOMPARE(parsed.has_value(), error.isEmpty());
    if (parsed) {
        QCOMPARE(*parsed, answers);
        QCOMPARE(answersText(*parsed), answersText(answers));
    }
}

void TestQuestionnaire::codesAndExportKeys()
{
    const QStringList codes{QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("pss10"),
                            QStringLiteral("who5")};
    const QStringList keys{QStringLiteral("phq9_total"), QStringLiteral("gad7_total"), QStringLiteral("pss10_total"),
                           QStringLiteral("who5_percent")};
    QCOMPARE(allInstruments().size(), 4);
    for (int i = 0; i < allInstruments().size(); ++i) {
        const Instrument instrument = allInstruments()[i];
        QCOMPARE(toString(instrument), codes[i]);
        QCOMPARE(instrumentFromString(codes[i]), std::optional<Instrument>(instrument));
        QCOMPARE(instrumentDefinition(instrument).exportKey(), keys[i]);
        QVERIFY(isValidMeasureKey(keys[i]));
    }
    QCOMPARE(instrumentFromString(u"PHQ9"), std::nullopt);
    QCOMPARE(instrumentFromString(u"bdi"), std::nullopt);
    QCOMPARE(answersText({0, 1, 2}), QStringLiteral("0,1,2"));
}

void TestQuestionnaire::summaryText()
{
    QCOMPARE(QuestionnaireText::scoreSummary(scoreAnswers(Instrument::Phq9, {0, 1, 2, 3, 0, 1, 2, 1, 1})),
             QStringLiteral("11 of 27 — Moderate"));
    QCOMPARE(QuestionnaireText::scoreSummary(scoreAnswers(Instrument::Who5, {3, 3, 3, 2, 2})),
             QStringLiteral("13 of 25 (52%) — Adequate well-being"));
    QCOMPARE(QuestionnaireText::flagWarning(QStringLiteral("suicidal_ideation")),
             QStringLiteral("Item 9 was answered above 0: thoughts of death or self-harm. This calls for a timely risk "
                            "assessment by a clinician; it is not a diagnosis."));
    for (Instrument instrument : allInstruments())
        for (const SeverityBand& band : instrumentDefinition(instrument).bands)
            QVERIFY2(QuestionnaireText::severityName(band.key) != band.key, qPrintable(band.key));
}

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
