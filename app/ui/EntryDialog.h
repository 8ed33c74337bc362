// The quick-entry form: date and time (now by default), every measure, a note. Built for 20 seconds.
#pragma once

#include "core/Intervention.h"
#include "core/JournalEntry.h"
#include "core/Measure.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QTimeEdit;

namespace mb {

class MeasureInput;

class EntryDialog : public QDialog {
    Q_OBJECT
public:
    // Saves the entry and the "taken today" ticks (intervention id -> taken).
    using SaveFunction = std::function<std::optional<QString>(const JournalEntry&, const QMap<qint64, bool>&)>;

    // adherenceChoices: active interventions taken regularly, offered as "taken today" ticks.
    EntryDialog(const JournalEntry& entry, const QList<Measure>& measures, const QString& participantLabel,
                SaveFunction save, const QList<Intervention>& adherenceChoices = {}, QWidget* parent = nullptr);

    JournalEntry entry() const;
    QMap<qint64, bool> adherence() const;
    MeasureInput* input(const QString& key) const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showError(const QString& message);
    QGroupBox* group(const QList<MeasureInput*>& inputs, QList<QLabel*>& labels);

    JournalEntry m_original;
    QString m_participantLabel;
    SaveFunction m_save;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QCheckBox* m_hasTime;
    QTimeEdit* m_time;
    QList<MeasureInput*> m_inputs;
    QList<QLabel*> m_labels; // parallel to m_inputs
    QGroupBox* m_feelings;
    QGroupBox* m_intake;
    QGroupBox* m_custom = nullptr;
    QGroupBox* m_adherenceBox = nullptr;
    QList<std::pair<Intervention, QCheckBox*>> m_adherence;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
