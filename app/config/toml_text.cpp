#include "app/config/toml_text.hpp"

#include <cstdio>

namespace scout::config {

namespace {

void append_escaped(std::string& out, char c)
{
  switch (c) {
  case '"': out += "\\\""; return;
  case '\\': out += "\\\\"; return;
  case '\b': out += "\\b"; return;
  case '\t': out += "\\t"; return;
  case '\n': out += "\\n"; return;
  case '\f': out += "\\f"; return;
  case '\r': out += "\\r"; return;
  default: break;
  }
  const auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte == 0x7f) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\u%04X", byte);
    out += buffer;
    return;
  }
  // Printable ASCII and UTF-8 sequences (bytes >= 0x80) are valid in a TOML basic string.
  out += c;
}

}  // namespace

std::string toml_text(const std::string& value)
{
  std::string out = "\"";
  for (char c : value) {
    append_escaped(out, c);
  }
  out += '"';
  return out;
}

std::string toml_text(bool value) { return value ? "true" : "false"; }

std::string toml_text(std::int64_t value) { return std::to_string(value); }

std::string toml_text(int value) { return std::to_string(value); }

std::string toml_text(const std::vector<std::string>& values)
{
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += (i == 0 ? "" : ", ") + toml_text(values[i]);
  }
  out += "]";
  return out;
}

}  // namespace scout::config
