// An information icon and one or two sentences, read out as one note by a screen reader.
#include "ui/PlainFileNote.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace mb {

PlainFileNote::PlainFileNote(Kind kind, bool encrypted, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("plainFileNote"));
    setFrameShape(QFrame::StyledPanel);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(encrypted);
    retranslate();
}

QString PlainFileNote::text() const
{
    return m_text->text();
}

void PlainFileNote::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void PlainFileNote::retranslate()
{
    m_text->setText(m_kind == Kind::Export
                        ? tr("The database is encrypted, but the export is not: anyone who gets the file can read it. "
                             "Keep it somewhere safe and delete it when you no longer need it.")
                        : tr("The database is encrypted, but the report is not: anyone who gets the PDF can read it. "
                             "Keep it somewhere safe and delete it when you no longer need it."));
    setAccessibleName(tr("Note"));
    setAccessibleDescription(m_text->text());
    m_text->setAccessibleName(m_text->text());
}

} // namespace mb
