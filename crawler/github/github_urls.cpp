#include "crawler/github/github_urls.hpp"

#include "common/strings.hpp"
#include "crawler/http/url.hpp"

#include <vector>

namespace scout::crawler::github {

namespace {

std::string encode_full_name(std::string_view full_name)
{
  const std::size_t slash = full_name.find('/');
  if (slash == std::string_view::npos) {
    return percent_encode(full_name);
  }
  return percent_encode(full_name.substr(0, slash)) + "/" + percent_encode(full_name.substr(slash + 1));
}

}  // namespace

std::string user_url(std::string_view api_url, std::string_view login)
{
  return std::string(api_url) + "/users/" + percent_encode(login);
}

std::string user_repos_url(std::string_view api_url, std::string_view login)
{
  return user_url(api_url, login) + "/repos?per_page=100&sort=pushed";
}

std::string social_accounts_url(std::string_view api_url, std::string_view login)
{
  return user_url(api_url, login) + "/social_accounts";
}

std::string readme_url(std::string_view api_url, std::string_view full_name)
{
  return repo_url(api_url, full_name) + "/readme";
}

std::string repo_url(std::string_view api_url, std::string_view full_name)
{
  return std::string(api_url) + "/repos/" + encode_full_name(full_name);
}

std::optional<std::string> repo_from_path(std::string_view url)
{
  const std::optional<Url> parsed = parse_url(url);
  if (!parsed) {
    return std::nullopt;
  }
  const std::size_t start = parsed->path.find("/repos/");
  if (start == std::string::npos) {
    return std::nullopt;
  }
  const std::vector<std::string> parts = split(std::string_view(parsed->path).substr(start + 7), '/');
  if (parts.size() < 2 || parts[0].empty() || parts[1].empty()) {
    return std::nullopt;
  }
  return percent_decode(parts[0], false) + "/" + percent_decode(parts[1], false);
}

}  // namespace scout::crawler::github
