// One row per item (number, text, a radio button per answer), keyboard handling on the rows, the live score.
#include "ui/QuestionnaireDialog.h"

#include "core/Clock.h"
#include "ui/DateField.h"
#include "ui/LanguageManager.h"
#include "ui/Style.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace mb {

namespace {

constexpr int numberWidth = 28;
constexpr int answerWidth = 96;

// Rows and the header share one geometry so that the answer columns line up.
QHBoxLayout* rowLayout(QWidget* row)
{
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(6);
    return layout;
}

QLabel* wrappingLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    return label;
}

// The red warning of a safety flag is an alert for screen readers (AT-SPI "alert"), not static text; its accessible
// name is its text.
QAccessibleInterface* alertAccessible(const QString& key, QObject* object)
{
    auto* label = qobject_cast<QLabel*>(object);
    if (key != QLatin1String("QLabel") || !label || !label->property("safetyAlert").toBool())
        return nullptr;
    return new QAccessibleWidget(label, QAccessible::AlertMessage);
}

QLabel* alertLabel()
{
    static const bool factoryInstalled = (QAccessible::installFactory(alertAccessible), true);
    Q_UNUSED(factoryInstalled);
    QLabel* label = wrappingLabel();
    label->setProperty("safetyAlert", true);
    return label;
}

} // namespace

QuestionnaireDialog::QuestionnaireDialog(Instrument instrument, qint64 participantId, const QString& participantLabel,
                                         SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_definition(instrumentDefinition(instrument))
    , m_participantId(participantId)
    , m_participantLabel(participantLabel)
    , m_save(std::move(save))
    , m_title(wrappingLabel())
    , m_unofficial(new QLabel)
    , m_recall(wrappingLabel())
    , m_instructions(wrappingLabel())
    , m_dateLabel(new QLabel)
    , m_date(new DateField(QStringLiteral("date")))
    , m_scroll(new QScrollArea)
    , m_source(wrappingLabel())
    , m_total(wrappingLabel())
    , m_flag(alertLabel())
    , m_error(new ErrorBanner)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("questionnaireDialog"));
    m_total->setObjectName(QStringLiteral("total"));
    m_flag->setObjectName(QStringLiteral("flag"));
    m_unofficial->setObjectName(QStringLiteral("unofficial"));
    m_source->setObjectName(QStringLiteral("source"));
    m_recall->setObjectName(QStringLiteral("recallPeriod"));

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(createItems());
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_flag->setStyleSheet(Style::alertStyleSheet());
    m_flag->hide();
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_source->setFont(small);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_recall->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_flag);
    layout->addWidget(m_error);
    layout->addWidget(m_source);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QWidget* previous = m_date;
    for (QFrame* row : std::as_const(m_rows)) {
        setTabOrder(previous, row);
        previous = row;
    }
    setTabOrder(previous, m_buttons->button(QDialogButtonBox::Save));
    setTabOrder(m_buttons->button(QDialogButtonBox::Save), m_buttons->button(QDialogButtonBox::Cancel));

    retranslate();
    updateScore();
    m_rows.first()->setFocus();
}

void QuestionnaireDialog::showEvent(QShowEvent* event)
{
    if (!m_fitted) { // sizes are right only once style sheets and fonts apply
        m_fitted = true;
        fitToScreen();
    }
    QDialog::showEvent(event);
}

void QuestionnaireDialog::fitToScreen()
{
    // Every answer column always fits, and the wrapped item texts are never squeezed: at the narrowest
    // width they are tallest, and the list is at least that tall unless the screen is small (then it scrolls).
    QWidget* items = m_scroll->widget();
    const auto heightAt = [items](int width) {
        return items->hasHeightForWidth() ? items->heightForWidth(width) : items->sizeHint().height();
    };
    const QRect screen = this->screen()->availableGeometry();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    const int narrowest = items->minimumSizeHint().width();
    m_scroll->setMinimumWidth(narrowest + scrollBar);
    m_scroll->setMinimumHeight(std::min(heightAt(narrowest), screen.height() * 2 / 3));
    const int width = std::max(narrowest, std::min(narrowest + 160, screen.width() * 9 / 10 - scrollBar));
    const QMargins margins = layout()->contentsMargins();
    resize(width + scrollBar + margins.left() + margins.right(), sizeHint().height());
}

QWidget* QuestionnaireDialog::createHeader()
{
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont large = m_title->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    large.setBold(true);
    m_title->setFont(large);
    QFont italic = m_unofficial->font();
    italic.setItalic(true);
    m_unofficial->setFont(italic);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_unofficial, 0, Qt::AlignTop);
    auto* dateRow = new QHBoxLayout;
    m_date->setLatest(clock().today());
    m_date->setDate(clock().today());
    m_dateLabel->setBuddy(m_date);
    dateRow->addWidget(m_dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);

    layout->addLayout(titleRow);
    layout->addLayout(dateRow);
    layout->addWidget(m_date->warningLabel());
    layout->addWidget(m_recall);
    layout->addWidget(m_instructions);
    return header;
}

QWidget* QuestionnaireDialog::createItems()
{
    auto* items = new QWidget;
    items->setStyleSheet(
        QStringLiteral("QFrame[itemRow=\"true\"] { border: 2px solid transparent; border-radius: 4px; "
                       "}QFrame[itemRow=\"true\"][odd=\"true\"] { background: palette(alternate-base); "
                       "}QFrame[itemRow=\"true\"]:focus { border-color: palette(highlight); "
                       "}QFrame[itemRow=\"true\"][missing=\"true\"] { border-color: %1; }")
            .arg(Style::alertColour().name()));
    auto* column = new QVBoxLayout(items);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);

    auto* header = new QWidget;
    auto* headerLayout = rowLayout(header);
    headerLayout->addSpacing(numberWidth);
    headerLayout->addStretch(1);
    for (int value = 0; value <= m_definition.highestAnswer(); ++value) {
        auto* label = wrappingLabel();
        label->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setFixedWidth(answerWidth);
        m_answerHeaders.append(label);
        headerLayout->addWidget(label);
    }
    column->addWidget(header);
    for (int item = 1; item <= m_definition.itemCount(); ++item)
        column->addWidget(createItemRow(item));
    column->addStretch(1);
    return items;
}

namespace {
// An item row is a QFrame, which Qt exposes with the role of a border: AT-SPI calls that a "frame", a top-level
// window. The row is the group of its question and answers.
QAccessibleInterface* itemRowAccessible(const QString& key, QObject* object)
{
    auto* row = qobject_cast<QFrame*>(object);
    if (key != QLatin1String("QFrame") || !row || !row->property("itemRow").toBool())
        return nullptr;
    return new QAccessibleWidget(row, QAccessible::Grouping);
}
} // namespace

QFrame* QuestionnaireDialog::createItemRow(int item)
{
    static const bool factoryInstalled = (QAccessible::installFactory(itemRowAccessible), true);
    Q_UNUSED(factoryInstalled);
    auto* row = new QFrame;
    row->setObjectName(QStringLiteral("item%1").arg(item));
    row->setFocusPolicy(Qt::StrongFocus);
    row->setProperty("itemRow", true);
    row->setProperty("odd", item % 2 == 1);
    row->installEventFilter(this);
    auto* layout = rowLayout(row);

    auto* number = new QLabel(QStringLiteral("%1.").arg(item));
    number->setFixedWidth(numberWidth);
    number->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto* text = wrappingLabel();
    text->setMinimumWidth(300);
    layout->addWidget(number, 0, Qt::AlignTop);
    layout->addWidget(text, 1);

    auto* group = new QButtonGroup(row);
    for (int value = 0; value <= m_definition.highestAnswer(); ++value) {
        auto* button = new QRadioButton;
        button->setObjectName(QStringLiteral("item%1answer%2").arg(item).arg(value));
        button->setFocusPolicy(Qt::NoFocus); // the row is the keyboard stop; digits pick the answer
        group->addButton(button, value);
        auto* cell = new QWidget;
        cell->setFixedWidth(answerWidth);
        auto* cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(button, 0, Qt::AlignCenter);
        layout->addWidget(cell);
    }
    connect(group, &QButtonGroup::idClicked, this, [this, row, item] {
        row->setFocus(Qt::MouseFocusReason);
        setMissing(item, false);
        updateScore();
    });
    m_rows.append(row);
    m_itemTexts.append(text);
    m_groups.append(group);
    return row;
}

std::optional<int> QuestionnaireDialog::answer(int item) const
{
    if (item < 1 || item > m_groups.size())
        return std::nullopt;
    const int id = m_groups[item - 1]->checkedId();
    return id < 0 ? std::nullopt : std::optional<int>(id);
}

void QuestionnaireDialog::setAnswer(int item, std::optional<int> value)
{
    if (item < 1 || item > m_groups.size())
        return;
    QButtonGroup* group = m_groups[item - 1];
    if (value) {
        if (QAbstractButton* button = group->button(*value))
            button->setChecked(true);
    } else if (QAbstractButton* checked = group->checkedButton()) {
        group->setExclusive(false); // an exclusive group keeps one button checked
        checked->setChecked(false);
        group->setExclusive(true);
    }
    setMissing(item, false);
    updateScore();
}

QList<int> QuestionnaireDialog::unansweredItems() const
{
    QList<int> items;
    for (int item = 1; item <= m_groups.size(); ++item)
        if (!answer(item))
            items.append(item);
    return items;
}

QWidget* QuestionnaireDialog::itemRow(int item) const
{
    return item >= 1 && item <= m_rows.size() ? m_rows[item - 1] : nullptr;
}

QuestionnaireResponse QuestionnaireDialog::response() const
{
    QuestionnaireResponse r;
    r.participantId = m_participantId;
    r.instrument = m_definition.instrument;
    r.date = m_date->date();
    for (int item = 1; item <= m_groups.size(); ++item)
        r.answers.append(answer(item).value_or(-1));
    return r;
}

void QuestionnaireDialog::reject()
{
    const bool answered = unansweredItems().size() < m_definition.itemCount();
    if (answered && !askToDiscard(this, tr("Discard these answers?"),
                                  tr("The answers in this form have not been saved. Discard them?")))
        return;
    QDialog::reject();
}

void QuestionnaireDialog::accept()
{
    if (const QString problem = m_date->saveProblem(); !problem.isEmpty()) { // look at the date first
        showError(problem);
        m_date->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QList<int> missing = unansweredItems();
    if (!missing.isEmpty()) {
        QStringList numbers;
        for (int item : missing) {
            numbers.append(QString::number(item));
            setMissing(item, true);
        }
        showError(tr("Answer every item before saving. Not answered yet: item(s) %1.", nullptr, int(missing.size()))
                      .arg(numbers.join(QStringLiteral(", "))));
        focusItem(missing.first());
        return;
    }
    if (auto error = m_save(response())) {
        showError(*error);
        return;
    }
    QDialog::accept();
}

bool QuestionnaireDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int item = int(m_rows.indexOf(watched)) + 1;
        if (item > 0 && handleKey(item, static_cast<QKeyEvent*>(event)->key()))
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

bool QuestionnaireDialog::handleKey(int item, int key)
{
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int value = key - Qt::Key_0;
        if (value <= m_definition.highestAnswer()) {
            setAnswer(item, value);
            focusItem(item + 1);
        }
        return true; // a digit beyond the answers does nothing
    }
    const std::optional<int> current = answer(item);
    switch (key) {
    case Qt::Key_Left:
        setAnswer(item, std::max(0, current.value_or(1) - 1));
        return true;
    case Qt::Key_Right:
        setAnswer(item, std::min(m_definition.highestAnswer(), current.value_or(-1) + 1));
        return true;
    case Qt::Key_Up:
        focusItem(std::max(1, item - 1));
        return true;
    case Qt::Key_Down:
        focusItem(item + 1);
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setAnswer(item, std::nullopt);
        return true;
    default:
        return false;
    }
}

void QuestionnaireDialog::focusItem(int item)
{
    if (QWidget* row = itemRow(item))
        row->setFocus(Qt::TabFocusReason);
    else
        m_buttons->button(QDialogButtonBox::Save)->setFocus(Qt::TabFocusReason);
}

void QuestionnaireDialog::setMissing(int item, bool missing)
{
    QWidget* row = itemRow(item);
    if (!row || row->property("missing").toBool() == missing)
        return;
    row->setProperty("missing", missing);
    row->style()->unpolish(row);
    row->style()->polish(row);
    if (!missing && unansweredItems().isEmpty())
        m_error->hide();
}

void QuestionnaireDialog::updateScore()
{
    QList<int> answers;
    int total = 0;
    for (int item = 1; item <= m_groups.size(); ++item)
        if (const auto a = answer(item)) {
            answers.append(*a);
            total += m_definition.itemScore(item, *a);
        }
    if (answers.size() == m_definition.itemCount()) {
        const QuestionnaireScore score = scoreAnswers(m_definition.instrument, answers);
        m_total->setText(tr("Total: %1").arg(QuestionnaireText::scoreSummary(score)));
    } else {
        m_total->setText(tr("Total so far: %1 of %2 (%3 of %4 items answered)")
                             .arg(total)
                             .arg(m_definition.maxTotal())
                             .arg(answers.size())
                             .arg(m_definition.itemCount()));
    }
    const bool flagged = m_definition.flagItem > 0 && answer(m_definition.flagItem).value_or(0) > 0;
    const QString warning =
        QuestionnaireText::flagWarning(m_definition.flagKey) + u'\n' + QuestionnaireText::crisisHelp();
    m_flag->setText(warning);
    m_flag->setAccessibleName(warning);
    const bool appears = flagged && m_flag->isHidden();
    m_flag->setVisible(flagged);
    if (appears) { // a screen reader says it at once, whichever item has the focus
        QAccessibleEvent alert(m_flag, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void QuestionnaireDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

void QuestionnaireDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_fitted)
            fitToScreen(); // the other language's texts wrap differently
    }
    QDialog::changeEvent(event);
}

void QuestionnaireDialog::retranslate()
{
    const QString language = LanguageManager::current();
    setWindowTitle(tr("%1 — %2").arg(m_definition.name, m_participantLabel));
    m_title->setText(m_definition.title.in(language));
    m_unofficial->setText(tr("Unofficial translation"));
    m_unofficial->setToolTip(tr("No official Dutch version of this questionnaire was available to us; this is our own "
                                "faithful translation of the English original."));
    m_unofficial->setVisible(language == u"nl" && !m_definition.officialDutch);
    m_recall->setText(m_definition.recallPeriod.in(language) + u'…');
    m_instructions->setText(m_definition.instructions.in(language));
    m_dateLabel->setText(tr("&Date filled in:"));
    m_date->setAccessibleName(tr("Date filled in"));
    for (int value = 0; value < m_answerHeaders.size(); ++value)
        m_answerHeaders[value]->setText(
            QStringLiteral("%1\n%2").arg(QString::number(value), m_definition.answers[value].in(language)));
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString item = m_definition.items[i].in(language);
        m_itemTexts[i]->setText(item);
        m_rows[i]->setAccessibleName(tr("Item %1: %2").arg(QString::number(i + 1), item));
        m_rows[i]->setToolTip(tr("Type a digit from 0 to %1 to answer and move on; arrow keys change the answer.")
                                  .arg(m_definition.highestAnswer()));
        for (QAbstractButton* button : m_groups[i]->buttons())
            button->setAccessibleName(m_definition.answers[m_groups[i]->id(button)].in(language));
    }
    QStringList bands;
    for (const SeverityBand& band : m_definition.bands)
        bands.append(QStringLiteral("%1–%2: %3")
                         .arg(band.minimum)
                         .arg(band.maximum)
                         .arg(QuestionnaireText::severityName(band.key)));
    m_total->setToolTip(bands.join(u'\n'));
    const QByteArray source = m_definition.source.toUtf8();
    m_source->setText(
        tr("Source: %1 %2")
            .arg(QCoreApplication::translate("InstrumentSource", source.constData()), m_definition.citation));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateScore();
}

} // namespace mb
