#include "core/graph/GraphSource.h"

#include <filesystem>

#include "core/common/BuiltinExamples.h"
#include "core/common/InputError.h"
#include "core/graph/Dot.h"
#include "core/graph/GraphFile.h"
#include "core/graph/GraphText.h"

namespace stepwise::graph {

Graph loadGraphSource(const std::string& value) {
    static const std::string prefix = "example:";
    if (value.starts_with(prefix)) {
        const std::string name = value.substr(prefix.size());
        const BuiltinExample* example = findBuiltinExample(name);
        if (!example)
            throw InputError("unknown example '" + name + "' (the examples: " + builtinExampleNames() + ")");
        return detectGraphFormat(name, example->text) == GraphFormat::Dot
                   ? parseDot(example->text, value)
                   : parseGraphText(example->text, value);
    }
    std::error_code error;
    // An ifstream opens a directory without complaint on Linux; say what is wrong instead.
    if (std::filesystem::is_directory(value, error)) throw InputError(value + " is a directory");
    try {
        return loadGraphFile(value);
    } catch (const InputError& e) {
        if (e.file().empty()) throw InputError(e.message(), value, e.line());  // a limit the DOT reader passed on
        throw;
    }
}

}  // namespace stepwise::graph
