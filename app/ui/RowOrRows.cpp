// Putting groups of controls on as few rows as the width allows, again at every resize and change of text.
#include "ui/RowOrRows.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace mb {

RowOrRows::RowOrRows(const QList<Group>& groups, QWidget* parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(0, 0, 0, 0);
    for (const Group& group : groups) {
        auto* box = new QWidget(this);
        group.layout->setContentsMargins(0, 0, 0, 0);
        box->setLayout(group.layout);
        m_groups.append(box);
        m_stretch.append(group.stretch);
    }
    arrange({0});
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

RowOrRows::RowOrRows(QLayout* first, QLayout* second, int firstStretch, int secondStretch, QWidget* parent)
    : RowOrRows({{first, firstStretch}, {second, secondStretch}}, parent)
{
}

QHBoxLayout* RowOrRows::line(std::initializer_list<QWidget*> widgets)
{
    auto* layout = new QHBoxLayout;
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    return layout;
}

QSize RowOrRows::minimumSizeHint() const
{
    int width = 0;
    for (const QWidget* group : m_groups)
        width = std::max(width, group->minimumSizeHint().width());
    return {width, m_rows->minimumSize().height()};
}

bool RowOrRows::event(QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        fit(); // a new width, or new texts (another language)
    return QWidget::event(event);
}

// Greedily: each group on the row before when it fits there.
QList<int> RowOrRows::rowStartsFor(int width) const
{
    QList<int> starts{0};
    int used = 0;
    for (int i = 0; i < m_groups.size(); ++i) {
        const int needed = m_groups[i]->minimumSizeHint().width();
        if (i > 0 && used + m_rows->spacing() + needed > width) {
            starts.append(i);
            used = needed;
        } else {
            used += (i > 0 ? m_rows->spacing() : 0) + needed;
        }
    }
    return starts;
}

void RowOrRows::fit()
{
    const QList<int> starts = rowStartsFor(width());
    if (starts != m_rowStarts) {
        arrange(starts);
        updateGeometry();
    }
}

void RowOrRows::arrange(const QList<int>& rowStarts)
{
    while (QLayoutItem* row = m_rows->takeAt(0))
        delete row; // the row's layout, not the groups in it
    for (int r = 0; r < rowStarts.size(); ++r) {
        const int end = r + 1 < rowStarts.size() ? rowStarts[r + 1] : int(m_groups.size());
        auto* row = new QHBoxLayout;
        m_rows->addLayout(row);
        const bool alone = end - rowStarts[r] == 1;
        for (int i = rowStarts[r]; i < end; ++i)
            row->addWidget(m_groups[i], alone ? 1 : m_stretch[i]);
        if (!alone)
            row->addStretch(); // takes the room only where no group on the row has a stretch
    }
    m_rowStarts = rowStarts;
}

} // namespace mb
