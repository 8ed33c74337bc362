// The fill-in form of one questionnaire: every item on one screen, answered by mouse or keyboard (a digit
// picks the answer of the focused item and moves on), with the total and band shown as you go.
#pragma once

#include "core/Questionnaire.h"
#include "ui/AsksBeforeCancelling.h"

#include <QDialog>

#include <functional>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QScrollArea;

namespace mb {

class ErrorBanner;

class DateField;

class QuestionnaireDialog : public QDialog, public AsksBeforeCancelling {
    Q_OBJECT
public:
    // Stores the response; returns a message for the user when it could not.
    using SaveFunction = std::function<std::optional<QString>(const QuestionnaireResponse&)>;

    QuestionnaireDialog(Instrument instrument, qint64 participantId, const QString& participantLabel, SaveFunction save,
                        QWidget* parent = nullptr);

    const InstrumentDefinition& definition() const { return m_definition; }
    // Items count from 1, as on paper.
    std::optional<int> answer(int item) const;
    void setAnswer(int item, std::optional<int> value);
    QList<int> unansweredItems() const;
    // The keyboard stop of an item: digits, arrow keys and Delete act on it.
    QWidget* itemRow(int item) const;
    // The date and the answers as they stand (an unanswered item as -1).
    QuestionnaireResponse response() const;
    void accept() override;
    // Asks before dropping answers given and not saved; closes silently when none was given.
    void reject() override;
    void cancelWithoutAsking() override { QDialog::reject(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createHeader();
    QWidget* createItems();
    QFrame* createItemRow(int item);
    void fitToScreen();
    bool handleKey(int item, int key);
    void focusItem(int item); // past the last item: the Save button
    void setMissing(int item, bool missing);
    void updateScore();
    void retranslate();
    void showError(const QString& message);

    const InstrumentDefinition& m_definition;
    qint64 m_participantId;
    QString m_participantLabel;
    SaveFunction m_save;
    QLabel* m_title;
    QLabel* m_unofficial;
    QLabel* m_recall;
    QLabel* m_instructions;
    QLabel* m_dateLabel;
    DateField* m_date;
    QScrollArea* m_scroll;
    QList<QLabel*> m_answerHeaders;
    QList<QFrame*> m_rows;
    QList<QLabel*> m_itemTexts;
    QList<QButtonGroup*> m_groups;
    QLabel* m_source;
    QLabel* m_total;
    QLabel* m_flag;
    ErrorBanner* m_error;
    QDialogButtonBox* m_buttons;
    bool m_fitted = false;
};

} // namespace mb
