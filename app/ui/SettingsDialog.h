// Edit ▸ Settings…: a list of pages. Check-in (pinned measures) and Reminders (times, skip a day with an entry,
// start at login, the missing-tray note) are built in; addPage() takes more (the tag list). Saved on OK.
// See docs/ARCHITECTURE.md "Check-in and reminders".
#pragma once

#include "core/Measure.h"

#include <QDialog>
#include <QKeySequence>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimeEdit;

namespace mb {

class ErrorBanner;
class Settings;
class Workspace;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int maxPinned = 3;

    // measures: the open database's (the built-in ones when none is open).
    SettingsDialog(Settings* settings, const QList<Measure>& measures, QWidget* parent = nullptr);

    // The dialog for the open database (or none), with its tag list as a page, run modally.
    static void run(QWidget* parent, Settings* settings, Workspace* workspace);
    // The platform's Preferences keys, and Ctrl+, everywhere.
    static QList<QKeySequence> shortcuts();

    // Adds a page; title is shown in the list (a page's windowTitle, when set, replaces it after a language change).
    void addPage(QWidget* page, const QString& title);
    int pageCount() const;
    void setCurrentPage(int index);
    QWidget* page(int index) const;

    // What the pages hold now (before OK).
    QStringList pinnedMeasures() const;
    QStringList reminderTimes() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void orderTabs(); // the page list, the pages, the buttons: the pages were made after the buttons
    QWidget* createCheckInPage(const QList<Measure>& measures);
    QWidget* createRemindersPage();
    void load();
    void addTime();
    void removeTime();
    void pinnedChanged();
    void retranslate();

    Settings* m_settings;
    QList<Measure> m_measures;
    QListWidget* m_pages;
    QStackedWidget* m_stack;
    QStringList m_titles; // parallel to the pages, for those without a windowTitle

    QWidget* m_checkInPage = nullptr;
    QLabel* m_pinnedLabel = nullptr;
    QListWidget* m_pinned = nullptr;
    QLabel* m_pinnedHint = nullptr;

    QWidget* m_remindersPage = nullptr;
    QLabel* m_timesLabel = nullptr;
    QListWidget* m_times = nullptr;
    QLabel* m_newTimeLabel = nullptr;
    QTimeEdit* m_newTime = nullptr;
    QPushButton* m_addTime = nullptr;
    QPushButton* m_removeTime = nullptr;
    QCheckBox* m_skipWhenEntry = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QLabel* m_trayNote = nullptr;

    ErrorBanner* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
