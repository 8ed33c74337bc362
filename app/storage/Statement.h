// A prepared statement: typed binds, stepping and column reads; finalized on destruction.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace mb {

class Statement {
public:
    Statement(sqlite3* db, QStringView sql); // throws StorageError
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    // Binds are 1-based, like SQLite's.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // always text; use std::optional for NULL
    // Not copied: the buffer must stay unchanged until the statement has been stepped and reset.
    Statement& bindUtf8Unowned(int index, const char* utf8, qsizetype size);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    bool step(); // true while a row is available; throws StorageError on failure
    void run();  // step to completion, for statements without result rows
    void reset();
    void resetKeepingBindings(); // for a statement whose every parameter is bound again before the next step

    bool isNull(int column) const;
    // Stored as an INTEGER or a REAL. Ask before reading the column any other way (a read can convert it).
    bool isNumber(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArrayView bytes(int column) const; // the text as stored (UTF-8), valid until the next step
    QDate date(int column) const;           // an ISO 8601 date ("2024-03-01"); invalid when it is not one

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// "head (row), (row), ... tail": one INSERT of rows rows, so that one statement run writes them all.
QString multiRowSql(QStringView head, QStringView row, int rows, QStringView tail = {});

} // namespace mb
