// The database engine is loaded on first use (docs/ARCHITECTURE.md "The engine is loaded on first use"): no
// binary of ours has libsqlcipher or libcrypto among its NEEDED libraries, this process maps the engine only
// when it opens a database, and a library that cannot be loaded is a StorageError naming it.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/Sha256.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <dlfcn.h>
#include <elf.h>

using namespace mb;

namespace {

// The DT_NEEDED entries of a 64-bit ELF file, read from its SHT_DYNAMIC section and the string table that
// section links to; empty when the file is not one.
QStringList neededLibraries(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const uchar* bytes = file.map(0, file.size());
    const auto size = size_t(file.size());
    const auto* header = reinterpret_cast<const Elf64_Ehdr*>(bytes);
    if (!bytes || size < sizeof(Elf64_Ehdr) || memcmp(header->e_ident, ELFMAG, SELFMAG) != 0 ||
        header->e_ident[EI_CLASS] != ELFCLASS64 || header->e_shoff + header->e_shnum * sizeof(Elf64_Shdr) > size)
        return {};
    const auto* sections = reinterpret_cast<const Elf64_Shdr*>(bytes + header->e_shoff);
    QStringList needed;
    for (int i = 0; i < header->e_shnum; ++i) {
        if (sections[i].sh_type != SHT_DYNAMIC || sections[i].sh_link >= header->e_shnum)
            continue;
        const Elf64_Shdr& strings = sections[sections[i].sh_link];
        const auto* entries = reinterpret_cast<const Elf64_Dyn*>(bytes + sections[i].sh_offset);
        for (size_t e = 0; e < sections[i].sh_size / sizeof(Elf64_Dyn) && entries[e].d_tag != DT_NULL; ++e) {
            if (entries[e].d_tag == DT_NEEDED && entries[e].d_un.d_val < strings.sh_size)
                needed << QString::fromLatin1(
                    reinterpret_cast<const char*>(bytes + strings.sh_offset + entries[e].d_un.d_val));
        }
    }
    return needed;
}

bool engineMapped()
{
    void* handle = dlopen(Engine::soname, RTLD_NOW | RTLD_NOLOAD);
    if (handle)
        dlclose(handle);
    return handle != nullptr;
}

} // namespace

class TestEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // First: nothing before it may open a database.
    void loadedByTheFirstOpen();
    void binariesDoNotNeedTheEngine_data();
    void binariesDoNotNeedTheEngine();
    void notTheEngineIsAStorageError_data();
    void notTheEngineIsAStorageError();
    void theEngineLoads();
    void libcryptoIsReachedThroughTheEngine();
    void aHashInPiecesIsTheHashOfTheWhole();
};

void TestEngine::loadedByTheFirstOpen()
{
    QVERIFY2(!engineMapped(), "the engine was mapped before any database was opened");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(dir.filePath(u"engine.sqlite"_qs), {.create = true});
    QVERIFY(db);
    QVERIFY(engineMapped());
}

void TestEngine::binariesDoNotNeedTheEngine_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("moodbiome") << QStringLiteral(MOODBIOME_GUI);
    QTest::newRow("moodbiome-cli") << QStringLiteral(MOODBIOME_CLI);
    QTest::newRow("moodbiome-report") << QStringLiteral(MOODBIOME_REPORT);
    QTest::newRow("tst_engine") << QCoreApplication::applicationFilePath();
}

void TestEngine::binariesDoNotNeedTheEngine()
{
    QFETCH(QString, path);
    const QStringList needed = neededLibraries(path);
    QVERIFY2(needed.contains(u"libc.so.6"_qs), qPrintable(u"no NEEDED entries read from "_qs + path));
    for (const QString& library : needed) {
        QVERIFY2(!library.startsWith(u"libsqlcipher"_qs) && !library.startsWith(u"libcrypto"_qs),
                 qPrintable(path + u" needs "_qs + library));
    }
}

void TestEngine::notTheEngineIsAStorageError_data()
{
    QTest::addColumn<QByteArray>("soname");
    QTest::addColumn<QString>("reason"); // part of dlerror()'s text
    QTest::newRow("missing") << QByteArray("libmoodbiome-no-such-engine.so.1") << u"No such file"_qs;
    QTest::newRow("without its functions") << QByteArray("libm.so.6") << u"undefined symbol: sqlite3_"_qs;
}

void TestEngine::notTheEngineIsAStorageError()
{
    QFETCH(QByteArray, soname);
    QFETCH(QString, reason);
    try {
        Engine::load(soname.constData());
        QFAIL("a library that is not the engine was loaded as the engine");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), StorageError::Code::CannotOpen);
        const QString prefix = u"The database engine (%1) could not be loaded: "_qs.arg(QString::fromLatin1(soname));
        QVERIFY2(e.message().startsWith(prefix), qPrintable(e.message()));
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
}

void TestEngine::theEngineLoads()
{
    void* handle = Engine::load(Engine::soname);
    QVERIFY(handle);
    QVERIFY(dlsym(handle, "sqlite3_libversion_number"));
    Engine::require();
    dlclose(handle);
}

void TestEngine::libcryptoIsReachedThroughTheEngine()
{
    QCOMPARE(sha256Hex("abc"), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs);
}

// ImportDigest feeds the entries of an import in 64 KiB pieces; verify recomputes it the same way from the rows, and
// databases written before it used libcrypto hold QCryptographicHash's value of the same bytes.
void TestEngine::aHashInPiecesIsTheHashOfTheWhole()
{
    Engine::require();
    QByteArray whole;
    for (int i = 0; i < 200000; ++i)
        whole.append(char(i * 7 + i / 256));
    for (const qsizetype piece : {qsizetype(1), qsizetype(26), qsizetype(65536), whole.size()}) {
        Sha256 hash;
        for (qsizetype at = 0; at < whole.size(); at += piece)
            hash.add(QByteArrayView(whole).sliced(at, qMin(piece, whole.size() - at)));
        QCOMPARE(hash.hex(), QString::fromLatin1(QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex()));
    }
    Sha256 empty;
    QCOMPARE(empty.hex(), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_qs);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
