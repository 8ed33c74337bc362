// The editor for one measure in the entry form; every kind can also be "not recorded".
#pragma once

#include "core/Measure.h"

#include <QWidget>

#include <optional>

class QAbstractSpinBox;
class QComboBox;
class QDoubleSpinBox;
class QSlider;
class QToolButton;

namespace mb {

class MeasureInput : public QWidget {
    Q_OBJECT
public:
    explicit MeasureInput(const Measure& measure, QWidget* parent = nullptr);

    const Measure& measure() const { return m_measure; }
    std::optional<double> value() const;
    void setValue(std::optional<double> value);
    // The control keyboard users land on (the spin box or the picker).
    QWidget* editor() const;

signals:
    void valueChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    double notRecorded() const;

    Measure m_measure;
    QSlider* m_slider = nullptr;      // 0-10 scales only
    QDoubleSpinBox* m_spin = nullptr; // every numeric kind
    QComboBox* m_picker = nullptr;    // Bristol stool types
    QToolButton* m_clear;
};

} // namespace mb
