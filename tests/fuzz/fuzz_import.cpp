// libFuzzer target: CSV decoding, format detection, the tidy and wide readers and the importer's checks.
#include "ImportFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mb::fuzz::fuzzImport(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
