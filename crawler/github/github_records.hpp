#pragma once

#include "crawler/json_fields.hpp"
#include "model/records.hpp"

// Internal to crawler/github: GitHub JSON objects -> records. Problems go to the
// JsonFields' error; the caller checks it before using the record.
namespace scout::crawler::github {

// login, id and type of any user object (contributor row, search item, owner).
// An absent `type` (2012-era recordings) reads as "User".
model::GithubUserRecord read_short_user(const JsonFields& fields);

// Every GET /users/{login} field the record keeps; `full` is true.
model::GithubUserRecord read_full_user(const JsonFields& fields);

// A repository object from /repos/{o}/{r} or /users/{login}/repos.
model::GithubRepoRecord read_repo(const JsonFields& fields);

}  // namespace scout::crawler::github
