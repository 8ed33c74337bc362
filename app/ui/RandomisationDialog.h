// Planning a randomised N-of-1 design for one intervention: the design, the days, the minimum phase, the start
// and the seed, with the number of admissible schedules; "Draw and lock" asks once more, then draws with the
// seed and stores the schedule for good. An intervention with a schedule shows it, read-only.
#pragma once

#include "core/RandomisationSchedule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace mb {

class DateField;
class Store;
struct Intervention;

class RandomisationDialog : public QDialog {
    Q_OBJECT
public:
    RandomisationDialog(Store& store, const Intervention& intervention, QWidget* parent = nullptr);

    // For tests and the main window.
    QComboBox* designBox() const { return m_design; }
    QSpinBox* daysBox() const { return m_days; }
    QSpinBox* minPhaseBox() const { return m_minPhase; }
    QLineEdit* seedEdit() const { return m_seed; }
    QComboBox* measureBox() const { return m_measure; }
    QLabel* countLabel() const { return m_count; }
    QLabel* scheduleLabel() const { return m_schedule; }
    QPushButton* lockButton() const { return m_lock; }
    QPushButton* confirmButton() const { return m_confirmLock; }
    std::optional<DesignSpec> spec() const; // nullopt with the problem shown when it is not valid

signals:
    void locked(qint64 interventionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void layOut(); // the form's layouts
    void retranslate();
    void updateCount();
    void askToLock();
    void lockNow();
    void showLocked(const RandomisationSchedule& schedule);

    Store& m_store;
    qint64 m_interventionId;
    qint64 m_participantId;
    QString m_interventionName;
    QLabel* m_intro;
    QLabel* m_designLabel;
    QComboBox* m_design;
    QLabel* m_daysLabel;
    QSpinBox* m_days;
    QLabel* m_minPhaseLabel;
    QSpinBox* m_minPhase;
    QLabel* m_startLabel;
    DateField* m_start;
    QLabel* m_seedLabel;
    QLineEdit* m_seed;
    QLabel* m_measureLabel;
    QComboBox* m_measure;
    QLabel* m_count;
    QLabel* m_schedule;
    QWidget* m_confirm;
    QLabel* m_confirmText;
    QPushButton* m_confirmLock;
    QPushButton* m_confirmCancel;
    QPushButton* m_lock;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
