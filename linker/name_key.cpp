#include "linker/name_key.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace scout::linker {

namespace {

// U+00C0..U+017F folded to lower-case ASCII; "" means a separator (× and ÷). The table
// keeps sixteen code points a line, so the formatter leaves it alone.
// clang-format off
constexpr std::array<std::string_view, 0xC0> k_latin = {
  // U+00C0
  "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
  "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
  "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
  "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
  // U+0100
  "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
  "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
  "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
  "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
  "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
  "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
  "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
  "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};
// clang-format on

// Vietnamese letters U+1EA0..U+1EF9, by base letter.
std::string_view vietnamese(char32_t c)
{
  if (c <= 0x1EB7)
    return "a";
  if (c <= 0x1EC7)
    return "e";
  if (c <= 0x1ECB)
    return "i";
  if (c <= 0x1EE3)
    return "o";
  if (c <= 0x1EF1)
    return "u";
  return "y";
}

// Latin Extended-B letters common in names (Romanian, pinyin tones, Vietnamese horns).
std::string_view latin_extended_b(char32_t c)
{
  switch (c) {
  case 0x0189: return "d";
  case 0x01A0:
  case 0x01A1: return "o";
  case 0x01AF:
  case 0x01B0: return "u";
  case 0x0218:
  case 0x0219: return "s";
  case 0x021A:
  case 0x021B: return "t";
  default: break;
  }
  if (c >= 0x01CD && c <= 0x01DC) {
    constexpr std::string_view k_bases = "aaiioouuuuuuuuuu";
    return k_bases.substr(c - 0x01CD, 1);
  }
  return {};
}

void append_utf8(std::string& out, char32_t c)
{
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes the code point at `at` and advances past it; an ill-formed byte reads as U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& at)
{
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || at + length > text.size()) {
    ++at;
    return 0xFFFD;
  }
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) {
      ++at;
      return 0xFFFD;
    }
    c = (c << 6) | (byte(at + i) & 0x3F);
  }
  at += length;
  return c;
}

bool is_separator(char32_t c)
{
  return (c < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) || c == 0xA0
         || (c >= 0x2000 && c <= 0x206F && c != 0x2019) || c == 0x3000 || c == 0xFFFD;
}

// One code point folded: "" drops it, " " separates words.
void fold(char32_t c, std::string& out)
{
  if (c == '\'' || c == 0x2019 || (c >= 0x0300 && c <= 0x036F)) {
    return;  // apostrophes and combining accents: "O'Neil" = "ONeil", "e\u0301" = "e"
  }
  if (is_separator(c)) {
    out += ' ';
  } else if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  } else if (c >= 0xC0 && c <= 0x17F) {
    const std::string_view folded = k_latin[c - 0xC0];
    out += folded.empty() ? std::string_view(" ") : folded;
  } else if (const std::string_view base = latin_extended_b(c); !base.empty()) {
    out += base;
  } else if (c >= 0x1EA0 && c <= 0x1EF9) {
    out += vietnamese(c);
  } else if (c >= 0x0391 && c <= 0x03A9) {
    append_utf8(out, c + 0x20);  // Greek capitals
  } else if (c == 0x03C2) {
    append_utf8(out, 0x03C3);  // final sigma folds to sigma
  } else if (c >= 0x0410 && c <= 0x042F) {
    append_utf8(out, c + 0x20);  // Cyrillic capitals
  } else if (c >= 0x0400 && c <= 0x040F) {
    append_utf8(out, c + 0x50);
  } else {
    append_utf8(out, c);
  }
}

// "Last, First" -> "First Last" when the name has exactly one comma.
std::string in_given_order(std::string_view name)
{
  const std::size_t comma = name.find(',');
  if (comma == std::string_view::npos || name.find(',', comma + 1) != std::string_view::npos) {
    return std::string(name);
  }
  return std::string(name.substr(comma + 1)) + " " + std::string(name.substr(0, comma));
}

std::string collapse_spaces(const std::string& text)
{
  std::string out;
  for (const char c : text) {
    if (c != ' ' || (!out.empty() && out.back() != ' ')) {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

// `name` without its parenthesised parts.
std::string outside_parentheses(std::string_view name)
{
  std::string out;
  int depth = 0;
  for (const char c : name) {
    depth += c == '(' ? 1 : 0;
    if (depth == 0) {
      out += c;
    }
    depth -= c == ')' && depth > 0 ? 1 : 0;
  }
  return out;
}

std::string fold_name(std::string_view name)
{
  const std::string ordered = in_given_order(name);
  std::string folded;
  folded.reserve(ordered.size());
  for (std::size_t at = 0; at < ordered.size();) {
    fold(next_code_point(ordered, at), folded);
  }
  return collapse_spaces(folded);
}

}  // namespace

std::string normalise_name(std::string_view name) { return fold_name(outside_parentheses(name)); }

std::string alternate_name(std::string_view name)
{
  const std::size_t open = name.find('(');
  const std::size_t close = open == std::string_view::npos ? open : name.find(')', open);
  return close == std::string_view::npos ? "" : fold_name(name.substr(open + 1, close - open - 1));
}

bool names_match(const std::string& a_key, const std::string& b_key)
{
  if (a_key.empty() || a_key != b_key) {
    return false;
  }
  const bool ascii = std::all_of(a_key.begin(), a_key.end(), [](char c) { return (c & 0x80) == 0; });
  return !ascii || a_key.find(' ') != std::string::npos;
}

}  // namespace scout::linker
