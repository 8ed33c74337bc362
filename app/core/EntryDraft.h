// What was typed in a new-entry form that closed without being saved (the application ended on a signal, the idle
// lock closed the database, a crash): kept per participant and offered at the next New entry
// (docs/FILE_FORMATS.md "Entry drafts"). A draft is not data: never exported, audited or analysed.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <optional>

namespace mb {

struct EntryDraft {
    QDate date;
    std::optional<QTime> time;    // nothing: the form's "Time" box was unticked
    QMap<QString, QString> typed; // measure key -> the text in its box, as typed (it may not be acceptable yet)
    QString note;
    QList<qint64> tagIds; // ascending
    QList<qint64> taken;  // interventions ticked "taken today", ascending
    QDateTime savedAt;    // UTC

    bool operator==(const EntryDraft&) const = default;

    // Limits a draft read from a file is held to; a form never comes near them.
    static constexpr qsizetype maxNoteLength = 100'000;
    static constexpr qsizetype maxTypedLength = 100;
    static constexpr qsizetype maxItems = 1'000; // measures, tags, ticks each

    // {"date","time"|null,"typed":{key:text},"note","tag_ids":[id],"taken":[id],"saved_at"}
    QByteArray toJson() const;
    // Nothing for anything else: not JSON, a key missing or of another type, a date MoodBiome does not store,
    // an id that is not positive, text over the limits above.
    static std::optional<EntryDraft> fromJson(const QByteArray& json);
};

} // namespace mb
