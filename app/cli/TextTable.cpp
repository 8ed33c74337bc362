// Column widths and padding for TextTable.
#include "cli/TextTable.h"

namespace mb {

QString TextTable::toString(const QString& indent) const
{
    QList<qsizetype> widths;
    for (const QStringList& row : m_rows)
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row[column].size());
        }
    QStringList lines;
    for (const QStringList& row : m_rows) {
        QString line = indent;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? row[column].leftJustified(widths[column] + 2) : row[column];
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace mb
