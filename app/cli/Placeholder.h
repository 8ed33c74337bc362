// The words that stand for what the user types (FILE, DATE, CODE, …) in moodbiome-cli's help and messages. They
// are translated here and nowhere else, so every synopsis, summary and message of one language uses the same word:
// the Dutch help says BESTAND wherever the English says FILE. Option names (--output) are never translated.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mb {

class Placeholder {
    Q_DECLARE_TR_FUNCTIONS(Placeholder)
public:
    // One placeholder, given in English ("FILE", "YYYY-MM-DD"), in the message language.
    static QString word(QStringView english);
    // pattern, written with the English placeholders ("CODE [--date DATE] KEY=VALUE..."), with each of them in
    // the message language. Option names, lower-case words and capitals that are no placeholder stay as they are.
    static QString fill(QStringView pattern);
    // Every placeholder in English, as word() and fill() know them.
    static QStringList english();
};

} // namespace mb
