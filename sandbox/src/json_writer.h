#pragma once
// A minimal JSON object writer for the sandbox's result contract (the sandbox links no JSON
// library).
#include <cstdint>
#include <string>
#include <string_view>

namespace verdict::sandbox {

std::string jsonQuote(std::string_view text);

class JsonObjectWriter {
  public:
    JsonObjectWriter& field(std::string_view name, std::string_view value);
    JsonObjectWriter& field(std::string_view name, const char* value) {
        return field(name, std::string_view(value));
    }
    JsonObjectWriter& field(std::string_view name, std::int64_t value);
    JsonObjectWriter& field(std::string_view name, std::uint64_t value);
    JsonObjectWriter& field(std::string_view name, int value) {
        return field(name, static_cast<std::int64_t>(value));
    }
    JsonObjectWriter& field(std::string_view name, bool value);
    // Inserts already-serialised JSON (an object or array) as the value.
    JsonObjectWriter& raw(std::string_view name, std::string_view json);
    std::string finish();

  private:
    void key(std::string_view name);
    std::string m_text = "{";
    bool m_first = true;
};

}  // namespace verdict::sandbox
