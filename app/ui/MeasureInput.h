// The editor for one measure in the entry form; every kind can also be "not recorded" (an empty box).
#pragma once

#include "core/Measure.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QSlider;
class QToolButton;

namespace mb {

class NumberField;

class MeasureInput : public QWidget {
    Q_OBJECT
public:
    explicit MeasureInput(const Measure& measure, QWidget* parent = nullptr);

    const Measure& measure() const { return m_measure; }
    // The value; nothing when not recorded or when the typed text is not acceptable (see problem()).
    std::optional<double> value() const;
    void setValue(std::optional<double> value);
    // The box's text as typed, acceptable or not (the Bristol picker: its type's digit); empty when not recorded.
    // For a draft (core/EntryDraft.h): setTypedText() puts it back; a picker takes only a digit 1-7.
    QString typedText() const;
    void setTypedText(const QString& text);
    // What is wrong with the typed text, empty when it can be stored.
    QString problem() const;
    // The one keyboard stop of the measure: the number box or the Bristol picker.
    QWidget* editor() const;
    // For the Bristol picker: its label, shown beside it in its own row (nullptr for a number box). A screen reader on
    // Linux hears a combo box's label only from a visible QLabel that is its buddy and its sibling; a form's label,
    // outside this widget, is not one. The form then gives this input a row of its own.
    QLabel* ownLabel();
    // Lines the number boxes of a form up: the unit column gets the widest unitWidth() of the form.
    QString unitText() const; // in the current language; empty for 0-10 scales and the Bristol picker
    int unitWidth() const;
    void setUnitWidth(int width);

signals:
    void valueChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPicker(QHBoxLayout* row);    // the Bristol stool form: seven described types
    void createNumberBox(QHBoxLayout* row); // every other measure, with a slider for 0-10 scales
    void retranslate();
    void updateDescription();

    Measure m_measure;
    QSlider* m_slider = nullptr;     // 0-10 scales only; mirrors the box, takes no keyboard focus
    NumberField* m_box = nullptr;    // every numeric kind
    QLabel* m_unit = nullptr;        // next to the box
    QComboBox* m_picker = nullptr;   // Bristol stool types: digits 1-7 pick, 0 or Delete clears
    QLabel* m_pickerLabel = nullptr; // the picker's label, its sibling (see createPicker()); hidden until ownLabel()
    QLabel* m_described = nullptr;   // the chosen Bristol type in words, wrapped, never cut off
    QToolButton* m_clear;
};

} // namespace mb
