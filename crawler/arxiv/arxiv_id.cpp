#include "crawler/arxiv/arxiv_id.hpp"

#include "crawler/arxiv_id_match.hpp"

#include <charconv>

namespace scout::crawler {

std::optional<ArxivId> split_arxiv_id(std::string_view text)
{
  // The abs URL's scheme and host vary (http/https, export.arxiv.org); the path does not.
  const std::size_t abs = text.find("/abs/");
  if (abs != std::string_view::npos) {
    text.remove_prefix(abs + 5);
  }
  // One reading of ids for every source: an entry's id and a reference to it must give the
  // same text, or a stored paper and a link to it do not join.
  const std::optional<ArxivIdMatch> match = match_arxiv_id(text);
  if (!match || match->length != text.size()) {
    return std::nullopt;
  }
  ArxivId result{match->id, 1};
  const std::size_t v = text.rfind('v');
  if (v != std::string_view::npos && v > text.find('/') + 1 && v + 1 < text.size()) {
    const std::string_view digits = text.substr(v + 1);
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), result.version);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || result.version < 1) {
      return std::nullopt;
    }
  }
  return result;
}

}  // namespace scout::crawler
