#pragma once
// Writing JSON a value at a time, for results too big to build as one nlohmann::json first (a
// million vertices). Two sinks share one interface: JsonWriter prints exactly what
// nlohmann::json::dump(2, ' ', false, replace) prints for the same values in the same order, and
// JsonBuilder builds the nlohmann::json itself, so one emitting function serves both.
#include <cstdint>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace stepwise {

class JsonSink {
  public:
    virtual ~JsonSink() = default;
    virtual void beginObject() = 0;
    virtual void endObject() = 0;
    virtual void beginArray() = 0;
    virtual void endArray() = 0;
    /// Inside an object, before each value. An object's keys must come sorted (std::map order)
    /// for the writer to print what nlohmann::json would.
    virtual void key(std::string_view name) = 0;
    virtual void string(std::string_view text) = 0;
    virtual void integer(std::int64_t value) = 0;
    virtual void unsignedInteger(std::uint64_t value) = 0;
    /// A double as nlohmann prints it (shortest round trip; "null" when not finite).
    virtual void number(double value) = 0;
    virtual void boolean(bool value) = 0;
    virtual void null() = 0;
    /// Any value, walked in its own order.
    virtual void value(const nlohmann::json& value);
    virtual void value(const nlohmann::ordered_json& value);
};

/// Pretty-prints to a stream, two spaces per level, as nlohmann's dump(2) with invalid UTF-8
/// replaced (names come from user files).
class JsonWriter final : public JsonSink {
  public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}
    ~JsonWriter() override;
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;
    /// Writes what is buffered (done by itself when the top-level value is complete).
    void flush();
    void beginObject() override;
    void endObject() override;
    void beginArray() override;
    void endArray() override;
    void key(std::string_view name) override;
    void string(std::string_view text) override;
    void integer(std::int64_t value) override;
    void unsignedInteger(std::uint64_t value) override;
    void number(double value) override;
    void boolean(bool value) override;
    void null() override;

  private:
    void beforeValue();
    void newline(std::size_t depth);
    void quoted(std::string_view text);
    void emit(std::string_view text);

    std::ostream& out_;
    std::string buffer_;
    std::vector<bool> empty_;  // per open container: nothing written in it yet
    bool afterKey_ = false;
};

/// Builds the nlohmann::json the same calls describe.
class JsonBuilder final : public JsonSink {
  public:
    void beginObject() override { open(nlohmann::json::object()); }
    void endObject() override { stack_.pop_back(); }
    void beginArray() override { open(nlohmann::json::array()); }
    void endArray() override { stack_.pop_back(); }
    void key(std::string_view name) override { key_ = name; }
    void string(std::string_view text) override { place(std::string(text)); }
    void integer(std::int64_t value) override { place(value); }
    void unsignedInteger(std::uint64_t value) override { place(value); }
    void number(double value) override;
    void boolean(bool value) override { place(value); }
    void null() override { place(nullptr); }
    using JsonSink::value;
    void value(const nlohmann::json& value) override { place(value); }

    nlohmann::json take() { return std::move(root_); }

  private:
    nlohmann::json& place(nlohmann::json value);
    void open(nlohmann::json empty) { stack_.push_back(&place(std::move(empty))); }

    nlohmann::json root_;
    std::vector<nlohmann::json*> stack_;
    std::string key_;
};

}  // namespace stepwise
