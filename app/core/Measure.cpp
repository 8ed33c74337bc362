// The built-in measure table, kinds and directions as text, and value validation.
#include "core/Measure.h"

#include <QLocale>

#include <cmath>

namespace mb {

namespace {
struct KindName {
    MeasureKind kind;
    const char16_t* name;
};
constexpr KindName kindNames[] = {
    {MeasureKind::Scale, u"scale"}, {MeasureKind::Hours, u"hours"},       {MeasureKind::Category, u"category"},
    {MeasureKind::Grams, u"grams"}, {MeasureKind::Servings, u"servings"}, {MeasureKind::Count, u"count"},
    {MeasureKind::Units, u"units"}, {MeasureKind::Milligrams, u"mg"},     {MeasureKind::Minutes, u"minutes"},
    {MeasureKind::Other, u"other"},
};

Measure builtin(const char* key, const char* en, const char* nl, MeasureKind kind, double lo, double hi, Direction dir,
                int order)
{
    Measure m;
    m.key = QString::fromLatin1(key);
    m.labelEn = QString::fromUtf8(en);
    m.labelNl = QString::fromUtf8(nl);
    m.kind = kind;
    m.minimum = lo;
    m.maximum = hi;
    m.direction = dir;
    m.builtin = true;
    m.sortOrder = order;
    return m;
}
} // namespace

QString toString(MeasureKind kind)
{
    for (const auto& k : kindNames)
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    return QStringLiteral("other");
}

std::optional<MeasureKind> measureKindFromString(QStringView text)
{
    for (const auto& k : kindNames)
        if (text == QStringView(k.name))
            return k.kind;
    return std::nullopt;
}

QString toString(Direction direction)
{
    switch (direction) {
    case Direction::Higher:
        return QStringLiteral("higher");
    case Direction::Lower:
        return QStringLiteral("lower");
    case Direction::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

std::optional<Direction> directionFromString(QStringView text)
{
    if (text == u"higher")
        return Direction::Higher;
    if (text == u"lower")
        return Direction::Lower;
    if (text == u"neutral")
        return Direction::Neutral;
    return std::nullopt;
}

bool isValidMeasureKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 40 || key[0] < u'a' || key[0] > u'z')
        return false;
    for (QChar c : key)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    return true;
}

const QList<Measure>& builtinMeasures()
{
    using K = MeasureKind;
    using D = Direction;
    static const QList<Measure> all = {
        builtin("mood", "Mood", "Stemming", K::Scale, 0, 10, D::Higher, 10),
        builtin("stress", "Stress", "Stress", K::Scale, 0, 10, D::Lower, 20),
        builtin("anxiety", "Anxiety", "Angst", K::Scale, 0, 10, D::Lower, 30),
        builtin("energy", "Energy", "Energie", K::Scale, 0, 10, D::Higher, 40),
        builtin("sleep_quality", "Sleep quality", "Slaapkwaliteit", K::Scale, 0, 10, D::Higher, 50),
        builtin("sleep_hours", "Sleep", "Slaap", K::Hours, 0, 24, D::Neutral, 60),
        builtin("gi_discomfort", "Gut discomfort", "Darmklachten", K::Scale, 0, 10, D::Lower, 70),
        builtin("bristol", "Stool type (Bristol)", "Ontlasting (Bristol)", K::Category, 1, 7, D::Neutral, 80),
        builtin("fiber_g", "Fibre", "Vezels", K::Grams, 0, 200, D::Neutral, 90),
        builtin("fermented_servings", "Fermented foods", "Gefermenteerde voeding", K::Servings, 0, 20, D::Neutral, 100),
        builtin("fruit_veg_servings", "Fruit and vegetables", "Groente en fruit", K::Servings, 0, 30, D::Neutral, 110),
        builtin("plant_species", "Plant variety", "Plantensoorten", K::Count, 0, 100, D::Neutral, 120),
        builtin("ultra_processed_servings", "Ultra-processed food", "Ultrabewerkt voedsel", K::Servings, 0, 30,
                D::Neutral, 130),
        builtin("alcohol_units", "Alcohol", "Alcohol", K::Units, 0, 50, D::Neutral, 140),
        builtin("caffeine_mg", "Caffeine", "Cafeïne", K::Milligrams, 0, 2000, D::Neutral, 150),
        builtin("exercise_min", "Exercise", "Beweging", K::Minutes, 0, 1440, D::Neutral, 160),
    };
    return all;
}

QString plainNumber(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

std::optional<QString> MeasureText::validate(const Measure& measure, double value, QStringView language)
{
    if (measure.accepts(value))
        return std::nullopt;
    const QString label = measure.label(language);
    if (!std::isfinite(value))
        return tr("%1: %2 must be a number.").arg(measure.key, label);
    if (value < measure.minimum || value > measure.maximum)
        return tr("%1=%2: %3 must be between %4 and %5.")
            .arg(measure.key, plainNumber(value), label, plainNumber(measure.minimum), plainNumber(measure.maximum));
    if (measure.wholeNumbersOnly() && value != std::floor(value))
        return tr("%1=%2: %3 must be a whole number.").arg(measure.key, plainNumber(value), label);
    return std::nullopt;
}

QString MeasureText::unitSymbol(const Measure& measure)
{
    switch (measure.kind) {
    case MeasureKind::Scale:
        return tr("/10", "unit of a 0-10 scale");
    case MeasureKind::Hours:
        return tr("h", "unit: hours");
    case MeasureKind::Grams:
        return tr("g", "unit: grams");
    case MeasureKind::Servings:
        return tr("servings");
    case MeasureKind::Count:
        return tr("species", "unit of plant variety count");
    case MeasureKind::Units:
        return tr("units", "unit: alcohol units");
    case MeasureKind::Milligrams:
        return tr("mg", "unit: milligrams");
    case MeasureKind::Minutes:
        return tr("min", "unit: minutes");
    case MeasureKind::Category:
    case MeasureKind::Other:
        break;
    }
    return measure.unit;
}

QString MeasureText::messageLanguage()
{
    //: The language code of this translation: "nl" in Dutch. Measure labels in messages follow it.
    const QString code = tr("en", "language code");
    return code == u"nl" ? code : QStringLiteral("en");
}

QString MeasureText::rangeText(const Measure& measure)
{
    return tr("%1 to %2").arg(plainNumber(measure.minimum), plainNumber(measure.maximum));
}

QString MeasureText::bristolDescription(int type)
{
    switch (type) {
    case 1:
        return tr("Type 1: separate hard lumps, like nuts (severe constipation)");
    case 2:
        return tr("Type 2: sausage-shaped but lumpy (mild constipation)");
    case 3:
        return tr("Type 3: like a sausage with cracks on the surface (normal)");
    case 4:
        return tr("Type 4: like a smooth, soft sausage or snake (ideal)");
    case 5:
        return tr("Type 5: soft blobs with clear-cut edges (lacking fibre)");
    case 6:
        return tr("Type 6: fluffy pieces with ragged edges, mushy (mild diarrhoea)");
    case 7:
        return tr("Type 7: watery, no solid pieces, entirely liquid (severe diarrhoea)");
    default:
        break;
    }
    return {};
}

} // namespace mb
