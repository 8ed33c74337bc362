// Passphrases of encrypted databases: how typed text becomes the key's bytes, what is long enough, and how strong
// a passphrase looks (docs/SECURITY.md "Passphrases").
#pragma once

#include <QCoreApplication>
#include <QString>

namespace mb {

class Passphrase {
    Q_DECLARE_TR_FUNCTIONS(mb::Passphrase)
public:
    static constexpr int minimumLength = 8; // characters (code points)

    // The bytes SQLCipher gets: UTF-8 of the NFC form, so that "é" typed as one character or as e + accent is one
    // passphrase. Nothing is trimmed: spaces are part of a passphrase.
    static QByteArray toKey(const QString& text);
    // A passphrase file's contents: its first line, without the line break (\n or \r\n). Empty when the file
    // holds nothing before the first line break.
    static QString fromFileContents(const QByteArray& contents);

    // An empty string when text is acceptable as a new passphrase, else why not (too short, control characters).
    static QString problem(const QString& text);

    enum class Strength { TooShort, Weak, Fair, Strong };
    // A rough estimate from length and the kinds of characters used (lower case, upper case, digits, others), with
    // repeated characters and runs counted once: ≥ 80 bits strong, ≥ 50 fair, else weak.
    static Strength strength(const QString& text);
    static double estimatedBits(const QString& text);
    // "Weak", "Fair", "Strong", "Too short", translated.
    static QString strengthText(Strength strength);
};

} // namespace mb
