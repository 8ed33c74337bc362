// File ▸ Merge site databases…: sites added with proposed codes, merged off the GUI thread in one transaction,
// merged again without duplicates, a damaged site refused with nothing merged, and encrypted sites added with their
// passphrase (asked for and checked, or the centre's).
#include "CliRunner.h"
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/Participant.h"
#include "core/Passphrase.h"
#include "storage/Store.h"
#include "ui/CohortView.h"
#include "ui/MergeDialog.h"
#include "ui/PassphraseDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace mb;

class TestMergeDialog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void proposedCodes();
    void mergesAndMergesAgain();
    void damagedSiteRefused();
    void encryptedSiteAsksForItsPassphrase();
    void encryptedSiteWithTheCentresPassphrase();
    void cohortOfOneSite();
    void anotherDatabaseUnderAUsedCodeRefused();
    void withdrawnParticipantAndSiteChanges();

private:
    void makeSite(const QString& name, int seed) const
    {
        const auto run = test::runCli({u"--database"_s, m_dir->filePath(name), u"demo"_s, u"--participants"_s, u"2"_s,
                                       u"--days"_s, u"14"_s, u"--seed"_s, QString::number(seed)},
                                      m_dir->path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    void makeEncryptedSite(const QString& name, const QByteArray& passphrase) const
    {
        const QString key = m_dir->filePath(name + u".key"_s);
        test::writeFile(key, passphrase + '\n');
        const auto run = test::runCli({u"--database"_s, m_dir->filePath(name), u"--passphrase-file"_s, key, u"demo"_s,
                                       u"--participants"_s, u"2"_s, u"--days"_s, u"14"_s},
                                      m_dir->path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    // Answers each passphrase question with the next of typed (an empty one: Cancel); what the dialog said
    // about the answer before goes into said.
    QTimer* answer(QStringList typed, QStringList& said)
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, timer, [timer, typed, &said]() mutable {
            auto* dialog = qobject_cast<PassphraseDialog*>(QApplication::activeModalWidget());
            if (!dialog || typed.isEmpty() || !dialog->isVisible())
                return;
            said << dialog->errorText();
            const QString next = typed.takeFirst();
            if (next.isEmpty())
                return dialog->reject();
            dialog->passphraseField()->clear();
            QTest::keyClicks(dialog->passphraseField(), next);
            QTest::keyClick(dialog->passphraseField(), Qt::Key_Return);
        });
        timer->start(20);
        return timer;
    }
    void mergeAndWait(MergeDialog& dialog) const
    {
        QSignalSpy ended(&dialog, &MergeDialog::jobEnded);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"mergeButton"_s), Qt::LeftButton);
        QVERIFY(ended.wait(60000));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_centre;
};

void TestMergeDialog::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_centre.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_centre = Store::open(m_dir->filePath(u"centre.sqlite"_s));
}

void TestMergeDialog::proposedCodes()
{
    QCOMPARE(MergeDialog::proposedCode(u"/data/site a.sqlite"_s), u"SITE-A"_s);
    QCOMPARE(MergeDialog::proposedCode(u"/data/Utrecht_2025.db"_s), u"UTRECHT_2025"_s);
    QCOMPARE(MergeDialog::proposedCode(u"/x/averyveryverylongsitename-with-more.db"_s).size(), 20);
}

void TestMergeDialog::mergesAndMergesAgain()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"b.sqlite"_s, 2);
    MergeDialog dialog(*m_centre);
    QSignalSpy merged(&dialog, &MergeDialog::merged);
    dialog.addSite(m_dir->filePath(u"a.sqlite"_s));
    dialog.addSite(m_dir->filePath(u"b.sqlite"_s));
    QCOMPARE(dialog.siteCodes(), (QStringList{u"A"_s, u"B"_s}));
    mergeAndWait(dialog);
    QCOMPARE(merged.size(), 1);
    QCOMPARE(m_centre->participants().list().size(), 4);
    QVERIFY(m_centre->participants().byCode(u"B/P-001"_s));
    QVERIFY2(dialog.statusText().contains(u"B/P-001"_s), qPrintable(dialog.statusText()));
    QVERIFY(dialog.sitePaths().isEmpty());

    dialog.addSite(m_dir->filePath(u"a.sqlite"_s));
    mergeAndWait(dialog);
    QCOMPARE(merged.size(), 2);
    QVERIFY2(dialog.statusText().startsWith(u"Site A: 0 new participants, 0 entries"_s),
             qPrintable(dialog.statusText()));
    QCOMPARE(m_centre->participants().list().size(), 4);
}

void TestMergeDialog::damagedSiteRefused()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"bad.sqlite"_s, 2);
    test::rawExec(m_dir->filePath(u"bad.sqlite"_s), "UPDATE participant SET arm = 'tampered' WHERE code = 'P-001'");
    MergeDialog dialog(*m_centre);
    QSignalSpy merged(&dialog, &MergeDialog::merged);
    dialog.addSite(m_dir->filePath(u"a.sqlite"_s));
    dialog.addSite(m_dir->filePath(u"bad.sqlite"_s));
    mergeAndWait(dialog);
    QCOMPARE(merged.size(), 0);
    QVERIFY2(dialog.statusText().startsWith(u"Nothing was merged"_s), qPrintable(dialog.statusText()));
    QVERIFY(m_centre->participants().list().isEmpty()); // not even site A
    QCOMPARE(dialog.sitePaths().size(), 2);             // still there to correct
}

// The centre's cohort view can show one merged site; the choice appears only once sites are merged.
void TestMergeDialog::encryptedSiteAsksForItsPassphrase()
{
    makeEncryptedSite(u"e.sqlite"_s, "the site's own passphrase");
    MergeDialog dialog(*m_centre);
    QStringList said;
    // Cancelled: not added.
    std::unique_ptr<QTimer> cancel(answer({QString()}, said));
    QVERIFY(!dialog.addSite(m_dir->filePath(u"e.sqlite"_s)));
    QVERIFY(dialog.sitePaths().isEmpty());
    // A wrong passphrase is said in the dialog, which stays; the right one adds the site.
    std::unique_ptr<QTimer> type(answer({u"not it at all"_s, u"the site's own passphrase"_s}, said));
    QVERIFY(dialog.addSite(m_dir->filePath(u"e.sqlite"_s)));
    QCOMPARE(said.size(), 3);
    QVERIFY2(said[2].startsWith(u"Wrong passphrase"_s), qPrintable(said[2]));
    QCOMPARE(dialog.sitePaths().size(), 1);
    const QTableWidgetItem* file = dialog.findChild<QTableWidget*>(u"sites"_s)->item(0, 0);
    QVERIFY2(file->text().endsWith(u"e.sqlite (encrypted)"_s), qPrintable(file->text()));
    QVERIFY(!file->toolTip().isEmpty());
    mergeAndWait(dialog);
    QVERIFY2(dialog.statusText().startsWith(u"Site E: 2 new participants"_s), qPrintable(dialog.statusText()));
    QCOMPARE(m_centre->participants().list().size(), 2);
}

void TestMergeDialog::encryptedSiteWithTheCentresPassphrase()
{
    makeEncryptedSite(u"e.sqlite"_s, "one passphrase for the whole trial");
    m_centre.reset();
    QFile::remove(m_dir->filePath(u"centre.sqlite"_s));
    Database::Options options;
    options.passphrase = Passphrase::toKey(u"one passphrase for the whole trial"_s);
    m_centre = Store::open(m_dir->filePath(u"centre.sqlite"_s), options);
    MergeDialog dialog(*m_centre);
    QStringList said;
    std::unique_ptr<QTimer> type(answer({u"never asked"_s}, said));
    QVERIFY(dialog.addSite(m_dir->filePath(u"e.sqlite"_s)));
    QVERIFY(said.isEmpty()); // not asked: the centre's passphrase opened it
    mergeAndWait(dialog);
    QCOMPARE(m_centre->participants().list().size(), 2);
}

void TestMergeDialog::cohortOfOneSite()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"b.sqlite"_s, 2);
    CohortView view;
    view.setStore(m_centre.get());
    auto* site = view.findChild<QComboBox*>(u"cohortSite"_s);
    QVERIFY(site);
    QVERIFY(!site->isVisibleTo(&view)); // no site merged yet
    MergeDialog dialog(*m_centre);
    dialog.addSite(m_dir->filePath(u"a.sqlite"_s));
    dialog.addSite(m_dir->filePath(u"b.sqlite"_s));
    mergeAndWait(dialog);
    view.setStore(m_centre.get());
    QVERIFY(site->isVisibleTo(&view));
    QCOMPARE(site->count(), 3); // all sites, A, B
    view.setMeasure(u"mood"_s);
    view.setSelection({QString(), InterventionKind::Probiotic});
    view.waitForLoad();
    QCOMPARE(view.members().size(), 2);
    view.setSite(u"B"_s);
    view.waitForLoad();
    QCOMPARE(view.site(), u"B"_s);
    QCOMPARE(view.members().size(), 1);
    QCOMPARE(view.members().first().code, u"B/P-001"_s);
    view.setSite(QString());
    view.waitForLoad();
    QCOMPARE(view.members().size(), 2);
}

// Another database under a site code merged before is refused (SiteMerge), and the dialog says why.
void TestMergeDialog::anotherDatabaseUnderAUsedCodeRefused()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"b.sqlite"_s, 2);
    MergeDialog dialog(*m_centre);
    QSignalSpy merged(&dialog, &MergeDialog::merged);
    dialog.addSite(m_dir->filePath(u"a.sqlite"_s));
    mergeAndWait(dialog);
    QCOMPARE(merged.size(), 1);
    dialog.addSite(m_dir->filePath(u"b.sqlite"_s));
    dialog.findChild<QTableWidget*>(u"sites"_s)->item(0, 1)->setText(u"A"_s);
    QCOMPARE(dialog.siteCodes(), QStringList{u"A"_s});
    mergeAndWait(dialog);
    QCOMPARE(merged.size(), 1);
    const QString said = dialog.statusText();
    QVERIFY2(said.startsWith(u"Nothing was merged: "_s) && said.contains(u"b.sqlite"_s) &&
                 said.contains(u"does not continue the audit trail merged before as site A"_s),
             qPrintable(said));
    QCOMPARE(m_centre->participants().list().size(), 2);
    QCOMPARE(dialog.sitePaths().size(), 1); // still there, to give it a code of its own
}

// A site with a withdrawn participant could not be merged (their read-only journal refused the entries), and a
// site's correction and withdrawal after a merge never reached the centre; the dialog merges both and says so.
void TestMergeDialog::withdrawnParticipantAndSiteChanges()
{
    makeSite(u"a.sqlite"_s, 1);
    makeSite(u"b.sqlite"_s, 2);
    const QString a = m_dir->filePath(u"a.sqlite"_s);
    const QString b = m_dir->filePath(u"b.sqlite"_s);
    const auto withdraw = [](Store& store) {
        Participant p = store.participants().require(u"P-001"_s);
        p.withdrawn = QDate(2025, 1, 5);
        store.participants().update(p, u"withdrew"_s);
    };
    MergeDialog dialog(*m_centre);
    dialog.addSite(a);
    mergeAndWait(dialog);
    {
        const auto store = Store::open(a);
        JournalEntry e = store->journal().entries(store->participants().require(u"P-001"_s).id).constFirst();
        e.note = u"corrected at the site"_s;
        store->journal().update(e, u"typo"_s);
        withdraw(*store);
    }
    withdraw(*Store::open(b));
    dialog.addSite(a);
    dialog.addSite(b);
    mergeAndWait(dialog);
    QVERIFY2(dialog.statusText().contains(u"changed at the site since"_s) &&
                 dialog.statusText().contains(u"Site B: 2 new participants"_s),
             qPrintable(dialog.statusText()));
    for (const QString& code : {u"P-001"_s, u"B/P-001"_s}) {
        const Participant p = m_centre->participants().require(code);
        QCOMPARE(p.withdrawn, QDate(2025, 1, 5));
        QVERIFY(m_centre->journal().count(p.id) > 0);
    }
    const Participant p = m_centre->participants().require(u"P-001"_s);
    const QList<JournalEntry> entries = m_centre->journal().entries(p.id);
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                        [](const JournalEntry& e) { return e.note == u"corrected at the site"_s; }));
}

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
