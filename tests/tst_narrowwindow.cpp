// The main window at its minimum size (900x560), in English and Dutch and in both modes, on a demo database: the
// tab bar has no scroll arrows (beside the clinician's participant list the other tabs' labels are shortened, whole
// in the tooltip, the current one's whole; for one person all are whole), and the analysis tab does not scroll
// sideways, nor, for one person, any other tab. The Dutch legend of the analysis chart held its tab at some 776 pixels;
// the tab bar needed arrows.
#include "DemoWindowSupport.h"
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/DemoWriter.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/ParticipantTabs.h"
#include "ui/Settings.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

using namespace mb;

class TestNarrowWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void nothingScrollsSideways_data();
    void nothingScrollsSideways();

private:
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

void TestNarrowWindow::nothingScrollsSideways()
{
    QFETCH(QString, language);
    QFETCH(bool, clinician);
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("narrow%1.sqlite").arg(++n));
    Settings settings;
    test::prepareDemoWindow(path, settings, language, clinician);
    LanguageManager languages;
    languages.apply(language);
    MainWindow window(&settings, &languages);
    QVERIFY(!window.openDatabase(path));
    // Wide first, every tab shown, then as narrow as it goes: what was laid out wide has to give the room back.
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.currentParticipantId() > 0);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
    }
    window.resize(900, 560);
    QTRY_COMPARE(window.width(), 900);
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
        if (clinician && tab != ParticipantTabs::Analysis)
            continue; // beside the participant list the cohort, audit trail and questionnaires still scroll
        for (QScrollArea* scroll : tabs->widget(tab)->findChildren<QScrollArea*>())
            if (scroll->isVisible() && scroll->horizontalScrollBar()->isVisible())
                problems << where + QStringLiteral("%1 scrolls sideways: %2 pixels of content in %3")
                                        .arg(scroll->objectName())
                                        .arg(scroll->widget()->minimumSizeHint().width())
                                        .arg(scroll->viewport()->width());
    }
    for (const QString& problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
