// The check-in's mood: one large button per whole value of the mood measure's range, one key each (digits, and
// "+" for the eleventh value of a 0-10 scale), arrows to move, Delete to clear. One keyboard stop.
#pragma once

#include "core/Measure.h"

#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;

namespace mb {

class MoodRow : public QWidget {
    Q_OBJECT
public:
    // False when the range has more than eleven whole values (then the check-in uses a number box instead).
    static bool fits(const Measure& measure);

    explicit MoodRow(const Measure& measure, QWidget* parent = nullptr);

    const Measure& measure() const { return m_measure; }
    std::optional<double> value() const;
    void setValue(std::optional<double> value);
    // The key that picks a value ("7", "+"), empty when none.
    QString keyFor(double value) const;
    QAbstractButton* button(double value) const;

signals:
    void valueChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateLook();

    Measure m_measure;
    QList<double> m_values;
    QStringList m_keys; // parallel to m_values
    QButtonGroup* m_group;
    QLabel* m_low;
    QLabel* m_high;
};

} // namespace mb
