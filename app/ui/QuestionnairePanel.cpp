// The questionnaire history of a participant, its undoable edits, and the acknowledgement of safety flags.
#include "ui/QuestionnairePanel.h"

#include "storage/Store.h"
#include "ui/Editor.h"
#include "ui/FocusAfter.h"
#include "ui/KeepCurrentRow.h"
#include "ui/LanguageManager.h"
#include "ui/QuestionnaireDialog.h"
#include "ui/QuestionnaireModel.h"
#include "ui/RowOrRows.h"
#include "ui/Style.h"
#include "ui/Workspace.h"
#include "ui/chart/ParticipantChart.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>

namespace mb {

QuestionnairePanel::QuestionnairePanel(Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new QuestionnaireModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_title(new QLabel)
    , m_banner(new QFrame)
    , m_bannerText(new QLabel)
    , m_acknowledge(new QPushButton)
    , m_delete(new QPushButton)
    , m_view(new QTableView)
    , m_emptyHint(new QLabel)
{
    setObjectName(QStringLiteral("questionnairePanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_banner->setObjectName(QStringLiteral("flagBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QFrame#flagBanner { background: %1; border-radius: 4px; }").arg(Style::alertColour().name()));
    m_bannerText->setObjectName(QStringLiteral("flagText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setStyleSheet(Style::alertStyleSheet());
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeFlag"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 8, 0);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_acknowledge);
    m_banner->hide();
    connect(m_acknowledge, &QPushButton::clicked, this, &QuestionnairePanel::acknowledgeOldestFlag);

    QWidget* buttons = createButtons();
    QWidget* history = createHistory();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    layout->addWidget(history, 1);
    layout->addWidget(m_emptyHint);
    // After any change to responses, also by undo and redo, and whichever view made it.
    connect(m_editor, &Editor::responsesChanged, this, [this](qint64 participantId) {
        if (participantId == m_participantId)
            setParticipant(participantId);
        emit responsesChanged(participantId);
    });
    retranslate();
    refresh();
}

// The fill-in buttons two to a group: where the row has no room (Dutch beside the participant list) the second pair
// goes under the first, and delete under them.
QWidget* QuestionnairePanel::createButtons()
{
    QList<RowOrRows::Group> groups;
    for (Instrument instrument : allInstruments()) {
        auto* button = new QPushButton;
        button->setObjectName(QStringLiteral("fillIn_") + toString(instrument));
        connect(button, &QPushButton::clicked, this, [this, instrument] { fillIn(instrument); });
        if (m_fillIn.size() % 2 == 0)
            groups.append({new QHBoxLayout});
        groups.last().layout->addWidget(button);
        m_fillIn.append(button);
    }
    m_delete->setObjectName(QStringLiteral("deleteResponse"));
    connect(m_delete, &QPushButton::clicked, this, &QuestionnairePanel::deleteSelected);
    auto* remove = new QHBoxLayout;
    remove->addStretch(1);
    remove->addWidget(m_delete);
    groups.append({remove, 1});
    auto* buttons = new RowOrRows(groups);
    buttons->setObjectName(QStringLiteral("questionnaireButtons"));
    return buttons;
}

// The responses table above, one instrument's totals over time below.
QWidget* QuestionnairePanel::createHistory()
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(QuestionnaireModel::SortRole);
    m_view->setObjectName(QStringLiteral("responses"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QuestionnaireModel::Date, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);                          // Tab leaves the table; the arrow keys move in it
    keepCurrentRow(m_view, QuestionnaireModel::IdRole, m_model); // after a delete, the next response is current
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuestionnairePanel::updateButtons);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);

    // Below the table: one instrument's totals over time, its severity bands as coloured zones.
    m_chartInstrument = new QComboBox;
    m_chartInstrument->setObjectName(QStringLiteral("chartInstrument"));
    for (Instrument instrument : allInstruments())
        m_chartInstrument->addItem(instrumentDefinition(instrument).name, toString(instrument));
    connect(m_chartInstrument, &QComboBox::currentIndexChanged, this, &QuestionnairePanel::refreshChart);
    m_chart = new ParticipantChart;
    m_chart->setObjectName(QStringLiteral("questionnaireChart"));
    m_chart->setShowsQuestionnaires(true);
    auto* history = new QWidget;
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLabel = new QLabel;
    m_chartLabel->setBuddy(m_chartInstrument);
    auto* chartChoice = new QHBoxLayout;
    chartChoice->addWidget(m_chartLabel);
    chartChoice->addWidget(m_chartInstrument);
    chartChoice->addStretch(1);
    historyLayout->addLayout(chartChoice);
    historyLayout->addWidget(m_chart, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(history);
    // The table had a third of the room: at the smallest window a row and a half, a flagged row cut off. It gets
    // half, and never less than three whole rows (and a scroll bar); the chart below has the rest.
    const int rows = 3 * m_view->verticalHeader()->defaultSectionSize();
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height() + rows + 2 * m_view->frameWidth() +
                             m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    return split;
}

void QuestionnairePanel::follow(Workspace* workspace)
{
    connect(workspace, &Workspace::participantChanged, this, &QuestionnairePanel::setParticipant);
    connect(workspace, &Workspace::storeChanged, this,
            [this, workspace] { setParticipant(workspace->participantId()); });
    connect(workspace, &Workspace::participantsChanged, this, &QuestionnairePanel::updateButtons); // withdrawn
    setParticipant(workspace->participantId());
}

Store* QuestionnairePanel::store() const
{
    return m_editor->store();
}

void QuestionnairePanel::setParticipant(qint64 participantId)
{
    m_participantId = participantId;
    m_model->setStore(store());
    m_model->setParticipant(participantId);
    refresh();
}

QString QuestionnairePanel::unacknowledgedFlagText(Store& store, qint64 participantId, bool toThePerson)
{
    const QList<QuestionnaireResponse> flagged = store.questionnaires().unacknowledged(participantId);
    if (flagged.isEmpty())
        return {};
    const QuestionnaireResponse& oldest = flagged.first();
    const InstrumentDefinition& definition = instrumentDefinition(oldest.instrument);
    QString text = tr("%1 of %2: %3")
                       .arg(definition.name, QLocale().toString(oldest.date, QLocale::ShortFormat),
                            QuestionnaireText::flagWarning(definition.flagKey));
    if (flagged.size() > 1)
        text += u' ' + tr("%n flagged responses await acknowledgement.", nullptr, int(flagged.size()));
    if (toThePerson)
        text += u'\n' + QuestionnaireText::crisisHelp();
    return text;
}

std::optional<QString> QuestionnairePanel::addResponse(const QuestionnaireResponse& response, qint64* newId)
{
    if (!store())
        return tr("No database is open.");
    return m_editor->addResponse(response, newId);
}

std::optional<QString> QuestionnairePanel::deleteResponse(qint64 responseId)
{
    if (!store())
        return tr("No database is open.");
    return m_editor->deleteResponse(responseId);
}

std::optional<QString> QuestionnairePanel::acknowledgeFlag(qint64 responseId, const QString& note)
{
    if (!store())
        return tr("No database is open.");
    return m_editor->acknowledgeFlag(responseId, note);
}

void QuestionnairePanel::setSinglePerson(bool single)
{
    if (single == m_single)
        return;
    m_single = single;
    refresh();
}

QString QuestionnairePanel::participantLabel() const
{
    const auto p = store() ? store()->participants().byId(m_participantId) : std::nullopt;
    if (!p)
        return {};
    return p->title();
}

QuestionnaireDialog* QuestionnairePanel::fillIn(Instrument instrument)
{
    if (!store() || m_participantId <= 0)
        return nullptr;
    auto* dialog = new QuestionnaireDialog(
        instrument, m_participantId, participantLabel(),
        [this](const QuestionnaireResponse& response) { return addResponse(response); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusAfter(dialog, m_fillIn.value(int(allInstruments().indexOf(instrument))), m_view);
    dialog->open();
    return dialog;
}

void QuestionnairePanel::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = rows.first().data(QuestionnaireModel::IdRole).toLongLong();
    if (auto error = deleteResponse(id))
        QMessageBox::warning(this, tr("Delete questionnaire"), *error);
}

QDialog* QuestionnairePanel::acknowledgeOldestFlag()
{
    const QList<QuestionnaireResponse> flagged =
        store() ? store()->questionnaires().unacknowledged(m_participantId) : QList<QuestionnaireResponse>();
    if (flagged.isEmpty())
        return nullptr;
    const qint64 responseId = flagged.first().id;

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("acknowledgeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Acknowledge safety flag — %1").arg(participantLabel()));
    auto* warning = new QLabel(unacknowledgedFlagText(*store(), m_participantId, m_single));
    warning->setWordWrap(true);
    warning->setStyleSheet(Style::alertStyleSheet());
    auto* prompt = new QLabel(
        m_single ? tr("Your &note: how you are now and what you did about it, such as whom you talked to. The note, "
                      "your user name and the time are kept in the audit trail.")
                 : tr("Clinician's &note: the risk assessment made or the action taken. The note, your user name and "
                      "the time are kept in the audit trail."));
    prompt->setWordWrap(true);
    auto* note = new QPlainTextEdit;
    note->setObjectName(QStringLiteral("note"));
    note->setTabChangesFocus(true);
    prompt->setBuddy(note);
    auto* error = new ErrorBanner;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Acknowledge"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(warning);
    layout->addWidget(prompt);
    layout->addWidget(note);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(note, &QPlainTextEdit::textChanged, ok,
            [note, ok] { ok->setEnabled(!note->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, note, error, responseId] {
        if (auto problem = acknowledgeFlag(responseId, note->toPlainText())) {
            error->showMessage(*problem);
            return;
        }
        dialog->accept();
    });
    dialog->resize(520, dialog->sizeHint().height());
    returnFocusAfter(dialog, m_acknowledge, m_view); // acknowledged: the banner and its button are gone
    dialog->open();
    return dialog;
}

void QuestionnairePanel::refresh()
{
    const QString flag =
        store() && m_participantId > 0 ? unacknowledgedFlagText(*store(), m_participantId, m_single) : QString();
    m_bannerText->setText(flag);
    m_banner->setVisible(!flag.isEmpty());
    m_emptyHint->setVisible(m_participantId > 0 && m_model->rowCount() == 0);
    m_view->resizeColumnsToContents();
    updateButtons();
    refreshChart();
}

void QuestionnairePanel::refreshChart()
{
    const auto instrument = instrumentFromString(m_chartInstrument->currentData().toString());
    if (!instrument)
        return;
    const InstrumentDefinition& definition = instrumentDefinition(*instrument);
    ChartSeries totals;
    totals.key = definition.exportKey();
    totals.label = definition.name;
    totals.unit = definition.percentFactor ? tr("%") : tr("total");
    totals.color = QColor(0x33, 0x33, 0x33);
    totals.secondaryAxis = true;
    totals.maxGapDays = 366; // weeks apart by design: join them
    QList<Observation> points;
    if (store() && m_participantId > 0)
        for (const QuestionnaireResponse& r : store()->questionnaires().list(m_participantId))
            if (r.instrument == *instrument)
                points.append({r.date, double(definition.exportValue(r.total))});
    totals.daily = dailyMeans(points);
    QList<ChartZone> zones;
    for (const SeverityBand& band : definition.bands)
        zones.append({double(definition.exportValue(band.minimum)) - 0.5,
                      double(definition.exportValue(band.maximum)) + 0.5,
                      QuestionnaireModel::bandColor(definition, band.key), QuestionnaireText::severityName(band.key)});
    m_chart->setZones(zones);
    m_chart->setContent({totals}, {}, {}, 1);
    m_chart->showAll();
}

void QuestionnairePanel::updateButtons()
{
    const auto p = store() ? store()->participants().byId(m_participantId) : std::nullopt;
    const bool writable = p && !p->deleted && !p->isWithdrawn() && // withdrawn: read-only, flags still acknowledged
                          !store()->database().isReadOnly();
    for (QPushButton* button : std::as_const(m_fillIn))
        button->setEnabled(writable);
    m_delete->setEnabled(writable && m_view->selectionModel()->hasSelection());
}

void QuestionnairePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->refreshTexts();
        refresh();
    }
    QWidget::changeEvent(event);
}

void QuestionnairePanel::retranslate()
{
    m_title->setText(tr("Questionnaires"));
    m_chartLabel->setText(tr("&Totals over time:"));
    m_view->setAccessibleName(tr("Questionnaire responses"));
    for (int i = 0; i < m_fillIn.size(); ++i) {
        const InstrumentDefinition& d = instrumentDefinition(allInstruments()[i]);
        QString name = d.name; // Alt+9 for the PHQ-9, Alt+7 for the GAD-7: the same in every language
        name.insert(name.size() - 1, u'&');
        m_fillIn[i]->setText(tr("Fill in %1…").arg(name));
        m_fillIn[i]->setToolTip(d.title.in(LanguageManager::current()));
    }
    m_delete->setText(tr("&Delete response"));
    m_acknowledge->setText(tr("Ac&knowledge…"));
    m_acknowledge->setToolTip(
        tr("Record that a clinician has seen this flag, with a note on the assessment or action taken"));
    m_emptyHint->setText(
        tr("No questionnaires filled in yet. Use the buttons above to fill in the PHQ-9, GAD-7, PSS-10 or WHO-5."));
}

} // namespace mb
