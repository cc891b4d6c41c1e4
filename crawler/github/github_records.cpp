// GitHub JSON objects -> records, and github.repo and github.fork_repo (GET /repos/{o}/{r}),
// which are just one.
#include "crawler/github/github_records.hpp"

#include "crawler/github/github_page.hpp"

namespace scout::crawler::github {

namespace {

// spdx_id is "NOASSERTION" (or null) for licenses GitHub cannot classify; the key
// ("other") or name says more then.
std::string read_license(const JsonFields& repo)
{
  const std::optional<JsonFields> license = repo.optional_object("license");
  if (!license) {
    return "";
  }
  const std::string spdx_id = license->optional_string("spdx_id");
  if (!spdx_id.empty() && spdx_id != "NOASSERTION") {
    return spdx_id;
  }
  const std::string key = license->optional_string("key");
  return key.empty() ? license->optional_string("name") : key;
}

}  // namespace

model::GithubUserRecord read_short_user(const JsonFields& fields)
{
  model::GithubUserRecord user;
  user.login = fields.string("login");
  user.github_id = fields.integer("id");
  if (fields.has("type")) {
    user.type = fields.string("type");
  }
  return user;
}

model::GithubUserRecord read_full_user(const JsonFields& fields)
{
  model::GithubUserRecord user = read_short_user(fields);
  user.full = true;
  user.name = fields.optional_string("name");
  user.company = fields.optional_string("company");
  user.blog = fields.optional_string("blog");
  user.location = fields.optional_string("location");
  user.bio = fields.optional_string("bio");
  user.twitter_username = fields.optional_string("twitter_username");
  user.email = fields.optional_string("email");
  user.created_at = fields.optional_string("created_at");
  user.hireable = fields.optional_bool("hireable");
  user.followers = fields.optional_integer("followers");
  user.public_repos = fields.optional_integer("public_repos");
  return user;
}

model::GithubRepoRecord read_repo(const JsonFields& fields)
{
  model::GithubRepoRecord repo;
  repo.id = fields.integer("id");
  repo.name = fields.string("name");
  repo.full_name = fields.string("full_name");
  repo.owner_login = fields.object("owner").string("login");
  repo.owner_type = fields.object("owner").optional_string("type");
  repo.description = fields.optional_string("description");
  repo.language = fields.optional_string("language");
  repo.license = read_license(fields);
  repo.created_at = fields.optional_string("created_at");
  repo.pushed_at = fields.optional_string("pushed_at");  // null for an empty repository
  repo.fork = fields.optional_bool("fork").value_or(false);
  repo.archived = fields.optional_bool("archived").value_or(false);
  // Recordings before 2013 count stars only as watchers_count.
  repo.stargazers_count =
    fields.optional_integer("stargazers_count").value_or(fields.optional_integer("watchers_count").value_or(0));
  repo.forks_count = fields.optional_integer("forks_count").value_or(0);
  repo.topics = fields.optional_strings("topics");
  repo.homepage = fields.optional_string("homepage");  // null or "" when unset
  // Only GET /repos/{o}/{r} of a fork carries `parent` (the repository it was forked from).
  if (const std::optional<JsonFields> parent = fields.optional_object("parent")) {
    repo.parent_full_name = parent->string("full_name");
  }
  return repo;
}

// github.repo (a seed) and github.fork_repo (a candidate's fork, for its parent): GET /repos/{o}/{r}.
ParseOutput parse_repo(const GithubPage& page)
{
  std::string error;
  const model::GithubRepoRecord repo = read_repo(JsonFields(page.body, error));
  if (!error.empty()) {
    return failed(error);
  }
  ParseOutput output;
  output.records.github_repos.push_back(repo);
  return output;
}

}  // namespace scout::crawler::github
