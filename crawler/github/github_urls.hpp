#pragma once

#include "common/strings.hpp"
#include "crawler/http/query_url.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler::github {

// Follow-up URLs built on the configured API base ("https://api.github.com", no
// trailing slash). Logins and repository names are percent-encoded ("shipit%5Bbot%5D").
std::string user_url(std::string_view api_url, std::string_view login);
std::string user_repos_url(std::string_view api_url, std::string_view login);
// GET /users/{login}/social_accounts (one page: a profile lists at most a few).
std::string social_accounts_url(std::string_view api_url, std::string_view login);
// `full_name` is "owner/name".
std::string readme_url(std::string_view api_url, std::string_view full_name);
std::string repo_url(std::string_view api_url, std::string_view full_name);

// "owner/name" from a URL whose path holds /repos/{owner}/{name}[/...] (decoded), or nullopt.
std::optional<std::string> repo_from_path(std::string_view url);

// Query parameters: the one library of every source.
using crawler::query_param;
using crawler::with_query_param;

using scout::percent_decode;  // common/strings.hpp

}  // namespace scout::crawler::github
