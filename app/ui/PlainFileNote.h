// The note in the Export and Report dialogs when the database is encrypted: what they write is not (docs/SECURITY.md).
#pragma once

#include <QFrame>

class QLabel;

namespace mb {

class PlainFileNote : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Export, Report };
    // Shown only when encrypted is true (the open database has a passphrase).
    PlainFileNote(Kind kind, bool encrypted, QWidget* parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Kind m_kind;
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace mb
