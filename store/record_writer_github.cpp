// RecordWriter: the GitHub tables (accounts, github_profiles, github_repos, github_contributions,
// github_contributor_lists, github_contributor_stats, github_social_accounts).
#include "store/json_text.hpp"
#include "store/record_writer.hpp"
#include "store/record_writer_bind.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

std::string account_kind(const std::string& github_type)
{
  if (github_type == "Organization") {
    return "org";
  }
  return github_type == "Bot" ? "bot" : "user";
}

}  // namespace

// A short user (a contributors row) names the account by its login only until its profile is
// stored; the profile's name (or, without one, the login) then stays whatever is written later.
void RecordWriter::write_github_user(const model::GithubUserRecord& user)
{
  const std::string display_name = user.name.empty() ? user.login : user.name;
  const std::int64_t id = account("github", user.login, account_kind(user.type), display_name,
                                  user.full ? NameSource::profile : NameSource::mention);
  if (id == 0 || !user.full) {
    return;
  }
  CachedStatement upsert = m_db.statement(
    "INSERT OR REPLACE INTO github_profiles (account_id, github_id, name, company, blog, location, bio,"
    " twitter_username, email, hireable, followers, public_repos, created_at, fetched_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int i = 1;
  upsert->bind(i++, id);
  upsert->bind(i++, user.github_id);
  for (const std::string* text :
       {&user.name, &user.company, &user.blog, &user.location, &user.bio, &user.twitter_username, &user.email}) {
    binding::text_or_null(*upsert, i++, *text);
  }
  user.hireable ? upsert->bind(i++, *user.hireable ? 1 : 0) : upsert->bind(i++);
  user.followers ? upsert->bind(i++, *user.followers) : upsert->bind(i++);
  user.public_repos ? upsert->bind(i++, *user.public_repos) : upsert->bind(i++);
  binding::text_or_null(*upsert, i++, user.created_at);
  binding::text(*upsert, i++, m_now);
  upsert->exec();
}

void RecordWriter::write_github_repo(const model::GithubRepoRecord& repo)
{
  const std::int64_t owner =
    account("github", repo.owner_login, repo.owner_type.empty() ? "" : account_kind(repo.owner_type));
  if (owner == 0) {
    return;  // a suppressed owner's repositories are not kept either
  }
  // Only GET /repos/{o}/{r} names a fork's parent: a listing ("" here) keeps the stored one.
  // A parent whose owner is suppressed is not named.
  const std::string& parent = repo.parent_full_name;
  const bool parent_named =
    !parent.empty() && !suppressed("github", normalise_handle("github", parent.substr(0, parent.find('/'))));
  CachedStatement upsert = m_db.statement(
    "INSERT OR REPLACE INTO github_repos (id, full_name, owner_account_id, name, description, fork, archived,"
    " stargazers_count, forks_count, language, license, topics_json, created_at, pushed_at, fetched_at, homepage,"
    " parent_full_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " coalesce(?, (SELECT parent_full_name FROM github_repos WHERE id = ?)))");
  int i = 1;
  upsert->bind(i++, repo.id);
  binding::text(*upsert, i++, repo.full_name);
  upsert->bind(i++, owner);
  binding::text(*upsert, i++, repo.name);
  binding::text_or_null(*upsert, i++, repo.description);
  upsert->bind(i++, repo.fork ? 1 : 0);
  upsert->bind(i++, repo.archived ? 1 : 0);
  upsert->bind(i++, repo.stargazers_count);
  upsert->bind(i++, repo.forks_count);
  binding::text_or_null(*upsert, i++, repo.language);
  binding::text_or_null(*upsert, i++, repo.license);
  upsert->bind(i++, json_array(repo.topics));
  binding::text_or_null(*upsert, i++, repo.created_at);
  binding::text_or_null(*upsert, i++, repo.pushed_at);
  binding::text(*upsert, i++, m_now);
  binding::text_or_null(*upsert, i++, repo.homepage);
  parent_named ? binding::text(*upsert, i, parent) : upsert->bind(i);
  upsert->bind(i + 1, repo.id);
  upsert->exec();
}

void RecordWriter::write_contribution(const model::GithubContributionRecord& contribution)
{
  const std::int64_t id = account("github", contribution.login);
  if (id == 0) {
    return;
  }
  CachedStatement upsert = m_db.statement(
    "INSERT OR REPLACE INTO github_contributions (repo_full_name, account_id, contributions, fetched_at)"
    " VALUES (?, ?, ?, ?)");
  binding::text(*upsert, 1, contribution.repo_full_name);
  upsert->bind(2, id);
  upsert->bind(3, contribution.contributions);
  binding::text(*upsert, 4, m_now);
  upsert->exec();
}

// A flag once seen stays set: a contributors list's last page says "truncated" and the
// 403 says "too large", and neither answer should clear what the other recorded.
void RecordWriter::write_contributor_list(const model::GithubContributorListRecord& list)
{
  CachedStatement upsert = m_db.statement(
    "INSERT INTO github_contributor_lists (repo_full_name, contributors_truncated, contributors_too_large, fetched_at)"
    " VALUES (?, ?, ?, ?) ON CONFLICT (repo_full_name) DO UPDATE SET"
    " contributors_truncated = max(contributors_truncated, excluded.contributors_truncated),"
    " contributors_too_large = max(contributors_too_large, excluded.contributors_too_large),"
    " fetched_at = excluded.fetched_at");
  binding::text(*upsert, 1, list.repo_full_name);
  upsert->bind(2, list.truncated ? 1 : 0);
  upsert->bind(3, list.too_large ? 1 : 0);
  binding::text(*upsert, 4, m_now);
  upsert->exec();
}

void RecordWriter::write_contributor_stats(const model::GithubContributorStatsRecord& stats)
{
  const std::int64_t id = account("github", stats.login);
  if (id == 0) {
    return;
  }
  CachedStatement upsert = m_db.statement(
    "INSERT OR REPLACE INTO github_contributor_stats (repo_full_name, account_id, commits, first_week, last_week,"
    " fetched_at) VALUES (?, ?, ?, ?, ?, ?)");
  binding::text(*upsert, 1, stats.repo_full_name);
  upsert->bind(2, id);
  upsert->bind(3, stats.commits);
  binding::text_or_null(*upsert, 4, stats.first_week);
  binding::text_or_null(*upsert, 5, stats.last_week);
  binding::text(*upsert, 6, m_now);
  upsert->exec();
}

// A user's list replaces what was stored for them: an account removed from the profile goes.
void RecordWriter::write_social_accounts(const model::GithubSocialAccountsRecord& social)
{
  const std::int64_t id = account("github", social.login);
  if (id == 0) {
    return;
  }
  CachedStatement clear = m_db.statement("DELETE FROM github_social_accounts WHERE account_id = ?");
  clear->bind(1, id);
  clear->exec();
  CachedStatement insert = m_db.statement(
    "INSERT OR IGNORE INTO github_social_accounts (account_id, provider, url, fetched_at) VALUES (?, ?, ?, ?)");
  for (const model::GithubSocialAccount& entry : social.accounts) {
    insert->bind(1, id);
    binding::text(*insert, 2, entry.provider);
    binding::text(*insert, 3, entry.url);
    binding::text(*insert, 4, m_now);
    insert->exec();
    insert->reset();
  }
}

}  // namespace scout::store
