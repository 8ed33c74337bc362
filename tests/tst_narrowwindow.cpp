// The main window at its minimum size (900x560), in English and Dutch and in both modes, on a demo database: the
// tab bar has no scroll arrows (beside the clinician's participant list the other tabs' labels are shortened, whole
// in the tooltip, the current one's whole; for one person all are whole), and no tab scrolls sideways or cuts a
// control short, also beside the participant list. The Dutch legend of the analysis chart held its tab at some 776
// pixels; the tab bar needed arrows; the questionnaires', cohort's and audit trail's rows of controls needed 550-800.
#include "DemoWindowSupport.h"
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/DemoWriter.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/ParticipantTabs.h"
#include "ui/Settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace mb;

namespace {

// A scroll area in the tab that shows its horizontal scroll bar: the content is wider than the room.
QStringList sidewaysScrolling(QWidget* page, const QString& where)
{
    QStringList problems;
    for (QScrollArea* scroll : page->findChildren<QScrollArea*>())
        if (scroll->isVisible() && scroll->horizontalScrollBar()->isVisible())
            problems << where + QStringLiteral("%1 scrolls sideways: %2 pixels of content in %3")
                                    .arg(scroll->objectName())
                                    .arg(scroll->widget()->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width());
    return problems;
}

QString controlName(const QWidget* control)
{
    QString text;
    if (auto* label = qobject_cast<const QLabel*>(control))
        text = label->text();
    else if (auto* button = qobject_cast<const QAbstractButton*>(control))
        text = button->text();
    return control->objectName() + (text.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(text));
}

// How much of a widget's width its parents leave in sight (a scroll area's viewport, a splitter's pane).
int widthShown(const QWidget* widget)
{
    int left = 0;
    int right = widget->width();
    for (const QWidget* w = widget; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        left = std::clamp(left + w->x(), 0, w->parentWidget()->width());
        right = std::clamp(right + w->x(), 0, w->parentWidget()->width());
    }
    return right - left;
}

// A label, button, list or field narrower than it needs, or reaching past the tab's edge: its text is cut.
QStringList clippedControls(QWidget* page, const QString& where)
{
    QStringList problems;
    for (QWidget* control : page->findChildren<QWidget*>()) {
        const bool checked = qobject_cast<QLabel*>(control) || qobject_cast<QAbstractButton*>(control) ||
                             qobject_cast<QComboBox*>(control) || qobject_cast<QAbstractSpinBox*>(control);
        bool inTable = false;
        for (QWidget* up = control->parentWidget(); up && up != page; up = up->parentWidget())
            inTable = inTable || qobject_cast<QAbstractItemView*>(up);
        if (!checked || inTable || !control->isVisible() || control->isWindow())
            continue;
        if (control->width() < control->minimumSizeHint().width())
            problems << where + QStringLiteral("%1 is %2 pixels wide, needs %3")
                                    .arg(controlName(control))
                                    .arg(control->width())
                                    .arg(control->minimumSizeHint().width());
        else if (const int shown = widthShown(control); shown < control->width())
            problems << where + QStringLiteral("%1 shows %2 of its %3 pixels")
                                    .arg(controlName(control))
                                    .arg(shown)
                                    .arg(control->width());
    }
    return problems;
}

// Each problem on a line of its own, and their number for the failure.
QByteArray reported(const QStringList& problems)
{
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    return QStringLiteral("%1 problems, listed above").arg(problems.size()).toUtf8();
}

} // namespace

class TestNarrowWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void nothingScrollsSideways_data();
    void nothingScrollsSideways();
    void anotherLanguageRefitsTheRows();
    void questionnaireTableShowsWholeRows_data();
    void questionnaireTableShowsWholeRows();

private:
    std::unique_ptr<MainWindow> narrowWindow(Settings& settings, LanguageManager& languages, const QString& language,
                                             bool clinician);

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
};

void TestNarrowWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("moodbiome-test-narrow"));
}

void TestNarrowWindow::nothingScrollsSideways_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("clinician");
    QTest::newRow("nl, clinician") << QStringLiteral("nl") << true;
    QTest::newRow("nl, single person") << QStringLiteral("nl") << false;
    QTest::newRow("en, clinician") << QStringLiteral("en") << true;
    QTest::newRow("en, single person") << QStringLiteral("en") << false;
}

// Wide first, every tab shown, then as narrow as it goes: what was laid out wide has to give the room back.
std::unique_ptr<MainWindow> TestNarrowWindow::narrowWindow(Settings& settings, LanguageManager& languages,
                                                           const QString& language, bool clinician)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("narrow%1.sqlite").arg(++n));
    test::prepareDemoWindow(path, settings, language, clinician);
    languages.apply(language);
    auto window = std::make_unique<MainWindow>(&settings, &languages);
    if (window->openDatabase(path))
        return nullptr;
    window->resize(1500, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || window->currentParticipantId() <= 0)
        return nullptr;
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
    }
    window->resize(900, 560);
    return QTest::qWaitFor([&] { return window->width() == 900; }) ? std::move(window) : nullptr;
}

void TestNarrowWindow::nothingScrollsSideways()
{
    QFETCH(QString, language);
    QFETCH(bool, clinician);
    Settings settings;
    LanguageManager languages;
    const std::unique_ptr<MainWindow> narrow = narrowWindow(settings, languages, language, clinician);
    QVERIFY(narrow);
    MainWindow& window = *narrow;
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    QTabBar* bar = tabs->tabBar();
    QStringList problems;
    // The participant list gives up part of the room too, or the tab labels beside it shrink to a letter or two.
    auto* splitter = window.findChild<QSplitter*>();
    QVERIFY(splitter);
    if (clinician && splitter->sizes().value(0) > splitter->width() * 2 / 5)
        problems << QStringLiteral("the participant list keeps %1 of %2 pixels")
                        .arg(splitter->sizes().value(0))
                        .arg(splitter->width());
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (!tabs->isTabVisible(tab))
            continue;
        tabs->setCurrentIndex(tab);
        QTest::qWait(100);
        const QString where = tabs->tabText(tab) + QStringLiteral(": ");
        if (window.width() > 900)
            problems << where + QStringLiteral("the window grew to %1 pixels").arg(window.width());
        for (QToolButton* arrow : bar->findChildren<QToolButton*>())
            if (arrow->isVisible())
                problems << where + QStringLiteral("the tab bar shows scroll arrows");
        for (int other = 0; other < bar->count(); ++other) {
            const QString text = bar->tabText(other);
            const int needed = bar->fontMetrics().horizontalAdvance(text);
            if (bar->isTabVisible(other) && bar->tabRect(other).width() < needed && (!clinician || other == tab))
                problems << where + QStringLiteral("the tab “%1” is cut short").arg(text);
            if (bar->tabToolTip(other) != text)
                problems << where + QStringLiteral("the tab “%1” has no tooltip with its whole name").arg(text);
        }
        problems << sidewaysScrolling(tabs->widget(tab), where) << clippedControls(tabs->widget(tab), where);
    }
    QVERIFY2(problems.isEmpty(), reported(problems).constData());
}

// Laid out narrow in English, then switched to Dutch (longer labels) and back: the rows of controls follow.
void TestNarrowWindow::anotherLanguageRefitsTheRows()
{
    Settings settings;
    LanguageManager languages;
    const std::unique_ptr<MainWindow> window = narrowWindow(settings, languages, QStringLiteral("en"), true);
    QVERIFY(window);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QStringList problems;
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        languages.apply(language);
        for (int tab : {ParticipantTabs::Questionnaires, ParticipantTabs::Cohort, ParticipantTabs::AuditTrail}) {
            tabs->setCurrentIndex(tab);
            const QString where = language + u' ' + tabs->tabText(tab) + QStringLiteral(": ");
            // The rows settle over a few passes of the event loop, more of them on a busy machine: until a deadline.
            QStringList found;
            (void)QTest::qWaitFor(
                [&] {
                    found = sidewaysScrolling(tabs->widget(tab), where) + clippedControls(tabs->widget(tab), where);
                    return found.isEmpty();
                },
                3000);
            problems << found;
        }
    }
    QVERIFY2(problems.isEmpty(), reported(problems).constData());
}

void TestNarrowWindow::questionnaireTableShowsWholeRows_data()
{
    nothingScrollsSideways_data();
}

// The responses table got a third of the room under the banner and the buttons: at the smallest window it showed a
// row and a half, and a flagged PHQ-9 row was cut off. It shows at least three whole rows there, five at 1280x800.
void TestNarrowWindow::questionnaireTableShowsWholeRows()
{
    QFETCH(QString, language);
    QFETCH(bool, clinician);
    Settings settings;
    LanguageManager languages;
    const std::unique_ptr<MainWindow> narrow = narrowWindow(settings, languages, language, clinician);
    QVERIFY(narrow);
    auto* tabs = narrow->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(ParticipantTabs::Questionnaires);
    auto* table = narrow->findChild<QTableView*>(QStringLiteral("responses"));
    QTRY_VERIFY(table->isVisible());
    QVERIFY(table->model()->rowCount() >= 5); // the demo's responses
    for (const auto& [size, rows] : {std::pair{QSize(900, 560), 3}, std::pair{QSize(1280, 800), 5}}) {
        narrow->resize(size);
        QTRY_COMPARE(narrow->size(), size);
        QTest::qWait(50);
        const int last = rows - 1;
        const int bottom = table->rowViewportPosition(last) + table->rowHeight(last);
        QVERIFY2(table->rowViewportPosition(0) >= 0 && bottom <= table->viewport()->height(),
                 qPrintable(QStringLiteral("%1x%2: %3 rows need %4 pixels, the table shows %5")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(rows)
                                .arg(bottom)
                                .arg(table->viewport()->height())));
    }
}

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
