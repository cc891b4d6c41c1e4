#include "crawler/huggingface/hf_card_links.hpp"

#include "common/strings.hpp"

#include <algorithm>
#include <cctype>

namespace scout::crawler::hf {

namespace {

bool is_digit(char c)
{
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool is_alpha(char c)
{
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

std::size_t count_digits(std::string_view text, std::size_t from)
{
  std::size_t end = from;
  while (end < text.size() && is_digit(text[end])) {
    ++end;
  }
  return end - from;
}

// "YYMM.NNNNN" (4 or 5 digits after the dot), month 01-12.
std::optional<std::string> read_new_style(std::string_view text)
{
  if (count_digits(text, 0) != 4 || text.size() < 5 || text[4] != '.') {
    return std::nullopt;
  }
  const std::size_t number = count_digits(text, 5);
  const int month = (text[2] - '0') * 10 + (text[3] - '0');
  if ((number != 4 && number != 5) || month < 1 || month > 12) {
    return std::nullopt;
  }
  return std::string(text.substr(0, 5 + number));
}

// "archive[.XX]/YYMMNNN": "hep-th/9901001", "math.GT/0309136".
std::optional<std::string> read_old_style(std::string_view text)
{
  std::size_t at = 0;
  while (at < text.size() && (std::islower(static_cast<unsigned char>(text[at])) != 0 || text[at] == '-')) {
    ++at;
  }
  if (at == 0) {
    return std::nullopt;
  }
  if (at + 2 < text.size() && text[at] == '.' && is_alpha(text[at + 1]) && is_alpha(text[at + 2])) {
    at += 3;
  }
  if (at >= text.size() || text[at] != '/' || count_digits(text, at + 1) != 7) {
    return std::nullopt;
  }
  return std::string(text.substr(0, at + 8));
}

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

// Site pages that look like github.com/<owner>/<repo> but name no repository.
constexpr std::string_view k_github_reserved[] = {
  "about",  "apps",    "collections", "contact",  "customer-stories", "enterprise", "explore", "features",
  "issues", "join",    "login",       "marketplace", "new",            "notifications", "orgs", "pricing",
  "pulls",  "readme",  "search",      "security", "settings",         "site",       "solutions", "sponsors",
  "topics", "trending", "users",
};

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
  const std::string owner = to_lower(text.substr(0, slash));
  const bool reserved = std::find(std::begin(k_github_reserved), std::end(k_github_reserved), owner)
                        != std::end(k_github_reserved);
  if (repo.empty() || reserved) {
    return std::nullopt;
  }
  return std::string(text.substr(0, slash)) + "/" + std::string(repo);
}

}  // namespace

std::optional<std::string> read_arxiv_id(std::string_view text)
{
  std::optional<std::string> id = read_new_style(text);
  return id ? id : read_old_style(text);
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
