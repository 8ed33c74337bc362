// The four instruments as data, their published scoring rules and bands, and answer parsing.
#include "core/Questionnaire.h"

#include <QLocale>

namespace mb {

namespace {

BilingualText text(const char16_t* en, const char16_t* nl)
{
    return {QString::fromUtf16(en), QString::fromUtf16(nl)};
}

SeverityBand band(const char16_t* key, int minimum, int maximum)
{
    return {QString::fromUtf16(key), minimum, maximum};
}

// What every instrument starts with: which one it is, its names and the texts above the items.
InstrumentDefinition define(Instrument instrument, const char16_t* code, const char16_t* name, BilingualText title,
                            BilingualText recallPeriod, BilingualText instructions)
{
    InstrumentDefinition d;
    d.instrument = instrument;
    d.code = QString::fromUtf16(code);
    d.name = QString::fromUtf16(name);
    d.title = std::move(title);
    d.recallPeriod = std::move(recallPeriod);
    d.instructions = std::move(instructions);
    return d;
}

// PHQ-9 and GAD-7 share the answers and the recall period.
QList<BilingualText> frequencyAnswers()
{
    return {text(u"Not at all", u"Helemaal niet"), text(u"Several days", u"Meerdere dagen"),
            text(u"More than half the days", u"Meer dan de helft van de dagen"),
            text(u"Nearly every day", u"Bijna elke dag")};
}

BilingualText lastTwoWeeks()
{
    return text(u"Over the last 2 weeks", u"In de afgelopen 2 weken");
}

BilingualText bothered()
{
    return text(u"Over the last 2 weeks, how often have you been bothered by any of the following problems?",
                u"Hoe vaak heeft u in de afgelopen 2 weken last gehad van een of meer van de volgende problemen?");
}

// Sources are translated where they are shown (context "InstrumentSource"); citations stay as published.
const QString pfizerSource = QStringLiteral(QT_TRANSLATE_NOOP(
    "InstrumentSource",
    "Developed by Drs. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an educational grant "
    "from Pfizer Inc. No permission required to reproduce, translate, display or distribute."));

InstrumentDefinition phq9()
{
    InstrumentDefinition d =
        define(Instrument::Phq9, u"phq9", u"PHQ-9",
               text(u"Patient Health Questionnaire (PHQ-9)", u"Vragenlijst over de gezondheid van de patiënt (PHQ-9)"),
               lastTwoWeeks(), bothered());
    d.items = {
        text(u"Little interest or pleasure in doing things", u"Weinig interesse in of plezier aan dingen doen"),
        text(u"Feeling down, depressed, or hopeless", u"Zich somber, depressief of hopeloos voelen"),
        text(u"Trouble falling or staying asleep, or sleeping too much",
             u"Moeite met inslapen of doorslapen, of te veel slapen"),
        text(u"Feeling tired or having little energy", u"Zich moe voelen of weinig energie hebben"),
        text(u"Poor appetite or overeating", u"Weinig eetlust of te veel eten"),
        text(u"Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
             u"Zich slecht voelen over uzelf — of het gevoel hebben dat u een mislukkeling bent of dat u uzelf of uw "
             u"familie hebt teleurgesteld"),
        text(u"Trouble concentrating on things, such as reading the newspaper or watching television",
             u"Moeite met concentreren, bijvoorbeeld bij het lezen van de krant of het televisiekijken"),
        text(u"Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety "
             u"or restless that you have been moving around a lot more than usual",
             u"Zo langzaam bewegen of praten dat andere mensen het hadden kunnen merken? Of juist het "
             u"tegenovergestelde — zo onrustig of rusteloos zijn dat u veel meer rondliep dan gewoonlijk"),
        text(u"Thoughts that you would be better off dead or of hurting yourself in some way",
             u"Gedachten dat u beter dood zou kunnen zijn, of dat u uzelf op een of andere manier iets zou aandoen"),
    };
    d.answers = frequencyAnswers();
    d.bands = {band(u"none", 0, 4), band(u"mild", 5, 9), band(u"moderate", 10, 14), band(u"moderately_severe", 15, 19),
               band(u"severe", 20, 27)};
    d.flagItem = 9;
    d.flagKey = QStringLiteral("suicidal_ideation");
    d.direction = Direction::Lower;
    d.source = pfizerSource;
    d.citation = QStringLiteral("Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression "
                                "severity measure. J Gen Intern Med. 2001;16(9):606–613.");
    return d;
}

InstrumentDefinition gad7()
{
    InstrumentDefinition d =
        define(Instrument::Gad7, u"gad7", u"GAD-7",
               text(u"Generalized Anxiety Disorder scale (GAD-7)", u"Vragenlijst gegeneraliseerde angst (GAD-7)"),
               lastTwoWeeks(), bothered());
    d.items = {
        text(u"Feeling nervous, anxious, or on edge", u"Zich nerveus, angstig of gespannen voelen"),
        text(u"Not being able to stop or control worrying",
             u"Niet kunnen stoppen met piekeren of het piekeren niet onder controle hebben"),
        text(u"Worrying too much about different things", u"Zich te veel zorgen maken over allerlei dingen"),
        text(u"Trouble relaxing", u"Moeite met ontspannen"),
        text(u"Being so restless that it is hard to sit still", u"Zo rusteloos zijn dat stilzitten moeilijk is"),
        text(u"Becoming easily annoyed or irritable", u"Snel geërgerd of prikkelbaar zijn"),
        text(u"Feeling afraid, as if something awful might happen",
             u"Zich bang voelen, alsof er iets vreselijks zou kunnen gebeuren"),
    };
    d.answers = frequencyAnswers();
    d.bands = {band(u"minimal", 0, 4), band(u"mild", 5, 9), band(u"moderate", 10, 14), band(u"severe", 15, 21)};
    d.direction = Direction::Lower;
    d.source = pfizerSource;
    d.citation = QStringLiteral("Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing "
                                "generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092–1097.");
    return d;
}

InstrumentDefinition pss10()
{
    InstrumentDefinition d =
        define(Instrument::Pss10, u"pss10", u"PSS-10",
               text(u"Perceived Stress Scale (PSS-10)", u"Ervaren-stressschaal (PSS-10)"),
               text(u"In the last month", u"In de afgelopen maand"),
               text(u"The questions in this scale ask you about your feelings and thoughts during the last month. In "
                    u"each case, please indicate how often you felt or thought a certain way.",
                    u"De vragen in deze lijst gaan over uw gevoelens en gedachten in de afgelopen maand. Geef bij elke "
                    u"vraag aan hoe vaak u zich zo voelde of zo dacht."));
    d.items = {
        text(u"In the last month, how often have you been upset because of something that happened unexpectedly?",
             u"Hoe vaak was u de afgelopen maand van streek door iets wat onverwacht gebeurde?"),
        text(u"In the last month, how often have you felt that you were unable to control the important things in your "
             u"life?",
             u"Hoe vaak had u de afgelopen maand het gevoel dat u geen grip had op de belangrijke dingen in uw leven?"),
        text(u"In the last month, how often have you felt nervous and “stressed”?",
             u"Hoe vaak voelde u zich de afgelopen maand nerveus en “gestrest”?"),
        text(
            u"In the last month, how often have you felt confident about your ability to handle your personal "
            u"problems?",
            u"Hoe vaak had u de afgelopen maand vertrouwen in uw vermogen om uw persoonlijke problemen aan te pakken?"),
        text(u"In the last month, how often have you felt that things were going your way?",
             u"Hoe vaak had u de afgelopen maand het gevoel dat het ging zoals u wilde?"),
        text(u"In the last month, how often have you found that you could not cope with all the things that you had to "
             u"do?",
             u"Hoe vaak merkte u de afgelopen maand dat u niet alles aankon wat u moest doen?"),
        text(u"In the last month, how often have you been able to control irritations in your life?",
             u"Hoe vaak kon u de afgelopen maand ergernissen in uw leven beheersen?"),
        text(u"In the last month, how often have you felt that you were on top of things?",
             u"Hoe vaak had u de afgelopen maand het gevoel dat u de zaken de baas was?"),
        text(u"In the last month, how often have you been angered because of things that were outside of your control?",
             u"Hoe vaak was u de afgelopen maand boos om dingen waar u geen invloed op had?"),
        text(u"In the last month, how often have you felt difficulties were piling up so high that you could not "
             u"overcome them?",
             u"Hoe vaak had u de afgelopen maand het gevoel dat de moeilijkheden zich zo opstapelden dat u ze niet "
             u"meer de baas kon?"),
    };
    d.answers = {text(u"Never", u"Nooit"), text(u"Almost never", u"Bijna nooit"), text(u"Sometimes", u"Soms"),
                 text(u"Fairly often", u"Tamelijk vaak"), text(u"Very often", u"Heel vaak")};
    d.reverseScored = {4, 5, 7, 8};
    d.bands = {band(u"low", 0, 13), band(u"moderate", 14, 26), band(u"high", 27, 40)};
    d.direction = Direction::Lower;
    d.source =
        QStringLiteral(QT_TRANSLATE_NOOP("InstrumentSource", "Sheldon Cohen, Carnegie Mellon University. Free for "
                                                             "non-commercial research and education."));
    d.citation = QStringLiteral("Cohen S, Kamarck T, Mermelstein R. A global measure of perceived stress. J Health Soc "
                                "Behav. 1983;24(4):385–396.");
    return d;
}

InstrumentDefinition who5()
{
    InstrumentDefinition d =
        define(Instrument::Who5, u"who5", u"WHO-5", text(u"WHO-5 Well-Being Index", u"WHO-5-welbevindenindex"),
               text(u"Over the last two weeks", u"In de afgelopen twee weken"),
               text(u"Please indicate for each of the five statements which is closest to how you have been feeling "
                    u"over the last two weeks.",
                    u"Geef bij elk van de vijf uitspraken aan wat het best past bij hoe u zich de afgelopen twee weken "
                    u"hebt gevoeld."));
    d.items = {
        text(u"I have felt cheerful and in good spirits", u"Ik voelde me vrolijk en goedgehumeurd"),
        text(u"I have felt calm and relaxed", u"Ik voelde me rustig en ontspannen"),
        text(u"I have felt active and vigorous", u"Ik voelde me actief en energiek"),
        text(u"I woke up feeling fresh and rested", u"Ik werd fris en uitgerust wakker"),
        text(u"My daily life has been filled with things that interest me",
             u"Mijn dagelijks leven was gevuld met dingen die mij interesseren"),
    };
    d.answers = {text(u"At no time", u"Op geen enkel moment"),
                 text(u"Some of the time", u"Af en toe"),
                 text(u"Less than half of the time", u"Minder dan de helft van de tijd"),
                 text(u"More than half of the time", u"Meer dan de helft van de tijd"),
                 text(u"Most of the time", u"Het grootste deel van de tijd"),
                 text(u"All of the time", u"De hele tijd")};
    d.bands = {band(u"likely_depression", 0, 7), band(u"poor", 8, 12), band(u"adequate", 13, 25)};
    d.percentFactor = 4;
    d.direction = Direction::Higher;
    d.source = QStringLiteral(QT_TRANSLATE_NOOP("InstrumentSource",
                                                "Psychiatric Research Unit, WHO Collaborating Centre in Mental "
                                                "Health, Frederiksborg General Hospital, Hillerød, Denmark (1998). "
                                                "Free to use."));
    d.citation = QStringLiteral("Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a "
                                "systematic review of the literature. Psychother Psychosom. 2015;84(3):167–176.");
    return d;
}

const QList<InstrumentDefinition>& definitions()
{
    static const QList<InstrumentDefinition> all = {phq9(), gad7(), pss10(), who5()};
    return all;
}

QString rangeText(const InstrumentDefinition& d)
{
    return QStringLiteral("0–%1").arg(d.highestAnswer());
}

} // namespace

const SeverityBand& InstrumentDefinition::band(int total) const
{
    for (const SeverityBand& b : bands)
        if (b.contains(total))
            return b;
    return total < 0 ? bands.first() : bands.last();
}

QString InstrumentDefinition::exportKey() const
{
    return code + (percentFactor > 0 ? QStringLiteral("_percent") : QStringLiteral("_total"));
}

const QList<Instrument>& allInstruments()
{
    static const QList<Instrument> all = {Instrument::Phq9, Instrument::Gad7, Instrument::Pss10, Instrument::Who5};
    return all;
}

const InstrumentDefinition& instrumentDefinition(Instrument instrument)
{
    for (const InstrumentDefinition& d : definitions())
        if (d.instrument == instrument)
            return d;
    return definitions().first();
}

QString toString(Instrument instrument)
{
    return instrumentDefinition(instrument).code;
}

std::optional<Instrument> instrumentFromString(QStringView code)
{
    for (const InstrumentDefinition& d : definitions())
        if (code == d.code)
            return d.instrument;
    return std::nullopt;
}

std::optional<QString> checkAnswers(Instrument instrument, const QList<int>& answers)
{
    const InstrumentDefinition& d = instrumentDefinition(instrument);
    if (answers.size() < d.itemCount())
        return QuestionnaireText::tr("item %1 has no answer: %2 has %3 items, %4 answers were given")
            .arg(answers.size() + 1)
            .arg(d.name)
            .arg(d.itemCount())
            .arg(answers.size());
    if (answers.size() > d.itemCount())
        return QuestionnaireText::tr("item %1 does not exist: %2 has %3 items, %4 answers were given")
            .arg(d.itemCount() + 1)
            .arg(d.name)
            .arg(d.itemCount())
            .arg(answers.size());
    for (int i = 0; i < answers.size(); ++i)
        if (answers[i] < 0 || answers[i] > d.highestAnswer())
            return QuestionnaireText::tr("item %1: %2 is outside %3").arg(i + 1).arg(answers[i]).arg(rangeText(d));
    return std::nullopt;
}

std::optional<QList<int>> parseAnswers(Instrument instrument, QStringView text, QString* error)
{
    const InstrumentDefinition& d = instrumentDefinition(instrument);
    const auto parts = text.split(u',');
    QList<int> answers;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i].trimmed();
        bool ok = !part.isEmpty();
        for (QChar c : part)
            ok = ok && c >= u'0' && c <= u'9';
        const int value = ok ? part.toInt(&ok) : 0;
        if (!ok) {
            *error = part.isEmpty() ? QuestionnaireText::tr("item %1 has no answer").arg(i + 1)
                                    : QuestionnaireText::tr("item %1: “%2” is not a whole number from %3")
                                          .arg(QString::number(i + 1), part.toString(), rangeText(d));
            return std::nullopt;
        }
        answers.append(value);
    }
    if (auto problem = checkAnswers(instrument, answers)) {
        *error = *problem;
        return std::nullopt;
    }
    return answers;
}

QuestionnaireScore scoreAnswers(Instrument instrument, const QList<int>& answers)
{
    const InstrumentDefinition& d = instrumentDefinition(instrument);
    QuestionnaireScore score;
    score.instrument = instrument;
    score.maxTotal = d.maxTotal();
    for (int i = 0; i < answers.size(); ++i)
        score.total += d.itemScore(i + 1, answers[i]);
    score.severity = d.band(score.total).key;
    if (d.flagItem > 0 && d.flagItem <= answers.size() && answers[d.flagItem - 1] > 0)
        score.flags.append(d.flagKey);
    if (d.percentFactor > 0)
        score.percent = score.total * d.percentFactor;
    return score;
}

QString answersText(const QList<int>& answers)
{
    QStringList parts;
    for (int a : answers)
        parts.append(QString::number(a));
    return parts.join(u',');
}

QString QuestionnaireText::severityName(const QString& key)
{
    if (key == u"none")
        return tr("None or minimal");
    if (key == u"minimal")
        return tr("Minimal");
    if (key == u"mild")
        return tr("Mild");
    if (key == u"moderate")
        return tr("Moderate");
    if (key == u"moderately_severe")
        return tr("Moderately severe");
    if (key == u"severe")
        return tr("Severe");
    if (key == u"low")
        return tr("Low");
    if (key == u"high")
        return tr("High");
    if (key == u"likely_depression")
        return tr("Likely depression; assess further");
    if (key == u"poor")
        return tr("Poor well-being");
    if (key == u"adequate")
        return tr("Adequate well-being");
    return key;
}

QString QuestionnaireText::flagWarning(const QString& flagKey)
{
    if (flagKey == u"suicidal_ideation")
        return tr("Item 9 was answered above 0: thoughts of death or self-harm. This calls for a timely risk "
                  "assessment by a clinician; it is not a diagnosis.");
    return flagKey;
}

QString QuestionnaireText::crisisHelp()
{
    return tr("Are you thinking about death or about harming yourself? Talk to someone today: call your GP or your "
              "local crisis line; in an emergency call 112 or 911.");
}

QString QuestionnaireText::scoreSummary(const QuestionnaireScore& score)
{
    const QString severity = severityName(score.severity);
    if (score.percent)
        return tr("%1 of %2 (%3%) — %4").arg(score.total).arg(score.maxTotal).arg(*score.percent).arg(severity);
    return tr("%1 of %2 — %3").arg(score.total).arg(score.maxTotal).arg(severity);
}

} // namespace mb
