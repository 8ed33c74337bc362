// One participant's questionnaires: a button per instrument to fill one in, the history table, and the
// PHQ-9 safety-flag banner that stays until a clinician acknowledges the flag with a note.
#pragma once

#include "core/Questionnaire.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDialog;
class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mb {

class ParticipantChart;
class Editor;
class QuestionnaireDialog;
class QuestionnaireModel;
class Store;
class Workspace;

class QuestionnairePanel : public QWidget {
    Q_OBJECT
public:
    // Edits go through editor (undoable, audited); the store is the editor's current one.
    explicit QuestionnairePanel(Editor* editor, QWidget* parent = nullptr);

    // Shows the workspace's participant from now on, and follows its store.
    void follow(Workspace* workspace);
    // 0 shows nobody. Call again after the editor's store changed.
    void setParticipant(qint64 participantId);
    qint64 participantId() const { return m_participantId; }
    QuestionnaireModel* model() const { return m_model; }

    // The warning for a participant's oldest unacknowledged safety flag, with instrument and date, for the
    // main window's header and participant list; empty when there is none. toThePerson (single-person mode: they
    // read it about themself) adds where to turn now (QuestionnaireText::crisisHelp).
    static QString unacknowledgedFlagText(Store& store, qint64 participantId, bool toThePerson = false);
    // Single-person mode: the flag's banner adds where to turn, and acknowledging asks for the person's own note
    // rather than a clinician's.
    void setSinglePerson(bool single);

    // The edits behind the buttons (the editor's undoable commands); each returns a message for the user when
    // nothing was changed.
    std::optional<QString> addResponse(const QuestionnaireResponse& response, qint64* newId = nullptr);
    std::optional<QString> deleteResponse(qint64 responseId);
    std::optional<QString> acknowledgeFlag(qint64 responseId, const QString& note);

public slots:
    // Opens the fill-in form (window-modal, deleted on close) and returns it.
    QuestionnaireDialog* fillIn(Instrument instrument);
    void deleteSelected();
    // Opens the note dialog for the oldest unacknowledged flag and returns it; nullptr when there is none.
    QDialog* acknowledgeOldestFlag();

signals:
    // After any change to a participant's responses, also by undo and redo.
    void responsesChanged(qint64 participantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createButtons();
    QWidget* createHistory();
    Store* store() const;
    QString participantLabel() const;
    void refresh();
    void refreshChart();
    void updateButtons();
    void retranslate();

    Editor* m_editor;
    qint64 m_participantId = 0;
    QuestionnaireModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_title;
    QFrame* m_banner;
    QLabel* m_bannerText;
    bool m_single = false;
    QPushButton* m_acknowledge;
    QList<QPushButton*> m_fillIn; // parallel to allInstruments()
    QPushButton* m_delete;
    QTableView* m_view;
    QComboBox* m_chartInstrument;
    ParticipantChart* m_chart;
    QLabel* m_emptyHint;
    QLabel* m_chartLabel;
};

} // namespace mb
