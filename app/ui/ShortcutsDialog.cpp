// The table of keyboard shortcuts, in the interface language.
#include "ui/ShortcutsDialog.h"

#include <QMessageBox>

namespace mb {

void ShortcutsDialog::show(QWidget* parent)
{
    const QList<std::pair<QString, QString>> keys{
        {QStringLiteral("Ctrl+N"),
         tr("New entry for the selected participant (single-person mode: the quick check-in)")},
        {QStringLiteral("Ctrl+,"), tr("Settings: check-in measures and reminders")},
        {QStringLiteral("Ctrl+E"), tr("Edit the selected entry")},
        {tr("Del"), tr("Delete the selected entry")},
        {QStringLiteral("Ctrl+Z / Ctrl+Shift+Z"), tr("Undo / redo")},
        {QStringLiteral("Ctrl+Shift+N"), tr("New participant (clinician mode)")},
        {QStringLiteral("Ctrl+1 … Ctrl+8"),
         tr("Chart, Journal, Interventions, Questionnaires, Analysis, Insights, Cohort, Audit trail")},
        {QStringLiteral("Ctrl+I"), tr("Import a CSV file")},
        {QStringLiteral("Ctrl+Shift+E"), tr("Export data")},
        {QStringLiteral("Ctrl+P"), tr("Participant report (PDF)")},
        {QStringLiteral("Ctrl+O"), tr("Open a database")},
        {QStringLiteral("Ctrl+Enter"), tr("Save a form")},
        {tr("Esc"), tr("Close a form (asks first when it has changes)")},
        {QStringLiteral("F1"), tr("This list")}};
    QString rows;
    for (const auto& [key, what] : keys)
        rows += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), QStringLiteral("<table>%1</table>").arg(rows),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("shortcutsDialog"));
    box.exec();
}

} // namespace mb
