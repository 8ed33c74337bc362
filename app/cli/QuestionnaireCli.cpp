// Checking questionnaire arguments before anything is opened, and the text and JSON of a score.
#include "cli/QuestionnaireCli.h"

#include "cli/CliError.h"

#include <QJsonArray>

namespace mb {

Instrument QuestionnaireCli::instrument(const QString& text)
{
    if (const auto instrument = instrumentFromString(text.toLower().remove(u'-')))
        return *instrument;
    QStringList codes;
    for (Instrument known : allInstruments())
        codes.append(toString(known));
    throw CliError::input(QStringLiteral("instrument"),
                          tr("Unknown instrument “%1”; use one of: %2.").arg(text, codes.join(QStringLiteral(", "))));
}

QList<int> QuestionnaireCli::answers(Instrument instrument, const QString& text)
{
    QString error;
    if (auto answers = parseAnswers(instrument, text, &error))
        return *answers;
    throw CliError::input(QStringLiteral("items"), error);
}

OrderedJson QuestionnaireCli::scoreJson(const QuestionnaireScore& score)
{
    OrderedJson json{{QStringLiteral("instrument"), toString(score.instrument)},
                     {QStringLiteral("total"), score.total},
                     {QStringLiteral("max"), score.maxTotal},
                     {QStringLiteral("severity"), score.severity},
                     {QStringLiteral("flags"), QJsonArray::fromStringList(score.flags)}};
    if (score.percent)
        json.append({QStringLiteral("percent"), *score.percent});
    return json;
}

QString QuestionnaireCli::scoreText(const QuestionnaireScore& score)
{
    QStringList lines{instrumentDefinition(score.instrument).name + QStringLiteral(": ") +
                      QuestionnaireText::scoreSummary(score)};
    for (const QString& flag : score.flags)
        lines.append(tr("Warning: %1").arg(QuestionnaireText::flagWarning(flag)));
    return lines.join(u'\n');
}

} // namespace mb
