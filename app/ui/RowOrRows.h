// Two groups of controls side by side where there is room, the second under the first where there is not (a window
// of the minimum size, longer Dutch words), instead of every control being cut short or scrolled out of sight.
#pragma once

#include <QBoxLayout>
#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace mb {

class RowOrRows : public QWidget {
public:
    // The stretch factors say which group takes the room left over when they are side by side.
    RowOrRows(QLayout* first, QLayout* second, int firstStretch = 1, int secondStretch = 0, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_first(first)
        , m_second(second)
        , m_box(new QBoxLayout(QBoxLayout::LeftToRight, this))
    {
        m_box->setContentsMargins(0, 0, 0, 0);
        m_box->addLayout(first, firstStretch);
        m_box->addLayout(second, secondStretch);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

    bool isOneRow() const { return m_box->direction() == QBoxLayout::LeftToRight; }

    QSize minimumSizeHint() const override
    {
        const QSize a = m_first->minimumSize();
        const QSize b = m_second->minimumSize();
        return {std::max(a.width(), b.width()),
                isOneRow() ? std::max(a.height(), b.height()) : a.height() + m_box->spacing() + b.height()};
    }

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
            fit(); // a new width, or new texts (another language)
        return QWidget::event(event);
    }

private:
    void fit()
    {
        const int oneRow = m_first->minimumSize().width() + m_box->spacing() + m_second->minimumSize().width();
        const auto direction = width() >= oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        if (m_box->direction() != direction) {
            m_box->setDirection(direction);
            updateGeometry();
        }
    }

    QLayout* m_first;
    QLayout* m_second;
    QBoxLayout* m_box;
};

} // namespace mb
