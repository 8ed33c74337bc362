// The merge runs in a BackgroundJob on its own connection: all sites in one transaction, or none.
#include "ui/MergeDialog.h"

#include "storage/Database.h"
#include "storage/SiteMerge.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/BackgroundJob.h"
#include "ui/BusyCursor.h"
#include "ui/FileDialogs.h"
#include "ui/PassphraseDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mb {

namespace {
constexpr int keyRole = Qt::UserRole + 1; // of a site's file cell: its passphrase's key, empty for a plain site
} // namespace

MergeDialog::MergeDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_job(new BackgroundJob(store, this))
    , m_intro(new QLabel)
    , m_sites(new QTableWidget(0, 2))
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_keepCodes(new QCheckBox)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_mergeButton(new QPushButton)
{
    setObjectName(QStringLiteral("mergeDialog"));
    m_intro->setWordWrap(true);
    m_sites->setObjectName(QStringLiteral("sites"));
    m_sites->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sites->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sites->verticalHeader()->hide();
    m_sites->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sites->setMinimumWidth(m_sites->fontMetrics().horizontalAdvance(u'x') * 70);
    m_keepCodes->setObjectName(QStringLiteral("keepCodes"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setDefault(true);
    m_buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);

    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_sites, 1);
    layout->addLayout(fileButtons);
    layout->addWidget(m_keepCodes);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &MergeDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_sites->removeRow(m_sites->currentRow());
        updateButtons();
    });
    connect(m_sites, &QTableWidget::itemSelectionChanged, this, &MergeDialog::updateButtons);
    connect(m_mergeButton, &QPushButton::clicked, this, &MergeDialog::startMerge);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    connect(m_job, &BackgroundJob::failed, this,
            [this](const QString& message) { m_status->setText(tr("Nothing was merged: %1").arg(message)); });
    connect(m_job, &BackgroundJob::finished, this, [this] {
        m_progress->setVisible(false);
        updateButtons();
        emit jobEnded();
    });
    retranslate();
    updateButtons();
}

MergeDialog::~MergeDialog()
{
    delete m_job; // waits for a running merge while this dialog is still whole
    m_job = nullptr;
}

void MergeDialog::retranslate()
{
    setWindowTitle(tr("Merge site databases"));
    m_intro->setText(
        tr("Each site database is verified first (integrity and audit trail); a damaged one is refused "
           "and nothing is merged. A participant code this database already has becomes SITE/CODE. "
           "Merging a site again adds what is new and applies the site's changes since (a row this database "
           "changed too is refused); every merged row keeps its site and the "
           "site's own audit history. An encrypted site's passphrase is asked for when it is added."));
    m_sites->setHorizontalHeaderLabels({tr("Site database"), tr("Site code")});
    for (int row = 0; row < m_sites->rowCount(); ++row)
        describeFile(m_sites->item(row, 0));
    m_sites->setAccessibleName(tr("Site databases"));
    m_add->setText(tr("&Add…"));
    m_remove->setText(tr("&Remove"));
    m_keepCodes->setText(tr("&Keep participant codes (refuse the merge when one is already taken)"));
    m_mergeButton->setText(tr("&Merge"));
}

void MergeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString MergeDialog::proposedCode(const QString& path)
{
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9_.-]"));
    QString code = QFileInfo(path).completeBaseName().toUpper();
    code.replace(other, QStringLiteral("-"));
    return code.left(20);
}

bool MergeDialog::addSite(const QString& path)
{
    const std::optional<QByteArray> key = siteKey(path);
    if (!key)
        return false;
    const int row = m_sites->rowCount();
    m_sites->insertRow(row);
    auto* file = new QTableWidgetItem;
    file->setData(Qt::UserRole, path);
    file->setData(keyRole, *key);
    describeFile(file);
    file->setFlags(file->flags() & ~Qt::ItemIsEditable);
    m_sites->setItem(row, 0, file);
    m_sites->setItem(row, 1, new QTableWidgetItem(proposedCode(path)));
    updateButtons();
    return true;
}

void MergeDialog::describeFile(QTableWidgetItem* file) const
{
    const QString path = QDir::toNativeSeparators(file->data(Qt::UserRole).toString());
    const bool encrypted = !file->data(keyRole).toByteArray().isEmpty();
    file->setText(encrypted ? tr("%1 (encrypted)").arg(path) : path);
    file->setToolTip(encrypted ? tr("Encrypted; its passphrase was checked.") : QString());
}

// Empty for a plain site (or one that is no database: the merge's check says what it is).
std::optional<QByteArray> MergeDialog::siteKey(const QString& path)
{
    if (!Database::hasUnreadableHeader(path))
        return QByteArray();
    const auto opens = [&path](const QByteArray& key) {
        try {
            const BusyCursor busy;
            Database::open(path, {.create = false, .migrateTo = 0, .readOnly = true, .passphrase = key});
            return true;
        } catch (const StorageError& e) {
            if (e.code() == StorageError::Code::WrongPassphrase || e.code() == StorageError::Code::Encrypted)
                return false;
            return true; // opened by the key, wrong in another way: the merge's check says how
        }
    };
    if (m_store.database().isEncrypted() && opens(m_store.database().passphrase()))
        return m_store.database().passphrase(); // sites of one trial often share the centre's passphrase
    const auto check = [&opens](const QByteArray& key) -> std::optional<QString> {
        if (opens(key))
            return std::nullopt;
        return tr("Wrong passphrase: the site database does not open with it.");
    };
    return PassphraseDialog::ask(this, path, check,
                                 tr("“%1” is encrypted, or it is not a database at all. If it is an encrypted site "
                                    "database, enter its passphrase.")
                                     .arg(QFileInfo(path).fileName()));
}

QStringList MergeDialog::sitePaths() const
{
    QStringList paths;
    for (int row = 0; row < m_sites->rowCount(); ++row)
        paths << m_sites->item(row, 0)->data(Qt::UserRole).toString();
    return paths;
}

QList<QByteArray> MergeDialog::siteKeys() const
{
    QList<QByteArray> keys;
    for (int row = 0; row < m_sites->rowCount(); ++row)
        keys << m_sites->item(row, 0)->data(keyRole).toByteArray();
    return keys;
}

QStringList MergeDialog::siteCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_sites->rowCount(); ++row)
        codes << m_sites->item(row, 1)->text().trimmed();
    return codes;
}

void MergeDialog::setKeepCodes(bool keep)
{
    m_keepCodes->setChecked(keep);
}

bool MergeDialog::isBusy() const
{
    return m_job->isRunning();
}

QString MergeDialog::statusText() const
{
    return m_status->text();
}

void MergeDialog::updateButtons()
{
    const bool busy = isBusy();
    m_mergeButton->setEnabled(!busy && m_sites->rowCount() > 0);
    m_remove->setEnabled(!busy && m_sites->currentRow() >= 0);
    m_add->setEnabled(!busy);
    m_keepCodes->setEnabled(!busy);
    m_sites->setEnabled(!busy);
}

void MergeDialog::chooseFiles()
{
    const QStringList files = FileDialogs::getOpenFileNames(this, tr("Site databases"), QDir::homePath(),
                                                            tr("MoodBiome databases (*.sqlite *.db);;All files (*)"));
    for (const QString& file : files)
        addSite(file);
}

void MergeDialog::startMerge()
{
    if (isBusy() || m_sites->rowCount() == 0)
        return;
    const QStringList paths = sitePaths();
    const QStringList codes = siteCodes();
    const QList<QByteArray> keys = siteKeys();
    const bool keep = m_keepCodes->isChecked();
    m_status->setText(tr("Verifying and merging…"));
    m_progress->setVisible(true);
    m_job->start([this, paths, codes, keys, keep](Store& store) {
        QStringList lines;
        Transaction tx(store.database());
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const SiteMergeResult r = SiteMerge::merge(store, paths[i], {codes[i], keep, keys[i]});
            lines << tr("Site %1: %2 new participants, %3 entries, %4 questionnaire responses, %5 interventions.")
                         .arg(r.site)
                         .arg(r.participants)
                         .arg(r.entries)
                         .arg(r.questionnaires)
                         .arg(r.interventions);
            lines << SiteMerge::summaryNotes(r);
            if (!r.renamed.isEmpty())
                lines << tr("Renamed where the code was taken: %1.").arg(r.renamed.join(u", "));
        }
        tx.commit();
        const QString summary = lines.join(u'\n');
        m_job->deliver([this, summary] {
            m_mergedAny = true;
            m_status->setText(summary);
            m_sites->setRowCount(0);
            emit merged(summary);
        });
    });
    updateButtons();
}

void MergeDialog::reject()
{
    if (m_job->isRunning())
        return; // one transaction: it is finished rather than left half-way
    QDialog::reject();
}

bool MergeDialog::run(QWidget* parent, Store& store)
{
    MergeDialog dialog(store, parent);
    dialog.exec();
    return dialog.m_mergedAny;
}

} // namespace mb
