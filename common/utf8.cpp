#include "common/utf8.hpp"

namespace scout {

namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// Length of the well-formed sequence starting at `i`, or 0 when it is ill-formed; sets
// `bad_length` to the bytes to replace (the maximal ill-formed subpart) when it is.
std::size_t sequence_length(std::string_view text, std::size_t i, std::size_t& bad_length)
{
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  bad_length = 1;
  if (lead < 0x80) {
    return 1;
  }
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlong forms
    high = lead == 0xED ? 0x9F : 0xBF;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    low = lead == 0xF0 ? 0x90 : 0x80;
    high = lead == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= text.size()) {
      return 0;
    }
    const unsigned char next = byte(i + k);
    const unsigned char min = k == 1 ? low : 0x80;
    const unsigned char max = k == 1 ? high : 0xBF;
    if (next < min || next > max) {
      return 0;
    }
    bad_length = k + 1;
  }
  return length;
}

}  // namespace

bool is_valid_utf8(std::string_view text)
{
  std::size_t bad = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequence_length(text, i, bad);
    if (length == 0) {
      return false;
    }
    i += length;
  }
  return true;
}

std::string valid_utf8(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  std::size_t bad = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequence_length(text, i, bad);
    if (length == 0) {
      out += k_replacement;
      i += bad;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace scout
