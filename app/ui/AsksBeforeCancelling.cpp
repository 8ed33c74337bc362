// The one "discard?" question of the forms that ask before Cancel drops what was typed.
#include "ui/AsksBeforeCancelling.h"

#include <QMessageBox>
#include <QPushButton>

namespace mb {

bool AsksBeforeCancelling::askToDiscard(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox ask(QMessageBox::Question, title, text, QMessageBox::Discard | QMessageBox::No, parent);
    ask.button(QMessageBox::Discard)->setText(tr("&Discard"));
    ask.button(QMessageBox::No)->setText(tr("&Keep editing"));
    ask.setDefaultButton(QMessageBox::No);
    ask.setEscapeButton(QMessageBox::No);
    return ask.exec() == QMessageBox::Discard;
}

bool AsksBeforeCancelling::askToDiscardEntry(QWidget* parent)
{
    return askToDiscard(parent, tr("Discard this entry?"), tr("What you entered has not been saved. Discard it?"));
}

} // namespace mb
