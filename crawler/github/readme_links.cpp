#include "crawler/github/readme_links.hpp"

#include "common/strings.hpp"
#include "crawler/arxiv_id_match.hpp"
#include "crawler/github/hf_url.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <iterator>
#include <utility>

namespace scout::crawler::github {

namespace {

struct Found {
  std::size_t position;
  ReadmeLink link;
};

constexpr std::string_view k_arxiv_prefixes[] = {
  "arxiv.org/abs/", "arxiv.org/pdf/", "arxiv.org/html/", "arxiv:", "10.48550/arxiv.",
};
constexpr std::string_view k_hf_hosts[] = {"huggingface.co/", "hf.co/"};
// Image stores that READMEs embed badges from; they say nothing about the author.
constexpr std::string_view k_badge_refs[] = {"hf:dataset/huggingface/badges",
                                             "hf:dataset/huggingface/documentation-images"};

bool is_host_char(char c)
{
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.' || c == '_';
}

// True when the match at `position` starts a name rather than continuing one: "xarxiv:"
// is not "arxiv:", and "cdn-uploads.huggingface.co/" is a file host, not the Hub ("www." is).
bool starts_token(std::string_view lower, std::size_t position)
{
  if (position == 0 || !is_host_char(lower[position - 1])) {
    return true;
  }
  return position >= 4 && lower.substr(position - 4, 4) == "www."
         && (position == 4 || !is_host_char(lower[position - 5]));
}

void find_arxiv(std::string_view text, std::string_view lower, std::vector<Found>& found)
{
  for (const std::string_view prefix : k_arxiv_prefixes) {
    for (std::size_t at = lower.find(prefix); at != std::string_view::npos; at = lower.find(prefix, at + 1)) {
      std::size_t start = at + prefix.size();
      if (prefix == "arxiv:" && start < text.size() && text[start] == ' ') {
        ++start;  // "arXiv: 2305.18290"
      }
      if (prefix == "arxiv:" && !starts_token(lower, at)) {
        continue;
      }
      if (const std::optional<ArxivIdMatch> match = match_arxiv_id(text.substr(start))) {
        const std::string matched(text.substr(at, start + match->length - at));
        found.push_back({at, {LinkTarget{"", "", "arxiv:" + match->id}, matched}});
      }
    }
  }
}

// The path after a Hub host: name characters and '/', up to a space, quote, bracket, '?' or '#'.
std::string_view path_at(std::string_view text, std::size_t start)
{
  std::size_t end = start;
  while (end < text.size() && (is_host_char(text[end]) || text[end] == '/')) {
    ++end;
  }
  return text.substr(start, end - start);
}

void find_hugging_face(std::string_view text, std::string_view lower, std::vector<Found>& found)
{
  for (const std::string_view host : k_hf_hosts) {
    for (std::size_t at = lower.find(host); at != std::string_view::npos; at = lower.find(host, at + 1)) {
      if (!starts_token(lower, at)) {
        continue;
      }
      const std::string_view path = path_at(text, at + host.size());
      const std::optional<LinkTarget> target = hf_target(path);
      if (target
          && std::find(std::begin(k_badge_refs), std::end(k_badge_refs), target->to_ref) == std::end(k_badge_refs)) {
        found.push_back({at, {*target, std::string(host) + std::string(path)}});
      }
    }
  }
}

}  // namespace

std::vector<ReadmeLink> find_readme_links(std::string_view text)
{
  const std::string lower = to_lower(text);
  std::vector<Found> found;
  find_arxiv(text, lower, found);
  find_hugging_face(text, lower, found);
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.position < b.position; });
  std::vector<ReadmeLink> links;
  for (Found& item : found) {
    const bool seen =
      std::any_of(links.begin(), links.end(), [&](const ReadmeLink& link) { return link.target == item.link.target; });
    if (!seen) {
      links.push_back(std::move(item.link));
    }
  }
  return links;
}

}  // namespace scout::crawler::github
