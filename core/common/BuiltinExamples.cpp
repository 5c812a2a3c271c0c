#include "core/common/BuiltinExamples.h"

namespace stepwise {

const BuiltinExample* findBuiltinExample(std::string_view name) {
    for (const auto& example : builtinExamples())
        if (example.name == name) return &example;
    return nullptr;
}

std::string builtinExampleNames() {
    std::string list;
    for (const auto& example : builtinExamples())
        list += (list.empty() ? "" : ", ") + std::string(example.name);
    return list;
}

}  // namespace stepwise
