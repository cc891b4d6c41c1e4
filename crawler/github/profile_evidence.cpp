#include "crawler/github/profile_evidence.hpp"

#include "common/strings.hpp"
#include "crawler/arxiv_id_match.hpp"
#include "crawler/github/hf_url.hpp"
#include "crawler/github/link_target.hpp"
#include "crawler/http/url.hpp"

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

// arxiv.org/abs/{id} (or /pdf/, /html/) -> "arxiv:{id}"; nullopt for other arXiv pages.
std::optional<LinkTarget> arxiv_target(std::string_view path)
{
  for (const std::string_view prefix : {"/abs/", "/pdf/", "/html/"}) {
    if (starts_with(path, prefix)) {
      if (const std::optional<ArxivIdMatch> match = match_arxiv_id(path.substr(prefix.size()))) {
        return LinkTarget{"", "", "arxiv:" + match->id};
      }
    }
  }
  return std::nullopt;
}

std::optional<LinkTarget> twitter_target(std::string_view path)
{
  const std::vector<std::string> parts = split(trim(path), '/');
  if (parts.size() < 2 || parts[1].empty() || parts[1] == "intent" || parts[1] == "home") {
    return std::nullopt;
  }
  return LinkTarget{"", "", "twitter:" + to_lower(parts[1])};
}

// What a blog URL points at; the generic "url:" ref when it is no known kind of page.
std::optional<LinkTarget> blog_target(std::string_view blog)
{
  const std::optional<Url> url = parse_loose_url(blog);
  if (!url) {
    return std::nullopt;
  }
  const std::string host = without_www(url->host);
  std::optional<LinkTarget> target;
  if (host == "huggingface.co" || host == "hf.co") {
    target = hf_target(url->path);
  } else if (host == "arxiv.org") {
    target = arxiv_target(url->path);
  } else if (host == "twitter.com" || host == "x.com") {
    target = twitter_target(url->path);
  }
  if (target) {
    return target;
  }
  const std::optional<std::string> ref = normalised_url_ref(blog);
  return ref ? std::optional<LinkTarget>(LinkTarget{"", "", *ref}) : std::nullopt;
}

model::LinkEvidenceRecord evidence(const model::GithubUserRecord& user, const LinkTarget& target, std::string kind,
                                   std::string detail, const std::string& source_url)
{
  model::LinkEvidenceRecord record;
  record.from_source = "github";
  record.from_handle = user.login;
  record.to_source = target.to_source;
  record.to_handle = target.to_handle;
  record.to_ref = target.to_ref;
  record.kind = std::move(kind);
  record.detail = std::move(detail);
  record.source_url = source_url;
  return record;
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
  std::vector<model::LinkEvidenceRecord> records;
  const std::string_view blog = trim(user.blog);
  if (!blog.empty()) {
    if (const std::optional<LinkTarget> target = blog_target(blog)) {
      records.push_back(evidence(user, *target, "github_blog_url", std::string(blog), source_url));
    }
  }
  std::string_view twitter = trim(user.twitter_username);
  if (starts_with(twitter, "@")) {
    twitter.remove_prefix(1);
  }
  if (!twitter.empty()) {
    const LinkTarget target{"", "", "twitter:" + to_lower(twitter)};
    records.push_back(evidence(user, target, "github_twitter", user.twitter_username, source_url));
  }
  return records;
}

}  // namespace scout::crawler::github
