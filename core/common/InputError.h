#pragma once
// The one error type for bad input: it names where (file and line, when there are such) and
// what was expected. The CLI maps it to exit status 2; the GUI shows it next to the editor.
#include <stdexcept>
#include <string>

namespace stepwise {

class InputError : public std::runtime_error {
public:
    /// `file` may be empty (input typed in the editor or given on the command line); line 0 = no line.
    InputError(std::string message, std::string file = {}, int line = 0)
        : std::runtime_error(compose(message, file, line)), message_(std::move(message)), file_(std::move(file)), line_(line) {}

    const std::string& message() const { return message_; }
    const std::string& file() const { return file_; }
    int line() const { return line_; }

private:
    static std::string compose(const std::string& message, const std::string& file, int line) {
        std::string where = file;
        if (line > 0) where += (where.empty() ? "line " : ":") + std::to_string(line);
        return where.empty() ? message : where + ": " + message;
    }
    std::string message_;
    std::string file_;
    int line_;
};

}  // namespace stepwise
