#include "crawler/arxiv_id_match.hpp"

#include <cctype>
#include <utility>

namespace scout::crawler {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t count_digits(std::string_view text, std::size_t from)
{
  std::size_t end = from;
  while (end < text.size() && is_digit(text[end])) {
    ++end;
  }
  return end - from;
}

// Length of "vN" at `from`, or 0.
std::size_t version_length(std::string_view text, std::size_t from)
{
  if (from < text.size() && text[from] == 'v') {
    const std::size_t digits = count_digits(text, from + 1);
    return digits > 0 ? digits + 1 : 0;
  }
  return 0;
}

// Accepts the id ending at `end` unless more digits follow (then it was a longer number).
std::optional<ArxivIdMatch> finish(std::string_view text, std::string id, std::size_t end)
{
  end += version_length(text, end);
  if (end < text.size() && is_digit(text[end])) {
    return std::nullopt;
  }
  return ArxivIdMatch{std::move(id), end};
}

bool valid_month(std::string_view yymm)
{
  const int month = (yymm[2] - '0') * 10 + (yymm[3] - '0');
  return month >= 1 && month <= 12;
}

// The number of digits after the dot arXiv used in month YYMM: 4 from 0704 (the first
// new-style month) to 1412, 5 from 1501; 0 before 0704.
std::size_t sequence_digits(std::string_view yymm)
{
  const int value = std::stoi(std::string(yymm.substr(0, 4)));
  if (value < 704) {
    return 0;
  }
  return value <= 1412 ? 4 : 5;
}

// "2305.18290": 4 digits (YYMM), a dot, 4 or 5 digits as arXiv numbered that month.
std::optional<ArxivIdMatch> match_new_style(std::string_view text)
{
  if (count_digits(text, 0) != 4 || text.size() < 5 || text[4] != '.' || !valid_month(text)) {
    return std::nullopt;
  }
  const std::size_t digits = count_digits(text, 5);
  if (digits != sequence_digits(text)) {
    return std::nullopt;
  }
  return finish(text, std::string(text.substr(0, 5 + digits)), 5 + digits);
}

// "hep-th/9901001" or "math.GT/0309136": lower-case archive, optional ".XX", '/', 7 digits.
std::optional<ArxivIdMatch> match_old_style(std::string_view text)
{
  std::size_t end = 0;
  while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || (end > 0 && text[end] == '-'))) {
    ++end;
  }
  const std::string_view archive = text.substr(0, end);
  if (archive.size() < 2 || archive.back() == '-') {
    return std::nullopt;
  }
  if (end + 3 <= text.size() && text[end] == '.' && std::isupper(static_cast<unsigned char>(text[end + 1]))
      && std::isupper(static_cast<unsigned char>(text[end + 2]))) {
    end += 3;
  }
  if (end >= text.size() || text[end] != '/' || count_digits(text, end + 1) != 7) {
    return std::nullopt;
  }
  return finish(text, std::string(archive) + "/" + std::string(text.substr(end + 1, 7)), end + 8);
}

}  // namespace

std::optional<ArxivIdMatch> match_arxiv_id(std::string_view text)
{
  if (std::optional<ArxivIdMatch> match = match_new_style(text)) {
    return match;
  }
  return match_old_style(text);
}

}  // namespace scout::crawler
