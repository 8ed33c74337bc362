// The dialog of File ▸ Report: which file and which language; the report itself is written by the report library.
#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mb {

class LanguageManager;
class Store;

// The participant, the PDF file (in Documents, or the home folder when there is none) and the report's language.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    // participant: as the interface names them (Participant::shownCode), also in the suggested file name;
    // encrypted: the database is, so the dialog says that the PDF will not be.
    ReportDialog(const QString& participant, const QString& language, QWidget* parent = nullptr,
                 bool encrypted = false);

    // File ▸ Report: asks for the file and the language, then writes the report of the participant in that
    // language; the interface keeps its own language throughout.
    static void run(QWidget* parent, Store& store, qint64 participantId, const LanguageManager& languages);

    QString path() const;
    void setPath(const QString& path);
    QString language() const;
    // Why the chosen file cannot be written (no folder there), if so; shown next to the path on Save.
    std::optional<QString> pathProblem() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose();

    QLabel* m_participantLabel;
    QLabel* m_participant;
    QLabel* m_fileLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace mb
