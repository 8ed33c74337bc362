// Walks the whole window as a person would, in English and Dutch and in both modes, on a demo database: every
// action of every menu and every button of every tab. Each dialog or message that appears is checked (every
// input has an accessible name and a visible label, no literal '&' in label text, no Alt+letter used twice in one
// window (the menu bar's included) or menu, every button of the main window has one, it survives a language change) and
// then dismissed. A new dialog or button is walked without a change here: forgetting it cannot hide it.
#include "DemoWindowSupport.h"
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/DemoWriter.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

using namespace mb;

class TestWalk : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void walk_data();
    void walk();

private:
    // Checks and dismisses whatever dialog, message box or popup menu is open; called from a timer, so it also
    // runs inside the nested event loops of exec().
    void dismissOpenWindows();
    void checkWindow(QWidget* window);
    void checkMnemonics(QWidget* window, const QString& where);
    void checkMenuMnemonics(const QList<QAction*>& actions, const QString& where);
    void runAndDismiss(const std::function<void()>& step, const QString& what);
    QList<QAction*> menuActions(QMenu* menu) const;

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    QPointer<MainWindow> m_window;
    QStringList m_seen;     // "what: window class/title" for each window dismissed
    QStringList m_problems; // what the checks found
    QString m_step;
};

void TestWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test-walk"));
}

void TestWalk::walk_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("clinician");
    QTest::newRow("en, clinician") << QStringLiteral("en") << true;
    QTest::newRow("en, single person") << QStringLiteral("en") << false;
    QTest::newRow("nl, clinician") << QStringLiteral("nl") << true;
    QTest::newRow("nl, single person") << QStringLiteral("nl") << false;
}

QList<QAction*> TestWalk::menuActions(QMenu* menu) const
{
    QList<QAction*> found;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            found += menuActions(action->menu());
        else
            found << action;
    }
    return found;
}

namespace {
// True when, in layout or a layout inside it, the item right before w is a check box with text.
bool checkBoxBefore(QLayout* layout, const QWidget* w)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget() == w && i > 0)
            if (auto* box = qobject_cast<QCheckBox*>(layout->itemAt(i - 1)->widget()))
                return box->isVisible() && !box->text().isEmpty();
        if (item->layout() && checkBoxBefore(item->layout(), w))
            return true;
    }
    return false;
}
} // namespace

void TestWalk::checkWindow(QWidget* window)
{
    const QString where = m_step + QStringLiteral(" → ") + QString::fromLatin1(window->metaObject()->className()) +
                          QStringLiteral(" “") + window->windowTitle() + QStringLiteral("”");
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->objectName().startsWith(QStringLiteral("qt_")))
            continue;
        if (qobject_cast<QWidget*>(w->parent()) && w->parentWidget()->inherits("QAbstractSpinBox"))
            continue; // the spin box's own line edit
        if (w->parentWidget() && w->parentWidget()->inherits("QComboBox"))
            continue;
        if (qobject_cast<QAbstractItemView*>(w->parentWidget()) || w->inherits("QHeaderView"))
            continue; // a view's headers and corner button belong to the view
        if (auto* label = qobject_cast<QLabel*>(w)) {
            const QString text = label->text();
            if (label->textFormat() != Qt::RichText && !Qt::mightBeRichText(text) && !label->buddy() &&
                text.contains(QRegularExpression(QStringLiteral("&[^& ]"))))
                m_problems << where + QStringLiteral(": a literal '&' in the label “") + text + u'”';
            continue;
        }
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                           qobject_cast<QComboBox*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                           qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractButton*>(w) ||
                           qobject_cast<QAbstractItemView*>(w);
        if (!input || window->inherits("QFileDialog") || window->inherits("QMessageBox"))
            continue; // Qt's own dialogs are Qt's business
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        const auto* text = qobject_cast<QTextEdit*>(w);
        if (text && text->isReadOnly())
            continue; // text to read, not an input
        if (name.trimmed().isEmpty())
            m_problems << where + QStringLiteral(": no accessible name for ") +
                              QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractItemView*>(w))
            continue; // a button carries its own text; a table its headers
        bool labelled = false;
        for (QLabel* label : window->findChildren<QLabel*>())
            if (label->buddy() == w && label->isVisibleTo(window) && !label->text().isEmpty())
                labelled = true;
        if (auto* edit = qobject_cast<QLineEdit*>(w); edit && !edit->placeholderText().isEmpty())
            labelled = true;
        if (!labelled) // "[x] Enrolled on [date]": a check box with text right before the field labels it
            if (QLayout* layout = w->parentWidget() ? w->parentWidget()->layout() : nullptr)
                labelled = checkBoxBefore(layout, w);
        if (!labelled)
            m_problems << where + QStringLiteral(": no visible label for ") +
                              QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
    }
    checkMnemonics(window, where);
    if (window == m_window) // the main window is used from the keyboard too: each of its buttons has an Alt+letter
        for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
            if ((qobject_cast<QPushButton*>(button) || qobject_cast<QToolButton*>(button)) &&
                button->isVisibleTo(window) && !button->text().isEmpty() &&
                QKeySequence::mnemonic(button->text()).isEmpty())
                m_problems << where + QStringLiteral(": no Alt+letter for the button “") + button->text() + u'”';
    // A question's own buttons (not Qt's OK or Cancel, which Enter and Escape press) are reached by Alt+letter too.
    if (auto* box = qobject_cast<QMessageBox*>(window))
        for (QAbstractButton* button : box->buttons())
            if (box->standardButton(button) == QMessageBox::NoButton &&
                QKeySequence::mnemonic(button->text()).isEmpty())
                m_problems << where + QStringLiteral(": no Alt+letter for the button “") + button->text() + u'”';
    // A language change while it is open must not crash it.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(window, &change);
    for (QWidget* w : window->findChildren<QWidget*>())
        QCoreApplication::sendEvent(w, &change);
}

// Two controls of one window with the same Alt+letter: the letter only moves the focus between them, it
// presses or reaches neither. Buttons, labels of a field, group boxes and tabs shown at the same time count.
void TestWalk::checkMnemonics(QWidget* window, const QString& where)
{
    QHash<QString, QStringList> byKey;
    const auto add = [&byKey](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString()] << text;
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->objectName().startsWith(QStringLiteral("qt_")))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(box->title());
        else if (auto* bar = qobject_cast<QMenuBar*>(w)) { // its menus' letters reach the whole window
            for (QAction* menu : bar->actions())
                if (menu->isVisible())
                    add(menu->text());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it->size() > 1)
            m_problems << where + QStringLiteral(": %1 for more than one control: ").arg(it.key()) +
                              it->join(QStringLiteral(" | "));
}

// The same within one menu (or the menu bar): the letter then only moves between the items.
void TestWalk::checkMenuMnemonics(const QList<QAction*>& actions, const QString& where)
{
    QHash<QString, QStringList> byKey;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty())
            byKey[key.toString()] << action->text();
        if (action->menu())
            checkMenuMnemonics(action->menu()->actions(), where + QStringLiteral(" ▸ ") + action->text());
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it->size() > 1)
            m_problems << where + QStringLiteral(": %1 for more than one item: ").arg(it.key()) +
                              it->join(QStringLiteral(" | "));
}

void TestWalk::dismissOpenWindows()
{
    if (QWidget* popup = QApplication::activePopupWidget()) {
        m_seen << m_step + QStringLiteral(": popup");
        popup->close();
        return;
    }
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top == m_window || !top->isVisible() || top->inherits("QMenu") || top->inherits("QToolTip") ||
            top->inherits("QTipLabel") || top->windowType() == Qt::ToolTip)
            continue;
        auto* dialog = qobject_cast<QDialog*>(top);
        if (!dialog) {
            if (top->isWindow() && top->windowType() != Qt::Popup && top->windowType() != Qt::Desktop) {
                m_seen << m_step + QStringLiteral(": window ") + QString::fromLatin1(top->metaObject()->className());
                top->close();
            }
            continue;
        }
        m_seen << m_step + QStringLiteral(": ") + QString::fromLatin1(dialog->metaObject()->className()) +
                      QStringLiteral(" “") + dialog->windowTitle() + u'”';
        checkWindow(dialog);
        dialog->reject();
        return; // one at a time: a rejected dialog may open the next (a confirmation)
    }
}

void TestWalk::runAndDismiss(const std::function<void()>& step, const QString& what)
{
    m_step = what;
    step();
    // Window-modal dialogs (open()) stay after step() returns: wait until every one is gone.
    const bool closed = QTest::qWaitFor(
        [&] {
            for (QWidget* top : QApplication::topLevelWidgets())
                if (top != m_window && top->isVisible() && (qobject_cast<QDialog*>(top) || top->inherits("QMenu")))
                    return false;
            return true;
        },
        3000);
    QVERIFY2(closed, qPrintable(what + QStringLiteral(" left a window open")));
    QVERIFY2(m_window, qPrintable(what + QStringLiteral(" closed the main window")));
}

void TestWalk::walk()
{
    QFETCH(QString, language);
    QFETCH(bool, clinician);
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("walk%1.sqlite").arg(++n));
    Settings settings;
    test::prepareDemoWindow(path, settings, language, clinician);
    LanguageManager languages;
    languages.apply(language);
    auto window = std::make_unique<MainWindow>(&settings, &languages);
    m_window = window.get();
    QVERIFY(!window->openDatabase(path));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->currentParticipantId() > 0);
    m_seen.clear();
    m_problems.clear();
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, &TestWalk::dismissOpenWindows);
    closer.start(40);

    // Every button of every tab (the window's own first, then each tab's page, as it is built when first shown).
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    int buttonsPressed = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (!tabs->isTabVisible(tab))
            continue;
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        QWidget* page = tabs->widget(tab);
        m_step = tabs->tabText(tab);
        checkWindow(window.get()); // the window itself, with this tab shown
        // Rows selected where a button needs one (edit, end, delete, acknowledge).
        for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 0));
        for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
            if (!button->isVisible() || !button->isEnabled() || button->inherits("QTabBar") ||
                button->objectName().startsWith(QStringLiteral("qt_")) || button->parentWidget()->inherits("QTabBar"))
                continue;
            const QString what = tabs->tabText(tab) + QStringLiteral(" ▸ ") +
                                 (button->text().isEmpty() ? button->objectName() : button->text());
            runAndDismiss([button] { button->click(); }, what);
            ++buttonsPressed;
            if (!m_window)
                return;
        }
    }
    QVERIFY(buttonsPressed >= 10);

    // Every action of every menu, except leaving: quitting, and the language and mode switches come last.
    QList<QAction*> actions;
    for (QAction* menu : window->menuBar()->actions())
        if (menu->menu() && menu->isVisible())
            actions += menuActions(menu->menu());
    checkMenuMnemonics(window->menuBar()->actions(), QStringLiteral("menu bar"));
    int triggered = 0;
    for (QAction* action : actions) {
        const QString name = action->objectName();
        if (name == QStringLiteral("quit") || name.startsWith(QStringLiteral("language_")) ||
            name == QStringLiteral("clinicianMode") || !action->isEnabled())
            continue;
        runAndDismiss([action] { action->trigger(); }, action->text());
        ++triggered;
    }
    QVERIFY2(triggered >= (clinician ? 14 : 11), qPrintable(QString::number(triggered)));
    for (const QString& other : {QStringLiteral("language_en"), QStringLiteral("language_nl"), language}) {
        auto* action = window->findChild<QAction*>(QStringLiteral("language_") + other.section(u'_', -1));
        QVERIFY(action);
        runAndDismiss([action] { action->trigger(); }, action->text());
    }
    auto* mode = window->findChild<QAction*>(QStringLiteral("clinicianMode"));
    runAndDismiss([mode] { mode->trigger(); }, mode->text());
    runAndDismiss([mode] { mode->trigger(); }, mode->text());
    QVERIFY(window->currentParticipantId() > 0);
    closer.stop();

    // Dialogs the walk must have met (a button that silently does nothing is a defect too).
    const QString seen = m_seen.join(u'\n');
    for (const char* expected :
         {"EntryDialog", "InterventionDialog", "QuestionnaireDialog", "ExportDialog", "SecurityDialog"})
        QVERIFY2(seen.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("never opened: ") + QLatin1String(expected) + u'\n' + seen));
    if (clinician)
        QVERIFY2(seen.contains(QLatin1String("ParticipantDialog")), qPrintable(seen));
    m_problems.removeDuplicates();
    for (const QString& problem : std::as_const(m_problems))
        qWarning().noquote() << problem;
    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(m_problems.size())));
    window.reset();
}

QTEST_MAIN(TestWalk)
#include "tst_walk.moc"
