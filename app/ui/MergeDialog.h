// File ▸ Merge site databases…: a coordinating centre merges the sites' databases into the open one.
#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace mb {

class BackgroundJob;
class Store;

class MergeDialog : public QDialog {
    Q_OBJECT
public:
    MergeDialog(Store& store, QWidget* parent = nullptr);
    ~MergeDialog() override;

    // Shows the dialog; true when something was merged (the caller reloads its views).
    static bool run(QWidget* parent, Store& store);

    // A site database and its code (proposed from the file name); the code can be edited in the table. An
    // encrypted site is added with its passphrase: the centre's when it opens the site, else one asked for (and
    // checked); false, and nothing added, when the user cancels that question.
    bool addSite(const QString& path);
    QStringList sitePaths() const;
    QStringList siteCodes() const;
    void setKeepCodes(bool keep);
    bool isBusy() const;
    QString statusText() const;
    // What the Merge button does; merged() or the job's failure follow.
    void startMerge();
    // The code proposed for a site file: its base name in capitals, other characters as '-', at most 20.
    static QString proposedCode(const QString& path);

signals:
    void merged(const QString& summary);
    void jobEnded();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFiles();
    std::optional<QByteArray> siteKey(const QString& path);
    void describeFile(QTableWidgetItem* file) const; // its path, and whether it is encrypted
    void updateButtons();
    QList<QByteArray> siteKeys() const;

    Store& m_store;
    BackgroundJob* m_job;
    QLabel* m_intro;
    QTableWidget* m_sites;
    QPushButton* m_add;
    QPushButton* m_remove;
    QCheckBox* m_keepCodes;
    QLabel* m_status;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_mergeButton;
    bool m_mergedAny = false;
};

} // namespace mb
