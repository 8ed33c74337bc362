// A row of toggleable tag chips (a colour dot and the name), each reachable with Tab and toggled with Space: the
// entry form's tags. Past a few rows (a Daylio import brings many) the chips scroll.
#pragma once

#include "core/Tag.h"

#include <QWidget>

class QGridLayout;
class QScrollArea;
class QToolButton;

namespace mb {

class TagChips : public QWidget {
    Q_OBJECT
public:
    explicit TagChips(QWidget* parent = nullptr);

    // Chips for the live tags and for the archived ones among selected (so that an edit keeps them).
    void setTags(const QList<Tag>& tags, const QList<qint64>& selected);
    QList<qint64> selected() const; // ascending
    QList<QToolButton*> chips() const { return m_chips; }
    QToolButton* chip(const QString& name) const;
    // A small round icon in the tag's colour.
    static QIcon dot(const QString& colour);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    QScrollArea* m_scroll;
    QGridLayout* m_grid;
    QList<QToolButton*> m_chips;
    QList<Tag> m_tags; // parallel to m_chips
};

} // namespace mb
