// The header's texts, read from the store whenever the workspace says something of the participant changed.
#include "ui/ParticipantHeader.h"

#include "storage/Store.h"
#include "ui/QuestionnairePanel.h"
#include "ui/Style.h"
#include "ui/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mb {

ParticipantHeader::ParticipantHeader(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel)
    , m_facts(new QLabel)
    , m_newEntry(new QPushButton)
    , m_flagWarning(new QLabel)
    , m_readOnlyBanner(new QLabel)
{
    m_title->setObjectName(QStringLiteral("participantHeader"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setObjectName(QStringLiteral("participantSubHeader"));
    m_facts->setWordWrap(true);
    m_newEntry->setObjectName(QStringLiteral("newEntryButton"));
    connect(m_newEntry, &QPushButton::clicked, this, &ParticipantHeader::newEntryRequested);
    m_flagWarning->setObjectName(QStringLiteral("flagWarning"));
    m_flagWarning->setWordWrap(true);
    m_flagWarning->setStyleSheet(Style::alertStyleSheet());
    m_flagWarning->hide();
    // A backup opened directly (or a file that cannot be written) is only read: said before anything is typed.
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("#readOnlyBanner { background: #fff4ce; border: 1px solid "
                                                   "#e0c060; border-radius: 4px; padding: 4px 8px; }"));
    m_readOnlyBanner->hide();

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_facts);
    top->addLayout(titles, 1);
    top->addWidget(m_newEntry, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createDemoBanner());
    layout->addWidget(m_readOnlyBanner);
    layout->addLayout(top);
    layout->addWidget(m_flagWarning);

    connect(workspace, &Workspace::dataChanged, this, &ParticipantHeader::refresh);
    connect(workspace, &Workspace::participantChanged, this, &ParticipantHeader::refresh);
    connect(workspace, &Workspace::storeChanged, this, &ParticipantHeader::refresh);
    retranslate();
}

QWidget* ParticipantHeader::createDemoBanner()
{
    m_demoBanner = new QWidget;
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setStyleSheet(QStringLiteral("#demoBanner { background: #fff4ce; border: 1px solid #e0c060; "
                                               "border-radius: 4px; }"));
    m_demoText = new QLabel;
    m_demoText->setWordWrap(true);
    m_leaveDemo = new QPushButton;
    m_leaveDemo->setObjectName(QStringLiteral("leaveDemo"));
    connect(m_leaveDemo, &QPushButton::clicked, this, &ParticipantHeader::leaveDemoRequested);
    auto* banner = new QHBoxLayout(m_demoBanner);
    banner->setContentsMargins(8, 4, 8, 4);
    banner->addWidget(m_demoText, 1);
    banner->addWidget(m_leaveDemo);
    m_demoBanner->hide();
    return m_demoBanner;
}

void ParticipantHeader::setSinglePerson(bool single)
{
    m_single = single;
    retranslate(); // the tooltip tells what Ctrl+N does
    refresh();     // the flag's warning says where to turn to the person themself
}

void ParticipantHeader::setDemo(bool demo)
{
    m_demoBanner->setVisible(demo);
}

void ParticipantHeader::setFlagWarningAllowed(bool allowed)
{
    m_flagAllowed = allowed;
    m_flagWarning->setVisible(m_flagAllowed && !m_flagWarning->text().isEmpty());
}

void ParticipantHeader::refresh()
{
    Store* store = m_workspace->store();
    const auto p = m_workspace->participant();
    const bool writable = p && !p->isWithdrawn() && !m_workspace->isReadOnly();
    m_newEntry->setEnabled(writable);
    m_readOnlyBanner->setText(m_workspace->isReadOnly() ? store->database().readOnlyReason() : QString());
    m_readOnlyBanner->setVisible(m_workspace->isReadOnly());
    m_flagWarning->setText(p ? QuestionnairePanel::unacknowledgedFlagText(*store, p->id, m_single) : QString());
    setFlagWarningAllowed(m_flagAllowed);
    if (!p) {
        const bool nobody = store && !m_single && store->participants().isEmpty();
        m_title->setText(m_single ? QString() : tr("No participant selected"));
        m_facts->setText(nobody ? tr("Add the first participant with Participant ▸ New participant (Ctrl+Shift+N).")
                                : QString());
        return;
    }
    m_title->setText(m_single ? tr("My journal") : p->title());
    m_facts->setText(facts());
}

QString ParticipantHeader::facts() const
{
    const auto p = m_workspace->participant();
    QStringList facts;
    if (!p->arm.isEmpty())
        facts << tr("Arm: %1").arg(p->arm);
    if (p->enrolled.isValid())
        facts << tr("Enrolled %1").arg(QLocale().toString(p->enrolled, QLocale::ShortFormat));
    const qint64 count = m_workspace->store()->journal().count(p->id);
    facts << tr("%n entries", nullptr, int(count));
    if (p->isWithdrawn())
        facts << tr("Withdrew %1 — read-only").arg(QLocale().toString(p->withdrawn, QLocale::ShortFormat));
    return facts.join(QStringLiteral(" · "));
}

void ParticipantHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ParticipantHeader::retranslate()
{
    m_newEntry->setText(tr("&New entry…"));
    m_newEntry->setToolTip(m_single ? tr("The full entry form: every measure, a note and tags (Alt+N; Ctrl+N "
                                         "opens the quick check-in)")
                                    : tr("Record an entry for this participant (Ctrl+N)"));
    m_newEntry->setAccessibleName(tr("New entry"));
    m_demoText->setText(tr("<b>Demo data.</b> Everything here is made up, to show what MoodBiome does. Changes stay "
                           "in the demo database."));
    m_leaveDemo->setText(tr("Open m&y own database"));
    refresh();
}

} // namespace mb
