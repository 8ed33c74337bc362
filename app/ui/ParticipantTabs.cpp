// Making each tab's panel when it is first shown, and handing it the workspace to follow.
#include "ui/ParticipantTabs.h"

#include "ui/AnalysisPanel.h"
#include "ui/AuditTrailView.h"
#include "ui/ChartView.h"
#include "ui/CohortView.h"
#include "ui/InsightsPanel.h"
#include "ui/InterventionPanel.h"
#include "ui/JournalPanel.h"
#include "ui/QuestionnairePanel.h"
#include "ui/TabOrder.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QScrollArea>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mb {

namespace {
// Where the tabs have no room, the other tabs' labels are shortened and the current tab's is kept whole.
class ElidingTabBar : public QTabBar {
public:
    ElidingTabBar()
    {
        setElideMode(Qt::ElideRight);
        setUsesScrollButtons(false);
        // Lay the tabs out again for the new current tab (setting the elide mode does that).
        connect(this, &QTabBar::currentChanged, this, [this] { setElideMode(Qt::ElideRight); });
    }

protected:
    QSize minimumTabSizeHint(int index) const override
    {
        return index == currentIndex() ? tabSizeHint(index) : QTabBar::minimumTabSizeHint(index);
    }
};
} // namespace

ParticipantTabs::ParticipantTabs(Workspace* workspace, QWidget* parent)
    : QTabWidget(parent)
    , m_workspace(workspace)
    , m_chart(new ChartView)
{
    setObjectName(QStringLiteral("tabs"));
    // Beside the participant list of a narrow window the labels are shortened (the whole one in the tooltip),
    // rather than tabs hidden behind scroll arrows.
    setTabBar(new ElidingTabBar);
    // The tab bar is the keyboard stop. As its focus proxy the tab widget said it had the focus too, and screen
    // readers met an unnamed container the size of the tab.
    setFocusProxy(nullptr);
    setFocusPolicy(Qt::NoFocus);
    setDocumentMode(true);
    m_chart->follow(workspace);
    addTab(m_chart, QString());
    // The other tabs get their panel when first shown: until then nothing of theirs is built or read.
    for (int tab = Journal; tab < TabCount; ++tab) {
        auto* page = new QWidget;
        (new QVBoxLayout(page))->setContentsMargins(0, 0, 0, 0);
        addTab(page, QString());
        m_pages.append(page);
    }
    connect(this, &QTabWidget::currentChanged, this, &ParticipantTabs::ensureContent);
    retranslate();
}

// The clinician's tabs are taken out of the tab bar rather than hidden in it: a hidden tab was still offered to
// screen readers, and it could be activated (by them, by Ctrl+8), showing its page with no tab selected. They are
// the last ones, so the other tabs keep their index.
void ParticipantTabs::setClinicianMode(bool clinician)
{
    const bool shown = count() == TabCount;
    if (clinician && !shown) {
        for (int tab = Cohort; tab < TabCount; ++tab)
            addTab(m_pages.at(tab - Journal), QString());
        retranslate();
    } else if (!clinician && shown) {
        for (int tab = TabCount - 1; tab >= Cohort; --tab)
            removeTab(tab);
    }
    m_chart->setSinglePerson(!clinician);
    if (auto* questionnaires = findChild<QuestionnairePanel*>())
        questionnaires->setSinglePerson(!clinician);
}

void ParticipantTabs::addShortcutsTo(QWidget* window)
{
    for (int tab = 0; tab < TabCount; ++tab) {
        auto* shortcut = new QAction(window);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(shortcut, &QAction::triggered, this, [this, tab] {
            setCurrentIndex(tab);
            focusPage(tab);
        });
        window->addAction(shortcut);
    }
}

namespace {
// Shown, or to be shown as soon as the event loop runs (a widget a layout took in is shown a moment later).
bool shownOrAboutTo(QWidget* w, QWidget* page)
{
    for (QWidget* x = w; x && x != page; x = x->parentWidget())
        if (x->isHidden() && x->testAttribute(Qt::WA_WState_ExplicitShowHide))
            return false;
    return true;
}

// The keyboard stop the eye meets first: the top one, of those at the same height the left one. (The order of the
// focus chain is no guide: a widget a RowOrRows takes in goes to its end.)
QWidget* firstKeyboardStop(QWidget* page)
{
    QWidget* first = nullptr;
    QPoint firstAt;
    for (QWidget* w : keyboardStops(page)) {
        if (!w->isEnabled() || !shownOrAboutTo(w, page))
            continue;
        const QPoint at = w->mapTo(page, QPoint(0, 0));
        if (!first || at.y() < firstAt.y() || (at.y() == firstAt.y() && at.x() < firstAt.x())) {
            first = w;
            firstAt = at;
        }
    }
    return first;
}
} // namespace

void ParticipantTabs::focusPage(int tab, int triesLeft)
{
    QWidget* page = widget(tab);
    if (currentIndex() != tab || !page) // a tab taken out in single-person mode, or another tab chosen since
        return;
    // The focus was left where it was: on the participant list, or on a widget of the page just hidden.
    if (QWidget* first = firstKeyboardStop(page); first && first->isVisible())
        return first->setFocus(Qt::ShortcutFocusReason);
    setFocus(Qt::ShortcutFocusReason); // the tab bar, which names the page
    if (triesLeft > 0)
        QTimer::singleShot(0, this, [this, tab, triesLeft] { focusPage(tab, triesLeft - 1); });
}

JournalPanel* ParticipantTabs::journal()
{
    if (!m_journal) {
        m_journal = new JournalPanel(m_workspace);
        connect(m_journal, &JournalPanel::selectionChanged, this, &ParticipantTabs::journalSelectionChanged);
        connect(m_journal, &JournalPanel::statusMessage, this, &ParticipantTabs::statusMessage);
        widget(Journal)->layout()->addWidget(m_journal);
        m_journal->show(); // now, not after the event loop: Ctrl+2 puts the focus into it at once
    }
    return m_journal;
}

void ParticipantTabs::refreshJournalTexts()
{
    if (m_journal)
        m_journal->refreshTexts();
}

qint64 ParticipantTabs::selectedEntryId() const
{
    return m_journal ? m_journal->selectedEntryId() : 0;
}

void ParticipantTabs::ensureContent(int tab)
{
    if (tab == Journal)
        return void(journal());
    QWidget* page = widget(tab);
    if (tab < Interventions || !page || page->layout()->count() > 0)
        return;
    QWidget* content = createPanel(Tab(tab));
    // In a scroll area: a panel wider than the room it gets scrolls, instead of pushing the participant list
    // narrower from tab to tab.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("tabScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // not a keyboard stop of its own: it shows no focus and has no name
    scroll->setWidget(content);
    page->layout()->addWidget(scroll);
    content->show();
}

QWidget* ParticipantTabs::createPanel(Tab tab)
{
    switch (tab) {
    case Interventions: {
        auto* panel = new InterventionPanel(m_workspace->editor());
        panel->follow(m_workspace);
        return panel;
    }
    case Questionnaires: {
        auto* panel = new QuestionnairePanel(m_workspace->editor());
        panel->setSinglePerson(count() != TabCount); // the clinician's tabs are taken out in single-person mode
        panel->follow(m_workspace);
        return panel;
    }
    case Analysis: {
        auto* panel = new AnalysisPanel;
        panel->follow(m_workspace);
        return panel;
    }
    case Insights: {
        auto* panel = new InsightsPanel;
        panel->follow(m_workspace);
        connect(panel, &InsightsPanel::randomisedTrialRequested, this, [this] { setCurrentIndex(Interventions); });
        return panel;
    }
    case Cohort: {
        auto* view = new CohortView;
        view->follow(m_workspace);
        connect(view, &CohortView::participantActivated, this, [this](qint64 participant) {
            m_workspace->setParticipant(participant);
            setCurrentIndex(Chart);
        });
        return view;
    }
    default: {
        auto* view = new AuditTrailView;
        view->follow(m_workspace);
        return view;
    }
    }
}

void ParticipantTabs::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void ParticipantTabs::retranslate()
{
    const QStringList titles{tr("Chart"),    tr("Journal"),  tr("Interventions"), tr("Questionnaires"),
                             tr("Analysis"), tr("Insights"), tr("Cohort"),        tr("Audit trail")};
    for (int tab = 0; tab < count(); ++tab) {
        setTabText(tab, titles.value(tab));
        setTabToolTip(tab, titles.value(tab));
    }
}

} // namespace mb
