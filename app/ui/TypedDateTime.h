// A date or time typed in full, as a person types it, into a QDateTimeEdit. The box edits section by section: after
// a full section (the 11 of 11/5/2026) it moves on by itself, and the separator typed next moved on again, so the
// day was skipped and kept its old value; after Ctrl+A the typed digits landed in the wrong sections. This keeps
// what was typed since the box was entered (or Ctrl+A, or a click), swallows a separator that follows a move the
// box made by itself, and when editing finishes takes a whole typed value (every number, in the order of the box's
// format) as written, whatever the sections made of it.
#pragma once

#include <QDate>
#include <QDateTimeEdit>
#include <QObject>
#include <QTime>

#include <optional>

namespace mb {

class TypedDateTime : public QObject {
    Q_OBJECT
public:
    // Watches edit (and becomes its child). Call finish() when editing finishes, before anything reads the value.
    explicit TypedDateTime(QDateTimeEdit* edit);
    // For a box with nothing more to say: finish() runs when its editing finishes.
    static void attach(QDateTimeEdit* edit);

    // A date written with the numbers in the order of format (d, M and yyyy, any separators, leading zeros or not).
    struct TypedDate {
        QDate date;             // invalid: no such day (2/30/2026), or the year has fewer than four digits
        bool shortYear = false; // the year was typed with fewer than four digits
    };
    static std::optional<TypedDate> parseDate(const QString& text, const QString& format);
    // A time written with hours and minutes in the order of format (and AM/PM when typed); invalid when impossible.
    static std::optional<QTime> parseTime(const QString& text, const QString& format);

    struct Outcome {
        QString typed;                 // what was typed since the box was entered; empty when nothing was
        std::optional<TypedDate> date; // for a date box: the whole date typed, when it was one
    };
    // Applies a whole typed value to the box and forgets what was typed.
    Outcome finish();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDateTimeEdit* m_edit;
    QString m_keys; // typed since the box was entered
    bool m_lastWasDigit = false;
    QDateTimeEdit::Section m_sectionAtDigit = QDateTimeEdit::NoSection;
};

} // namespace mb
