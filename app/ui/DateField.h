// The date box of every form: the locale's short date with a four-digit year (12/4/2026, 04-12-2026), a
// calendar popup (a click on the arrow, F4 or Alt+Down), and a warning next to it, not blocking, when the date lies in
// the future or more than a year back — so that a slip of the year does not land an entry in another year unnoticed.
// Typed text the box could not take as typed (a two-digit year, a day past the last allowed date) is never changed
// silently either: the warning then says which date the box holds instead.
#pragma once

#include <QDateEdit>
#include <QLabel>
#include <QPointer>

namespace mb {

class DateField : public QDateEdit {
    Q_OBJECT
public:
    enum Warning { WarnFuture = 0x1, WarnLongAgo = 0x2, WarnAll = WarnFuture | WarnLongAgo };

    // name: the object name; the warning label is called name + "Warning".
    explicit DateField(const QString& name, int warnings = WarnAll, QWidget* parent = nullptr);
    ~DateField() override;

    // The warning for the date as it stands, empty when there is none (or the box is disabled).
    QString warning() const;
    // True once after the box replaced typed text with another date: a form checks it before saving.
    bool takeCorrection();
    // The last date the form accepts (the box itself takes any date the database stores: a cap on the box made it
    // read a typed 2 as 02 when 20–29 lay past the cap, and the digits after it went into the wrong sections).
    void setLatest(QDate latest);
    // Before a save: why the date stops it (typed text the box could not take, once; a date past the latest),
    // empty when it does not.
    QString saveProblem();
    // Shown below or beside the box while there is a warning; the owner places it in a layout.
    QLabel* warningLabel() const { return m_warning; }

    // The locale's short date format, with a four-digit year.
    static QString fourDigitYearFormat(const QLocale& locale);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override; // F4 and Alt+Down open the calendar
    void stepBy(int steps) override;               // the arrow keys and the wheel: a date chosen, not typed

private:
    void openCalendar();
    void applyLocale();
    void updateWarning();
    void checkTyped(); // after editing: was the text taken as typed?
    void clearCorrection();

    int m_warnings;
    QDate m_latest;
    QString m_typed;      // the text as the user last typed it, until editing finishes
    QString m_correction; // what the box did with typed text it could not take
    bool m_unseenCorrection = false;
    QPointer<QLabel> m_warning;
    class TypedDateTime* m_typing;
};

} // namespace mb
