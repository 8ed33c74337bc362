// Questionnaire rows with coloured severity bands and an unmissable unacknowledged safety flag.
#include "ui/QuestionnaireModel.h"

#include "storage/Store.h"
#include "ui/LanguageManager.h"

#include <QFont>
#include <QLocale>

namespace mb {

namespace {
const QColor good(0xd7, 0xef, 0xd4);
const QColor middling(0xfb, 0xec, 0xb8);
const QColor bad(0xf6, 0xc9, 0xc4);
const QColor alarm(0xb3, 0x26, 0x1e);

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QuestionnaireModel::QuestionnaireModel(QObject* parent)
    : RowTableModel(parent)
{
}

void QuestionnaireModel::readRows()
{
    m_rows = store() && participantId() > 0 ? store()->questionnaires().list(participantId())
                                            : QList<QuestionnaireResponse>();
}

QColor QuestionnaireModel::bandColor(const InstrumentDefinition& definition, const QString& bandKey)
{
    const qsizetype count = definition.bands.size();
    qsizetype index = 0;
    while (index < count && definition.bands[index].key != bandKey)
        ++index;
    if (index == count || count < 2)
        return {};
    double badness = double(index) / double(count - 1);
    if (definition.direction == Direction::Higher)
        badness = 1.0 - badness;
    return badness <= 0.5 ? mix(good, middling, badness * 2) : mix(middling, bad, (badness - 0.5) * 2);
}

QVariant QuestionnaireModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuestionnaireResponse& r = m_rows[index.row()];
    const int column = index.column();
    const InstrumentDefinition& definition = instrumentDefinition(r.instrument);
    switch (role) {
    case IdRole:
        return r.id;
    case SortRole:
        return sortKey(r, column);
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::TextAlignmentRole:
        return column == Total ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Name)
            return definition.title.in(LanguageManager::current());
        return column == Flag ? QVariant(flagTip(r)) : QVariant();
    case Qt::BackgroundRole:
        if (column == Severity)
            return bandColor(definition, r.severity);
        return column == Flag && r.needsAcknowledgement() ? QVariant(alarm) : QVariant();
    case Qt::ForegroundRole:
        if (column == Flag && r.needsAcknowledgement())
            return QColor(Qt::white);
        return column == Severity ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (column == Flag && r.needsAcknowledgement()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant QuestionnaireModel::display(const QuestionnaireResponse& r, int column) const
{
    const QLocale locale;
    const InstrumentDefinition& definition = instrumentDefinition(r.instrument);
    switch (column) {
    case Date:
        return locale.toString(r.date, QLocale::ShortFormat);
    case Name:
        return definition.name;
    case Total:
        if (definition.percentFactor > 0)
            return tr("%1 of %2 (%3%)").arg(r.total).arg(definition.maxTotal()).arg(definition.exportValue(r.total));
        return tr("%1 of %2").arg(r.total).arg(definition.maxTotal());
    case Severity:
        return QuestionnaireText::severityName(r.severity);
    case Flag:
        if (!r.flagged)
            return QString();
        if (!r.acknowledgement)
            return tr("Item %1 above 0: needs acknowledgement").arg(definition.flagItem);
        return tr("Acknowledged on %1 by %2")
            .arg(locale.toString(r.acknowledgement->atUtc.toLocalTime().date(), QLocale::ShortFormat),
                 r.acknowledgement->by);
    default:
        return {};
    }
}

QVariant QuestionnaireModel::sortKey(const QuestionnaireResponse& r, int column) const
{
    switch (column) {
    case Date:
        return r.date.toJulianDay() * 1'000'000'000 + r.id; // the same day: in the order stored
    case Name:
        return instrumentDefinition(r.instrument).name;
    case Total:
        return double(r.total) / double(instrumentDefinition(r.instrument).maxTotal());
    case Severity:
        return QuestionnaireText::severityName(r.severity);
    case Flag:
        return r.needsAcknowledgement() ? 2 : r.flagged ? 1 : 0;
    default:
        return {};
    }
}

QString QuestionnaireModel::flagTip(const QuestionnaireResponse& r) const
{
    if (!r.flagged)
        return {};
    const QString warning = QuestionnaireText::flagWarning(instrumentDefinition(r.instrument).flagKey);
    if (!r.acknowledgement)
        return warning;
    return warning + QStringLiteral("\n\n") +
           tr("Acknowledged on %1 by %2: %3")
               .arg(QLocale().toString(r.acknowledgement->atUtc.toLocalTime(), QLocale::ShortFormat),
                    r.acknowledgement->by, r.acknowledgement->note);
}

QString QuestionnaireModel::columnTitle(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Name:
        return tr("Questionnaire");
    case Total:
        return tr("Total");
    case Severity:
        return tr("Severity");
    case Flag:
        return tr("Safety flag");
    default:
        return {};
    }
}

} // namespace mb
