#include "core/common/JsonStream.h"

#include <charconv>
#include <ostream>

namespace stepwise {
namespace {

template <class Json>
void walk(JsonSink& sink, const Json& v) {
    switch (v.type()) {
        case nlohmann::json::value_t::object:
            sink.beginObject();
            for (auto it = v.begin(); it != v.end(); ++it) {
                sink.key(it.key());
                walk(sink, it.value());
            }
            sink.endObject();
            break;
        case nlohmann::json::value_t::array:
            sink.beginArray();
            for (const auto& item : v) walk(sink, item);
            sink.endArray();
            break;
        case nlohmann::json::value_t::string:
            sink.string(v.template get_ref<const std::string&>());
            break;
        case nlohmann::json::value_t::boolean:
            sink.boolean(v.template get<bool>());
            break;
        case nlohmann::json::value_t::number_integer:
            sink.integer(v.template get<std::int64_t>());
            break;
        case nlohmann::json::value_t::number_unsigned:
            sink.unsignedInteger(v.template get<std::uint64_t>());
            break;
        case nlohmann::json::value_t::number_float:
            sink.number(v.template get<double>());
            break;
        default:  // null, and the kinds a result never holds (binary, discarded)
            sink.null();
            break;
    }
}

/// Bytes nlohmann writes as they are: printable ASCII other than the quote and the backslash.
bool plain(std::string_view text) {
    for (unsigned char c : text)
        if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
    return true;
}

}  // namespace

void JsonSink::value(const nlohmann::json& value) {
    walk(*this, value);
}
void JsonSink::value(const nlohmann::ordered_json& value) {
    walk(*this, value);
}

JsonWriter::~JsonWriter() {
    flush();
}

void JsonWriter::flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void JsonWriter::emit(std::string_view text) {
    buffer_ += text;
    // Written in large pieces: a stream write per value costs more than the formatting.
    if (buffer_.size() >= (1u << 16)) flush();
}

void JsonWriter::newline(std::size_t depth) {
    buffer_ += '\n';
    buffer_.append(2 * depth, ' ');
}

void JsonWriter::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (empty_.empty()) return;  // the top-level value
    if (!empty_.back()) buffer_ += ',';
    empty_.back() = false;
    newline(empty_.size());
}

void JsonWriter::beginObject() {
    beforeValue();
    emit("{");
    empty_.push_back(true);
}

void JsonWriter::endObject() {
    const bool wasEmpty = empty_.back();
    empty_.pop_back();
    if (!wasEmpty) newline(empty_.size());
    emit("}");
    if (empty_.empty()) flush();
}

void JsonWriter::beginArray() {
    beforeValue();
    emit("[");
    empty_.push_back(true);
}

void JsonWriter::endArray() {
    const bool wasEmpty = empty_.back();
    empty_.pop_back();
    if (!wasEmpty) newline(empty_.size());
    emit("]");
    if (empty_.empty()) flush();
}

void JsonWriter::key(std::string_view name) {
    if (!empty_.back()) buffer_ += ',';
    empty_.back() = false;
    newline(empty_.size());
    quoted(name);
    emit(": ");
    afterKey_ = true;
}

void JsonWriter::quoted(std::string_view text) {
    if (plain(text)) {
        buffer_ += '"';
        buffer_ += text;
        emit("\"");
        return;
    }
    // Escapes and invalid UTF-8: exactly as nlohmann does them.
    emit(nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void JsonWriter::string(std::string_view text) {
    beforeValue();
    quoted(text);
}

void JsonWriter::integer(std::int64_t value) {
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    emit(std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

void JsonWriter::unsignedInteger(std::uint64_t value) {
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    emit(std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

void JsonWriter::number(double value) {
    beforeValue();
    emit(nlohmann::json(value).dump());
}

void JsonWriter::boolean(bool value) {
    beforeValue();
    emit(value ? "true" : "false");
}

void JsonWriter::null() {
    beforeValue();
    emit("null");
}

void JsonBuilder::number(double value) {
    place(value);
}

nlohmann::json& JsonBuilder::place(nlohmann::json value) {
    if (stack_.empty()) {
        root_ = std::move(value);
        return root_;
    }
    nlohmann::json& container = *stack_.back();
    if (container.is_object()) return container[key_] = std::move(value);
    container.push_back(std::move(value));
    return container.back();
}

}  // namespace stepwise
