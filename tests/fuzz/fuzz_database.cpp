// libFuzzer target: the database opener and verify on hostile files (header, schema, pages and WAL mutated).
#include "DatabaseFuzzing.h"

#include <QStandardPaths>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool testMode = [] {
        QStandardPaths::setTestModeEnabled(true); // anchor files go to a test folder, not the user's
        return true;
    }();
    Q_UNUSED(testMode);
    mb::fuzz::fuzzDatabase(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
