// Add or edit a participant: code, name, arm, enrolment and withdrawal, notes.
#pragma once

#include "core/Participant.h"

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

class ParticipantDialog : public QDialog {
    Q_OBJECT
public:
    // save() makes the change and returns an error to show, or nothing; the dialog stays open on error.
    using SaveFunction = std::function<std::optional<QString>(const Participant&)>;

    ParticipantDialog(const Participant& participant, const QStringList& knownArms, SaveFunction save,
                      QWidget* parent = nullptr);

    Participant participant() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showError(const QString& message);

    Participant m_original;
    SaveFunction m_save;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_armLabel;
    QComboBox* m_arm;
    QCheckBox* m_enrolledSet;
    DateField* m_enrolled;
    QCheckBox* m_withdrawnSet;
    DateField* m_withdrawn;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    ErrorBanner* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
