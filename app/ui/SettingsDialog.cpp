// The settings pages and how they are saved.
#include "ui/SettingsDialog.h"

#include "core/ReminderSchedule.h"
#include "storage/Store.h"
#include "ui/Autostart.h"
#include "ui/IdleLock.h"
#include "ui/LanguageManager.h"
#include "ui/Settings.h"
#include "ui/Style.h"
#include "ui/TabOrder.h"
#include "ui/TagListEditor.h"
#include "ui/TypedDateTime.h"
#include "ui/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace mb {

namespace {
constexpr int keyRole = Qt::UserRole;
} // namespace

void SettingsDialog::run(QWidget* parent, Settings* settings, Workspace* workspace)
{
    Store* store = workspace->store();
    SettingsDialog dialog(settings, store ? store->measures().list() : builtinMeasures(), parent);
    if (store) // the tag list is the database's; its edits are undoable steps of their own, kept on Cancel too
        dialog.addPage(new TagListEditor(workspace), tr("Tags"));
    dialog.addPage(IdleLock::createSettingsPage(settings, &dialog), tr("Lock"));
    dialog.exec();
}

QList<QKeySequence> SettingsDialog::shortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    return keys;
}

SettingsDialog::SettingsDialog(Settings* settings, const QList<Measure>& measures, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_measures(measures)
    , m_pages(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_error(new ErrorBanner)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setMaximumWidth(180);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto* body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_checkInPage = createCheckInPage(measures);
    m_remindersPage = createRemindersPage();
    addPage(m_checkInPage, {});
    addPage(m_remindersPage, {});
    load();
    retranslate();
    setCurrentPage(0);
    resize(640, 420);
}

QWidget* SettingsDialog::createCheckInPage(const QList<Measure>& measures)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("checkInPage"));
    m_pinnedLabel = new QLabel;
    m_pinnedLabel->setWordWrap(true);
    m_pinned = new QListWidget;
    m_pinned->setObjectName(QStringLiteral("pinnedMeasures"));
    m_pinnedLabel->setBuddy(m_pinned);
    for (const Measure& m : measures) {
        if (m.key == u"mood")
            continue; // always in the check-in
        auto* item = new QListWidgetItem(m_pinned);
        item->setData(keyRole, m.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_pinned, &QListWidget::itemChanged, this, &SettingsDialog::pinnedChanged);
    m_pinnedHint = new QLabel;
    m_pinnedHint->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pinnedLabel);
    layout->addWidget(m_pinned, 1);
    layout->addWidget(m_pinnedHint);
    return page;
}

QWidget* SettingsDialog::createRemindersPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("remindersPage"));
    m_timesLabel = new QLabel;
    m_times = new QListWidget;
    m_times->setObjectName(QStringLiteral("reminderTimes"));
    m_timesLabel->setBuddy(m_times);
    m_newTimeLabel = new QLabel;
    m_newTime = new QTimeEdit(QTime(20, 0));
    m_newTime->setObjectName(QStringLiteral("newReminderTime"));
    m_newTime->setDisplayFormat(QStringLiteral("HH:mm"));
    TypedDateTime::attach(m_newTime);
    m_newTimeLabel->setBuddy(m_newTime);
    m_addTime = new QPushButton;
    m_addTime->setObjectName(QStringLiteral("addReminderTime"));
    m_removeTime = new QPushButton;
    m_removeTime->setObjectName(QStringLiteral("removeReminderTime"));
    connect(m_addTime, &QPushButton::clicked, this, &SettingsDialog::addTime);
    connect(m_removeTime, &QPushButton::clicked, this, &SettingsDialog::removeTime);
    connect(m_times, &QListWidget::currentRowChanged, this, [this](int row) { m_removeTime->setEnabled(row >= 0); });
    m_removeTime->setEnabled(false);
    m_skipWhenEntry = new QCheckBox;
    m_skipWhenEntry->setObjectName(QStringLiteral("skipWhenEntry"));
    m_startAtLogin = new QCheckBox;
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_trayNote = new QLabel;
    m_trayNote->setObjectName(QStringLiteral("trayNote"));
    m_trayNote->setWordWrap(true);
    m_trayNote->setStyleSheet(Style::errorTextStyleSheet());
    m_trayNote->setVisible(!QSystemTrayIcon::isSystemTrayAvailable());

    auto* add = new QHBoxLayout;
    add->addWidget(m_newTimeLabel);
    add->addWidget(m_newTime);
    add->addWidget(m_addTime);
    add->addStretch(1);
    add->addWidget(m_removeTime);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timesLabel);
    layout->addWidget(m_times, 1);
    layout->addLayout(add);
    layout->addWidget(m_skipWhenEntry);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_trayNote);
    return page;
}

void SettingsDialog::addPage(QWidget* page, const QString& title)
{
    m_stack->addWidget(page);
    m_titles.append(title);
    new QListWidgetItem(page->windowTitle().isEmpty() ? title : page->windowTitle(), m_pages);
    orderTabs();
}

void SettingsDialog::orderTabs()
{
    // Tab as the eye reads: the page list, the page shown (Tab passes over the hidden ones), the buttons as shown. Left
    // to the order the widgets were made in, Tab went from the list to the buttons, and a page added later came last.
    QList<QWidget*> order{m_pages};
    for (int i = 0; i < m_stack->count(); ++i)
        order += keyboardStops(m_stack->widget(i));
    order += buttonsAsShown(m_buttons);
    setTabStops(order);
}

int SettingsDialog::pageCount() const
{
    return m_stack->count();
}

void SettingsDialog::setCurrentPage(int index)
{
    m_pages->setCurrentRow(index);
}

QWidget* SettingsDialog::page(int index) const
{
    return m_stack->widget(index);
}

void SettingsDialog::load()
{
    const QStringList pinned = m_settings->value(Settings::Key::CheckInMeasures).toStringList();
    for (int i = 0; i < m_pinned->count(); ++i)
        m_pinned->item(i)->setCheckState(pinned.contains(m_pinned->item(i)->data(keyRole).toString()) ? Qt::Checked
                                                                                                      : Qt::Unchecked);
    for (const QString& t : ReminderSchedule::toStrings(
             ReminderSchedule::fromStrings(m_settings->value(Settings::Key::ReminderTimes).toStringList())))
        m_times->addItem(t);
    m_skipWhenEntry->setChecked(m_settings->value(Settings::Key::ReminderSkipWhenEntry).toBool());
    m_startAtLogin->setChecked(Autostart::isEnabled()); // the file is the truth
}

QStringList SettingsDialog::pinnedMeasures() const
{
    QStringList keys;
    for (int i = 0; i < m_pinned->count(); ++i)
        if (m_pinned->item(i)->checkState() == Qt::Checked)
            keys.append(m_pinned->item(i)->data(keyRole).toString());
    return keys;
}

QStringList SettingsDialog::reminderTimes() const
{
    QStringList texts;
    for (int i = 0; i < m_times->count(); ++i)
        texts.append(m_times->item(i)->text());
    return ReminderSchedule::toStrings(ReminderSchedule::fromStrings(texts));
}

void SettingsDialog::pinnedChanged()
{
    m_error->hide();
    if (pinnedMeasures().size() <= maxPinned)
        return;
    // One too many: the one just ticked goes off again.
    if (QListWidgetItem* item = m_pinned->currentItem(); item && item->checkState() == Qt::Checked)
        item->setCheckState(Qt::Unchecked);
    else
        for (int i = m_pinned->count() - 1; i >= 0 && pinnedMeasures().size() > maxPinned; --i)
            m_pinned->item(i)->setCheckState(Qt::Unchecked);
    m_error->showMessage(tr("The check-in shows at most %n measure(s) besides mood.", nullptr, maxPinned));
}

void SettingsDialog::addTime()
{
    const QStringList times = reminderTimes() << m_newTime->time().toString(QStringLiteral("HH:mm"));
    m_times->clear();
    m_times->addItems(ReminderSchedule::toStrings(ReminderSchedule::fromStrings(times)));
}

void SettingsDialog::removeTime()
{
    delete m_times->takeItem(m_times->currentRow());
}

void SettingsDialog::accept()
{
    if (const bool login = m_startAtLogin->isChecked(); login != Autostart::isEnabled()) {
        if (auto error = Autostart::setEnabled(login)) {
            m_error->showMessage(*error);
            setCurrentPage(m_stack->indexOf(m_remindersPage));
            return;
        }
    }
    m_settings->setValue(Settings::Key::StartAtLogin, m_startAtLogin->isChecked());
    m_settings->setValue(Settings::Key::CheckInMeasures, pinnedMeasures());
    m_settings->setValue(Settings::Key::ReminderTimes, reminderTimes());
    m_settings->setValue(Settings::Key::ReminderSkipWhenEntry, m_skipWhenEntry->isChecked());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_pages->setAccessibleName(tr("Pages"));
    m_titles[m_stack->indexOf(m_checkInPage)] = tr("Check-in");
    m_titles[m_stack->indexOf(m_remindersPage)] = tr("Reminders");
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->item(i)->setText(m_stack->widget(i)->windowTitle().isEmpty() ? m_titles[i]
                                                                              : m_stack->widget(i)->windowTitle());
    m_pinnedLabel->setText(tr("&Measures in the quick check-in, besides mood (at most %n):", nullptr, maxPinned));
    m_pinned->setAccessibleName(tr("Measures in the check-in"));
    const QString language = LanguageManager::current();
    for (int i = 0; i < m_pinned->count(); ++i) {
        const QString key = m_pinned->item(i)->data(keyRole).toString();
        for (const Measure& m : std::as_const(m_measures))
            if (m.key == key)
                m_pinned->item(i)->setText(m.label(language));
    }
    m_pinnedHint->setText(tr("Everything else stays one click away in the full form."));
    m_timesLabel->setText(tr("&Remind me every day at:"));
    m_times->setAccessibleName(tr("Reminder times"));
    m_newTimeLabel->setText(tr("&Time:"));
    m_newTime->setAccessibleName(tr("New reminder time"));
    m_addTime->setText(tr("&Add"));
    m_removeTime->setText(tr("Re&move"));
    m_skipWhenEntry->setText(tr("&Skip the reminder when today already has an entry"));
    m_startAtLogin->setText(tr("Start MoodBiome at &login (in the tray, to remind you)"));
    m_trayNote->setText(tr("This desktop has no system tray: reminders appear in a small MoodBiome window "
                           "while the app is open, and closing the main window quits."));
}

} // namespace mb
