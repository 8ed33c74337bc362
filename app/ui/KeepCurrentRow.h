// A table's current row across its model's resets (every reload after a change): the same item stays current and
// selected where it moved to; when it is gone (deleted with Del or a button), the item that came after it, or the one
// before when it was the last, so a keyboard user keeps a place and the next Del has a row to act on.
#pragma once

class QAbstractItemModel;
class QAbstractItemView;

namespace mb {

// idRole: the role whose value names an item (the same in every column). watched: the model whose reset to follow,
// the view's own or its source (then after a sorting proxy has sorted); by default the view's.
void keepCurrentRow(QAbstractItemView* view, int idRole, QAbstractItemModel* watched = nullptr);

} // namespace mb
