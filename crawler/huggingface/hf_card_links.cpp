#include "crawler/huggingface/hf_card_links.hpp"

#include "common/strings.hpp"
#include "crawler/arxiv_id_match.hpp"
#include "crawler/site_names.hpp"

#include <algorithm>
#include <cctype>

namespace scout::crawler::hf {

namespace {

void add_unique(std::vector<std::string>& values, std::string value)
{
  const auto same = [&](const std::string& known) { return iequals(known, value); };
  if (std::none_of(values.begin(), values.end(), same)) {
    values.push_back(std::move(value));
  }
}

// Where the id starts after a BibTeX "eprint" key: spaces, '=' or ':', spaces, '{' or '"'.
std::size_t skip_eprint_assignment(std::string_view text, std::size_t at)
{
  const auto skip_spaces = [&] {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) {
      ++at;
    }
  };
  skip_spaces();
  if (at >= text.size() || (text[at] != '=' && text[at] != ':')) {
    return std::string_view::npos;
  }
  ++at;
  skip_spaces();
  if (at < text.size() && (text[at] == '{' || text[at] == '"')) {
    ++at;
  }
  skip_spaces();
  return at;
}

bool is_github_host_start(std::string_view lower, std::size_t at)
{
  if (at >= 4 && lower.substr(at - 4, 4) == "www.") {
    at -= 4;
  }
  if (at == 0) {
    return true;
  }
  const char before = lower[at - 1];
  return std::isalnum(static_cast<unsigned char>(before)) == 0 && before != '.' && before != '-' && before != '_';
}

// "owner/repo" at the start of `text`, or nullopt.
std::optional<std::string> read_github_repo(std::string_view text)
{
  const auto is_owner_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-'; };
  const auto is_repo_char = [&](char c) { return is_owner_char(c) || c == '.' || c == '_'; };
  std::size_t slash = 0;
  while (slash < text.size() && is_owner_char(text[slash])) {
    ++slash;
  }
  if (slash == 0 || slash >= text.size() || text[slash] != '/') {
    return std::nullopt;
  }
  std::size_t end = slash + 1;
  while (end < text.size() && is_repo_char(text[end])) {
    ++end;
  }
  std::string_view repo = text.substr(slash + 1, end - slash - 1);
  if (ends_with(to_lower(repo), ".git")) {
    repo.remove_suffix(4);
  }
  while (!repo.empty() && repo.back() == '.') {
    repo.remove_suffix(1);
  }
  if (repo.empty() || is_github_site_page(text.substr(0, slash))) {
    return std::nullopt;
  }
  return std::string(text.substr(0, slash)) + "/" + std::string(repo);
}

}  // namespace

std::optional<std::string> read_arxiv_id(std::string_view text)
{
  const std::optional<ArxivIdMatch> match = match_arxiv_id(text);
  return match ? std::optional<std::string>(match->id) : std::nullopt;
}

std::vector<std::string> find_arxiv_ids(std::string_view text)
{
  // Lower-casing ASCII keeps byte offsets, so anchors found in `lower` index `text`.
  const std::string lower = to_lower(text);
  constexpr std::string_view k_url_anchors[] = {"arxiv.org/abs/", "arxiv.org/pdf/", "arxiv.org/html/",
                                                "huggingface.co/papers/", "arxiv:"};
  std::vector<std::pair<std::size_t, std::string>> found;  // (offset, id), sorted below
  for (const std::string_view anchor : k_url_anchors) {
    for (std::size_t at = lower.find(anchor); at != std::string::npos; at = lower.find(anchor, at + 1)) {
      std::size_t start = at + anchor.size();
      start += anchor == "arxiv:" && start < text.size() && text[start] == ' ' ? 1 : 0;
      if (std::optional<std::string> id = read_arxiv_id(text.substr(start))) {
        found.emplace_back(at, std::move(*id));
      }
    }
  }
  for (std::size_t at = lower.find("eprint"); at != std::string::npos; at = lower.find("eprint", at + 1)) {
    const std::size_t start = skip_eprint_assignment(text, at + 6);
    std::optional<std::string> id = start == std::string_view::npos ? std::nullopt : read_arxiv_id(text.substr(start));
    if (id) {
      found.emplace_back(at, std::move(*id));
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> ids;
  for (auto& [offset, id] : found) {
    add_unique(ids, std::move(id));
  }
  return ids;
}

std::vector<std::string> find_github_repos(std::string_view text)
{
  const std::string lower = to_lower(text);
  constexpr std::string_view k_anchor = "github.com/";
  std::vector<std::string> repos;
  for (std::size_t at = lower.find(k_anchor); at != std::string::npos; at = lower.find(k_anchor, at + 1)) {
    if (!is_github_host_start(lower, at)) {
      continue;
    }
    if (std::optional<std::string> repo = read_github_repo(text.substr(at + k_anchor.size()))) {
      add_unique(repos, std::move(*repo));
    }
  }
  return repos;
}

}  // namespace scout::crawler::hf
