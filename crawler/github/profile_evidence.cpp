#include "crawler/github/profile_evidence.hpp"

#include "common/strings.hpp"
#include "crawler/http/url.hpp"
#include "crawler/links/link_evidence.hpp"
#include "crawler/links/link_extractor.hpp"

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

// The evidence a blog URL gives: a Hub or arXiv page as crawler/links reads it, an X
// profile, else the generic "url:" ref; nullopt when it is no URL.
std::optional<model::LinkEvidenceRecord> blog_evidence(const links::EvidenceSource& from, std::string_view blog)
{
  const std::optional<Url> url = parse_loose_url(blog);
  if (!url) {
    return std::nullopt;
  }
  const std::string detail(blog);
  // A github.com blog stays a "url:" ref: two profiles naming the same site is its own rule.
  const std::optional<links::Link> link = links::link_of_url(url->host, url->path);
  if (link && link->target != links::Target::github_account && link->target != links::Target::github_repo) {
    return links::link_evidence(from, "github_blog_url", *link, detail);
  }
  const std::string host = without_www(url->host);
  std::optional<std::string> ref = host == "twitter.com" || host == "x.com" ? twitter_ref(url->path) : std::nullopt;
  if (!ref) {
    ref = normalised_url_ref(blog);
  }
  return ref ? std::optional(links::ref_evidence(from, "github_blog_url", *ref, detail)) : std::nullopt;
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

std::vector<model::LinkEvidenceRecord> profile_evidence(const model::GithubUserRecord& user,
                                                        const std::string& source_url)
{
  const links::EvidenceSource from{"github", user.login, source_url};
  std::vector<model::LinkEvidenceRecord> records;
  if (const std::string_view blog = trim(user.blog); !blog.empty()) {
    if (std::optional<model::LinkEvidenceRecord> record = blog_evidence(from, blog)) {
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

}  // namespace scout::crawler::github
