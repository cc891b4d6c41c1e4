#include "crawler/arxiv/paper_links.hpp"

#include "common/strings.hpp"
#include "crawler/site_names.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace scout::crawler {

namespace {

bool is_name_char(char c)
{
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
}

// Reads one path segment of name characters starting at `pos`.
std::string_view read_segment(std::string_view text, std::size_t pos)
{
  std::size_t end = pos;
  while (end < text.size() && is_name_char(text[end])) {
    ++end;
  }
  return text.substr(pos, end - pos);
}

// A repo name ends before trailing dots ("see github.com/a/b.") and a ".git" suffix.
std::string_view strip_repo_suffix(std::string_view name)
{
  for (;;) {
    if (!name.empty() && name.back() == '.') {
      name.remove_suffix(1);
    } else if (name.size() > 4 && to_lower(name.substr(name.size() - 4)) == ".git") {
      name.remove_suffix(4);
    } else {
      return name;
    }
  }
}

// Where the URL starting with `host` at `pos` begins: before "www." and "http(s)://".
// nullopt when `host` is the tail of another host name (gist.github.com, xhf.co).
std::optional<std::size_t> url_begin(std::string_view lower, std::size_t pos)
{
  if (pos >= 4 && lower.substr(pos - 4, 4) == "www.") {
    pos -= 4;
  }
  if (pos > 0 && (is_name_char(lower[pos - 1]) || lower[pos - 1] == '@')) {
    return std::nullopt;
  }
  for (const std::string_view scheme : {std::string_view("https://"), std::string_view("http://")}) {
    if (pos >= scheme.size() && lower.substr(pos - scheme.size(), scheme.size()) == scheme) {
      return pos - scheme.size();
    }
  }
  return pos;
}

// "github.com/owner/repo" at `path` (just after the host's '/').
std::optional<PaperLink> github_link(std::string_view text, std::size_t begin, std::size_t path)
{
  const std::string_view owner = read_segment(text, path);
  const std::size_t slash = path + owner.size();
  if (owner.empty() || slash >= text.size() || text[slash] != '/' || is_github_site_page(owner)) {
    return std::nullopt;
  }
  const std::string_view repo = strip_repo_suffix(read_segment(text, slash + 1));
  if (repo.empty()) {
    return std::nullopt;
  }
  const std::size_t end = slash + 1 + repo.size();
  return PaperLink{"github:" + std::string(owner) + "/" + std::string(repo), "paper_code_link",
                   std::string(text.substr(begin, end - begin))};
}

// "huggingface.co/[datasets/|spaces/]org/name" at `path`.
std::optional<PaperLink> hf_link(std::string_view text, std::size_t begin, std::size_t path)
{
  std::string type = "model";
  std::string_view first = read_segment(text, path);
  for (const auto& [prefix, name] : {std::pair{"datasets", "dataset"}, std::pair{"spaces", "space"}}) {
    if (first == prefix && path + first.size() < text.size() && text[path + first.size()] == '/') {
      type = name;
      path += first.size() + 1;
      first = read_segment(text, path);
      break;
    }
  }
  const std::size_t slash = path + first.size();
  if (first.empty() || slash >= text.size() || text[slash] != '/' || (type == "model" && is_hf_site_page(first))) {
    return std::nullopt;
  }
  const std::string_view name = strip_repo_suffix(read_segment(text, slash + 1));
  if (name.empty()) {
    return std::nullopt;
  }
  const std::size_t end = slash + 1 + name.size();
  return PaperLink{"hf:" + type + "/" + std::string(first) + "/" + std::string(name), "paper_hf_link",
                   std::string(text.substr(begin, end - begin))};
}

void add_unique(std::vector<PaperLink>& links, std::optional<PaperLink> link)
{
  // GitHub and the Hub resolve names case-insensitively: the first spelling wins.
  const auto same = [&](const PaperLink& known) { return iequals(known.to_ref, link->to_ref); };
  if (link && std::none_of(links.begin(), links.end(), same)) {
    links.push_back(std::move(*link));
  }
}

}  // namespace

std::vector<PaperLink> find_paper_links(std::string_view text)
{
  // Hosts are matched case-insensitively; lower-casing ASCII keeps byte offsets.
  const std::string lower = to_lower(text);
  struct Host {
    std::string_view marker;
    bool github;
  };
  std::vector<std::pair<std::size_t, PaperLink>> found;
  for (const Host host : {Host{"github.com/", true}, Host{"huggingface.co/", false}, Host{"hf.co/", false}}) {
    for (std::size_t pos = lower.find(host.marker); pos != std::string::npos; pos = lower.find(host.marker, pos + 1)) {
      const std::optional<std::size_t> begin = url_begin(lower, pos);
      const std::size_t path = pos + host.marker.size();
      std::optional<PaperLink> link;
      if (begin) {
        link = host.github ? github_link(text, *begin, path) : hf_link(text, *begin, path);
      }
      if (link) {
        found.emplace_back(*begin, std::move(*link));
      }
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<PaperLink> links;
  for (auto& [offset, link] : found) {
    add_unique(links, std::move(link));
  }
  return links;
}

std::vector<model::LinkEvidenceRecord> paper_link_evidence(const model::ArxivPaperRecord& paper,
                                                           const std::string& source_url)
{
  std::vector<PaperLink> links = find_paper_links(paper.abstract);
  for (PaperLink& link : find_paper_links(paper.comment)) {
    add_unique(links, std::move(link));
  }
  std::vector<model::LinkEvidenceRecord> evidence;
  for (PaperLink& link : links) {
    model::LinkEvidenceRecord record;
    record.from_source = "arxiv";
    record.from_handle = "paper:" + paper.id;
    record.to_ref = std::move(link.to_ref);
    record.kind = std::move(link.kind);
    record.detail = std::move(link.url);
    record.source_url = source_url;
    evidence.push_back(std::move(record));
  }
  return evidence;
}

}  // namespace scout::crawler
