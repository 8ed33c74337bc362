// The participant list of clinician mode: a search box, the table, "Add participant…", and the participant
// actions (new, edit, withdraw: the editor's undoable commands). It follows the
// workspace itself: the list's selection always shows the workspace's participant, and only a selection the
// user makes (click, arrow keys) picks one (docs/ARCHITECTURE.md, "who owns the selection").
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mb {

class ParticipantListModel;
class Workspace;

class ParticipantListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParticipantListPanel(Workspace* workspace, QWidget* parent = nullptr);

    ParticipantListModel* model() const { return m_model; }
    // Makes participantId the workspace's participant; a search that hides it is cleared.
    void select(qint64 participantId);
    // When on (clinician mode), a selected participant that leaves the list gives way to the first one, and
    // nobody selected becomes the first one.
    void setAutoSelect(bool on);

public slots:
    void reload();
    void newParticipant();
    void editParticipant();
    void withdrawParticipant();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void userSelected();
    void search(const QString& text); // shows the participants it matches
    void syncSelection();             // the table's selection from the workspace
    void keepSelectionValid();
    void fitColumns(); // to their contents, as QHeaderView::ResizeToContents would, when the list is read
    int contentWidth(int column) const; // the widest of the column's widest rows, as the delegate sizes them
    QStringList arms() const;           // the study arms in use, offered by the participant dialog

    Workspace* m_workspace;
    ParticipantListModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_title;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_add;
    bool m_autoSelect = false;
    bool m_syncing = false; // the table's selection is being set from the workspace
    bool m_columnsFitted = false;
};

} // namespace mb
