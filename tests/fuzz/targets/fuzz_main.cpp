// A libFuzzer target: STEPWISE_FUZZ_ENTRY names the entry function of FuzzTargets.h it drives.
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return stepwise::fuzz::STEPWISE_FUZZ_ENTRY(data, size);
}
