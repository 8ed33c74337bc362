// Intervention kinds as the public keys of files and the command line, and their display names.
#include "core/Intervention.h"

#include "core/Measure.h"

#include <QLocale>

#include <cmath>

namespace mb {

namespace {
struct KindKey {
    InterventionKind kind;
    const char16_t* key;
};
constexpr KindKey kindKeys[] = {
    {InterventionKind::Probiotic, u"probiotic"},
    {InterventionKind::Prebiotic, u"prebiotic"},
    {InterventionKind::Diet, u"diet"},
    {InterventionKind::Fmt, u"fmt"},
    {InterventionKind::Medication, u"medication"},
    {InterventionKind::Lifestyle, u"lifestyle"},
    {InterventionKind::Other, u"other"},
};
} // namespace

QString toString(InterventionKind kind)
{
    for (const auto& k : kindKeys)
        if (k.kind == kind)
            return QString::fromUtf16(k.key);
    return QStringLiteral("other");
}

std::optional<InterventionKind> interventionKindFromString(QStringView text)
{
    for (const auto& k : kindKeys)
        if (text == QStringView(k.key))
            return k.kind;
    return std::nullopt;
}

QList<InterventionKind> allInterventionKinds()
{
    QList<InterventionKind> kinds;
    for (const auto& k : kindKeys)
        kinds.append(k.kind);
    return kinds;
}

QString InterventionText::kindName(InterventionKind kind)
{
    switch (kind) {
    case InterventionKind::Probiotic:
        return tr("Probiotic");
    case InterventionKind::Prebiotic:
        return tr("Prebiotic");
    case InterventionKind::Diet:
        return tr("Diet");
    case InterventionKind::Fmt:
        return tr("FMT (faecal transplant)");
    case InterventionKind::Medication:
        return tr("Medication");
    case InterventionKind::Lifestyle:
        return tr("Lifestyle");
    case InterventionKind::Other:
        break;
    }
    return tr("Other");
}

std::optional<QString> InterventionText::nameProblem(const QString& name)
{
    for (qsizetype i = 0; i < name.size(); ++i)
        if (name[i].category() == QChar::Other_Control) {
            QString shown = name;
            for (QChar& c : shown)
                if (c.category() == QChar::Other_Control)
                    c = u'\uFFFD';
            return tr("The intervention name “%1” contains a control character (U+%2) at character %3.")
                .arg(shown.left(60), QString::number(name[i].unicode(), 16).toUpper().rightJustified(4, u'0'))
                .arg(i + 1);
        }
    return std::nullopt;
}

std::optional<QString> InterventionText::doseProblem(double dose)
{
    // SQLite keeps an endless REAL, JSON cannot: the audit image would read back as null (docs/THREAT_MODEL.md).
    if (!std::isfinite(dose))
        return tr("The dose must be a number, such as 10 or 2.5.");
    if (dose < 0)
        return tr("The dose cannot be negative.");
    if (dose > maximumDose)
        return tr("The dose cannot be more than %1; give a large dose in a larger unit, such as 10 billion CFU.")
            .arg(QLocale().toString(maximumDose, 'f', 0));
    return std::nullopt;
}

QString InterventionText::doseText(const Intervention& i)
{
    QStringList parts;
    if (i.dose)
        parts << QString(QLocale().toString(*i.dose, 'g', QLocale::FloatingPointShortest) + u' ' + i.unit).trimmed();
    if (!i.frequency.isEmpty())
        parts << i.frequency;
    return parts.join(QStringLiteral(", "));
}

} // namespace mb
