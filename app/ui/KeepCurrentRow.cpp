// The item that was current, then its neighbours, looked for again after a reset.
#include "ui/KeepCurrentRow.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QVariant>

#include <memory>

namespace mb {

namespace {
struct Kept {
    QList<QVariant> ids; // the current item's, the next one's, the previous one's
    int column = 0;
};
} // namespace

void keepCurrentRow(QAbstractItemView* view, int idRole, QAbstractItemModel* watched)
{
    auto kept = std::make_shared<Kept>();
    QObject::connect(watched ? watched : view->model(), &QAbstractItemModel::modelAboutToBeReset, view,
                     [view, idRole, kept] {
                         kept->ids.clear();
                         const QModelIndex current = view->currentIndex();
                         if (!current.isValid() || !view->selectionModel()->isRowSelected(current.row(), {}))
                             return;
                         const QAbstractItemModel* model = view->model();
                         kept->column = current.column();
                         for (const int row : {current.row(), current.row() + 1, current.row() - 1})
                             if (row >= 0 && row < model->rowCount())
                                 kept->ids.append(model->index(row, 0).data(idRole));
                     });
    QObject::connect(watched ? watched : view->model(), &QAbstractItemModel::modelReset, view, [view, idRole, kept] {
        QAbstractItemModel* model = view->model();
        for (const QVariant& id : std::as_const(kept->ids)) {
            const QModelIndexList found = model->match(model->index(0, 0), idRole, id, 1, Qt::MatchExactly);
            if (found.isEmpty())
                continue;
            const QModelIndex index = model->index(found.first().row(), kept->column);
            view->selectionModel()->setCurrentIndex(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
            break;
        }
        kept->ids.clear();
    });
}

} // namespace mb
