// Storing a questionnaire response: the answers and the date are checked before the database is opened.
#include "cli/QuestionnaireAddCommand.h"

#include "cli/CliError.h"
#include "cli/DatabaseFile.h"
#include "cli/QuestionnaireCli.h"
#include "core/Clock.h"
#include "core/DateText.h"

namespace mb {

QString QuestionnaireAddCommand::summary() const
{
    return tr("Store a filled-in questionnaire for a participant, dated today unless --date is given. %1 and "
              "%2 as for score.")
        .arg(Placeholder::word(u"INSTRUMENT"), Placeholder::word(u"ITEMS"));
}

void QuestionnaireAddCommand::run(const QStringList& arguments, const ParsedArguments& parsed,
                                  CommandContext& context) const
{
    expectArguments(
        arguments, 3, 3,
        tr("a participant %1, an %2 and %3, such as P-001 phq9 0,1,2,3,0,1,2,3,1")
            .arg(Placeholder::word(u"CODE"), Placeholder::word(u"INSTRUMENT"), Placeholder::word(u"ITEMS")));
    const QString code = arguments[0];
    QuestionnaireResponse response;
    response.instrument = QuestionnaireCli::instrument(arguments[1]);
    response.answers = QuestionnaireCli::answers(response.instrument, arguments[2]);
    const auto date = parsed.value(QStringLiteral("date"));
    response.date = date ? dateOption(QStringLiteral("date"), *date) : clock().today();
    if (response.date > clock().today())
        throw CliError::input(QStringLiteral("date"),
                              tr("--date %1 lies in the future; a questionnaire is dated the day it was filled in.")
                                  .arg(isoDate(response.date)));

    const auto store = context.database.openExisting();
    response.participantId = requireParticipant(store.get(), code).id;
    response.id = blamingField(QStringLiteral("questionnaire"), [&] { return store->questionnaires().add(response); });

    const QuestionnaireScore score = scoreAnswers(response.instrument, response.answers);
    OrderedJson json{{QStringLiteral("response_id"), response.id},
                     {QStringLiteral("participant"), code},
                     {QStringLiteral("date"), isoDate(response.date)}};
    json.append(QuestionnaireCli::scoreJson(score));
    context.console.orderedResult(
        json, tr("Stored response %1 for %2 on %3.").arg(QString::number(response.id), code, isoDate(response.date)) +
                  u'\n' + QuestionnaireCli::scoreText(score));
}

} // namespace mb
