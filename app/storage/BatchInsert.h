// Many rows to a statement run, for writes of many rows inside one transaction.
#pragma once

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QList>

#include <optional>

namespace mb {

// Writes items with "head (row), (row), ... tail": whole batches of batchRows rows a statement run, the rest one
// by one. A statement run costs about as much for one row as for many (triggers, foreign keys and the
// statement's own journal are set up once a run), so a bulk write of single-row runs can take five times as
// long. bind(statement, i, item) binds the i-th row of the statement (0-based) to item.
template <typename Item, typename Bind>
void insertInBatches(Database& db, QStringView head, QStringView row, QStringView tail, int batchRows,
                     const QList<Item>& items, const Bind& bind)
{
    qsizetype done = 0;
    if (items.size() >= batchRows) {
        Statement many = db.prepare(multiRowSql(head, row, batchRows, tail));
        for (; items.size() - done >= batchRows; done += batchRows) {
            for (int i = 0; i < batchRows; ++i)
                bind(many, i, items[done + i]);
            many.run();
            many.reset();
        }
    }
    if (done == items.size())
        return;
    Statement one = db.prepare(multiRowSql(head, row, 1, tail));
    for (; done < items.size(); ++done) {
        bind(one, 0, items[done]);
        one.run();
        one.reset();
    }
}

} // namespace mb
