// The settings dialog driven with keyboard and mouse: the pinned measures persist (at most three), reminder times
// are added and removed, the start-at-login entry is written and removed in a temporary XDG_CONFIG_HOME, the note
// about a missing tray shows, and another page can be added.
#include "TabOrderSupport.h"
#include "TestSupport.h"
#include "ui/Autostart.h"
#include "ui/IdleLock.h"
#include "ui/LanguageManager.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimeEdit>

using namespace mb;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pinnedMeasuresPersist();
    void atMostThreePinned();
    void reminderTimesAddedAndRemoved();
    void startAtLoginWritesAndRemovesTheEntry();
    void autostartExecIsQuoted_data();
    void autostartExecIsQuoted();
    void trayNoteWhenThereIsNoTray();
    void morePagesCanBeAdded();
    void cancelKeepsTheSettings();
    void mnemonicsDoNotClash();
    void tabFollowsTheReadingOrderOnEveryPage();

private:
    void open();
    void toggle(const QString& key); // the pinned measure's row, by keyboard
    void pressOk();
    QListWidget* pinned() const { return m_dialog->findChild<QListWidget*>(QStringLiteral("pinnedMeasures")); }

    QTemporaryDir m_dir;
    QByteArray m_oldConfigHome;
    LanguageManager m_languages;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test-settings"));
    m_languages.apply(QStringLiteral("en"));
    m_oldConfigHome = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

void TestSettingsDialog::init()
{
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("moodbiome"),
              QCoreApplication::applicationName())
        .clear();
    QFile::remove(Autostart::filePath());
    m_settings = std::make_unique<Settings>();
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
}

void TestSettingsDialog::open()
{
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get(), builtinMeasures());
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestSettingsDialog::toggle(const QString& key)
{
    QListWidget* list = pinned();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() != key)
            continue;
        list->setFocus();
        list->setCurrentRow(i);
        QTest::keyClick(list, Qt::Key_Space);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no row for ") + key));
}

void TestSettingsDialog::pressOk()
{
    QTest::mouseClick(m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestSettingsDialog::pinnedMeasuresPersist()
{
    open();
    QCOMPARE(m_dialog->pinnedMeasures(), (QStringList{QStringLiteral("stress"), QStringLiteral("sleep_hours")}));
    toggle(QStringLiteral("sleep_hours"));
    toggle(QStringLiteral("energy"));
    QCOMPARE(m_dialog->pinnedMeasures(), (QStringList{QStringLiteral("stress"), QStringLiteral("energy")}));
    pressOk();
    QVERIFY(!m_dialog->isVisible());
    // A new Settings reads them back from the file.
    m_settings = std::make_unique<Settings>();
    QCOMPARE(m_settings->value(Settings::Key::CheckInMeasures).toStringList(),
             (QStringList{QStringLiteral("stress"), QStringLiteral("energy")}));
    open();
    QCOMPARE(m_dialog->pinnedMeasures(), (QStringList{QStringLiteral("stress"), QStringLiteral("energy")}));
}

void TestSettingsDialog::atMostThreePinned()
{
    open();
    toggle(QStringLiteral("energy"));
    QCOMPARE(m_dialog->pinnedMeasures().size(), 3);
    toggle(QStringLiteral("anxiety"));
    QCOMPARE(m_dialog->pinnedMeasures().size(), 3);
    QVERIFY(!m_dialog->pinnedMeasures().contains(QStringLiteral("anxiety")));
    auto* banner = m_dialog->findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("at most 3")));
}

void TestSettingsDialog::reminderTimesAddedAndRemoved()
{
    open();
    m_dialog->setCurrentPage(1);
    auto* time = m_dialog->findChild<QTimeEdit*>(QStringLiteral("newReminderTime"));
    auto* add = m_dialog->findChild<QPushButton*>(QStringLiteral("addReminderTime"));
    auto* remove = m_dialog->findChild<QPushButton*>(QStringLiteral("removeReminderTime"));
    QVERIFY(time && add && remove && time->isVisible());
    time->setTime(QTime(21, 15));
    QTest::mouseClick(add, Qt::LeftButton);
    time->setTime(QTime(8, 0));
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton); // the same time twice is one reminder
    QCOMPARE(m_dialog->reminderTimes(), (QStringList{QStringLiteral("08:00"), QStringLiteral("21:15")}));
    auto* list = m_dialog->findChild<QListWidget*>(QStringLiteral("reminderTimes"));
    list->setCurrentRow(1);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_dialog->reminderTimes(), QStringList{QStringLiteral("08:00")});
    auto* skip = m_dialog->findChild<QCheckBox*>(QStringLiteral("skipWhenEntry"));
    QVERIFY(skip->isChecked()); // the default
    QTest::mouseClick(skip, Qt::LeftButton);
    pressOk();
    QCOMPARE(m_settings->value(Settings::Key::ReminderTimes).toStringList(), QStringList{QStringLiteral("08:00")});
    QCOMPARE(m_settings->value(Settings::Key::ReminderSkipWhenEntry).toBool(), false);
}

void TestSettingsDialog::startAtLoginWritesAndRemovesTheEntry()
{
    const QString path = Autostart::filePath();
    QCOMPARE(path, m_dir.filePath(QStringLiteral("config/autostart/org.moodbiome.MoodBiome.desktop")));
    QVERIFY(!QFile::exists(path));
    open();
    m_dialog->setCurrentPage(1);
    auto* login = m_dialog->findChild<QCheckBox*>(QStringLiteral("startAtLogin"));
    QVERIFY(!login->isChecked());
    QTest::mouseClick(login, Qt::LeftButton);
    pressOk();
    QVERIFY(QFile::exists(path));
    const QString text = QString::fromUtf8(test::fileBytes(path));
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QVERIFY(text.contains(QStringLiteral("\nType=Application\n")));
    QVERIFY(text.contains(QStringLiteral(" --minimised\n")));
    QVERIFY(text.contains(QStringLiteral("Icon=org.moodbiome.MoodBiome\n")));
    QVERIFY(m_settings->value(Settings::Key::StartAtLogin).toBool());

    open();
    m_dialog->setCurrentPage(1);
    login = m_dialog->findChild<QCheckBox*>(QStringLiteral("startAtLogin"));
    QVERIFY(login->isChecked()); // read from the file
    QTest::mouseClick(login, Qt::LeftButton);
    pressOk();
    QVERIFY(!QFile::exists(path));
    QVERIFY(!m_settings->value(Settings::Key::StartAtLogin).toBool());
}

void TestSettingsDialog::autostartExecIsQuoted_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/moodbiome") << QStringLiteral("/usr/bin/moodbiome --minimised");
    QTest::newRow("space") << QStringLiteral("/opt/Mood Biome/moodbiome")
                           << QStringLiteral("\"/opt/Mood Biome/moodbiome\" --minimised");
    QTest::newRow("dollar and percent") << QStringLiteral("/opt/a$b%c/moodbiome")
                                        << QStringLiteral("\"/opt/a\\\\$b%%c/moodbiome\" --minimised");
}

void TestSettingsDialog::autostartExecIsQuoted()
{
    QFETCH(QString, program);
    QFETCH(QString, exec);
    const QString text = QString::fromUtf8(Autostart::entryText(program));
    QVERIFY2(text.contains(QStringLiteral("\nExec=") + exec + u'\n'), qPrintable(text));
}

void TestSettingsDialog::trayNoteWhenThereIsNoTray()
{
    open();
    m_dialog->setCurrentPage(1);
    auto* note = m_dialog->findChild<QLabel*>(QStringLiteral("trayNote"));
    QVERIFY(note);
    QCOMPARE(note->isVisible(), !QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: the note must be there
    QVERIFY(note->text().contains(QStringLiteral("no system tray")));
}

void TestSettingsDialog::morePagesCanBeAdded()
{
    open();
    QCOMPARE(m_dialog->pageCount(), 2);
    auto* tags = new QLabel(QStringLiteral("the tag list"));
    m_dialog->addPage(tags, QStringLiteral("Tags"));
    QCOMPARE(m_dialog->pageCount(), 3);
    auto* pages = m_dialog->findChild<QListWidget*>(QStringLiteral("settingsPages"));
    QCOMPARE(pages->item(2)->text(), QStringLiteral("Tags"));
    pages->setFocus();
    pages->setCurrentRow(0);
    QTest::keyClick(pages, Qt::Key_Down);
    QTest::keyClick(pages, Qt::Key_Down);
    QVERIFY(tags->isVisible());
    m_languages.apply(QStringLiteral("nl"));
    QTRY_COMPARE(pages->item(1)->text(), QStringLiteral("Herinneringen")); // a language change is an event
    QCOMPARE(pages->item(0)->text(), QStringLiteral("Check-in"));
    QCOMPARE(pages->item(2)->text(), QStringLiteral("Tags")); // the page's own title stays
    m_languages.apply(QStringLiteral("en"));
}

void TestSettingsDialog::cancelKeepsTheSettings()
{
    open();
    toggle(QStringLiteral("stress"));
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_settings->value(Settings::Key::CheckInMeasures).toStringList(),
             (QStringList{QStringLiteral("stress"), QStringLiteral("sleep_hours")}));
}

// In Dutch, &Tijd and &Toevoegen on the reminders page were both Alt+T: the key only ever reached the time box, so a
// reminder could not be added with its key. On every page, in both languages, each Alt+letter leads to one place.
void TestSettingsDialog::mnemonicsDoNotClash()
{
    open();
    auto* pages = m_dialog->findChild<QListWidget*>(QStringLiteral("settingsPages"));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        m_languages.apply(language);
        QCoreApplication::processEvents();
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentRow(page);
            QHash<QKeySequence, QString> owners;
            const auto claim = [&](const QString& text, const QWidget* widget) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty() || !widget->isVisible())
                    return;
                QVERIFY2(!owners.contains(key), qPrintable(language + u": " + owners.value(key) + u" / " + text));
                owners.insert(key, text);
            };
            for (const QAbstractButton* button : m_dialog->findChildren<QAbstractButton*>())
                claim(button->text(), button);
            for (const QLabel* label : m_dialog->findChildren<QLabel*>())
                if (label->buddy())
                    claim(label->text(), label);
        }
    }
    m_languages.apply(QStringLiteral("en"));
}

// Tab went from the page list to OK and Cancel, and only then into the page (made after the buttons); a page added
// later came last of all. On every page: the page list, the page's controls top to bottom, left to right, the buttons.
void TestSettingsDialog::tabFollowsTheReadingOrderOnEveryPage()
{
    open();
    m_dialog->addPage(IdleLock::createSettingsPage(m_settings.get(), m_dialog.get()), QStringLiteral("Lock"));
    auto* pages = m_dialog->findChild<QListWidget*>(QStringLiteral("settingsPages"));
    auto* buttons = m_dialog->findChild<QDialogButtonBox*>();
    for (int page = 0; page < m_dialog->pageCount(); ++page) {
        m_dialog->setCurrentPage(page);
        const QList<QWidget*> walk = test::tabWalk(pages);
        const QString where = QStringLiteral("page %1: ").arg(page);
        QVERIFY2(walk.size() > 3, qPrintable(where + QString::number(walk.size())));
        QVERIFY2(buttons->isAncestorOf(walk.last()), qPrintable(where + test::describe(walk.last())));
        const QString problem = test::readingOrderProblem(walk);
        QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
