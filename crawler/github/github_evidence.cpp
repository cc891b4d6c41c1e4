// Link evidence from GitHub: a user's profile fields (github.user) and their READMEs
// (github.readme: GET /repos/{o}/{r}/readme, base64 in JSON), read through crawler/links.
#include "crawler/github/github_evidence.hpp"

#include "common/strings.hpp"
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/http/url.hpp"
#include "crawler/json_fields.hpp"
#include "crawler/links/link_evidence.hpp"
#include "crawler/links/link_extractor.hpp"
#include "crawler/links/markdown_text.hpp"

#include <cstdint>
#include <utility>

namespace scout::crawler::github {

namespace {

// A profile's free-text blog field as a URL: "example.com/x" reads as https. Text with
// spaces, a mail address, or a host without a dot ("My blog", "mailto:a@b") is no URL.
std::optional<Url> parse_loose_url(std::string_view text)
{
  text = trim(text);
  const bool has_scheme = text.find("://") != std::string_view::npos;
  if (text.find_first_of(" \t\n") != std::string_view::npos
      || (!has_scheme && text.find('@') != std::string_view::npos)) {
    return std::nullopt;
  }
  std::optional<Url> url = parse_url(has_scheme ? std::string(text) : "https://" + std::string(text));
  if (!url || url->host.find_first_of(".[") == std::string::npos) {
    return std::nullopt;
  }
  return url;
}

std::string without_www(const std::string& host) { return starts_with(host, "www.") ? host.substr(4) : host; }

// "twitter:{name}" for an X or Twitter profile URL's path, nullopt for its other pages.
std::optional<std::string> twitter_ref(std::string_view path)
{
  const std::vector<std::string> parts = split(trim(path), '/');
  if (parts.size() < 2 || parts[1].empty() || parts[1] == "intent" || parts[1] == "home") {
    return std::nullopt;
  }
  return "twitter:" + to_lower(parts[1]);
}

}  // namespace

std::optional<std::string> normalised_url_ref(std::string_view url)
{
  const std::optional<Url> parsed = parse_loose_url(url);
  if (!parsed || parsed->host.empty()) {
    return std::nullopt;
  }
  std::string result = "url:" + without_www(parsed->host);
  std::string_view path = parsed->path;
  while (!path.empty() && path.back() == '/') {
    path.remove_suffix(1);
  }
  result += path;
  if (!parsed->query.empty()) {
    result += "?" + parsed->query;
  }
  return result;
}

// A Hub or arXiv page as crawler/links reads it, an X profile, else the generic "url:" ref.
std::optional<model::LinkEvidenceRecord> self_link_evidence(const links::EvidenceSource& from, std::string kind,
                                                            std::string_view text)
{
  const std::optional<Url> url = parse_loose_url(text);
  if (!url) {
    return std::nullopt;
  }
  const std::string detail(text);
  // A github.com link stays a "url:" ref: two profiles naming the same site is its own rule.
  const std::optional<links::Link> link = links::link_of_url(url->host, url->path);
  if (link && link->target != links::Target::github_account && link->target != links::Target::github_repo) {
    return links::link_evidence(from, std::move(kind), *link, detail);
  }
  const std::string host = without_www(url->host);
  std::optional<std::string> ref = host == "twitter.com" || host == "x.com" ? twitter_ref(url->path) : std::nullopt;
  if (!ref) {
    ref = normalised_url_ref(text);
  }
  return ref ? std::optional(links::ref_evidence(from, std::move(kind), *ref, detail)) : std::nullopt;
}

std::optional<model::LinkEvidenceRecord> homepage_evidence(const model::GithubRepoRecord& repo,
                                                           const std::string& source_url)
{
  const std::optional<Url> url = parse_loose_url(repo.homepage);
  const std::optional<links::Link> link = url ? links::link_of_url(url->host, url->path) : std::nullopt;
  // A homepage on github.com is the repository itself, or its GitHub Pages-like twin.
  if (!link || link->target == links::Target::github_account || link->target == links::Target::github_repo) {
    return std::nullopt;
  }
  const links::EvidenceSource from{"github", repo.owner_login, source_url};
  return links::link_evidence(from, "github_repo_homepage", *link, repo.homepage);
}

std::vector<model::LinkEvidenceRecord> profile_evidence(const model::GithubUserRecord& user,
                                                        const std::string& source_url)
{
  const links::EvidenceSource from{"github", user.login, source_url};
  std::vector<model::LinkEvidenceRecord> records;
  if (const std::string_view blog = trim(user.blog); !blog.empty()) {
    if (std::optional<model::LinkEvidenceRecord> record = self_link_evidence(from, "github_blog_url", blog)) {
      records.push_back(std::move(*record));
    }
  }
  std::string_view twitter = trim(user.twitter_username);
  if (starts_with(twitter, "@")) {
    twitter.remove_prefix(1);
  }
  if (!twitter.empty()) {
    records.push_back(
      links::ref_evidence(from, "github_twitter", "twitter:" + to_lower(twitter), user.twitter_username));
  }
  return records;
}

namespace {

int sextet(char c)
{
  if (c >= 'A' && c <= 'Z') {
    return c - 'A';
  }
  if (c >= 'a' && c <= 'z') {
    return c - 'a' + 26;
  }
  if (c >= '0' && c <= '9') {
    return c - '0' + 52;
  }
  if (c == '+') {
    return 62;
  }
  if (c == '/') {
    return 63;
  }
  return -1;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

}  // namespace

std::optional<std::string> decode_base64(std::string_view text)
{
  std::string out;
  out.reserve(text.size() / 4 * 3);
  std::uint32_t buffer = 0;
  int bits = 0;
  int sextets = 0;  // in the current 4-character group
  bool padding = false;
  for (const char c : text) {
    if (is_space(c)) {
      continue;
    }
    if (c == '=') {
      padding = true;
      continue;
    }
    const int value = sextet(c);
    if (value < 0 || padding) {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
    bits += 6;
    sextets = (sextets + 1) % 4;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  // One character alone cannot carry a byte: the input was cut short.
  if (sextets == 1) {
    return std::nullopt;
  }
  return out;
}

namespace {

// READMEs keep what their evidence rule reads: papers and Hugging Face accounts, models,
// datasets and Spaces. A README's GitHub links are mostly dependencies and badges.
bool readme_keeps(const links::Link& link)
{
  return link.target != links::Target::github_account && link.target != links::Target::github_repo;
}

}  // namespace

ParseOutput parse_readme(const GithubPage& page)
{
  // The owner comes from the URL we asked for: a renamed repository answers from its
  // new /repositories/{id} address, which names no one.
  const std::optional<std::string> repo = repo_from_path(page.task.url);
  if (!repo) {
    return failed("cannot tell which repository this README belongs to (no /repos/{owner}/{name} path)");
  }
  std::string error;
  const JsonFields fields(page.body, error);
  const std::string encoding = fields.optional_string("encoding");
  const std::string content = fields.optional_string("content");
  if (!error.empty()) {
    return failed(error);
  }
  ParseOutput output;
  // Files over 1 MB come with encoding "none" and no content.
  if (encoding != "base64") {
    output.notes.push_back(page.task.url + ": README not decoded (encoding '" + encoding + "')");
    return output;
  }
  const std::optional<std::string> text = decode_base64(content);
  if (!text) {
    return failed("field 'content': expected base64 text");
  }
  const links::EvidenceSource from{"github", repo->substr(0, repo->find('/')), page.task.url};
  // Read as rendered Markdown: a reference wrapped onto the next line is still one link.
  for (const links::Link& link : links::find_links(links::markdown_reader_text(*text))) {
    if (readme_keeps(link)) {
      output.records.evidence.push_back(links::link_evidence(from, "readme_link", link, link.matched));
    }
  }
  return output;
}

}  // namespace scout::crawler::github
