// Plain sentences for Insights rows, in the user's language and number format.
#include "core/InsightsText.h"

#include "core/AnalysisText.h"

#include <cmath>

namespace mb {

namespace {

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

QString number(std::optional<double> value, const QLocale& locale)
{
    return AnalysisText::number(value, locale, 2);
}

QString heldUp(const InsightRow& row, int tests)
{
    if (*row.pAdjusted < InsightsText::threshold)
        return InsightsText::tr("this held up after testing %n factor(s).", "", tests);
    if (*row.p < InsightsText::threshold)
        return InsightsText::tr("after testing %n factor(s) this may well be chance.", "", tests);
    return InsightsText::tr("this may well be chance.");
}

QString tagSentence(const InsightRow& row, const Measure& outcome, int tests, const QLocale& locale)
{
    const double difference = *row.difference;
    const bool higher = difference >= 0;
    const QString amount = InsightsText::amount(std::abs(difference), outcome, locale);
    const QString lower = AnalysisText::number(higher ? *row.ciLower : -*row.ciUpper, locale, 1);
    const QString upper = AnalysisText::number(higher ? *row.ciUpper : -*row.ciLower, locale, 1);
    const QString measure = lowerFirst(AnalysisText::measureLabel(outcome, locale));
    QString when;
    if (row.lag == 0)
        when = InsightsText::tr("On days with %1").arg(row.label);
    else if (row.lag == 1)
        when = InsightsText::tr("On days after %1").arg(row.label);
    else
        when = InsightsText::tr("%n day(s) after %1", "", row.lag).arg(row.label);
    const QString change = higher ? InsightsText::tr("%1 your %2 was %3 higher (95% CI %4 to %5); %6")
                                  : InsightsText::tr("%1 your %2 was %3 lower (95% CI %4 to %5); %6");
    return change.arg(when, measure, amount, lower, upper, heldUp(row, tests));
}

QString measureSentence(const InsightRow& row, const Measure& outcome, int tests, const QLocale& locale)
{
    const QString measure = lowerFirst(AnalysisText::measureLabel(outcome, locale));
    const QString factor = lowerFirst(row.label);
    QString when;
    if (row.lag == 0)
        when = InsightsText::tr("on the same day");
    else if (row.lag == 1)
        when = InsightsText::tr("the next day");
    else
        when = InsightsText::tr("%n day(s) later", "", row.lag);
    const QString interval =
        row.ciLower
            ? InsightsText::tr(", 95% CI %1 to %2").arg(number(row.ciLower, locale), number(row.ciUpper, locale))
            : QString();
    const QString text = *row.r >= 0 ? InsightsText::tr("The more %1, the higher your %2 %3 (r = %4%5); %6")
                                     : InsightsText::tr("The more %1, the lower your %2 %3 (r = %4%5); %6");
    return text.arg(factor, measure, when, number(row.r, locale), interval, heldUp(row, tests));
}

QString missingSentence(const InsightRow& row)
{
    if (row.status == InsightRow::Status::NoVariation)
        return InsightsText::tr("%1 (%2): the values do not vary, so there is nothing to test.")
            .arg(row.label, InsightsText::lagText(row.lag));
    if (row.kind == InsightRow::Kind::Tag)
        return InsightsText::tr("%1 (%2): not enough days (%3 with, %4 without; at least %5 of each are needed).")
            .arg(row.label, InsightsText::lagText(row.lag))
            .arg(row.nWith)
            .arg(row.nWithout)
            .arg(minimumInsightDays);
    return InsightsText::tr("%1 (%2): not enough days (%3 pairs of days; at least %4 are needed).")
        .arg(row.label, InsightsText::lagText(row.lag))
        .arg(row.n)
        .arg(minimumInsightDays);
}

} // namespace

QString InsightsText::sentence(const InsightRow& row, const Measure& outcome, int tests, const QLocale& locale)
{
    if (!row.hasP() || !row.pAdjusted)
        return missingSentence(row);
    if (row.kind == InsightRow::Kind::Tag && row.difference && row.ciLower && row.ciUpper)
        return tagSentence(row, outcome, tests, locale);
    if (row.kind == InsightRow::Kind::Measure && row.r)
        return measureSentence(row, outcome, tests, locale);
    return missingSentence(row);
}

QStringList InsightsText::headline(const InsightsResult& result, const Measure& outcome, const QLocale& locale)
{
    QStringList lines;
    for (const InsightRow& row : result.rows) {
        if (lines.size() == headlineRows || !row.pAdjusted || *row.pAdjusted >= threshold)
            break; // sorted by adjusted p
        lines << sentence(row, outcome, result.tests, locale);
    }
    if (lines.isEmpty()) {
        const QString measure = lowerFirst(AnalysisText::measureLabel(outcome, locale));
        lines << (result.tests == 0 ? tr("There is not enough data yet to compare days with and without a tag.")
                                    : tr("Nothing stands out after testing %n factor(s): no tag or measure goes with "
                                         "a clearly different %1.",
                                         "", result.tests)
                                          .arg(measure));
    }
    return lines;
}

QString InsightsText::caveat()
{
    return tr("These are associations in your own diary, not proof of cause: days with a tag may differ in other "
              "ways too. To find out whether something really helps you, plan a randomised N-of-1 trial.");
}

QString InsightsText::lagText(int lag)
{
    return lag == 0 ? tr("same day") : tr("%n day(s) later", "", lag);
}

QString InsightsText::kindText(InsightRow::Kind kind)
{
    return kind == InsightRow::Kind::Tag ? tr("Tag") : tr("Measure");
}

QString InsightsText::statusText(InsightRow::Status status)
{
    switch (status) {
    case InsightRow::Status::Computed:
        return {};
    case InsightRow::Status::NotEnoughDays:
        return tr("not enough days");
    case InsightRow::Status::NoVariation:
        break;
    }
    return tr("no variation");
}

QString InsightsText::amount(double value, const Measure& outcome, const QLocale& locale)
{
    const QString shown = AnalysisText::number(value, locale, 1);
    if (outcome.kind == MeasureKind::Scale)
        return tr("%1 points").arg(shown);
    const QString unit = MeasureText::unitSymbol(outcome);
    return unit.isEmpty() ? shown : QStringLiteral("%1 %2").arg(shown, unit);
}

QString InsightsText::pText(std::optional<double> p, const QLocale& locale)
{
    if (!p)
        return QStringLiteral("—");
    if (*p < 0.001)
        return QStringLiteral("< ") + locale.toString(0.001, 'f', 3);
    return locale.toString(*p, 'f', 3);
}

} // namespace mb
