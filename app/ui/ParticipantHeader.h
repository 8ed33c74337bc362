// Above the tabs: who is shown (code and name, or "My journal"), a line of facts (arm, enrolment, number of
// entries, withdrawal), "New entry…", an open safety flag, the banner of the demo database and the one of a database
// that is only read. It follows the
// workspace itself.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace mb {

class Workspace;

class ParticipantHeader : public QWidget {
    Q_OBJECT
public:
    explicit ParticipantHeader(Workspace* workspace, QWidget* parent = nullptr);

    void setSinglePerson(bool single);
    void setDemo(bool demo);
    // The questionnaire tab shows the flag with its own Acknowledge button; the header then leaves it out.
    void setFlagWarningAllowed(bool allowed);
    QPushButton* newEntryButton() const { return m_newEntry; }

signals:
    void newEntryRequested();
    void leaveDemoRequested();

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createDemoBanner();
    void retranslate();
    QString facts() const;

    Workspace* m_workspace;
    bool m_single = false;
    bool m_flagAllowed = true;
    QLabel* m_title;
    QLabel* m_facts;
    QPushButton* m_newEntry;
    QLabel* m_flagWarning;
    QLabel* m_readOnlyBanner; // why the database is only read, while it is
    QWidget* m_demoBanner = nullptr;
    QLabel* m_demoText = nullptr;
    QPushButton* m_leaveDemo = nullptr;
};

} // namespace mb
