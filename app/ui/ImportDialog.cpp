// The import dialog: every check and the write run in a BackgroundJob; the window only shows what they found.
#include "ui/ImportDialog.h"

#include "core/CsvReader.h"
#include "core/DaylioRows.h"
#include "storage/Importer.h"
#include "storage/Store.h"
#include "ui/BackgroundJob.h"
#include "ui/ExportDialog.h"
#include "ui/FileDialogs.h"
#include "ui/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mb {

namespace {
const QStringList importSuffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};

int count(qint64 n)
{
    return int(std::min<qint64>(n, 1 << 30));
}
} // namespace

// "3 values", "1 entry", "5 rows", with the plural forms of the current language.
QString ImportDialog::valuesText(qint64 n)
{
    return tr("%n value(s)", nullptr, count(n));
}

QString ImportDialog::entriesText(qint64 n)
{
    return tr("%n entry(ies)", nullptr, count(n));
}

QString ImportDialog::rowsText(qint64 n)
{
    return tr("%n row(s)", nullptr, count(n));
}

ImportDialog::ImportDialog(Store& store, qint64 participantId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_participantId(participantId)
    , m_job(new BackgroundJob(store, this))
    , m_fileLabel(new QLabel)
    , m_formatLabel(new QLabel)
    , m_format(new QComboBox)
    , m_participantLabel(new QLabel)
    , m_participant(new QComboBox)
    , m_detected(new QLabel)
    , m_previewTitle(new QLabel)
    , m_preview(new QTableWidget)
    , m_mappingBox(new QGroupBox)
    , m_mappingHint(new QLabel)
    , m_mapping(new QTableWidget)
    , m_problemsTitle(new QLabel)
    , m_problems(new QTreeWidget)
    , m_summaryLabel(new QLabel)
    , m_createParticipants(new QCheckBox)
    , m_undoNote(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_importButton(new QPushButton)
{
    setObjectName(QStringLiteral("importDialog"));
    buildLayout();
    fillParticipants();
    retranslate();
    connect(m_job, &BackgroundJob::progress, this, [this](int percent, const QString& text) {
        m_progress->setValue(percent);
        m_progress->setFormat(text + QStringLiteral(" %p%"));
    });
    connect(m_job, &BackgroundJob::failed, this, [this](const QString& message) {
        if (m_importing)
            QMessageBox::critical(this, tr("Nothing imported"), message);
        m_summaryLabel->setText(tr("Nothing was imported: %1").arg(message));
    });
    connect(m_job, &BackgroundJob::cancelled, this, [this] {
        m_summaryLabel->setText(m_importing ? tr("Import cancelled; the database is unchanged.")
                                            : tr("Check cancelled."));
    });
    connect(m_job, &BackgroundJob::finished, this, [this] {
        m_importing = false;
        setBusy(false);
        emit jobEnded();
    });
    auto recheck = [this] {
        if (!m_bytes.isEmpty())
            check();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_participant, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_createParticipants, &QCheckBox::toggled, this, &ImportDialog::confirmNewParticipants);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    resize(940, 680);
}

ImportDialog::~ImportDialog()
{
    // The job's thread calls back into this dialog: stop it while the dialog is still whole, not later as a
    // child of the QObject that remains once this destructor has run.
    delete m_job;
    m_job = nullptr;
}

void ImportDialog::buildLayout()
{
    for (ImportFormat f : {ImportFormat::Auto, ImportFormat::Tidy, ImportFormat::Wide, ImportFormat::Daylio})
        m_format->addItem(QString(), QVariant::fromValue(int(f)));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_participant->setObjectName(QStringLiteral("participantCombo"));
    m_formatLabel->setBuddy(m_format);
    m_participantLabel->setBuddy(m_participant);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setMinimumHeight(160);
    m_mapping->setObjectName(QStringLiteral("moodMapping"));
    m_mapping->setColumnCount(3);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(false);
    m_mapping->setMinimumHeight(110);
    m_mapping->setMaximumHeight(190);
    m_mappingHint->setWordWrap(true);
    auto* mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->addWidget(m_mappingHint);
    mappingLayout->addWidget(m_mapping);
    m_mappingBox->setVisible(false);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setColumnCount(3);
    m_problems->setRootIsDecorated(false);
    m_problems->setMinimumHeight(120);
    m_summaryLabel->setObjectName(QStringLiteral("summary"));
    m_summaryLabel->setWordWrap(true);
    m_createParticipants->setObjectName(QStringLiteral("confirmNewParticipants"));
    m_createParticipants->setVisible(false);
    m_undoNote->setWordWrap(true);
    m_undoNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    m_buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);

    auto* choices = new QFormLayout;
    choices->addRow(m_formatLabel, m_format);
    choices->addRow(m_participantLabel, m_participant);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(choices);
    layout->addWidget(m_detected);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_mappingBox);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_createParticipants);
    layout->addWidget(m_undoNote);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import data"));
    m_formatLabel->setText(tr("&Format:"));
    m_participantLabel->setText(tr("&Participant:"));
    const QStringList formats{tr("Detect from the header"), tr("Tidy CSV (one value a row)"),
                              tr("Wide CSV (one column per measure)"), tr("Daylio export")};
    for (int i = 0; i < formats.size(); ++i)
        m_format->setItemText(i, formats[i]);
    if (m_participant->count() > 0)
        m_participant->setItemText(0, tr("As in the file’s participant column"));
    m_previewTitle->setText(tr("First rows as read:"));
    m_mappingBox->setTitle(tr("Daylio mood labels"));
    m_mappingHint->setText(tr("These mood labels are not Daylio’s defaults (awful, bad, meh, good, rad). Give each a "
                              "level from 1 (worst) to 5 (best); it becomes mood (level − 1) × 2.5."));
    m_mapping->setHorizontalHeaderLabels({tr("Label"), tr("Rows"), tr("Level")});
    m_problemsTitle->setText(tr("Problems (the file is imported only when there are none):"));
    m_problems->setHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_undoNote->setText(tr("An import cannot be undone with Edit ▸ Undo. It is written all at once, or not at all, "
                           "and recorded in the audit trail with the file’s name and checksum."));
    m_importButton->setText(tr("&Import"));
    m_preview->setAccessibleName(tr("First rows as read"));
    m_mapping->setAccessibleName(tr("Daylio mood labels"));
    m_problems->setAccessibleName(tr("Problems"));
    if (m_plan) {
        showProblems();
        showSummary();
        showNewParticipants();
    }
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The problems and the detected format are worded by the check: check again in the new language.
        if (!m_bytes.isEmpty() && !m_importing)
            check();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::fillParticipants()
{
    m_participant->blockSignals(true);
    m_participant->clear();
    m_participant->addItem(QString(), QString());
    for (const Participant& p : m_store.participants().list())
        if (!p.isWithdrawn())
            m_participant->addItem(
                p.displayName.isEmpty() ? p.code : QStringLiteral("%1 — %2").arg(p.code, p.displayName), p.code);
    m_participant->blockSignals(false);
}

QStringList ImportDialog::importableFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && importSuffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            files.append(url.toLocalFile());
    return files;
}

void ImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    // As the command line reads it: a regular file only, opened without waiting (a FIFO would freeze the window),
    // at most CsvReader::maxFileBytes.
    QString error;
    const std::optional<QByteArray> read = Importer::readFile(path, error);
    if (!read) {
        m_bytes.clear();
        clearShown();
        m_summaryLabel->setText(error);
        m_importButton->setEnabled(false);
        return;
    }
    const QByteArray& bytes = *read;
    // UTF-16 (with its byte-order mark) is text: its ASCII characters have a zero byte each.
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (const qsizetype at = utf16 ? -1 : firstBinaryByte(bytes); at >= 0) {
        // A binary file would fill the preview with garbage glyphs: say what it is instead, and show nothing.
        m_bytes.clear();
        clearShown();
        m_summaryLabel->setText(tr("“%1” is not a text file: byte %2 is a control character (code %3). Choose a CSV "
                                   "file, saved as text.")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(at + 1)
                                    .arg(int(uchar(bytes[at]))));
        m_importButton->setEnabled(false);
        return;
    }
    m_bytes = bytes;
    m_participantChosen = false;
    check();
}

qsizetype ImportDialog::firstBinaryByte(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            return i;
    }
    return -1;
}

void ImportDialog::clearShown()
{
    m_plan.reset();
    m_summary = ImportSummary();
    m_detected->clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_mappingBox->setVisible(false);
    m_problems->clear();
    m_createParticipants->setVisible(false);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.format = ImportFormat(m_format->currentData().toInt());
    o.participant = m_participant->currentData().toString();
    o.moodMap = m_moodMap;
    o.language = LanguageManager::current();
    o.inDialog = true;
    return o;
}

void ImportDialog::check()
{
    if (m_job->isRunning()) {
        // A newer choice supersedes the check under way: start again once it has stopped.
        m_job->cancel();
        connect(m_job, &BackgroundJob::finished, this, &ImportDialog::check, Qt::SingleShotConnection);
        return;
    }
    m_plan.reset();
    setBusy(true);
    const QByteArray bytes = m_bytes;
    const QString fileName = QFileInfo(m_path).fileName();
    const ImportOptions opts = options();
    m_job->start([this, bytes, fileName, opts](Store& store) {
        auto plan = std::make_shared<const ImportPlan>(
            Importer(store).prepare(bytes, fileName, opts, [this](Importer::Stage stage, qint64 done, qint64 total) {
                m_job->reportProgress(done, total, progressText(stage));
                return !m_job->isCancelling();
            }));
        m_job->throwIfCancelled();
        m_job->deliver([this, plan] { showPlan(plan); });
    });
}

QString ImportDialog::progressText(Importer::Stage stage) const
{
    switch (stage) {
    case Importer::Stage::Reading:
        return tr("Reading");
    case Importer::Stage::Checking:
        return tr("Checking");
    case Importer::Stage::Writing:
        break;
    }
    return tr("Writing");
}

void ImportDialog::showPlan(const std::shared_ptr<const ImportPlan>& plan)
{
    m_plan = plan;
    m_summary = plan->summary;
    const ImportBatch& batch = plan->batch;
    const CsvDialect& d = batch.dialect;
    QStringList detected{tr("Format: %1").arg(ImportText::formatName(batch.format)),
                         tr("separator: %1").arg(ImportText::separatorName(d.separator)),
                         ImportText::decimalMarkName(d), ImportText::encodingName(d)};
    if (d.byteOrderMark)
        detected << tr("byte-order mark");
    detected << (d.crlf ? tr("CRLF line ends") : tr("LF line ends"));
    m_detected->setText(detected.join(QStringLiteral(" · ")));
    showPreview(batch);
    showMapping(batch);
    showProblems();
    showSummary();
    showNewParticipants();
    chooseParticipantFor(batch);
    emit checked();
}

void ImportDialog::chooseParticipantFor(const ImportBatch& batch)
{
    // A Daylio file, or a table without participant column, belongs to the participant shown in the window.
    const bool hasColumn = std::any_of(batch.header.cbegin(), batch.header.cend(), [](const QString& h) {
        return h.toLower() == u"participant" || h.toLower() == u"deelnemer";
    });
    const bool needsOne = batch.format == ImportFormat::Daylio || (batch.format != ImportFormat::Auto && !hasColumn);
    if (!needsOne || m_participantChosen || m_participant->currentIndex() > 0)
        return;
    m_participantChosen = true;
    const auto current = m_store.participants().byId(m_participantId);
    const int index = current ? m_participant->findData(current->code) : -1;
    if (index > 0)
        m_participant->setCurrentIndex(index); // checks again
}

void ImportDialog::showPreview(const ImportBatch& batch)
{
    m_preview->clear();
    qsizetype columns = batch.header.size();
    for (const CsvRecord& r : batch.preview)
        columns = std::max(columns, r.fields.size());
    m_preview->setColumnCount(int(columns) + 1);
    m_preview->setRowCount(int(batch.preview.size()));
    QStringList titles{tr("Line")};
    for (const QString& column : batch.header)
        titles << columnTitle(column);
    m_preview->setHorizontalHeaderLabels(titles);
    for (int c = 0; c < batch.header.size(); ++c) // the file's own name for it
        m_preview->horizontalHeaderItem(c + 1)->setToolTip(batch.header[c]);
    m_preview->verticalHeader()->hide();
    for (int row = 0; row < batch.preview.size(); ++row) {
        const CsvRecord& r = batch.preview[row];
        m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(r.line)));
        for (int c = 0; c < r.fields.size(); ++c)
            m_preview->setItem(row, c + 1, new QTableWidgetItem(r.fields[c]));
    }
    m_preview->resizeColumnsToContents();
}

QString ImportDialog::columnTitle(const QString& column) const
{
    const QString name = column.trimmed().toLower();
    if (name == u"participant" || name == u"deelnemer")
        return tr("Participant");
    if (name == u"date" || name == u"datum")
        return tr("Date");
    if (name == u"time" || name == u"tijd")
        return tr("Time");
    if (name == u"measure" || name == u"meting")
        return tr("Measure");
    if (name == u"value" || name == u"waarde")
        return tr("Value");
    if (name == u"note" || name == u"notitie")
        return tr("Note");
    if (name == u"tags")
        return tr("Tags");
    if (const Measure* m = m_store.measures().byKey(name)) // a wide file's measure column, Daylio's mood
        return m->label(LanguageManager::current());
    QString title = column.trimmed();
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

void ImportDialog::showMapping(const ImportBatch& batch)
{
    QMap<QString, qint64> labels = batch.unmappedLabels;
    for (auto it = m_moodMap.cbegin(); it != m_moodMap.cend(); ++it)
        labels.insert(it.key(), labels.value(it.key()));
    m_mappingBox->setVisible(batch.format == ImportFormat::Daylio && !labels.isEmpty());
    m_mapping->setRowCount(int(labels.size()));
    int row = 0;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it, ++row) {
        m_mapping->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_mapping->setItem(row, 1, new QTableWidgetItem(it.value() > 0 ? QString::number(it.value()) : QString()));
        auto* level = new QComboBox;
        level->setObjectName(QStringLiteral("level_") + it.key());
        level->setAccessibleName(tr("Level of “%1”").arg(it.key()));
        level->addItem(tr("not mapped"), 0);
        for (int l = 1; l <= 5; ++l)
            level->addItem(tr("%1 (mood %2)").arg(l).arg(QLocale().toString(DaylioRows::moodOf(l))), l);
        level->setCurrentIndex(std::max(0, level->findData(m_moodMap.value(it.key()))));
        connect(level, &QComboBox::currentIndexChanged, this,
                [this, level, label = it.key()] { mapMoodLabel(label, level->currentData().toInt()); });
        m_mapping->setCellWidget(row, 2, level);
    }
    m_mapping->resizeColumnsToContents();
}

void ImportDialog::mapMoodLabel(const QString& label, int level)
{
    if (level >= 1 && level <= 5)
        m_moodMap.insert(label.toLower(), level);
    else
        m_moodMap.remove(label.toLower());
    check();
}

void ImportDialog::showProblems()
{
    m_problems->clear();
    for (const ImportProblem& p : m_summary.problems.shown())
        m_problems->addTopLevelItem(new QTreeWidgetItem(
            {p.line > 0 ? QString::number(p.line) : QStringLiteral("—"), fieldText(p.field), p.message}));
    if (m_summary.problems.notShown() > 0)
        m_problems->addTopLevelItem(
            new QTreeWidgetItem({QString(), QString(), ImportText::notShown(m_summary.problems.notShown())}));
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
}

QString ImportDialog::fieldText(const QString& field) const
{
    if (field == u"file")
        return tr("file");
    if (field == u"header")
        return tr("header");
    if (field == u"columns")
        return tr("columns");
    if (field == u"quote")
        return tr("quotes");
    if (field == u"participant")
        return tr("participant");
    if (field == u"date" || field == u"full_date")
        return tr("date");
    if (field == u"time")
        return tr("time");
    if (field == u"measure")
        return tr("measure");
    if (field == u"value")
        return tr("value");
    if (field == u"note")
        return tr("note");
    // A wide file's measure column, or Daylio's mood: the measure's label.
    for (const Measure& m : m_store.measures().list())
        if (m.key == field)
            return m.label(LanguageManager::current());
    return field;
}

void ImportDialog::showSummary()
{
    const ImportSummary& s = m_summary;
    QStringList lines;
    if (!s.problems.isEmpty()) {
        // Mood labels and the participant are settled in this dialog; everything else only in the file.
        qint64 settledHere = 0;
        QStringList steps;
        if (m_plan && !m_plan->batch.unmappedLabels.isEmpty()) {
            for (const qint64 rows : m_plan->batch.unmappedLabels)
                settledHere += rows;
            steps << tr("Give each mood label a level in the table “Daylio mood labels”.");
        }
        const auto& shown = s.problems.shown();
        if (std::any_of(shown.cbegin(), shown.cend(),
                        [](const ImportProblem& p) { return p.line <= 1 && p.field == u"participant"; })) {
            ++settledHere;
            steps << tr("Choose the participant the file belongs to.");
        }
        const qint64 inFile = std::max<qint64>(0, s.problems.count() - settledHere);
        lines << tr("%n problem(s) stand in the way of the import; nothing has been written.", nullptr,
                    int(std::min<qint64>(s.problems.count(), 1 << 30)));
        lines << steps;
        if (inFile > 0)
            lines << (steps.isEmpty() ? tr("Correct the file and open it again.")
                                      : tr("The other problems must be corrected in the file."));
    } else {
        lines << tr("Ready to import %1 in %2 from %3.")
                     .arg(valuesText(s.observations), entriesText(s.entries), rowsText(s.rows));
        if (s.skippedDuplicates > 0)
            lines << tr("%n value(s) stored already will be skipped.", nullptr, count(s.skippedDuplicates));
        if (s.skippedQuestionnaireTotals > 0)
            lines << tr("%n questionnaire total(s) will be skipped: a total alone is not a questionnaire response.",
                        nullptr, count(s.skippedQuestionnaireTotals));
        if (!s.tagsCreated.isEmpty())
            lines << tr("New tags: %1.").arg(s.tagsCreated.join(QStringLiteral(", ")));
        if (s.entriesTagged > 0)
            lines << tr("%n entry(ies) stored already will get their tags.", nullptr, count(s.entriesTagged));
        if (s.observations == 0 && s.entries == 0 && s.entriesTagged == 0)
            lines << tr("There is nothing new to import.");
    }
    m_summaryLabel->setText(lines.join(u' '));
    m_importButton->setEnabled(canImport());
}

void ImportDialog::showNewParticipants()
{
    const QStringList codes = newParticipants();
    const QSignalBlocker block(m_createParticipants);
    m_createParticipants->setVisible(!codes.isEmpty());
    m_createParticipants->setChecked(!codes.isEmpty() && codes == m_confirmedParticipants);
    m_createParticipants->setText(
        tr("Create %n new participant(s): %1", nullptr, int(codes.size())).arg(codes.join(QStringLiteral(", "))));
}

QStringList ImportDialog::newParticipants() const
{
    return m_plan && m_summary.problems.isEmpty() ? m_summary.participantsCreated : QStringList();
}

void ImportDialog::confirmNewParticipants(bool confirmed)
{
    m_confirmedParticipants = confirmed ? newParticipants() : QStringList();
    showNewParticipants();
    m_importButton->setEnabled(canImport());
}

bool ImportDialog::isBusy() const
{
    return m_job->isRunning();
}

bool ImportDialog::canImport() const
{
    return m_plan && !isBusy() && !m_plan->batch.cancelled && m_summary.problems.isEmpty() &&
           (m_summary.entries > 0 || m_summary.entriesTagged > 0 || !m_summary.participantsCreated.isEmpty()) &&
           (m_summary.participantsCreated.isEmpty() || m_summary.participantsCreated == m_confirmedParticipants);
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_format->setEnabled(!busy || !m_importing);
    m_participant->setEnabled(!busy || !m_importing);
    m_mapping->setEnabled(!m_importing);
    m_createParticipants->setEnabled(!m_importing);
    m_importButton->setEnabled(!busy && canImport());
}

void ImportDialog::startImport()
{
    if (!canImport())
        return;
    m_importing = true;
    setBusy(true);
    const auto plan = m_plan;
    m_job->start([this, plan](Store& store) {
        const ImportSummary summary =
            Importer(store).commit(*plan, [this](Importer::Stage stage, qint64 done, qint64 total) {
                m_job->reportProgress(done, total, progressText(stage));
                return !m_job->isCancelling();
            });
        m_job->deliver([this, summary] { finishImport(summary); });
    });
}

void ImportDialog::finishImport(const ImportSummary& summary)
{
    m_summary = summary;
    emit imported(summary);
    accept();
}

void ImportDialog::reject()
{
    if (m_job->isRunning()) {
        // Closes once the job has stopped and, for an import, its transaction has rolled back.
        m_job->cancel();
        connect(m_job, &BackgroundJob::finished, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

std::optional<ImportSummary> ImportDialog::run(QWidget* parent, Store& store, qint64 participantId, const QString& path)
{
    QString file = path;
    if (file.isEmpty())
        file = FileDialogs::getOpenFileName(parent, tr("Import data"), ExportDialog::defaultFolder(),
                                            tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (file.isEmpty())
        return std::nullopt;
    ImportDialog dialog(store, participantId, parent);
    dialog.setFile(file);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const ImportSummary& s = dialog.summary();
    QString text = tr("Imported %1 in %2 from “%3”.")
                       .arg(valuesText(s.observations), entriesText(s.entries), QFileInfo(file).fileName());
    if (!s.participantsCreated.isEmpty())
        text += u' ' + tr("New participants: %1.").arg(s.participantsCreated.join(QStringLiteral(", ")));
    if (!s.tagsCreated.isEmpty())
        text += u' ' + tr("New tags: %1.").arg(s.tagsCreated.join(QStringLiteral(", ")));
    if (s.entriesTagged > 0)
        text += u' ' + tr("%n entry(ies) stored already got their tags.", nullptr, count(s.entriesTagged));
    if (s.skippedDuplicates > 0)
        text += u' ' + tr("Skipped %n value(s) stored already.", nullptr, count(s.skippedDuplicates));
    QMessageBox::information(parent, tr("Import complete"), text);
    return s;
}

} // namespace mb
