#include "crawler/github/base64.hpp"

#include <cstdint>

namespace scout::crawler::github {

namespace {

int sextet(char c)
{
  if (c >= 'A' && c <= 'Z') {
    return c - 'A';
  }
  if (c >= 'a' && c <= 'z') {
    return c - 'a' + 26;
  }
  if (c >= '0' && c <= '9') {
    return c - '0' + 52;
  }
  if (c == '+') {
    return 62;
  }
  if (c == '/') {
    return 63;
  }
  return -1;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

}  // namespace

std::optional<std::string> decode_base64(std::string_view text)
{
  std::string out;
  out.reserve(text.size() / 4 * 3);
  std::uint32_t buffer = 0;
  int bits = 0;
  int sextets = 0;  // in the current 4-character group
  bool padding = false;
  for (const char c : text) {
    if (is_space(c)) {
      continue;
    }
    if (c == '=') {
      padding = true;
      continue;
    }
    const int value = sextet(c);
    if (value < 0 || padding) {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
    bits += 6;
    sextets = (sextets + 1) % 4;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  // One character alone cannot carry a byte: the input was cut short.
  if (sextets == 1) {
    return std::nullopt;
  }
  return out;
}

}  // namespace scout::crawler::github
