// Chips as checkable tool buttons in a grid, so that Tab reaches each and Space toggles it.
#include "ui/TagChips.h"

#include "ui/Palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mb {

namespace {
constexpr int chipsPerRow = 5;
constexpr int rowsShown = 4; // more scroll
} // namespace

TagChips::TagChips(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea)
    , m_grid(new QGridLayout(new QWidget))
{
    setObjectName(QStringLiteral("tagChips"));
    m_scroll->setWidget(m_grid->parentWidget());
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(4);
}

QIcon TagChips::dot(const QString& colour)
{
    return tagDot(colour);
}

void TagChips::setTags(const QList<Tag>& tags, const QList<qint64>& selected)
{
    qDeleteAll(m_chips);
    m_chips.clear();
    m_tags.clear();
    for (const Tag& tag : tags) {
        const bool on = selected.contains(tag.id);
        if (tag.archived && !on)
            continue;
        auto* chip = new QToolButton(m_grid->parentWidget());
        chip->setObjectName(QStringLiteral("tag_") + tag.name);
        chip->setCheckable(true);
        chip->setChecked(on);
        chip->setAutoRaise(false);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setIcon(dot(tag.colour));
        chip->setText(tag.name);
        connect(chip, &QToolButton::toggled, this, &TagChips::changed);
        m_grid->addWidget(chip, int(m_chips.size()) / chipsPerRow, int(m_chips.size()) % chipsPerRow);
        m_chips.append(chip);
        m_tags.append(tag);
    }
    for (int column = 0; column < chipsPerRow; ++column)
        m_grid->setColumnStretch(column, 0);
    m_grid->setColumnStretch(chipsPerRow, 1);
    // As high as the chips, up to rowsShown rows; a chip that gets the focus is scrolled into view.
    const int rows = int(std::min<qsizetype>((m_chips.size() + chipsPerRow - 1) / chipsPerRow, rowsShown));
    const int rowHeight = m_chips.isEmpty() ? 0 : m_chips.first()->sizeHint().height() + m_grid->verticalSpacing();
    m_scroll->setFixedHeight(rows * rowHeight);
    for (QToolButton* chip : std::as_const(m_chips))
        chip->installEventFilter(this);
    retranslate();
}

QList<qint64> TagChips::selected() const
{
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_chips.size(); ++i)
        if (m_chips[i]->isChecked())
            ids.append(m_tags[i].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QToolButton* TagChips::chip(const QString& name) const
{
    for (qsizetype i = 0; i < m_chips.size(); ++i)
        if (m_tags[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return m_chips[i];
    return nullptr;
}

bool TagChips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn)
        if (auto* chip = qobject_cast<QToolButton*>(watched))
            m_scroll->ensureWidgetVisible(chip);
    return QWidget::eventFilter(watched, event);
}

void TagChips::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TagChips::retranslate()
{
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        m_chips[i]->setAccessibleName(tr("Tag %1").arg(m_tags[i].name));
        m_chips[i]->setToolTip(m_tags[i].archived ? tr("%1 (archived)").arg(m_tags[i].name) : m_tags[i].name);
    }
}

} // namespace mb
