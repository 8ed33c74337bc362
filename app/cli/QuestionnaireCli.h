// What `score` and `questionnaire add` share: reading INSTRUMENT and ITEMS, and showing a score.
#pragma once

#include "cli/Console.h"
#include "core/Questionnaire.h"

#include <QCoreApplication>

namespace mb {

class QuestionnaireCli {
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireCli)
public:
    // phq9, gad7, pss10 or who5 (also as PHQ-9 and the like); otherwise an input error (exit 2).
    static Instrument instrument(const QString& text);
    // "0,1,2,...", one answer per item; otherwise an input error naming the item (exit 2).
    static QList<int> answers(Instrument instrument, const QString& text);
    // "instrument","total","max","severity","flags" and, for WHO-5, "percent", in that order.
    static OrderedJson scoreJson(const QuestionnaireScore& score);
    // "PHQ-9: 11 of 27 — Moderate", then a warning line for each flag.
    static QString scoreText(const QuestionnaireScore& score);
};

} // namespace mb
