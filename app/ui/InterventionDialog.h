// Add or edit an intervention: kind, name, dose and unit, frequency, start, end or ongoing, notes.
#pragma once

#include "core/Intervention.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mb {

class ErrorBanner;

class DateField;
class NumberField;

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
    void layOut(); // the form, the error banner and the buttons, in keyboard order
    void retranslate();

    Intervention m_original;
    SaveFunction m_save;
    // Every field has its own label (with the field as buddy); none is looked up in the layout.
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_doseLabel;
    NumberField* m_dose; // empty: no dose
    QLabel* m_unitLabel;
    QLineEdit* m_unit;
    QLabel* m_frequencyLabel;
    QLineEdit* m_frequency;
    QLabel* m_startLabel;
    DateField* m_start;
    QLabel* m_endLabel;
    QCheckBox* m_ongoing;
    DateField* m_end;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    ErrorBanner* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
