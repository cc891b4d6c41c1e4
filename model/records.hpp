#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace scout::model {

// Normalised rows a source parser produces and the store upserts, all in the transaction
// that marks their task done. Strings are UTF-8 as the APIs send them; timestamps are the
// APIs' ISO-8601 text; an absent value is an empty string / nullopt, never a made-up one.

// GET /users/{login} (full) or a short user object (contributors, search): `full` says which.
struct GithubUserRecord {
  std::string login;
  std::int64_t github_id = 0;
  std::string type = "User";  // User, Organization, Bot
  bool full = false;          // false: only login/id/type are known
  std::string name, company, blog, location, bio, twitter_username, email, created_at;
  std::optional<bool> hireable;
  std::optional<std::int64_t> followers, public_repos;
};

// One repository object from /users/{login}/repos, /repos/{o}/{r} or /orgs/{o}/repos.
struct GithubRepoRecord {
  std::int64_t id = 0;
  std::string full_name;  // "owner/name"
  std::string owner_login;
  std::string owner_type;  // owner.type: User, Organization; "" when not given
  std::string name, description, language, license, created_at, pushed_at;
  bool fork = false, archived = false;
  std::int64_t stargazers_count = 0, forks_count = 0;
  std::vector<std::string> topics;
  std::string homepage;  // the repository's website field; "" when unset
  // parent.full_name of a fork: only GET /repos/{o}/{r} carries it, never a listing, so
  // "" means "not known here", not "no parent".
  std::string parent_full_name;
};

// GET /users/{login}/social_accounts: the accounts a user lists on their profile, replacing
// what was stored for them (an empty list clears it).
struct GithubSocialAccount {
  std::string provider;  // twitter, linkedin, mastodon, bluesky, generic, ...
  std::string url;
};
struct GithubSocialAccountsRecord {
  std::string login;
  std::vector<GithubSocialAccount> accounts;
};

// /repos/{o}/{r}/contributors: commits by `login` to `repo_full_name`.
struct GithubContributionRecord {
  std::string repo_full_name;
  std::string login;
  std::int64_t contributions = 0;
};

// What /repos/{o}/{r}/contributors would not list: cut at 500, or refused as too large.
struct GithubContributorListRecord {
  std::string repo_full_name;
  bool truncated = false;
  bool too_large = false;
};

// /repos/{o}/{r}/stats/contributors: one person's commits to a repository and the first and
// last week (its Sunday, "YYYY-MM-DD"; empty when none) with a commit.
struct GithubContributorStatsRecord {
  std::string repo_full_name;
  std::string login;
  std::int64_t commits = 0;
  std::string first_week, last_week;
};

// /api/users/{u}/overview or /api/organizations/{o}/overview.
struct HfAuthorRecord {
  std::string name;
  std::string kind = "user";  // user or org
  std::string fullname;
  std::optional<bool> is_pro;
  std::optional<std::int64_t> num_models, num_datasets, num_spaces, num_papers, num_followers;
  std::vector<std::string> orgs;
  std::string details;     // the profile's free-text bio ("details"); "" when absent
  std::string created_at;  // createdAt; "" when absent (organisation overviews often lack it)
};

// A dataset from /api/datasets?author=X&expand[]=...
struct HfDatasetRecord {
  std::string id;  // "org/name"
  std::string author;
  std::vector<std::string> tags;
  std::int64_t likes = 0;
  std::optional<std::int64_t> downloads;           // last 30 days
  std::optional<std::int64_t> downloads_all_time;  // downloadsAllTime
  std::string created_at, last_modified;
};

// A Space from /api/spaces?author=X&expand[]=...
struct HfSpaceRecord {
  std::string id;  // "org/name"
  std::string author;
  std::vector<std::string> tags;
  std::int64_t likes = 0;
  std::string sdk;  // gradio, streamlit, docker, static; "" when absent
  std::string created_at, last_modified;
};

// A model from /api/models (list) or /api/models/{id} (full, with cardData).
struct HfModelRecord {
  std::string id;  // canonical "org/name"
  std::string author;
  std::string sha, pipeline_tag, library_name, created_at, last_modified;
  std::string gated = "false";                     // false, auto, manual
  std::int64_t downloads = 0, likes = 0;           // downloads: the last 30 days, as the Hub counts them
  std::optional<std::int64_t> downloads_all_time;  // downloadsAllTime; only when the answer carried it
  std::optional<std::int64_t> parameter_count;     // safetensors.total; absent for non-safetensors models
  bool has_card_data = false;                      // card_* fields below are set only when true
  std::string card_license, card_base_model;
  std::vector<std::string> card_datasets, card_language;
  std::string eval_results_json = "[]";                   // model-index results, as JSON text
  std::vector<std::pair<std::string, std::string>> tags;  // (kind, value): arxiv, base_model, dataset, license, tag
  // (base model id, relation) from the base_model: tags, one per base model; relation is
  // finetune, quantized, adapter, merge, or "" when only the plain "base_model:X" tag named it.
  std::vector<std::pair<std::string, std::string>> base_models;
};

// /{repo_id}/raw/main/README.md
struct HfModelCardRecord {
  std::string model_id;
  std::int64_t length = 0;            // bytes of the Markdown body (front matter excluded)
  std::vector<std::string> sections;  // intended_use, training_data, training_procedure,
                                      // evaluation, limitations, citation
  bool is_template = false;           // only the auto-generated template
};

// GET /api/papers/{arxiv_id}: the Hub's page of a paper. Authors in the page's order, each
// with the Hub user who claimed the authorship ("" when unclaimed, and when the claim is
// hidden: a hidden claim is never kept).
struct HfPaperAuthor {
  std::string name;
  std::string hf_user;
};
struct HfPaperRecord {
  std::string arxiv_id;     // without version
  std::string github_repo;  // githubRepo; "" when none
  std::optional<std::int64_t> upvotes;
  std::vector<HfPaperAuthor> authors;
};

struct ArxivAuthor {
  std::string name;
  std::string affiliation;
};

// One <entry> of an arXiv Atom feed.
struct ArxivPaperRecord {
  std::string id;  // without version: "2305.18290", "astro-ph/0601001"
  int version = 1;
  std::string title, abstract, published_at, updated_at, primary_category, comment, journal_ref, doi;
  std::vector<std::string> categories;
  std::vector<std::pair<std::string, std::string>> links;  // (rel or title, href)
  std::vector<ArxivAuthor> authors;                        // in order
};

// Why two accounts may be one person, or what an account points at. `to_source`/`to_handle`
// name a known account when the evidence identifies one; `to_ref` names a thing otherwise
// ("arxiv:2305.18290", "hf:model/org/name", "github:owner/repo").
struct LinkEvidenceRecord {
  std::string from_source;  // github, huggingface, arxiv
  std::string from_handle;
  std::string to_source;
  std::string to_handle;
  std::string to_ref;
  std::string kind;    // github_blog_url, hf_arxiv_tag, readme_link, hf_paper_claim, paper_code_link, ...
  std::string detail;  // the matched value
  double confidence = 1.0;
  std::string source_url;  // where it was seen
};

// Everything one parse produced.
struct RecordBatch {
  std::vector<GithubUserRecord> github_users;
  std::vector<GithubRepoRecord> github_repos;
  std::vector<GithubContributionRecord> github_contributions;
  std::vector<GithubContributorListRecord> github_contributor_lists;
  std::vector<GithubContributorStatsRecord> github_contributor_stats;
  std::vector<GithubSocialAccountsRecord> github_social_accounts;
  std::vector<HfAuthorRecord> hf_authors;
  std::vector<HfDatasetRecord> hf_datasets;
  std::vector<HfSpaceRecord> hf_spaces;
  std::vector<HfModelRecord> hf_models;
  std::vector<HfModelCardRecord> hf_model_cards;
  std::vector<HfPaperRecord> hf_papers;
  std::vector<ArxivPaperRecord> arxiv_papers;
  std::vector<LinkEvidenceRecord> evidence;

  bool empty() const
  {
    return github_users.empty() && github_repos.empty() && github_contributions.empty()
           && github_contributor_lists.empty() && github_contributor_stats.empty() && github_social_accounts.empty()
           && hf_authors.empty() && hf_datasets.empty() && hf_spaces.empty() && hf_models.empty()
           && hf_model_cards.empty() && hf_papers.empty() && arxiv_papers.empty() && evidence.empty();
  }
};

}  // namespace scout::model
