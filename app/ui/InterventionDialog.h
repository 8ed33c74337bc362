// Add or edit an intervention: kind, name, dose and unit, frequency, start, end or ongoing, notes.
#pragma once

#include "core/Intervention.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mb {

class InterventionDialog : public QDialog {
    Q_OBJECT
public:
    using SaveFunction = std::function<std::optional<QString>(const Intervention&)>;

    InterventionDialog(const Intervention& intervention, SaveFunction save, QWidget* parent = nullptr);
    Intervention intervention() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Intervention m_original;
    SaveFunction m_save;
    QFormLayout* m_form;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QCheckBox* m_hasDose;
    QDoubleSpinBox* m_dose;
    QLineEdit* m_unit;
    QLineEdit* m_frequency;
    QDateEdit* m_start;
    QCheckBox* m_ongoing;
    QDateEdit* m_end;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
