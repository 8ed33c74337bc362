// The export dialog: choices on the GUI thread, the writing in a BackgroundJob into a file saved only when complete.
#include "ui/ExportDialog.h"

#include "core/Clock.h"
#include "storage/ExportWriter.h"
#include "storage/FhirExport.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/BackgroundJob.h"
#include "ui/FileDialogs.h"
#include "ui/LanguageManager.h"
#include "ui/PlainFileNote.h"
#include "ui/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

namespace mb {

ExportDialog::ExportDialog(Store& store, qint64 participantId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_job(new BackgroundJob(store, this))
    , m_formatLabel(new QLabel)
    , m_format(new QComboBox)
    , m_participantLabel(new QLabel)
    , m_participant(new QComboBox)
    , m_limitDates(new QCheckBox)
    , m_from(new QDateEdit)
    , m_toLabel(new QLabel)
    , m_to(new QDateEdit)
    , m_styleLabel(new QLabel)
    , m_style(new QComboBox)
    , m_names(new QCheckBox)
    , m_fhirSystemLabel(new QLabel)
    , m_fhirSystem(new QLineEdit)
    , m_pathLabel(new QLabel)
    , m_path(new QLineEdit)
    , m_browse(new QPushButton)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_exportButton(new QPushButton)
{
    setObjectName(QStringLiteral("exportDialog"));
    for (ExportFormat f : {ExportFormat::Tidy, ExportFormat::Wide, ExportFormat::Json, ExportFormat::Fhir,
                           ExportFormat::Redcap, ExportFormat::RedcapDictionary, ExportFormat::Odm})
        m_format->addItem(QString(), int(f));
    m_fhirSystem->setObjectName(QStringLiteral("fhirSystem"));
    m_names->setObjectName(QStringLiteral("includeNames"));
    m_fhirSystem->setText(Settings().value(Settings::Key::FhirSystem).toString());
    m_fhirSystem->setPlaceholderText(QString::fromLatin1(fhir::defaultSystem));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_participant->setObjectName(QStringLiteral("participantCombo"));
    m_participant->addItem(QString(), QString());
    for (const Participant& p : store.participants().list()) {
        m_participant->addItem(p.code, p.code);
        if (p.id == participantId)
            m_participant->setCurrentIndex(m_participant->count() - 1);
    }
    const QDate today = clock().today();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-3));
    m_to->setDate(today);
    connect(m_limitDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_limitDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setText(QDir(defaultFolder()).filePath(QStringLiteral("moodbiome-export.csv")));
    m_path->setMinimumWidth(m_path->fontMetrics().horizontalAdvance(u'x') * 50);
    m_style->setObjectName(QStringLiteral("csvStyleCombo"));
    m_style->addItem(QString(), int(CsvStyle::Comma));
    m_style->addItem(QString(), int(CsvStyle::SemicolonDecimalComma));
    // Excel in a Dutch locale reads semicolons and decimal commas: the default for a Dutch user.
    setCsvStyle(LanguageManager::current() == u"nl" ? CsvStyle::SemicolonDecimalComma : CsvStyle::Comma);
    m_progress->setRange(0, 0); // how many rows there will be is not known in advance
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);

    layOut();

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &BackgroundJob::failed, this,
            [this](const QString& message) { m_status->setText(tr("Not exported: %1").arg(message)); });
    connect(m_job, &BackgroundJob::cancelled, this,
            [this] { m_status->setText(tr("Export cancelled; no file written.")); });
    connect(m_job, &BackgroundJob::finished, this, [this] {
        setBusy(false);
        emit jobEnded();
    });
    retranslate();
    updateChoices();
}

void ExportDialog::layOut()
{
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_limitDates);
    dates->addWidget(m_from);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addStretch(1);
    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_styleLabel, m_style);
    form->addRow(m_participantLabel, m_participant);
    form->addRow(QString(), dates);
    form->addRow(QString(), m_names);
    form->addRow(m_fhirSystemLabel, m_fhirSystem);
    form->addRow(m_pathLabel, file);
    // Exports are plain files whatever the database is: said where the file is chosen.
    form->addRow(new PlainFileNote(PlainFileNote::Kind::Export, m_store.database().isEncrypted()));
    form->addRow(m_status);
    form->addRow(m_progress);
    form->addRow(m_buttons);
    m_formatLabel->setBuddy(m_format);
    m_participantLabel->setBuddy(m_participant);
    m_pathLabel->setBuddy(m_path);
    m_toLabel->setBuddy(m_to);
    m_styleLabel->setBuddy(m_style);
    m_fhirSystemLabel->setBuddy(m_fhirSystem);
}

ExportDialog::~ExportDialog()
{
    delete m_job; // cancels and waits while this dialog is still whole: its thread calls back into it
    m_job = nullptr;
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export data"));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("Tidy CSV — one value a row (R, re-import)"));
    m_format->setItemText(1, tr("Wide CSV — one row per participant and day (SPSS, Excel)"));
    m_format->setItemText(2, tr("JSON — everything, including interventions and questionnaires"));
    m_format->setItemText(3, tr("FHIR R4 — one Bundle for hospital and EDC systems (JSON)"));
    m_format->setItemText(4, tr("REDCap data — for the Data Import Tool (CSV)"));
    m_format->setItemText(5, tr("REDCap data dictionary — the instruments and fields (CSV)"));
    m_format->setItemText(6, tr("CDISC ODM 1.3.2 — metadata, data and audit trail (XML, Castor, REDCap)"));
    m_fhirSystemLabel->setText(tr("S&tudy URI (FHIR):"));
    m_fhirSystem->setToolTip(tr("The identifier system of the participant codes in FHIR, for example "
                                "https://example.org/trials/gut-mood"));
    m_participantLabel->setText(tr("&Participant:"));
    m_participant->setItemText(0, tr("Everyone"));
    m_limitDates->setText(tr("Only &dates from"));
    m_toLabel->setText(tr("to"));
    m_from->setAccessibleName(tr("First date"));
    m_to->setAccessibleName(tr("Last date"));
    m_styleLabel->setText(tr("&Spreadsheet:"));
    m_style->setItemText(0, tr("Comma, decimal point (R, SPSS, English Excel)"));
    m_style->setItemText(1, tr("Semicolon, decimal comma (Dutch Excel)"));
    m_names->setText(tr("Include display &names and notes (JSON; otherwise participants appear by code only)"));
    m_pathLabel->setText(tr("F&ile:"));
    m_browse->setText(tr("C&hoose…"));
    m_exportButton->setText(tr("&Export"));
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString ExportDialog::defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::setCsvStyle(CsvStyle style)
{
    m_style->setCurrentIndex(std::max(0, m_style->findData(int(style))));
}

CsvStyle ExportDialog::csvStyle() const
{
    return CsvStyle(m_style->currentData().toInt());
}

void ExportDialog::updateChoices()
{
    const bool csv = format() == ExportFormat::Tidy || format() == ExportFormat::Wide;
    m_style->setEnabled(csv && !isBusy());
    m_fhirSystem->setEnabled(format() == ExportFormat::Fhir && !isBusy());
    m_names->setEnabled(format() == ExportFormat::Json && !isBusy()); // names go into JSON only
}

void ExportDialog::setFhirSystem(const QString& uri)
{
    m_fhirSystem->setText(uri);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setDateRange(QDate from, QDate to)
{
    m_limitDates->setChecked(from.isValid() || to.isValid());
    m_from->setDate(from.isValid() ? from : m_from->minimumDate());
    m_to->setDate(to.isValid() ? to : m_to->maximumDate());
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

ExportFilter ExportDialog::filter() const
{
    ExportFilter f;
    f.participantCode = m_participant->currentData().toString();
    if (m_limitDates->isChecked()) {
        f.from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
        f.to = m_to->date() == m_to->maximumDate() ? QDate() : m_to->date();
    }
    f.includeNames = m_names->isChecked() && format() == ExportFormat::Json;
    if (format() == ExportFormat::Fhir)
        f.fhirSystem = m_fhirSystem->text().trimmed();
    return f;
}

void ExportDialog::updateSuffix()
{
    const bool json = format() == ExportFormat::Json || format() == ExportFormat::Fhir;
    const QString suffix = format() == ExportFormat::Odm ? QStringLiteral("xml")
                           : json                        ? QStringLiteral("json")
                                                         : QStringLiteral("csv");
    const QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty() && info.suffix().toLower() != suffix)
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix));
}

void ExportDialog::chooseFile()
{
    const bool json = format() == ExportFormat::Json || format() == ExportFormat::Fhir;
    const QString filter = format() == ExportFormat::Odm ? tr("XML files (*.xml)")
                           : json                        ? tr("JSON files (*.json)")
                                                         : tr("CSV files (*.csv)");
    const QString chosen = FileDialogs::getSaveFileName(this, tr("Export to"), m_path->text(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool ExportDialog::isBusy() const
{
    return m_job->isRunning();
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_exportButton->setEnabled(!busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_format, m_participant, m_limitDates, m_names, m_path, m_browse})
        w->setEnabled(!busy);
    m_style->setEnabled(!busy && (format() == ExportFormat::Tidy || format() == ExportFormat::Wide));
    m_fhirSystem->setEnabled(!busy && format() == ExportFormat::Fhir);
    m_names->setEnabled(!busy && format() == ExportFormat::Json);
}

void ExportDialog::startExport()
{
    const QString path = m_path->text().trimmed();
    const ExportFilter f = filter();
    if (path.isEmpty() || isBusy())
        return;
    if (f.from.isValid() && f.to.isValid() && f.to < f.from) {
        m_status->setText(tr("The end date lies before the start date."));
        return;
    }
    if (const QDir folder = QFileInfo(path).absoluteDir(); !folder.exists()) {
        // Nothing is created silently: the user chooses an existing folder.
        m_status->setText(tr("The folder “%1” does not exist; choose another folder.")
                              .arg(QDir::toNativeSeparators(folder.absolutePath())));
        return;
    }
    if (!f.fhirSystem.isEmpty() && !isFhirSystemUri(f.fhirSystem)) {
        m_status->setText(tr("The study URI “%1” is not an absolute URI (such as https://example.org/trial or "
                             "urn:oid:1.2.3).")
                              .arg(f.fhirSystem));
        return;
    }
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_store.path()).canonicalFilePath()) {
        m_status->setText(tr("That file is the database itself; choose another file."));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Exporting…"));
    const ExportFormat fmt = format();
    const CsvStyle style = csvStyle();
    m_job->start([this, path, f, fmt, style](Store& store) {
        ExportTarget file(path); // private (0600), atomic, and never replaces a device or FIFO
        if (!file.open())
            throw StorageError(StorageError::Code::Failed, tr("Cannot write “%1”: %2").arg(path, file.errorString()));
        const qint64 rows = writeExport(
            store, fmt, f, file.device(), QFileInfo(path).absoluteFilePath(),
            [this](qint64 done) {
                m_job->throwIfCancelled();
                m_job->deliver([this, done] { m_status->setText(tr("Exporting… %1 rows").arg(done)); });
            },
            style);
        m_job->throwIfCancelled();
        if (!file.commit())
            throw StorageError(StorageError::Code::Failed, tr("Cannot write “%1”: %2").arg(path, file.errorString()));
        m_job->deliver([this, rows, path, f] {
            if (!f.fhirSystem.isEmpty())
                Settings().setValue(Settings::Key::FhirSystem, f.fhirSystem);
            m_status->setText(tr("Exported %1 rows to “%2”.").arg(rows).arg(QDir::toNativeSeparators(path)));
            emit exported(rows);
            accept();
        });
    });
}

void ExportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        connect(m_job, &BackgroundJob::finished, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void ExportDialog::run(QWidget* parent, Store& store, qint64 participantId)
{
    ExportDialog dialog(store, participantId, parent);
    qint64 written = -1;
    connect(&dialog, &ExportDialog::exported, &dialog, [&](qint64 rows) { written = rows; });
    if (dialog.exec() == QDialog::Accepted && written >= 0)
        QMessageBox::information(parent, tr("Export complete"),
                                 tr("Exported %1 rows to “%2”.")
                                     .arg(written)
                                     .arg(QDir::toNativeSeparators(dialog.m_path->text().trimmed())));
}

} // namespace mb
