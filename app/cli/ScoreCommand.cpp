// Scoring answers given on the command line; nothing is stored and no database is opened.
#include "cli/ScoreCommand.h"

#include "cli/QuestionnaireCli.h"

namespace mb {

QString ScoreCommand::summary() const
{
    return tr("Score a questionnaire without storing it. INSTRUMENT is phq9, gad7, pss10 or who5; ITEMS are the "
              "answers in item order, such as 0,1,2,3,0,1,2,3,1.");
}

void ScoreCommand::run(const QStringList& arguments, const ParsedArguments&, CommandContext& context) const
{
    expectArguments(arguments, 2, 2, tr("an INSTRUMENT (phq9, gad7, pss10 or who5) and ITEMS, such as 0,1,2,3"));
    const Instrument instrument = QuestionnaireCli::instrument(arguments[0]);
    const QuestionnaireScore score = scoreAnswers(instrument, QuestionnaireCli::answers(instrument, arguments[1]));
    context.console.orderedResult(QuestionnaireCli::scoreJson(score), QuestionnaireCli::scoreText(score));
}

} // namespace mb
