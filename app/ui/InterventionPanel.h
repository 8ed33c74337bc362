// The interventions of the selected participant: list, add, edit, end today, delete (undoable).
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace mb {

struct Intervention;

class Editor;
class InterventionModel;
class Store;
class Workspace;

class InterventionPanel : public QWidget {
    Q_OBJECT
public:
    explicit InterventionPanel(Editor* editor, QWidget* parent = nullptr);

    // Shows the workspace's participant from now on (read-only when withdrawn), and follows its store.
    void follow(Workspace* workspace);
    void setStore(Store* store);
    void setParticipant(qint64 participantId, bool readOnly);
    qint64 participantId() const { return m_participantId; }
    InterventionModel* model() const { return m_model; }

public slots:
    void addIntervention();
    void editIntervention();
    void endToday();
    void deleteIntervention();
    void randomise(); // the plan dialog of the selected intervention

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    bool confirmClearingTicks(const Intervention& changed); // true when nothing to clear or the user agrees
    void updateButtons();
    qint64 selectedId() const;

    Editor* m_editor;
    Store* m_store = nullptr;
    qint64 m_participantId = 0;
    bool m_readOnly = false;
    InterventionModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_end;
    QPushButton* m_delete;
    QPushButton* m_randomise;
};

} // namespace mb
