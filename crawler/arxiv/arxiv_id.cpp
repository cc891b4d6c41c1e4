#include "crawler/arxiv/arxiv_id.hpp"

#include <cctype>
#include <charconv>

namespace scout::crawler {

namespace {

bool all_digits(std::string_view text)
{
  if (text.empty()) {
    return false;
  }
  for (const char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
      return false;
    }
  }
  return true;
}

// New style "YYMM.NNNN" / "YYMM.NNNNN".
bool is_new_style(std::string_view id)
{
  const std::size_t dot = id.find('.');
  return dot == 4 && all_digits(id.substr(0, 4)) && (id.size() == 9 || id.size() == 10) && all_digits(id.substr(5));
}

// Old style "archive[.SUBJ]/YYMMNNN" (astro-ph/0601001, math.GT/0309136).
bool is_old_style(std::string_view id)
{
  const std::size_t slash = id.find('/');
  if (slash == 0 || slash == std::string_view::npos || id.size() - slash - 1 != 7) {
    return false;
  }
  for (const char c : id.substr(0, slash)) {
    if (std::isalpha(static_cast<unsigned char>(c)) == 0 && c != '-' && c != '.') {
      return false;
    }
  }
  return all_digits(id.substr(slash + 1));
}

}  // namespace

std::optional<ArxivId> split_arxiv_id(std::string_view text)
{
  // The abs URL's scheme and host vary (http/https, export.arxiv.org); the path does not.
  const std::size_t abs = text.find("/abs/");
  if (abs != std::string_view::npos) {
    text.remove_prefix(abs + 5);
  }
  ArxivId result;
  const std::size_t v = text.rfind('v');
  if (v != std::string_view::npos && v + 1 < text.size() && all_digits(text.substr(v + 1))) {
    const std::string_view digits = text.substr(v + 1);
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), result.version);
    if (ec != std::errc() || result.version < 1) {
      return std::nullopt;
    }
    text = text.substr(0, v);
  }
  if (!is_new_style(text) && !is_old_style(text)) {
    return std::nullopt;
  }
  result.id = std::string(text);
  return result;
}

}  // namespace scout::crawler
