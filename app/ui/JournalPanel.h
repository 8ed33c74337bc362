// The Journal tab: the selected participant's entries, newest first, the hint shown while there are none, and
// the entry actions (new, edit, delete: the editor's undoable commands).
// Follows the workspace itself; a long journal is read only while the tab is shown (docs/ARCHITECTURE.md).
#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace mb {

class JournalModel;
class Workspace;

class JournalPanel : public QWidget {
    Q_OBJECT
public:
    explicit JournalPanel(Workspace* workspace, QWidget* parent = nullptr);

    JournalModel* model() const { return m_model; }
    // The entry selected in the table, or 0.
    qint64 selectedEntryId() const;

signals:
    void selectionChanged();
    void statusMessage(const QString& message);

public slots:
    void newEntry(); // with today's "taken" ticks of the participant's ongoing interventions
    void editEntry();
    void deleteEntry();
    // Re-reads the journal now when shown, otherwise when next shown.
    void reload();
    void refreshTexts();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void modelReset();

    Workspace* m_workspace;
    JournalModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    QLabel* m_emptyHint;
    bool m_stale = true;
};

} // namespace mb
