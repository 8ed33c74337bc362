// Groups of controls side by side where there is room; where there is not (a window of the minimum size, longer
// Dutch words) as many groups on a row as fit and the rest on the rows below, instead of every control being cut
// short or scrolled out of sight.
#pragma once

#include <QList>
#include <QWidget>

#include <initializer_list>

class QHBoxLayout;
class QLayout;
class QVBoxLayout;

namespace mb {

class RowOrRows : public QWidget {
public:
    struct Group {
        QLayout* layout; // its margins are set to none
        int stretch = 0; // a group with a stretch takes the room its row has left over
    };
    // The groups in reading order. A group alone on its row has the row's whole width; a row of groups that all
    // have no stretch is filled from the left.
    explicit RowOrRows(const QList<Group>& groups, QWidget* parent = nullptr);
    RowOrRows(QLayout* first, QLayout* second, int firstStretch = 1, int secondStretch = 0, QWidget* parent = nullptr);

    // Widgets side by side, as a group.
    static QHBoxLayout* line(std::initializer_list<QWidget*> widgets);

    int rowCount() const { return int(m_rowStarts.size()); }
    bool isOneRow() const { return rowCount() == 1; }
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;

private:
    QList<int> rowStartsFor(int width) const;
    void fit();
    void arrange(const QList<int>& rowStarts);

    QList<QWidget*> m_groups; // each group's layout in a widget of its own, which moves from row to row
    QList<int> m_stretch;
    QVBoxLayout* m_rows;
    QList<int> m_rowStarts; // the first group of each row
};

} // namespace mb
