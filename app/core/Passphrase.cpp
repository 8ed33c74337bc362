// The passphrase rules of docs/SECURITY.md.
#include "core/Passphrase.h"

#include <QSet>

#include <cmath>

namespace mb {

QByteArray Passphrase::toKey(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toUtf8();
}

QString Passphrase::fromFileContents(const QByteArray& contents)
{
    QByteArray line = contents;
    if (const qsizetype end = line.indexOf('\n'); end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString Passphrase::problem(const QString& text)
{
    const qsizetype length = text.toUcs4().size();
    if (length < minimumLength)
        return tr("A passphrase needs at least %n characters.", nullptr, minimumLength);
    for (const char32_t c : text.toUcs4())
        if (QChar::category(c) == QChar::Other_Control || c == U'\u2028' || c == U'\u2029')
            return tr("A passphrase cannot contain line breaks, tabs or other control characters.");
    return {};
}

double Passphrase::estimatedBits(const QString& text)
{
    const QList<uint> points = text.toUcs4();
    bool lower = false, upper = false, digit = false, other = false;
    int effective = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const uint c = points.at(i);
        lower |= QChar::isLower(c);
        upper |= QChar::isUpper(c);
        digit |= QChar::isDigit(c);
        other |= !QChar::isLetterOrNumber(c);
        // A character that repeats the one before, or continues a run (abc, 123, cba), adds little.
        const int step = i > 0 ? int(c) - int(points.at(i - 1)) : 0;
        const bool run = i > 1 && std::abs(step) == 1 && step == int(points.at(i - 1)) - int(points.at(i - 2));
        const bool repeat = i > 0 && (step == 0 || run);
        if (!repeat)
            ++effective;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    if (pool == 0 || effective == 0)
        return 0;
    return effective * std::log2(double(pool));
}

Passphrase::Strength Passphrase::strength(const QString& text)
{
    if (text.toUcs4().size() < minimumLength)
        return Strength::TooShort;
    const double bits = estimatedBits(text);
    if (bits >= 80)
        return Strength::Strong;
    if (bits >= 50)
        return Strength::Fair;
    return Strength::Weak;
}

QString Passphrase::strengthText(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return tr("Too short");
    case Strength::Weak:
        return tr("Weak");
    case Strength::Fair:
        return tr("Fair");
    case Strength::Strong:
        break;
    }
    return tr("Strong");
}

} // namespace mb
