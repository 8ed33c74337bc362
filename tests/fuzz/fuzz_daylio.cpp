// libFuzzer target: the Daylio reader (both header versions, 12- and 24-hour times, mood labels).
#include "ImportFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mb::fuzz::fuzzDaylio(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
