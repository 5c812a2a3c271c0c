#pragma once
// The example files of resources/examples, compiled into the core (core/CMakeLists.txt generates
// the list), so `--graph example:city.graph` works wherever the binary is.
#include <string>
#include <string_view>
#include <vector>

namespace stepwise {

struct BuiltinExample {
    std::string_view name;  // the file name: "city.graph"
    std::string_view text;  // its contents
};

/// Every example, sorted by name.
const std::vector<BuiltinExample>& builtinExamples();
/// The example with this file name, or nullptr.
const BuiltinExample* findBuiltinExample(std::string_view name);
/// "campus.graph, city.graph, ...".
std::string builtinExampleNames();

}  // namespace stepwise
