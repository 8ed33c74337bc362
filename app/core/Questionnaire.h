// Validated questionnaires (PHQ-9, GAD-7, PSS-10, WHO-5): item texts in English and Dutch, scoring, bands,
// flags.
#pragma once

#include "core/Measure.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mb {

enum class Instrument { Phq9, Gad7, Pss10, Who5 };

// A text of the instrument itself, fixed wording in both languages (like a measure's labels).
struct BilingualText {
    QString en;
    QString nl;
    // "nl" gives the Dutch text, anything else the English one.
    const QString& in(QStringView language) const { return language == u"nl" ? nl : en; }
};

// A severity band on the raw total, both ends inclusive.
struct SeverityBand {
    QString key; // public vocabulary: "moderately_severe"
    int minimum = 0;
    int maximum = 0;
    bool contains(int total) const { return total >= minimum && total <= maximum; }
};

struct InstrumentDefinition {
    Instrument instrument = Instrument::Phq9;
    QString code;                           // "phq9": the key in the database, files and the command line
    QString name;                           // "PHQ-9"
    BilingualText title;                    // "Patient Health Questionnaire (PHQ-9)"
    BilingualText recallPeriod;             // "Over the last 2 weeks"
    BilingualText instructions;             // the question the items answer
    QList<BilingualText> items;             // in order; item n is items[n - 1]
    QList<BilingualText> answers;           // answer value v is answers[v]; values run from 0
    QList<int> reverseScored;               // 1-based item numbers scored as (highest answer - answer)
    QList<SeverityBand> bands;              // on the raw total, covering 0 to maxTotal() without gaps
    int percentFactor = 0;                  // WHO-5: the raw total times 4 is the percentage score; 0 = none
    int flagItem = 0;                       // 1-based item that raises flagKey when answered above 0; 0 = none
    QString flagKey;                        // "suicidal_ideation"
    Direction direction = Direction::Lower; // which way is better, as for measures
    QString source;                         // who made it and on what terms, in English; shown translated
                                            // (QCoreApplication::translate("InstrumentSource", source))
    QString citation;                       // the validation paper
    bool officialDutch = false;             // false: the Dutch texts are our own faithful translation

    int itemCount() const { return int(items.size()); }
    int highestAnswer() const { return int(answers.size()) - 1; }
    int maxTotal() const { return itemCount() * highestAnswer(); }
    bool isReverseScored(int item) const { return reverseScored.contains(item); }
    // The points an answer gives, with reverse scoring applied.
    int itemScore(int item, int answer) const { return isReverseScored(item) ? highestAnswer() - answer : answer; }
    const SeverityBand& band(int total) const;
    // The measure key of its total in exports and charts: phq9_total, gad7_total, pss10_total, who5_percent.
    QString exportKey() const;
    // The value exported and charted for a raw total: the total, or for WHO-5 the percentage.
    int exportValue(int total) const { return percentFactor > 0 ? total * percentFactor : total; }
};

struct QuestionnaireScore {
    Instrument instrument = Instrument::Phq9;
    int total = 0; // raw total, reverse scoring applied
    int maxTotal = 0;
    QString severity;           // band key
    QStringList flags;          // "suicidal_ideation"
    std::optional<int> percent; // WHO-5 only: total × 4

    // The value exported and charted under the instrument's export key.
    int exportValue() const { return percent.value_or(total); }
};

// The clinician's acknowledgement of a safety flag.
struct FlagAcknowledgement {
    QDateTime atUtc;
    QString by;   // operating-system user who acknowledged
    QString note; // the clinician's note: assessment made, action taken
    bool operator==(const FlagAcknowledgement&) const = default;
};

// One filled-in questionnaire of a participant.
struct QuestionnaireResponse {
    qint64 id = 0;
    qint64 participantId = 0;
    Instrument instrument = Instrument::Phq9;
    QDate date;      // the local date it was filled in
    QDateTime atUtc; // when it was recorded
    QList<int> answers;
    // Derived from the answers when stored:
    int total = 0;
    QString severity;
    bool flagged = false;
    std::optional<FlagAcknowledgement> acknowledgement;
    bool deleted = false;

    bool needsAcknowledgement() const { return flagged && !acknowledgement && !deleted; }
};

const QList<Instrument>& allInstruments();
const InstrumentDefinition& instrumentDefinition(Instrument instrument);
QString toString(Instrument instrument);
std::optional<Instrument> instrumentFromString(QStringView code);

// The first problem with a complete set of answers, naming the item ("item 3: 4 is outside 0–3"),
// or nothing when every answer is acceptable.
std::optional<QString> checkAnswers(Instrument instrument, const QList<int>& answers);
// Reads answers written as "0,1,2,3" (spaces around numbers allowed); on failure returns nothing and
// sets error to a message naming the item.
std::optional<QList<int>> parseAnswers(Instrument instrument, QStringView text, QString* error);
// Scores answers that checkAnswers accepted.
QuestionnaireScore scoreAnswers(Instrument instrument, const QList<int>& answers);

QString answersText(const QList<int>& answers); // "0,1,2"

class QuestionnaireText {
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireText)
public:
    static QString severityName(const QString& key);
    // The warning shown for a flag; responsibly worded: a call for assessment, not a diagnosis.
    static QString flagWarning(const QString& flagKey);
    // Where to turn now, shown with a flag to the person it is about (the questionnaire form, single-person mode):
    // in English neutral about the country; the Dutch text names 113 Zelfmoordpreventie.
    static QString crisisHelp();
    // "11 of 27 — Moderate" or, for WHO-5, "13 of 25 (52%) — Adequate well-being".
    static QString scoreSummary(const QuestionnaireScore& score);
};

} // namespace mb
