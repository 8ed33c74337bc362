// Intervention rows with the kind's colour as decoration.
#include "ui/InterventionModel.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "ui/Palette.h"

#include <QLocale>

namespace mb {

InterventionModel::InterventionModel(QObject* parent)
    : RowTableModel(parent)
{
}

void InterventionModel::readRows()
{
    m_rows = store() && participantId() ? store()->interventions().list(participantId()) : QList<Intervention>{};
}

QVariant InterventionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Intervention& i = m_rows[index.row()];
    if (role == IdRole)
        return i.id;
    if (role == Qt::DecorationRole && index.column() == Kind)
        return interventionColor(i.kind);
    if (role == Qt::ToolTipRole && !i.notes.isEmpty())
        return i.notes;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Kind:
        return InterventionText::kindName(i.kind);
    case Name:
        return i.name;
    case Dose:
        return InterventionText::doseText(i);
    case Start:
        return locale.toString(i.start, QLocale::ShortFormat);
    case End:
        if (i.isEvent())
            return tr("one day (event)");
        return i.isOngoing() ? tr("ongoing") : locale.toString(i.end, QLocale::ShortFormat);
    case Notes:
        return QString(i.notes).replace(u'\n', u' ');
    default:
        break;
    }
    return {};
}

QString InterventionModel::columnTitle(int column) const
{
    switch (column) {
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Dose:
        return tr("Dose");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Notes:
        return tr("Notes");
    default:
        break;
    }
    return {};
}

} // namespace mb
