// The one rule for participant codes.
#include "core/Participant.h"

#include <QCoreApplication>

namespace mb {

namespace {

QString hex(char16_t k)
{
    return QString::number(k, 16).toUpper().rightJustified(4, u'0');
}

// The code as a message shows it: a character that may be invisible, or look like an allowed one, by number.
QString shown(QStringView code)
{
    QString text;
    for (const QChar k : code)
        text += k.unicode() >= 0x21 && k.unicode() < 0x7F ? QString(k) : u"<U+" + hex(k.unicode()) + u'>';
    return text;
}

} // namespace

QString Participant::shownCode() const
{
    return isSelf() ? QCoreApplication::translate("Participant", "Me", "the self-tracker of single-person mode") : code;
}

std::optional<QString> participantCodeProblem(QStringView code)
{
    if (code.trimmed().isEmpty())
        return QCoreApplication::translate("Participant", "A participant needs a code, such as P-001.");
    if (code != code.trimmed())
        return QCoreApplication::translate("Participant", "The code “%1” must have no spaces at the start or end.")
            .arg(code);
    if (code.size() > 40)
        return QCoreApplication::translate("Participant", "The code “%1” is longer than 40 characters.")
            .arg(code.left(60));
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                             u == u'-' || u == u'_' || u == u'.' ||
                             // SITE/CODE: a code a coordinating centre namespaced by its site when merging.
                             (u == u'/' && code.count(u'/') == 1 && !code.startsWith(u'/') && !code.endsWith(u'/'));
        if (allowed)
            continue;
        if (u == u'/')
            return QCoreApplication::translate("Participant",
                                               "The code “%1” has a / where none can be: one / stands only between a "
                                               "site code and a code, as in SITE-A/P-001.")
                .arg(shown(code));
        return QCoreApplication::translate(
                   "Participant",
                   "The code “%1” contains U+%2; a code has only the letters A–Z and a–z, the digits 0–9 and - _ . "
                   "(and one / between a site code and a code, as in SITE-A/P-001)")
            .arg(shown(code), hex(u));
    }
    return std::nullopt;
}

} // namespace mb
