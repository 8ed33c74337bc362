// One table of placeholders, translated once.
#include "cli/Placeholder.h"

#include <QRegularExpression>

namespace mb {

namespace {

// Single letters (N, T, K, S) and URI read the same in every language and are no entries here.
constexpr const char* placeholders[] = {
    QT_TRANSLATE_NOOP("Placeholder", "FILE"),     QT_TRANSLATE_NOOP("Placeholder", "DATE"),
    QT_TRANSLATE_NOOP("Placeholder", "HH:MM"),    QT_TRANSLATE_NOOP("Placeholder", "YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Placeholder", "CODE"),     QT_TRANSLATE_NOOP("Placeholder", "NAME"),
    QT_TRANSLATE_NOOP("Placeholder", "NEW-NAME"), QT_TRANSLATE_NOOP("Placeholder", "KEY"),
    QT_TRANSLATE_NOOP("Placeholder", "VALUE"),    QT_TRANSLATE_NOOP("Placeholder", "LABEL"),
    QT_TRANSLATE_NOOP("Placeholder", "LEVEL"),    QT_TRANSLATE_NOOP("Placeholder", "INSTRUMENT"),
    QT_TRANSLATE_NOOP("Placeholder", "ITEMS"),    QT_TRANSLATE_NOOP("Placeholder", "COUNT:HASH"),
    QT_TRANSLATE_NOOP("Placeholder", "SITE"),     QT_TRANSLATE_NOOP("Placeholder", "CENTRE"),
    QT_TRANSLATE_NOOP("Placeholder", "COMMAND"),
};

const char* find(QStringView english)
{
    for (const char* p : placeholders)
        if (english == QLatin1StringView(p))
            return p;
    return nullptr;
}

} // namespace

QString Placeholder::word(QStringView english)
{
    const char* source = find(english);
    Q_ASSERT_X(source, "Placeholder::word", "not in the table");
    return source ? tr(source) : english.toString();
}

QString Placeholder::fill(QStringView pattern)
{
    // Capitals, joined by '-' or ':' (YYYY-MM-DD, HH:MM, COUNT:HASH); '=' and '.' part them (KEY=VALUE, SITE.db).
    static const QRegularExpression token(QStringLiteral(R"(\b[A-Z]+(?:[-:][A-Z]+)*\b)"));
    QString result;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = token.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += pattern.sliced(done, match.capturedStart() - done);
        const char* source = find(match.capturedView());
        result += source ? tr(source) : match.captured();
        done = match.capturedEnd();
    }
    return result + pattern.sliced(done);
}

QStringList Placeholder::english()
{
    QStringList words;
    for (const char* p : placeholders)
        words.append(QString::fromLatin1(p));
    return words;
}

} // namespace mb
