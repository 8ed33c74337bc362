// The passphrase dialog: Ask (retry in place after a wrong passphrase) and New (twice, strength, warning).
#include "ui/PassphraseDialog.h"

#include "core/Passphrase.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/BusyCursor.h"
#include "ui/Style.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace mb {

namespace {
// Dark enough for text on a light background; the word beside it says the same (the colour is never alone).
QColor strengthColour(Passphrase::Strength strength)
{
    switch (strength) {
    case Passphrase::Strength::TooShort:
    case Passphrase::Strength::Weak:
        return Style::alertColour();
    case Passphrase::Strength::Fair:
        return QColor(0x8a, 0x5a, 0x00);
    case Passphrase::Strength::Strong:
        return QColor(0x1b, 0x6b, 0x2e);
    }
    return Style::alertColour();
}

QLineEdit* passwordField(const QString& name)
{
    auto* field = new QLineEdit;
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return field;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_introLabel(new QLabel)
    , m_passphraseLabel(new QLabel)
    , m_passphrase(passwordField(QStringLiteral("passphrase")))
    , m_repeatLabel(new QLabel)
    , m_repeat(passwordField(QStringLiteral("repeat")))
    , m_show(new QCheckBox)
    , m_strength(new QLabel)
    , m_problem(new QLabel)
    , m_warning(new QLabel)
    , m_error(new ErrorBanner)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(mode == Mode::Ask ? QStringLiteral("passphraseAskDialog") : QStringLiteral("passphraseNewDialog"));
    m_show->setObjectName(QStringLiteral("showPassphrase"));
    m_strength->setObjectName(QStringLiteral("strength"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_warning->setObjectName(QStringLiteral("warning"));
    for (QLabel* label : {m_introLabel, m_problem, m_warning}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_problem->setStyleSheet(Style::errorTextStyleSheet());
    m_warning->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto* form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_show);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_problem);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel->setBuddy(m_repeat);
    const bool isNew = mode == Mode::New;
    for (QWidget* w : std::initializer_list<QWidget*>{m_repeatLabel, m_repeat, m_strength, m_warning})
        w->setVisible(isNew);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    connect(m_passphrase, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        const auto echo = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_passphrase->setEchoMode(echo);
        m_repeat->setEchoMode(echo);
    });
    setMinimumWidth(460);
    retranslate();
    updateState();
}

void PassphraseDialog::setFile(const QString& path)
{
    m_path = path;
    retranslate();
}

void PassphraseDialog::setTitle(const QString& title)
{
    m_title = title;
    retranslate();
}

void PassphraseDialog::setIntro(const QString& text)
{
    m_intro = text;
    retranslate();
}

void PassphraseDialog::setCheck(Check check)
{
    m_check = std::move(check);
}

QByteArray PassphraseDialog::key() const
{
    return Passphrase::toKey(m_passphrase->text());
}

QPushButton* PassphraseDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString PassphraseDialog::errorText() const
{
    if (!m_error->isHidden())
        return m_error->text();
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString PassphraseDialog::strengthText() const
{
    return m_strength->text();
}

void PassphraseDialog::updateState()
{
    const QString text = m_passphrase->text();
    if (m_mode == Mode::Ask) {
        okButton()->setEnabled(!text.isEmpty());
        return;
    }
    const auto strength = Passphrase::strength(text);
    m_strength->setText(tr("Strength: %1").arg(Passphrase::strengthText(strength)));
    m_strength->setStyleSheet(QStringLiteral("font-weight: bold; color: %1;").arg(strengthColour(strength).name()));
    m_strength->setVisible(!text.isEmpty());
    QString problem = text.isEmpty() ? QString() : Passphrase::problem(text);
    if (problem.isEmpty() && !m_repeat->text().isEmpty() && m_repeat->text() != text)
        problem = tr("The two passphrases are not the same.");
    m_problem->setText(problem);
    m_problem->setAccessibleDescription(problem);
    m_problem->setVisible(!problem.isEmpty());
    fitHeight();
    okButton()->setEnabled(!text.isEmpty() && Passphrase::problem(text).isEmpty() && m_repeat->text() == text);
}

void PassphraseDialog::accept()
{
    if (!okButton()->isEnabled())
        return; // Enter in a field while the passphrase is not acceptable yet
    if (m_mode == Mode::Ask && m_check) {
        std::optional<QString> problem;
        setResult(-1); // a check that gives up rejects the dialog: result() then says so
        {
            const BusyCursor busy; // deriving the key takes a moment, on purpose
            problem = m_check(key());
        }
        if (problem) {
            if (result() == QDialog::Rejected)
                return; // the check gave up (the file cannot be used at all) and closed the dialog
            m_error->showMessage(*problem);
            fitHeight();
            m_passphrase->selectAll();
            m_passphrase->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void PassphraseDialog::fitHeight()
{
    QLayout* box = layout();
    if (!box || !isVisible())
        return;
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (needed != height())
        resize(width(), needed); // and back when a message goes
}

void PassphraseDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void PassphraseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState();
    }
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslate()
{
    const QString file = QFileInfo(m_path).fileName();
    if (m_mode == Mode::Ask) {
        setWindowTitle(!m_title.isEmpty() ? m_title : tr("Passphrase"));
        m_introLabel->setText(!m_intro.isEmpty() ? m_intro
                              : file.isEmpty()   ? tr("Enter the passphrase.")
                                                 : tr("Enter the passphrase for “%1”.").arg(file));
        m_introLabel->setToolTip(QDir::toNativeSeparators(m_path));
    } else {
        setWindowTitle(!m_title.isEmpty() ? m_title : tr("New passphrase"));
        m_introLabel->setText(m_intro);
    }
    m_introLabel->setVisible(!m_introLabel->text().isEmpty());
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeatLabel->setText(tr("&Repeat:"));
    m_repeat->setAccessibleName(tr("Repeat the passphrase"));
    m_show->setText(tr("&Show the passphrase"));
    m_show->setAccessibleName(tr("Show the passphrase"));
    m_strength->setAccessibleName(tr("Passphrase strength"));
    m_warning->setText(tr("Write the passphrase down and keep it somewhere safe. If it is lost, nobody can recover "
                          "the data: not you, not your clinic, not the makers of MoodBiome."));
    m_warning->setAccessibleName(m_warning->text());
}

std::unique_ptr<Store> PassphraseDialog::askAndOpen(QWidget* parent, const QString& path, Database::Options options,
                                                    QString* error)
{
    PassphraseDialog dialog(Mode::Ask, parent);
    dialog.setFile(path);
    dialog.setIntro(tr("Enter the passphrase for “%1”.\n\nWithout it the file cannot be read: it is an encrypted "
                       "database, or not a database at all.")
                        .arg(QFileInfo(path).fileName()));
    std::unique_ptr<Store> opened;
    QString failure; // empty: cancelled
    dialog.setCheck([&](const QByteArray& key) -> std::optional<QString> {
        options.passphrase = key;
        try {
            opened = Store::open(path, options);
            return std::nullopt;
        } catch (const StorageError& e) {
            if (e.code() == StorageError::Code::WrongPassphrase)
                return tr("Wrong passphrase. The file was not changed.");
            failure = e.message(); // locked, damaged, too new: another passphrase will not help
            dialog.reject();
            return failure;
        }
    });
    dialog.exec();
    if (!opened && error)
        *error = failure;
    return opened;
}

std::optional<QByteArray> PassphraseDialog::ask(QWidget* parent, const QString& path, const Check& check,
                                                const QString& intro)
{
    PassphraseDialog dialog(Mode::Ask, parent);
    dialog.setFile(path);
    dialog.setIntro(intro);
    dialog.setCheck(check);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.key();
}

std::optional<QByteArray> PassphraseDialog::askNew(QWidget* parent, const QString& title, const QString& intro)
{
    PassphraseDialog dialog(Mode::New, parent);
    dialog.setTitle(title);
    dialog.setIntro(intro);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.key();
}

} // namespace mb
