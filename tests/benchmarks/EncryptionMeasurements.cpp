// Encryption at rest (docs/SECURITY.md): an encrypted database against a plain one with the same data, in the same
// run. The tenth database and CSV (1M observations at the default size) keep the encrypted copy quick to make.
#include "BenchTiming.h"
#include "ChildRun.h"
#include "Measurements.h"
#include "storage/Encryption.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mb::bench {

namespace {

const QByteArray benchKey("moodbiome benchmark passphrase");

QString keyFile(const BenchData& data)
{
    const QString path = QDir(data.dir).filePath(QStringLiteral("bench.key"));
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(benchKey + '\n');
        file.commit();
    }
    return path;
}

// An encrypted copy of the tenth database, kept in the data folder until the tenth database is made again.
QString encryptedTenth(const BenchData& data)
{
    const QString path = QDir(data.dir).filePath(QStringLiteral("tenth-encrypted.db"));
    if (QFile::exists(path) && QFileInfo(path).lastModified() >= QFileInfo(data.tenthDatabase).lastModified())
        return path;
    removeDatabase(path);
    const QString making = path + u".making";
    removeDatabase(making);
    QFile::copy(data.tenthDatabase, making);
    Encryption::rewrite(making, {}, benchKey);
    QFile::rename(making, path);
    return path;
}

} // namespace

BenchResult measureEncryptedImport(const BenchData& data, int repeat)
{
    const QString plain = QDir(data.dir).filePath(QStringLiteral("import-plain.db"));
    const QString encrypted = QDir(data.dir).filePath(QStringLiteral("import-encrypted.db"));
    const QString key = keyFile(data);
    QList<double> plainMs, encryptedMs;
    for (int i = 0; i < repeat; ++i) {
        removeDatabase(plain);
        removeDatabase(encrypted);
        plainMs << runChild(QStringLiteral(MOODBIOME_CLI),
                            {QStringLiteral("--database"), plain, QStringLiteral("import"), data.tenthCsv})
                       .wallMs;
        // A passphrase file makes the new database encrypted from its first page.
        encryptedMs << runChild(QStringLiteral(MOODBIOME_CLI),
                                {QStringLiteral("--database"), encrypted, QStringLiteral("--passphrase-file"), key,
                                 QStringLiteral("import"), data.tenthCsv})
                           .wallMs;
    }
    removeDatabase(plain);
    removeDatabase(encrypted);
    return {QStringLiteral("encrypted import %1 rows").arg(data.tenthObservations),
            QStringLiteral("ms"),
            median(encryptedMs),
            QStringLiteral("plain import"),
            median(plainMs),
            1.3};
}

BenchResult measureEncryptedSwitch(const BenchData& data, int repeat)
{
    const QString encrypted = encryptedTenth(data);
    QList<double> plainMs, encryptedMs;
    {
        auto store = Store::open(data.tenthDatabase);
        plainMs = switchTimes(*store, repeat);
    }
    {
        auto store = Store::open(encrypted, {.create = false, .passphrase = benchKey});
        encryptedMs = switchTimes(*store, repeat);
    }
    return {QStringLiteral("encrypted switch participant, 10 years x 6 measures"),
            QStringLiteral("ms"),
            median(encryptedMs),
            QStringLiteral("plain database"),
            median(plainMs),
            1.3};
}

} // namespace mb::bench
