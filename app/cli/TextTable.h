// Plain aligned columns for human-readable command output.
#pragma once

#include <QList>
#include <QStringList>

namespace mb {

class TextTable {
public:
    void addRow(const QStringList& cells) { m_rows.append(cells); }
    // Columns padded to their widest cell, two spaces apart; lines start with indent and are joined by '\n'.
    QString toString(const QString& indent = {}) const;

private:
    QList<QStringList> m_rows;
};

} // namespace mb
