#include "store/handle_mentions.hpp"

#include "common/strings.hpp"

#include <cctype>

namespace scout::store {

namespace {

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_'; }

// Offset of the first whole-word appearance of `needle` in `lower` at or after `from`.
std::size_t find_word(const std::string& lower, std::string_view needle, std::size_t from)
{
  for (std::size_t at = lower.find(needle, from); at != std::string::npos; at = lower.find(needle, at + 1)) {
    const std::size_t end = at + needle.size();
    if ((at == 0 || !is_word_char(lower[at - 1])) && (end == lower.size() || !is_word_char(lower[end]))) {
      return at;
    }
  }
  return std::string::npos;
}

}  // namespace

bool mentions(std::string_view text, std::string_view needle)
{
  return !needle.empty() && text.size() >= needle.size() && find_word(to_lower(text), needle, 0) != std::string::npos;
}

std::string redact_mentions(std::string_view text, const std::vector<std::string>& needles)
{
  std::string result(text);
  for (const std::string& needle : needles) {
    if (needle.empty()) {
      continue;
    }
    std::string lower = to_lower(result);
    for (std::size_t at = find_word(lower, needle, 0); at != std::string::npos; at = find_word(lower, needle, at + 1)) {
      result.replace(at, needle.size(), "[suppressed]");
      lower.replace(at, needle.size(), "[suppressed]");
    }
  }
  return result;
}

}  // namespace scout::store
