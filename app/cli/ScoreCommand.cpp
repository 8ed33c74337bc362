// Scoring answers given on the command line; nothing is stored and no database is opened.
#include "cli/ScoreCommand.h"

#include "cli/QuestionnaireCli.h"

namespace mb {

QString ScoreCommand::summary() const
{
    return tr("Score a questionnaire without storing it. %1 is phq9, gad7, pss10 or who5; %2 are the "
              "answers in item order, such as 0,1,2,3,0,1,2,3,1.")
        .arg(Placeholder::word(u"INSTRUMENT"), Placeholder::word(u"ITEMS"));
}

void ScoreCommand::run(const QStringList& arguments, const ParsedArguments&, CommandContext& context) const
{
    expectArguments(arguments, 2, 2,
                    tr("an %1 (phq9, gad7, pss10 or who5) and %2, such as 0,1,2,3")
                        .arg(Placeholder::word(u"INSTRUMENT"), Placeholder::word(u"ITEMS")));
    const Instrument instrument = QuestionnaireCli::instrument(arguments[0]);
    const QuestionnaireScore score = scoreAnswers(instrument, QuestionnaireCli::answers(instrument, arguments[1]));
    context.console.orderedResult(QuestionnaireCli::scoreJson(score), QuestionnaireCli::scoreText(score));
}

} // namespace mb
