// The Security dialog: the state of the open database in plain words, and the three changes, each asking for the
// passphrases it needs before the file is rewritten by EncryptionChange.
#include "ui/SecurityDialog.h"

#include "storage/Store.h"
#include "ui/EncryptionChange.h"
#include "ui/PassphraseDialog.h"
#include "ui/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mb {

namespace {

// File ▸ Security…: follows the workspace (enabled with a database open) and the window's language.
class SecurityAction : public QAction {
public:
    SecurityAction(QWidget* window, Workspace* workspace, OpenCheck* openCheck)
        : QAction(window)
    {
        setObjectName(QStringLiteral("security"));
        setMenuRole(QAction::NoRole);
        connect(this, &QAction::triggered, window, [window, workspace, openCheck] {
            if (workspace->store())
                SecurityDialog::run(window, workspace, openCheck);
        });
        connect(workspace, &Workspace::storeChanged, this, [this](Store* store) { setEnabled(store != nullptr); });
        setEnabled(workspace->store() != nullptr);
        window->installEventFilter(this);
        retranslate();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QAction::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        setText(SecurityDialog::tr("Securit&y…"));
        setToolTip(SecurityDialog::tr("Encrypt the database, change its passphrase or decrypt it"));
    }
};

} // namespace

SecurityDialog::SecurityDialog(Workspace* workspace, OpenCheck* openCheck, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_change(new EncryptionChange(workspace, openCheck, this))
    , m_state(new QLabel)
    , m_explanation(new QLabel)
    , m_file(new QLabel)
    , m_encrypt(new QPushButton)
    , m_changePassphrase(new QPushButton)
    , m_decrypt(new QPushButton)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("securityDialog"));
    m_state->setObjectName(QStringLiteral("state"));
    m_encrypt->setObjectName(QStringLiteral("encrypt"));
    m_changePassphrase->setObjectName(QStringLiteral("changePassphrase"));
    m_decrypt->setObjectName(QStringLiteral("decrypt"));
    m_status->setObjectName(QStringLiteral("status"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    for (QLabel* label : {m_explanation, m_file, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMinimumWidth(m_explanation->fontMetrics().horizontalAdvance(u'x') * 60);
    m_progress->setRange(0, 0); // a rewrite says nothing about how far it is
    m_progress->setVisible(false);
    m_status->setVisible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_encrypt);
    actions->addWidget(m_changePassphrase);
    actions->addWidget(m_decrypt);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_explanation);
    layout->addWidget(m_file);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_encrypt, &QPushButton::clicked, this, &SecurityDialog::encrypt);
    connect(m_changePassphrase, &QPushButton::clicked, this, &SecurityDialog::changePassphrase);
    connect(m_decrypt, &QPushButton::clicked, this, &SecurityDialog::decrypt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecurityDialog::reject);
    connect(m_change, &EncryptionChange::succeeded, this, &SecurityDialog::changed);
    connect(m_change, &EncryptionChange::failed, this, [this](const QString& message) {
        updateState(); // the busy bar goes before the message comes
        m_status->setText(tr("Nothing was changed: %1").arg(message));
        QMessageBox::critical(this, tr("Not changed"), message);
    });
    connect(m_change, &EncryptionChange::finished, this, [this] {
        updateState();
        emit changeEnded();
    });
    retranslate();
}

SecurityDialog::~SecurityDialog()
{
    delete m_change; // waits for a running rewrite while the dialog is still whole
    m_change = nullptr;
}

void SecurityDialog::run(QWidget* parent, Workspace* workspace, OpenCheck* openCheck)
{
    SecurityDialog dialog(workspace, openCheck, parent);
    dialog.exec();
}

QAction* SecurityDialog::menuAction(QWidget* window, Workspace* workspace, OpenCheck* openCheck)
{
    return new SecurityAction(window, workspace, openCheck);
}

bool SecurityDialog::isBusy() const
{
    return m_change && m_change->isRunning();
}

QString SecurityDialog::statusText() const
{
    return m_status->text();
}

void SecurityDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

std::optional<QByteArray> SecurityDialog::askCurrent(const QString& intro)
{
    const QByteArray key = m_workspace->store()->database().passphrase();
    const auto check = [key](const QByteArray& typed) -> std::optional<QString> {
        if (typed == key)
            return std::nullopt;
        return tr("Wrong passphrase. Nothing was changed.");
    };
    return PassphraseDialog::ask(this, m_workspace->store()->path(), check, intro);
}

void SecurityDialog::encrypt()
{
    if (!m_workspace->store() || m_workspace->store()->database().isEncrypted() || isBusy())
        return;
    const auto key = PassphraseDialog::askNew(
        this, tr("Encrypt the database"),
        tr("Choose a passphrase for “%1”. MoodBiome will ask for it whenever the database is opened.")
            .arg(QFileInfo(m_workspace->store()->path()).fileName()));
    if (key)
        startChange({}, *key, tr("Encrypting the database…"));
}

void SecurityDialog::changePassphrase()
{
    if (!m_workspace->store() || !m_workspace->store()->database().isEncrypted() || isBusy())
        return;
    const auto current = askCurrent(tr("Enter the current passphrase first."));
    if (!current)
        return;
    const auto key = PassphraseDialog::askNew(this, tr("Change the passphrase"),
                                              tr("Choose the new passphrase. Backups made before keep the passphrase "
                                                 "they were made with."));
    if (key)
        startChange(*current, *key, tr("Changing the passphrase…"));
}

void SecurityDialog::decrypt()
{
    if (!m_workspace->store() || !m_workspace->store()->database().isEncrypted() || isBusy())
        return;
    const auto current = askCurrent(tr("Enter the passphrase to decrypt the database."));
    if (!current)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Decrypt the database"),
                    tr("Decrypt “%1”?").arg(QFileInfo(m_workspace->store()->path()).fileName()), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Anyone who can copy the file, from this computer or a lost laptop, will be able to "
                              "read everything in it. Backups made so far stay encrypted; new ones will not be."));
    QPushButton* decrypt = box.addButton(tr("&Decrypt"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == decrypt)
        startChange(*current, {}, tr("Decrypting the database…"));
}

void SecurityDialog::startChange(const QByteArray& currentKey, const QByteArray& newKey, const QString& busyText)
{
    if (!m_change->start(currentKey, newKey))
        return;
    m_status->setText(busyText + u' ' +
                      tr("On a big database this takes a while; the window shows the data again when it is done."));
    m_status->setVisible(true);
    updateState();
}

void SecurityDialog::changed(const EncryptionResult& result, bool wasEncrypted)
{
    updateState(); // the new state, before any question about the old backups
    const int rows = int(result.rows);
    if (!result.encrypted)
        m_status->setText(tr("The database is decrypted. All %n row(s) were copied and checked.", nullptr, rows));
    else if (!wasEncrypted)
        m_status->setText(tr("The database is encrypted. All %n row(s) were copied and checked.", nullptr, rows));
    else
        m_status->setText(tr("The passphrase is changed. All %n row(s) were copied and checked.", nullptr, rows));
    if (result.encrypted && !result.plainBackups.isEmpty())
        offerToDeletePlainBackups(result.plainBackups);
}

void SecurityDialog::offerToDeletePlainBackups(const QStringList& files)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(files.first()).absolutePath());
    QMessageBox box(QMessageBox::Question, tr("Unencrypted backups"),
                    tr("%n older backup(s) in “%1” are still unencrypted.", nullptr, int(files.size())).arg(folder),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Anyone who gets them can read them. Delete them now? New backups are encrypted."));
    QPushButton* remove = box.addButton(tr("&Delete them"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("&Keep them"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QStringList kept;
    for (const QString& file : files)
        if (!QFile::remove(file))
            kept.append(QDir::toNativeSeparators(file));
    if (!kept.isEmpty())
        QMessageBox::warning(this, tr("Not all deleted"),
                             tr("These backups could not be deleted:\n%1").arg(kept.join(u'\n')));
}

void SecurityDialog::updateState()
{
    Store* store = m_workspace->store();
    const bool open = store != nullptr;
    const bool encrypted = open && store->database().isEncrypted();
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    m_buttons->setEnabled(!busy);
    m_encrypt->setVisible(!encrypted);
    m_encrypt->setEnabled(open && !busy);
    m_changePassphrase->setVisible(encrypted);
    m_changePassphrase->setEnabled(open && !busy);
    m_decrypt->setVisible(encrypted);
    m_decrypt->setEnabled(open && !busy);
    if (busy) // the store is closed meanwhile: the texts keep saying what they said
        return;
    m_file->setText(open ? tr("File: %1").arg(QDir::toNativeSeparators(store->path())) : tr("No database is open."));
    if (!open)
        m_state->setText(tr("No database is open."));
    else if (encrypted)
        m_state->setText(tr("This database is encrypted."));
    else
        m_state->setText(tr("This database is not encrypted."));
    m_explanation->setText(
        encrypted ? tr("Its file, its temporary files and its backups can only be read with the passphrase: someone "
                       "who copies them or takes this computer learns nothing from them. Not protected: the data "
                       "while MoodBiome shows them, and exports and reports, which are written unencrypted.")
                  : tr("Anyone who can copy its file or its backups, from this computer or a lost laptop, can read "
                       "everything in it. Encrypting it protects the file and its backups with a passphrase; without "
                       "that passphrase nobody can recover the data, not even you."));
    m_explanation->setVisible(open);
    setAccessibleDescription(m_state->text() + u' ' + m_explanation->text());
}

void SecurityDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SecurityDialog::retranslate()
{
    setWindowTitle(tr("Security"));
    m_encrypt->setText(tr("&Encrypt…"));
    m_changePassphrase->setText(tr("&Change passphrase…"));
    m_decrypt->setText(tr("&Decrypt…"));
    m_progress->setAccessibleName(tr("Rewriting the database"));
    updateState();
}

} // namespace mb
