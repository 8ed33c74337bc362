// The database's tags to create, rename, colour, archive and order: a plain widget (the Settings dialog embeds it)
// and a thin dialog around it for the "Tags…" menu action. Every change goes through the Editor (undoable).
#pragma once

#include "core/Tag.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace mb {

class ErrorBanner;
class Workspace;

class TagListEditor : public QWidget {
    Q_OBJECT
public:
    explicit TagListEditor(Workspace* workspace, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    qint64 selectedId() const; // 0: none
    void select(qint64 id);

    // What the buttons do once their question is answered; each returns an error message or nothing.
    std::optional<QString> create(const QString& name);
    std::optional<QString> renameSelected(const QString& name);
    std::optional<QString> colourSelected(const QString& colour);
    std::optional<QString> toggleArchivedSelected();
    std::optional<QString> moveSelected(int by); // -1 up, +1 down

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void updateButtons();
    void report(const std::optional<QString>& error);
    std::optional<Tag> selectedTag() const;
    void askCreate();
    void askRename();
    void askColour();

    Workspace* m_workspace;
    QLabel* m_hint;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_rename;
    QPushButton* m_colour;
    QPushButton* m_archive;
    QPushButton* m_up;
    QPushButton* m_down;
    ErrorBanner* m_error;
    QList<Tag> m_tags; // as listed
};

// The editor in a window of its own with a Close button.
class TagListDialog : public QDialog {
    Q_OBJECT
public:
    explicit TagListDialog(Workspace* workspace, QWidget* parent = nullptr);
    // Opens one, window-modal, deleted when closed.
    static void openFor(Workspace* workspace, QWidget* parent);
    TagListEditor* editor() const { return m_editor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    TagListEditor* m_editor;
};

} // namespace mb
