// Measures: what can be recorded in the journal, with its range and which direction is better.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cmath>
#include <optional>

namespace mb {

enum class MeasureKind { Scale, Hours, Category, Grams, Servings, Count, Units, Milligrams, Minutes, Other };
enum class Direction { Higher, Lower, Neutral };

struct Measure {
    qint64 id = 0;
    QString key; // public vocabulary of files and the command line: [a-z][a-z0-9_]*
    QString labelEn;
    QString labelNl;
    MeasureKind kind = MeasureKind::Scale;
    QString unit; // free text for custom measures; built-ins derive theirs from the kind
    double minimum = 0;
    double maximum = 10;
    Direction direction = Direction::Neutral;
    bool builtin = false;
    int sortOrder = 0;

    // The label in a language code ("nl" or anything else for English).
    QString label(QStringView language) const { return language == u"nl" ? labelNl : labelEn; }
    bool wholeNumbersOnly() const { return kind == MeasureKind::Category || kind == MeasureKind::Count; }
    // The database's range rule: a finite number within the range, whole where the kind asks for it.
    bool accepts(double value) const
    {
        return std::isfinite(value) && value >= minimum && value <= maximum &&
               (!wholeNumbersOnly() || value == std::floor(value));
    }
};

class MeasureText {
    Q_DECLARE_TR_FUNCTIONS(MeasureText)
public:
    // "mood=11: Mood must be between 0 and 10." — the message every layer shows for a bad value.
    static std::optional<QString> validate(const Measure& measure, double value, QStringView language);
    static QString unitSymbol(const Measure& measure);
    static QString rangeText(const Measure& measure);
    static QString bristolDescription(int type);
    // "en" or "nl": the language of the installed translation, for measure labels in messages of layers that
    // have no interface language of their own (the command line follows LANG through it).
    static QString messageLanguage();
};

QString toString(MeasureKind kind);
std::optional<MeasureKind> measureKindFromString(QStringView text);
QString toString(Direction direction);
std::optional<Direction> directionFromString(QStringView text);

bool isValidMeasureKey(QStringView key);

// The built-in measures of docs/FILE_FORMATS.md "Measure keys", in display order. Their keys never change.
const QList<Measure>& builtinMeasures();

// Human-friendly number text: 7, 7.5, 0.25 (no trailing zeros, no exponent for our ranges).
QString plainNumber(double value);

} // namespace mb
