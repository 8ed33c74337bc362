// The tag list: one row per tag (its colour, its name, archived ones greyed), buttons beside it.
#include "ui/TagListEditor.h"

#include "storage/Store.h"
#include "ui/Editor.h"
#include "ui/Style.h"
#include "ui/TagChips.h"
#include "ui/Workspace.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mb {

TagListEditor::TagListEditor(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hint(new QLabel)
    , m_list(new QListWidget)
    , m_new(new QPushButton)
    , m_rename(new QPushButton)
    , m_colour(new QPushButton)
    , m_archive(new QPushButton)
    , m_up(new QPushButton)
    , m_down(new QPushButton)
    , m_error(new ErrorBanner)
{
    setObjectName(QStringLiteral("tagListEditor"));
    m_list->setObjectName(QStringLiteral("tagList"));
    m_hint->setWordWrap(true);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_new, m_rename, m_colour, m_archive, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);

    connect(m_new, &QPushButton::clicked, this, &TagListEditor::askCreate);
    connect(m_rename, &QPushButton::clicked, this, &TagListEditor::askRename);
    connect(m_colour, &QPushButton::clicked, this, &TagListEditor::askColour);
    connect(m_archive, &QPushButton::clicked, this, [this] { report(toggleArchivedSelected()); });
    connect(m_up, &QPushButton::clicked, this, [this] { report(moveSelected(-1)); });
    connect(m_down, &QPushButton::clicked, this, [this] { report(moveSelected(1)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TagListEditor::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TagListEditor::askRename);
    connect(workspace, &Workspace::tagsChanged, this, &TagListEditor::reload);
    connect(workspace, &Workspace::storeChanged, this, &TagListEditor::reload);
    retranslate();
    reload();
}

void TagListEditor::reload()
{
    const qint64 keep = selectedId();
    m_tags = m_workspace->store() ? m_workspace->store()->tags().list() : QList<Tag>();
    m_list->clear();
    for (const Tag& t : std::as_const(m_tags)) {
        auto* item =
            new QListWidgetItem(TagChips::dot(t.colour), t.archived ? tr("%1 (archived)").arg(t.name) : t.name);
        item->setData(Qt::UserRole, t.id);
        if (t.archived)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_list->addItem(item);
    }
    select(keep);
    updateButtons();
}

qint64 TagListEditor::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TagListEditor::select(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

std::optional<Tag> TagListEditor::selectedTag() const
{
    const qint64 id = selectedId();
    for (const Tag& t : m_tags)
        if (t.id == id)
            return t;
    return std::nullopt;
}

void TagListEditor::updateButtons()
{
    const auto tag = selectedTag();
    const int row = m_list->currentRow();
    const bool open = m_workspace->store() != nullptr;
    m_new->setEnabled(open);
    m_rename->setEnabled(tag.has_value());
    m_colour->setEnabled(tag.has_value());
    m_archive->setEnabled(tag.has_value());
    m_archive->setText(tag && tag->archived ? tr("Un&archive") : tr("&Archive"));
    m_up->setEnabled(tag && row > 0);
    m_down->setEnabled(tag && row + 1 < m_list->count());
}

void TagListEditor::report(const std::optional<QString>& error)
{
    if (error)
        m_error->showMessage(*error);
    else
        m_error->hide();
}

std::optional<QString> TagListEditor::create(const QString& name)
{
    qint64 id = 0;
    auto error = m_workspace->editor()->createTag(Tag{.name = name.trimmed()}, &id);
    if (!error)
        select(id);
    return error;
}

std::optional<QString> TagListEditor::renameSelected(const QString& name)
{
    auto tag = selectedTag();
    if (!tag)
        return tr("Choose a tag first.");
    tag->name = name.trimmed();
    return m_workspace->editor()->editTag(*tag);
}

std::optional<QString> TagListEditor::colourSelected(const QString& colour)
{
    auto tag = selectedTag();
    if (!tag)
        return tr("Choose a tag first.");
    tag->colour = colour;
    return m_workspace->editor()->editTag(*tag);
}

std::optional<QString> TagListEditor::toggleArchivedSelected()
{
    auto tag = selectedTag();
    if (!tag)
        return tr("Choose a tag first.");
    tag->archived = !tag->archived;
    return m_workspace->editor()->editTag(*tag);
}

std::optional<QString> TagListEditor::moveSelected(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_tags.size())
        return std::nullopt;
    QList<qint64> order;
    for (const Tag& t : std::as_const(m_tags))
        order.append(t.id);
    order.move(row, to);
    const qint64 id = order[to];
    auto error = m_workspace->editor()->reorderTags(order);
    select(id);
    return error;
}

void TagListEditor::askCreate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New tag"), tr("Name of the new tag (such as “coffee”):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        report(create(name));
}

void TagListEditor::askRename()
{
    const auto tag = selectedTag();
    if (!tag)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename tag"), tr("New name of “%1”:").arg(tag->name),
                                               QLineEdit::Normal, tag->name, &ok);
    if (ok)
        report(renameSelected(name));
}

void TagListEditor::askColour()
{
    const auto tag = selectedTag();
    if (!tag)
        return;
    const QColor colour = QColorDialog::getColor(QColor(tag->colour), this, tr("Colour of “%1”").arg(tag->name));
    if (colour.isValid())
        report(colourSelected(colour.name(QColor::HexRgb)));
}

void TagListEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void TagListEditor::retranslate()
{
    m_hint->setText(tr("A tag is a yes/no fact about a day, such as coffee, kefir or running. Archived tags stay on "
                       "old entries but are not offered for new ones."));
    m_list->setAccessibleName(tr("Tags"));
    m_new->setText(tr("&New…"));
    m_rename->setText(tr("&Rename…"));
    m_colour->setText(tr("&Colour…"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move &down"));
    updateButtons();
}

void TagListDialog::openFor(Workspace* workspace, QWidget* parent)
{
    auto* dialog = new TagListDialog(workspace, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

TagListDialog::TagListDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_editor(new TagListEditor(workspace))
{
    setObjectName(QStringLiteral("tagListDialog"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    setWindowTitle(tr("Tags"));
    resize(480, 360);
}

void TagListDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Tags"));
    QDialog::changeEvent(event);
}

} // namespace mb
