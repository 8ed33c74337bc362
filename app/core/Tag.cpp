// Tag names and colours checked as the schema checks them (app/storage/Migrations.cpp toVersionTags).
#include "core/Tag.h"

#include <QRegularExpression>

#include <algorithm>

namespace mb {

namespace {

// Invisible or control characters: a name made of them looks blank, or displays as something else (U+202E).
bool invisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

int tagNameLength(const QString& name)
{
    return int(name.toUcs4().size()); // characters as SQLite's length() counts them, not UTF-16 units
}

std::optional<QString> tagNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return TagText::tr("A tag needs a name, such as “coffee”.");
    if (name != name.trimmed())
        return TagText::tr("The tag name “%1” begins or ends with a space.").arg(name);
    if (tagNameLength(name) > TagRules::maxNameLength)
        return TagText::tr("The tag name “%1…” is longer than %2 characters.")
            .arg(name.left(20))
            .arg(TagRules::maxNameLength);
    for (const QChar c : name)
        if (c == u',' || c == u';' || c == u'|' || c == u'\t' || c == u'\r' || c == u'\n')
            return TagText::tr("The tag name “%1” contains “%2”; a tag name cannot contain , ; | or a tab or line "
                               "break.")
                .arg(QString(name).replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' '),
                     c == u'\t'                   ? TagText::tr("tab")
                     : (c == u'\r' || c == u'\n') ? TagText::tr("line break")
                                                  : QString(c));
    for (const char32_t c : name.toUcs4())
        if (invisible(c))
            return TagText::tr("The tag name “%1” contains an invisible or control character (U+%2).")
                .arg(name.toHtmlEscaped().left(40), QString::number(quint32(c), 16).toUpper().rightJustified(4, u'0'));
    return std::nullopt;
}

QString cleanTagName(const QString& text)
{
    QList<uint> chars = text.toUcs4();
    for (uint& c : chars)
        if (c == u',' || c == u';' || c == u'|' || invisible(c))
            c = u' ';
    QString name = QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()), chars.size()).simplified();
    const QList<uint> kept = name.toUcs4();
    if (kept.size() > TagRules::maxNameLength) // whole characters, never half a surrogate pair
        name = QString::fromUcs4(reinterpret_cast<const char32_t*>(kept.constData()), TagRules::maxNameLength);
    return name.trimmed();
}

QString tagNameKey(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

std::optional<QString> tagColourProblem(const QString& colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!pattern.match(colour).hasMatch())
        return TagText::tr("The colour “%1” is not of the form #rrggbb.").arg(colour);
    return std::nullopt;
}

QStringList splitTagNames(const QString& cell)
{
    QStringList result;
    for (const QString& part : cell.split(TagRules::separator)) {
        const QString name = part.trimmed();
        const auto same = [&](const QString& other) {
            return tagNameKey(other) == tagNameKey(name);
        };
        if (!name.isEmpty() && std::none_of(result.cbegin(), result.cend(), same))
            result.append(name);
    }
    return result;
}

QString joinTagNames(const QStringList& names)
{
    return names.join(TagRules::separator);
}

} // namespace mb
