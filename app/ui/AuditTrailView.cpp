// The filters drive the model's SQL filter; local dates become UTC bounds in the app's time zone.
#include "ui/AuditTrailView.h"

#include "core/Clock.h"
#include "storage/ExportWriter.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/AuditTrailModel.h"
#include "ui/FileDialogs.h"
#include "ui/RowOrRows.h"
#include "ui/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace mb {

namespace {

// The earliest date of the date fields stands for "no bound" and shows as such.
const QDate unbounded(2000, 1, 1);

QDateTime localMidnightUtc(QDate date)
{
    return QDateTime(date, QTime(0, 0), clock().timeZone()).toUTC();
}

} // namespace

AuditTrailView::AuditTrailView(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditTrailModel(this))
    , m_view(new QTableView(this))
    , m_participantLabel(new QLabel(this))
    , m_participant(new QComboBox(this))
    , m_tableLabel(new QLabel(this))
    , m_table(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("auditTrailView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths from the font: sizing to contents would read every row of a long trail.
    m_view->setColumnWidth(AuditTrailModel::Time,
                           fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00:00")) + 24);
    m_view->setColumnWidth(AuditTrailModel::Row, fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_view->setColumnWidth(AuditTrailModel::User, fontMetrics().horizontalAdvance(u'x') * 10 + 16);
    for (const int column : {AuditTrailModel::Before, AuditTrailModel::After})
        m_view->setColumnWidth(column, fontMetrics().horizontalAdvance(u'x') * 30);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(unbounded);
        edit->setDate(unbounded);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &AuditTrailView::applyFilter);
    }
    m_participantLabel->setBuddy(m_participant);
    m_tableLabel->setBuddy(m_table);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    connect(m_participant, &QComboBox::currentIndexChanged, this, &AuditTrailView::applyFilter);
    connect(m_table, &QComboBox::currentIndexChanged, this, &AuditTrailView::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditTrailView::exportAsked);

    // Each filter under the one before where the row has no room (beside the participant list).
    QHBoxLayout* dates = RowOrRows::line({m_fromLabel, m_from, m_toLabel, m_to});
    dates->addStretch(1);
    QHBoxLayout* result = RowOrRows::line({m_count, m_export});
    result->insertStretch(0, 1);
    auto* filters = new RowOrRows({{RowOrRows::line({m_participantLabel, m_participant})},
                                   {RowOrRows::line({m_tableLabel, m_table})},
                                   {dates},
                                   {result, 1}});
    filters->setObjectName(QStringLiteral("auditFilters"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addWidget(m_view, 1);
    retranslate();
}

void AuditTrailView::follow(Workspace* workspace)
{
    connect(workspace, &Workspace::storeChanged, this, &AuditTrailView::setStore);
    connect(workspace, &Workspace::dataChanged, this, &AuditTrailView::refresh); // at once when shown, else later
    setStore(workspace->store());
}

void AuditTrailView::setStore(Store* store)
{
    m_store = store;
    m_model->setStore(store);
    reload();
}

void AuditTrailView::reload()
{
    fillChoices();
    applyFilter();
}

void AuditTrailView::refresh()
{
    if (isVisible()) {
        m_stale = false;
        reload();
    } else {
        m_stale = true;
    }
}

void AuditTrailView::showEvent(QShowEvent* event)
{
    // Whatever changed while another tab was shown (an import, an edit) is in the list when it appears.
    QWidget::showEvent(event);
    m_stale = false;
    reload();
}

void AuditTrailView::fillChoices()
{
    // Keep what was chosen across a reload, when it still exists.
    const QVariant participant = m_participant->currentData();
    const QVariant table = m_table->currentData();
    const QSignalBlocker blockParticipant(m_participant);
    const QSignalBlocker blockTable(m_table);
    m_participant->clear();
    m_table->clear();
    m_participant->addItem(tr("Everyone"), qint64(0));
    m_table->addItem(tr("All tables"), QString());
    if (m_store) {
        for (const Participant& p : m_store->participants().list(true))
            m_participant->addItem(p.code, p.id);
        for (const QString& name : m_store->audit().tables())
            m_table->addItem(AuditTrailModel::tableText(name), name);
    }
    m_participant->setCurrentIndex(std::max(0, m_participant->findData(participant)));
    m_table->setCurrentIndex(std::max(0, m_table->findData(table)));
}

QDate AuditTrailView::boundOf(const QDateEdit* edit) const
{
    return edit->date() == unbounded ? QDate() : edit->date();
}

void AuditTrailView::applyFilter()
{
    AuditLog::Filter filter;
    filter.participantId = m_participant->currentData().toLongLong();
    filter.table = m_table->currentData().toString();
    if (const QDate from = boundOf(m_from); from.isValid())
        filter.fromUtc = localMidnightUtc(from);
    if (const QDate to = boundOf(m_to); to.isValid())
        filter.toUtc = localMidnightUtc(to.addDays(1));
    m_model->setFilter(filter);
    m_count->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
    m_export->setEnabled(m_model->rowCount() > 0);
}

void AuditTrailView::setFilter(qint64 participantId, const QString& table, QDate from, QDate to)
{
    const QSignalBlocker blocks[] = {QSignalBlocker(m_participant), QSignalBlocker(m_table), QSignalBlocker(m_from),
                                     QSignalBlocker(m_to)};
    m_participant->setCurrentIndex(std::max(0, m_participant->findData(participantId)));
    m_table->setCurrentIndex(std::max(0, m_table->findData(table)));
    m_from->setDate(from.isValid() ? from : unbounded);
    m_to->setDate(to.isValid() ? to : unbounded);
    applyFilter();
}

std::optional<QString> AuditTrailView::exportCsv(const QString& path)
{
    if (!m_store)
        return tr("No database is open.");
    ExportTarget file(path); // private (0600), atomic, and never replaces a device or FIFO
    if (!file.open())
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const qint64 rows = m_model->writeCsv(file.device());
    if (rows < 0 || !file.commit())
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    try {
        const QDate from = boundOf(m_from);
        const QDate to = boundOf(m_to);
        ExportWriter::record(*m_store, QStringLiteral("audit"),
                             ExportFilter{.participantCode = m_model->participantCode(m_model->filter().participantId),
                                          .from = from,
                                          .to = to},
                             rows, path);
    } catch (const StorageError& e) {
        return tr("The audit trail was exported, but the export could not be recorded: %1").arg(e.message());
    }
    reload(); // the export is itself a row of the trail now
    return std::nullopt;
}

void AuditTrailView::exportAsked()
{
    const QString path =
        FileDialogs::getSaveFileName(this, tr("Export the audit trail"),
                                     QDir::home().filePath(QStringLiteral("audit-trail.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const auto error = exportCsv(path))
        QMessageBox::critical(this, tr("Export failed"), *error);
}

void AuditTrailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void AuditTrailView::retranslate()
{
    m_participantLabel->setText(tr("Pa&rticipant:"));
    m_tableLabel->setText(tr("&Table:"));
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("T&o:"));
    m_from->setSpecialValueText(tr("any date"));
    m_to->setSpecialValueText(tr("any date"));
    m_export->setText(tr("E&xport CSV…"));
    m_view->setAccessibleName(tr("Audit trail"));
    // The action and table columns fit their longest name in this language (not read from the rows).
    const QFontMetrics metrics = m_view->fontMetrics();
    auto widest = [&](std::initializer_list<const char16_t*> names, QString (*text)(const QString&)) {
        int width = metrics.horizontalAdvance(model()->headerData(0, Qt::Horizontal).toString());
        for (const char16_t* name : names)
            width = std::max(width, metrics.horizontalAdvance(text(QString::fromUtf16(name))));
        return width + 24;
    };
    m_view->setColumnWidth(AuditTrailModel::Action,
                           widest({u"insert", u"update", u"delete", u"restore", u"migrate", u"import", u"export",
                                   u"backup", u"restore_backup", u"verify", u"security"},
                                  &AuditTrailModel::actionText));
    m_view->setColumnWidth(AuditTrailModel::Table,
                           widest({u"participant", u"entry", u"intervention", u"adherence", u"measure",
                                   u"questionnaire_response", u"schema", u"database", u"export"},
                                  &AuditTrailModel::tableText));
    m_participant->setAccessibleName(tr("Participant"));
    m_table->setAccessibleName(tr("Table"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
}

} // namespace mb
