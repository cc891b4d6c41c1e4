#pragma once

#include "model/records.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::crawler::github {

// Link evidence from a full user's profile, seen at `source_url`:
// - `blog` at huggingface.co/{name} -> account huggingface/{name}; at another Hub page or
//   an arXiv paper -> its ref ("hf:model/...", "arxiv:..."); at twitter.com/x.com/{name} ->
//   "twitter:{name}"; any other URL -> "url:<normalised>". Kind "github_blog_url".
// - `twitter_username` -> "twitter:{name}" (lower-case), kind "github_twitter".
// Empty when the profile names neither.
std::vector<model::LinkEvidenceRecord> profile_evidence(const model::GithubUserRecord& user,
                                                        const std::string& source_url);

// "url:" + a URL reduced so the same site written differently compares equal: scheme,
// "www.", user info, fragment and trailing slashes dropped, host lower-cased, path and
// query kept as written. "HTTPS://www.Example.com/Blog/" -> "url:example.com/Blog".
// A value without a scheme is read as a host ("example.com/x"). nullopt when no host.
std::optional<std::string> normalised_url_ref(std::string_view url);

}  // namespace scout::crawler::github
