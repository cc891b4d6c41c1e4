#pragma once

#include "crawler/github/github_page.hpp"

// Internal to crawler/github: what identity linking needs beyond a profile (issue 12). The
// social accounts a user lists (github.user_social_accounts, parsed here and declared in
// github_page.hpp), their repositories' homepages, and the parents of their forks.
namespace scout::crawler::github {

// For a github.user_repos page whose repositories are already in output.records: evidence
// from each own (non-fork) repository's homepage (see homepage_evidence), and a
// github.fork_repo task for each of the first options.fork_parent_repos forks on the page,
// whose GET /repos/{o}/{r} answer names the parent that the listing does not.
void add_repo_identity(const GithubPage& page, ParseOutput& output);

}  // namespace scout::crawler::github
