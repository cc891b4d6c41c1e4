#pragma once

#include "crawler/links/link_evidence.hpp"
#include "model/records.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Internal to crawler/github: the link evidence a user's profile and their READMEs give
// (parse_user and parse_readme, declared in github_page.hpp, emit it).
namespace scout::crawler::github {

// Link evidence from a full user's profile, seen at `source_url`:
// - `blog` at huggingface.co/{name} -> account huggingface/{name}; at another Hub page or
//   an arXiv paper -> its ref ("hf:model/...", "arxiv:..."); at twitter.com/x.com/{name} ->
//   "twitter:{name}"; any other URL -> "url:<normalised>". Kind "github_blog_url".
// - `twitter_username` -> "twitter:{name}" (lower-case), kind "github_twitter".
// Empty when the profile names neither.
std::vector<model::LinkEvidenceRecord> profile_evidence(const model::GithubUserRecord& user,
                                                        const std::string& source_url);

// The evidence a URL the account's owner wrote about themselves gives (a profile's blog, a
// social account), of `kind`, read as profile_evidence reads `blog`. nullopt when it is no URL.
std::optional<model::LinkEvidenceRecord> self_link_evidence(const links::EvidenceSource& from, std::string kind,
                                                            std::string_view url);

// The evidence an own repository's homepage gives, kind "github_repo_homepage": the Hub
// account, model, dataset, Space or arXiv paper it names (crawler/links). nullopt for any other
// site (documentation sites say nothing about who the owner is) and for no homepage.
std::optional<model::LinkEvidenceRecord> homepage_evidence(const model::GithubRepoRecord& repo,
                                                           const std::string& source_url);

// "url:" + a URL reduced so the same site written differently compares equal: scheme,
// "www.", user info, fragment and trailing slashes dropped, host lower-cased, path and
// query kept as written. "HTTPS://www.Example.com/Blog/" -> "url:example.com/Blog".
// A value without a scheme is read as a host ("example.com/x"). nullopt when no host.
std::optional<std::string> normalised_url_ref(std::string_view url);

// Decodes standard base64 (RFC 4648 alphabet, '=' padding optional). ASCII whitespace
// anywhere is skipped, since GitHub's contents API wraps `content` every 60 characters.
// nullopt on any other character, on data after padding, or on a dangling 6-bit group.
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace scout::crawler::github
