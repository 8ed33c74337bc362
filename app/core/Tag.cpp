// Tag names and colours checked as the schema checks them (app/storage/Migrations.cpp toVersionTags).
#include "core/Tag.h"

#include <QRegularExpression>

namespace mb {

std::optional<QString> tagNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return TagText::tr("A tag needs a name, such as “coffee”.");
    if (name != name.trimmed())
        return TagText::tr("The tag name “%1” begins or ends with a space.").arg(name);
    if (name.size() > TagRules::maxNameLength)
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
    return std::nullopt;
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
        if (!name.isEmpty() && !result.contains(name, Qt::CaseInsensitive))
            result.append(name);
    }
    return result;
}

QString joinTagNames(const QStringList& names)
{
    return names.join(TagRules::separator);
}

} // namespace mb
