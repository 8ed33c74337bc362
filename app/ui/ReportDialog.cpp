// The report dialog and the File ▸ Report flow: choose, write through the report library, tell the outcome.
#include "ui/ReportDialog.h"

#include "report/ReportWriter.h"
#include "storage/Store.h"
#include "ui/ExportDialog.h"
#include "ui/FileDialogs.h"
#include "ui/LanguageManager.h"
#include "ui/PlainFileNote.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace mb {

ReportDialog::ReportDialog(const QString& participant, const QString& language, QWidget* parent, bool encrypted)
    : QDialog(parent)
    , m_participantLabel(new QLabel)
    , m_participant(new QLabel(participant))
    , m_fileLabel(new QLabel)
    , m_path(new QLineEdit)
    , m_browse(new QPushButton)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("reportDialog"));
    m_participant->setTextFormat(Qt::PlainText);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setText(
        QDir(ExportDialog::defaultFolder())
            .filePath(QStringLiteral("moodbiome-report-%1.pdf").arg(QString(participant).replace(u'/', u'_'))));
    // Wide enough to read a whole path in the home folder.
    m_path->setMinimumWidth(m_path->fontMetrics().horizontalAdvance(u'x') * 55);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& lang : LanguageManager::available())
        m_language->addItem(LanguageManager::nativeName(lang), lang);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_participantLabel->setBuddy(m_participant);
    m_fileLabel->setBuddy(m_path);
    m_languageLabel->setBuddy(m_language);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    form->addRow(m_participantLabel, m_participant);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(new PlainFileNote(PlainFileNote::Kind::Report, encrypted));
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::choose);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, m_problem, &QWidget::hide);
    retranslate();
}

QString ReportDialog::path() const
{
    return m_path->text().trimmed();
}

void ReportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

QString ReportDialog::language() const
{
    return m_language->currentData().toString();
}

std::optional<QString> ReportDialog::pathProblem() const
{
    if (path().isEmpty())
        return tr("Choose a file for the report.");
    const QDir folder = QFileInfo(path()).absoluteDir();
    if (!folder.exists())
        return tr("The folder “%1” does not exist; choose another folder.")
            .arg(QDir::toNativeSeparators(folder.absolutePath()));
    return std::nullopt;
}

void ReportDialog::accept()
{
    if (const auto problem = pathProblem()) {
        m_problem->setText(*problem);
        m_problem->setVisible(true);
        m_path->setFocus();
        return;
    }
    QDialog::accept();
}

void ReportDialog::choose()
{
    const QString chosen =
        FileDialogs::getSaveFileName(this, tr("Save the report"), m_path->text(), tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Participant report"));
    m_participantLabel->setText(tr("Participant:"));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("C&hoose…"));
    m_browse->setAccessibleName(tr("Choose the file"));
    m_languageLabel->setText(tr("&Language:"));
    m_path->setAccessibleName(tr("File"));
    m_language->setAccessibleName(tr("Language"));
}

void ReportDialog::run(QWidget* parent, Store& store, qint64 participantId, const LanguageManager& languages)
{
    const auto participant = store.participants().byId(participantId);
    if (!participant)
        return;
    ReportDialog dialog(participant->shownCode(), languages.language(), parent, store.database().isEncrypted());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    int pages = 0;
    const auto error = ReportWriter::writeFile(store, participantId, dialog.path(), dialog.language(), &pages);
    QGuiApplication::restoreOverrideCursor();
    if (error)
        QMessageBox::critical(parent, ReportWriter::tr("Report not written"), *error);
    else
        QMessageBox::information(parent, ReportWriter::tr("Report written"),
                                 ReportWriter::tr("The report of %1 (%n page(s)) was saved as “%2”.", nullptr, pages)
                                     .arg(participant->shownCode(), QDir::toNativeSeparators(dialog.path())));
}

} // namespace mb
