#pragma once
// The fuzz entry functions: one per reader of outside input. Each takes arbitrary bytes, feeds them
// to the reader, and returns normally for any input, good or bad; bad input may only end in an
// InputError (caught here). A crash, a sanitizer report, another exception or a hang is a defect.
// libFuzzer targets (targets/*_fuzz.cpp, clang) and the corpus replay test (g++, in ctest) both
// call these, so every input the fuzzer found stays a regression test.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace stepwise::fuzz {

int graphText(const std::uint8_t* data, std::size_t size);     // the edge-list reader
int dot(const std::uint8_t* data, std::size_t size);           // the DOT reader
int operations(const std::uint8_t* data, std::size_t size);    // operation lists, run on each structure
int keys(const std::uint8_t* data, std::size_t size);          // cache key lists, workloads, backends
int cliArguments(const std::uint8_t* data, std::size_t size);  // parseRunArguments + resolveOptions
int breakerCalls(const std::uint8_t* data, std::size_t size);   // breaker call lists, run through a breaker
int breakerConfig(const std::uint8_t* data, std::size_t size);  // breaker configurations, JSON and Spring YAML
int practiceAnswer(const std::uint8_t* data, std::size_t size);  // typed answers, through each question's checker
int historyDatabase(const std::uint8_t* data, std::size_t size); // a history file's bytes, opened and read

struct Target {
    const char* name;  // the corpus folder: tests/fuzz/corpus/<name>/
    int (*run)(const std::uint8_t*, std::size_t);
};
const std::vector<Target>& targets();

}  // namespace stepwise::fuzz
