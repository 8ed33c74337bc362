// A tag: a yes/no fact about a day (coffee, kefir, running), one vocabulary per database (docs/FILE_FORMATS.md
// "Tags"). Names are checked here, before the database's CHECKs, so that a message can say what is wrong.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mb {

struct Tag {
    qint64 id = 0;
    QString name;
    QString colour = QStringLiteral("#4c72b0"); // #rrggbb
    bool archived = false;
    int sortOrder = 1000;

    bool operator==(const Tag&) const = default;
};

namespace TagRules {
constexpr int maxNameLength = 60;
// The separator of tag names in one CSV cell ("coffee|running").
constexpr QChar separator = u'|';
} // namespace TagRules

// Why a (trimmed) name cannot be a tag's name, or nothing when it can.
std::optional<QString> tagNameProblem(const QString& name);
// A name's length in characters (code points), as the limit and the schema count it.
int tagNameLength(const QString& name);
// Text made into a tag name (Daylio activities): separators, tabs, line breaks and invisible characters become
// spaces, runs of spaces one, cut to the longest name in whole characters. Empty when nothing is left.
QString cleanTagName(const QString& text);
// What two names are compared by: Unicode case folding of the composed form, so "Äö", "äö" and "a\u0308ö" are
// one name (SQLite's NOCASE folds ASCII only).
QString tagNameKey(const QString& name);
// Why a colour is not #rrggbb, or nothing.
std::optional<QString> tagColourProblem(const QString& colour);
// Names from one "a|b|c" cell: trimmed, empty ones dropped, duplicates (case-insensitively) dropped.
QStringList splitTagNames(const QString& cell);
// The names joined for one cell.
QString joinTagNames(const QStringList& names);

class TagText {
    Q_DECLARE_TR_FUNCTIONS(TagText)
};

} // namespace mb
