#include "crawler/links/link_extractor.hpp"

#include "common/strings.hpp"
#include "crawler/arxiv_id_match.hpp"
#include "crawler/site_names.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace scout::crawler::links {

namespace {

enum class Site { github, hub, arxiv };

struct HostRow {
  std::string_view anchor;  // lower-case host and its '/'
  Site site;
  std::string_view subdomain;  // besides "www.", a sub-host that is the same site
};

constexpr HostRow k_hosts[] = {
  {"github.com/", Site::github, "www."},
  {"huggingface.co/", Site::hub, "www."},
  {"hf.co/", Site::hub, "www."},
  {"arxiv.org/", Site::arxiv, "export."},  // arXiv's API mirror serves the same abs pages
};

// Image stores that READMEs and cards embed badges from; they say nothing about an author.
constexpr std::string_view k_badge_refs[] = {"hf:dataset/huggingface/badges",
                                             "hf:dataset/huggingface/documentation-images"};

// Where an arXiv id is read after a path head: arxiv.org/abs/ID, huggingface.co/papers/ID.
constexpr std::string_view k_arxiv_heads[] = {"abs", "pdf", "html"};

bool is_name_char(char c)
{
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
}

// What a host's path names, and how many characters of the path say so.
struct Named {
  Target target;
  std::string name;
  std::size_t used = 0;
};

// The path after a host: name characters and '/', up to a space, quote, bracket, '?' or '#'.
std::string_view path_at(std::string_view text, std::size_t start)
{
  std::size_t end = start;
  while (end < text.size() && (is_name_char(text[end]) || text[end] == '/')) {
    ++end;
  }
  return text.substr(start, end - start);
}

// Non-empty path segments, as views into `path` (so their offsets give the matched length).
std::vector<std::string_view> segments_of(std::string_view path)
{
  std::vector<std::string_view> parts;
  std::size_t at = 0;
  while (at < path.size()) {
    const std::size_t slash = std::min(path.find('/', at), path.size());
    if (slash > at) {
      parts.push_back(path.substr(at, slash - at));
    }
    at = slash + 1;
  }
  return parts;
}

// A sentence's closing dots are not part of the last name: "see github.com/a/b."
std::string_view without_trailing_dots(std::string_view name)
{
  while (!name.empty() && name.back() == '.') {
    name.remove_suffix(1);
  }
  return name;
}

std::size_t end_of(std::string_view path, std::string_view part) { return part.data() - path.data() + part.size(); }

// GitHub logins and organisation names: letters, digits, '-' (and '_' for managed users).
bool valid_owner(std::string_view name)
{
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
  });
}

// Hub names: letters, digits, '-', '_', '.'; not starting with '.' or '-'.
bool valid_hub_name(std::string_view name)
{
  return !name.empty() && name.size() <= 96 && name.front() != '.' && name.front() != '-'
         && std::all_of(name.begin(), name.end(), is_name_char);
}

std::optional<Named> arxiv_id_at(std::string_view path, std::string_view rest)
{
  const std::optional<ArxivIdMatch> match = match_arxiv_id(rest);
  if (!match) {
    return std::nullopt;
  }
  return Named{Target::arxiv_paper, match->id, static_cast<std::size_t>(rest.data() - path.data()) + match->length};
}

// github.com/{owner}[/{repo}[/...]]; a clone URL's ".git" is not part of the name.
std::optional<Named> github_path(std::string_view path, const std::vector<std::string_view>& parts)
{
  const std::string_view owner = parts.size() == 1 ? without_trailing_dots(parts[0]) : parts[0];
  if (!valid_owner(owner) || is_github_site_page(owner)) {
    return std::nullopt;
  }
  std::string_view repo = parts.size() > 1 ? parts[1] : std::string_view();
  while (!repo.empty() && (repo.back() == '.' || (repo.size() > 4 && iequals(repo.substr(repo.size() - 4), ".git")))) {
    repo.remove_suffix(repo.back() == '.' ? 1 : 4);
  }
  if (repo.empty()) {
    return Named{Target::github_account, std::string(owner), end_of(path, owner)};
  }
  return Named{Target::github_repo, std::string(owner) + "/" + std::string(repo), end_of(path, repo)};
}

// A Hub repository of `target` whose owner is parts[first]; canonical datasets ("squad")
// have no owner segment, models and Spaces always do.
std::optional<Named> hub_repo(Target target, std::string_view path, const std::vector<std::string_view>& parts,
                              std::size_t first)
{
  if (parts.size() <= first) {
    return std::nullopt;
  }
  const std::string_view owner = without_trailing_dots(parts[first]);
  const std::string_view name = parts.size() > first + 1 ? without_trailing_dots(parts[first + 1]) : "";
  if (valid_hub_name(owner) && valid_hub_name(name) && parts[first] == owner) {
    return Named{target, std::string(owner) + "/" + std::string(name), end_of(path, name)};
  }
  if (target == Target::hf_dataset && valid_hub_name(owner) && parts.size() == first + 1) {
    return Named{target, std::string(owner), end_of(path, owner)};
  }
  return std::nullopt;
}

std::optional<Named> hub_path(std::string_view path, const std::vector<std::string_view>& parts)
{
  const std::string_view head = parts[0];
  if (head == "datasets") {
    return hub_repo(Target::hf_dataset, path, parts, 1);
  }
  if (head == "spaces") {
    return hub_repo(Target::hf_space, path, parts, 1);
  }
  if (head == "papers") {
    return parts.size() > 1 ? arxiv_id_at(path, path.substr(parts[1].data() - path.data())) : std::nullopt;
  }
  const std::string_view account = without_trailing_dots(head);
  if (is_hf_site_page(account) || !valid_hub_name(account)) {
    return std::nullopt;
  }
  if (parts.size() == 1) {
    return Named{Target::hf_account, std::string(account), end_of(path, account)};
  }
  return hub_repo(Target::hf_model, path, parts, 0);
}

std::optional<Named> arxiv_path(std::string_view path, const std::vector<std::string_view>& parts)
{
  const bool paper_page =
    std::find(std::begin(k_arxiv_heads), std::end(k_arxiv_heads), parts[0]) != std::end(k_arxiv_heads);
  if (!paper_page || parts.size() < 2) {
    return std::nullopt;
  }
  return arxiv_id_at(path, path.substr(parts[1].data() - path.data()));
}

std::optional<Named> read_path(Site site, std::string_view path)
{
  const std::vector<std::string_view> parts = segments_of(path);
  if (parts.empty()) {
    return std::nullopt;
  }
  std::optional<Named> named;
  switch (site) {
  case Site::github: named = github_path(path, parts); break;
  case Site::hub: named = hub_path(path, parts); break;
  case Site::arxiv: named = arxiv_path(path, parts); break;
  }
  const auto is_badge = [&](std::string_view badge) {
    return named && iequals(badge, Link{named->target, named->name, "", 0}.ref());
  };
  if (std::any_of(std::begin(k_badge_refs), std::end(k_badge_refs), is_badge)) {
    return std::nullopt;
  }
  return named;
}

// True when the marker at `at` starts a word: "notarxiv:" is not "arXiv:".
bool starts_word(std::string_view lower, std::size_t at) { return at == 0 || !is_name_char(lower[at - 1]); }

// Where the link whose host anchor is at `at` starts (before "www." and the scheme), or
// nullopt when the anchor is the tail of another host (gist.github.com) or of a mail address.
std::optional<std::size_t> host_begin(std::string_view lower, std::size_t at, const HostRow& row)
{
  for (const std::string_view sub : {std::string_view("www."), row.subdomain}) {
    if (at >= sub.size() && lower.substr(at - sub.size(), sub.size()) == sub) {
      at -= sub.size();
      break;
    }
  }
  if (at > 0 && (is_name_char(lower[at - 1]) || lower[at - 1] == '@')) {
    return std::nullopt;
  }
  for (const std::string_view scheme : {std::string_view("https://"), std::string_view("http://")}) {
    if (at >= scheme.size() && lower.substr(at - scheme.size(), scheme.size()) == scheme) {
      return at - scheme.size();
    }
  }
  return at;
}

void find_host_links(std::string_view text, std::string_view lower, std::vector<Link>& found)
{
  for (const HostRow& row : k_hosts) {
    for (std::size_t at = lower.find(row.anchor); at != std::string_view::npos; at = lower.find(row.anchor, at + 1)) {
      const std::optional<std::size_t> begin = host_begin(lower, at, row);
      const std::size_t path_start = at + row.anchor.size();
      std::optional<Named> named = begin ? read_path(row.site, path_at(text, path_start)) : std::nullopt;
      if (named) {
        const std::string matched(text.substr(at, row.anchor.size() + named->used));
        found.push_back(Link{named->target, std::move(named->name), matched, *begin});
      }
    }
  }
}

// Where the id starts after a BibTeX "eprint" key: spaces, '=' or ':', spaces, '{' or '"'.
std::optional<std::size_t> eprint_value(std::string_view text, std::size_t at)
{
  const auto skip_spaces = [&] {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) {
      ++at;
    }
  };
  skip_spaces();
  if (at >= text.size() || (text[at] != '=' && text[at] != ':')) {
    return std::nullopt;
  }
  ++at;
  skip_spaces();
  if (at < text.size() && (text[at] == '{' || text[at] == '"')) {
    ++at;
  }
  skip_spaces();
  return at;
}

// Where the id after the marker at `at` starts: "arXiv: 2305.18290" allows one space.
std::optional<std::size_t> id_start(std::string_view text, std::string_view lower, std::string_view marker,
                                    std::size_t at)
{
  const std::size_t after = at + marker.size();
  if (marker == "eprint") {
    return starts_word(lower, at) ? eprint_value(text, after) : std::nullopt;
  }
  if (marker == "arxiv:") {
    return starts_word(lower, at) ? std::optional(after + (after < text.size() && text[after] == ' ' ? 1 : 0))
                                  : std::nullopt;
  }
  return after;
}

// arXiv ids written without a URL: "arXiv:ID", the DOI "10.48550/arXiv.ID", BibTeX "eprint = {ID}".
void find_id_markers(std::string_view text, std::string_view lower, std::vector<Link>& found)
{
  for (const std::string_view marker : {"arxiv:", "10.48550/arxiv.", "eprint"}) {
    for (std::size_t at = lower.find(marker); at != std::string_view::npos; at = lower.find(marker, at + 1)) {
      const std::optional<std::size_t> start = id_start(text, lower, marker, at);
      const std::optional<ArxivIdMatch> match = start ? match_arxiv_id(text.substr(*start)) : std::nullopt;
      if (match) {
        found.push_back(
          Link{Target::arxiv_paper, match->id, std::string(text.substr(at, *start + match->length - at)), at});
      }
    }
  }
}

}  // namespace

std::string Link::ref() const
{
  switch (target) {
  case Target::github_account:
  case Target::github_repo: return "github:" + name;
  case Target::hf_account: return "huggingface:" + name;
  case Target::hf_model: return "hf:model/" + name;
  case Target::hf_dataset: return "hf:dataset/" + name;
  case Target::hf_space: return "hf:space/" + name;
  case Target::arxiv_paper: return "arxiv:" + name;
  }
  return "";
}

std::string Link::owner() const
{
  if (target == Target::arxiv_paper) {
    return "";
  }
  const std::size_t slash = name.find('/');
  if (slash == std::string::npos) {
    return target == Target::hf_dataset ? "" : name;
  }
  return name.substr(0, slash);
}

std::vector<Link> find_links(std::string_view text)
{
  // Lower-casing ASCII keeps byte offsets, so anchors found in `lower` index `text`.
  const std::string lower = to_lower(text);
  std::vector<Link> found;
  find_host_links(text, lower, found);
  find_id_markers(text, lower, found);
  std::stable_sort(found.begin(), found.end(), [](const Link& a, const Link& b) { return a.offset < b.offset; });
  std::vector<Link> links;
  for (Link& link : found) {
    const std::string ref = link.ref();
    const auto same = [&](const Link& known) { return iequals(known.ref(), ref); };
    if (std::none_of(links.begin(), links.end(), same)) {
      links.push_back(std::move(link));
    }
  }
  return links;
}

std::optional<Link> link_of_url(std::string_view host, std::string_view path)
{
  const std::string lower = to_lower(host);
  for (const HostRow& row : k_hosts) {
    const std::string_view site = row.anchor.substr(0, row.anchor.size() - 1);
    const bool same_site = lower == site || lower == std::string("www.") + std::string(site)
                           || lower == std::string(row.subdomain) + std::string(site);
    if (!same_site) {
      continue;
    }
    std::optional<Named> named = read_path(row.site, path_at(path, 0));
    if (!named) {
      return std::nullopt;
    }
    return Link{named->target, std::move(named->name), std::string(host) + std::string(path), 0};
  }
  return std::nullopt;
}

}  // namespace scout::crawler::links
