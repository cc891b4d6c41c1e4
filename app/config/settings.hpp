#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace scout::config {

// The effective configuration of one run: shipped defaults, then the TOML file, then
// command-line flags (in that order). Produced only by load_settings(); libraries get
// the parts they need, never the file.

struct DatabaseSettings {
  std::string path = "scout.db";  // resolved against the config file's folder
  int cache_mb = 64;              // SQLite page cache of the writing connection
};

struct CrawlSettings {
  int concurrency = 16;          // transfers in flight across all hosts
  int per_host_concurrency = 6;  // transfers in flight to one host
  std::string user_agent = "scout/0.1 (+mailto:you@example.com)";
  int max_attempts = 5;         // tries per task before it is dead-lettered
  int backoff_base_ms = 1000;   // first retry waits up to this (full jitter)
  int backoff_max_ms = 300000;  // cap on one backoff wait
  int connect_timeout_ms = 10000;
  int request_timeout_ms = 120000;  // whole transfer
  int low_speed_bytes_per_s = 100;  // abort a transfer slower than this ...
  int low_speed_time_s = 30;        // ... for this long
  std::int64_t max_body_bytes = 64LL * 1024 * 1024;
  int freshness_hours = 20;      // details fetched more recently are not re-fetched
  int max_requests = 0;          // per run, 0 = unlimited
  int evidence_hop_budget = 50;  // accounts a run crawls one hop out because evidence points at them
};

struct GithubSettings {
  bool enabled = true;
  std::string api_url = "https://api.github.com";
  std::vector<std::string> token_env = {"GITHUB_TOKEN"};  // variable names, never values
  std::vector<std::string> seed_repos = {"vllm-project/vllm"};
  std::vector<std::string> seed_users;
  std::vector<std::string> search_queries;
  int search_max_pages = 10;              // pages of 100 per user search, 0 = all GitHub gives (10)
  std::string search_sort = "followers";  // followers, repositories, joined or best-match
  int max_concurrency = 4;                // GitHub asks for few concurrent requests
  int rate_limit_reserve = 50;            // requests left in a bucket before pausing it
  int readme_top_repos = 5;               // READMEs fetched per candidate, by stars
  bool social_accounts = true;            // GET /users/{login}/social_accounts per candidate
  int fork_parent_repos = 5;              // forks per repositories page whose parent is asked for
  int max_requests = 0;                   // per-run budget for this source, 0 = unlimited
};

struct HuggingFaceSettings {
  bool enabled = true;
  std::string api_url = "https://huggingface.co";
  std::vector<std::string> token_env = {"HF_TOKEN"};
  std::vector<std::string> seed_authors;
  std::vector<std::string> search_queries;
  int search_max_pages = 5;               // pages of 100 models per model search, 0 = all
  std::string search_sort = "downloads";  // downloads, likes, trendingScore, createdAt, lastModified or none
  bool datasets = true;                   // every crawled account's datasets
  bool spaces = true;                     // every crawled account's Spaces
  int max_concurrency = 4;
  // Local caps per window_seconds for each of the Hub's buckets (API, /resolve/ downloads,
  // pages), anonymous (per IP) and with a token (a free user's): the Hub's documented
  // limits. The Hub's RateLimit headers override them while they are current.
  int api_per_window_anonymous = 500;
  int api_per_window_token = 1000;
  int resolvers_per_window_anonymous = 3000;
  int resolvers_per_window_token = 5000;
  int pages_per_window_anonymous = 100;
  int pages_per_window_token = 200;
  int window_seconds = 300;
  int max_requests = 0;
};

struct ArxivSettings {
  bool enabled = true;
  std::string api_url = "https://export.arxiv.org/api/query";
  std::vector<std::string> queries = {"cat:cs.CL AND abs:\"preference optimization\""};
  int min_interval_ms = 3000;  // arXiv's terms: one request every three seconds
  int page_size = 100;
  int max_results = 1000;  // per query
  int max_requests = 0;
};

struct RankingSettings {
  std::string weights = "weights.toml";  // resolved against the config file's folder
  int keep_runs = 30;                    // ranking runs kept (0: all); older ones are deleted by the next run
};

// [identity]: how `scout link` weighs evidence. Each rule's strength is "strong" (enough
// alone), "medium" (only with matching names) or "weak" (never enough alone).
struct IdentitySettings {
  std::string overrides = "identity-overrides.toml";  // resolved against the config file's folder
  int shared_target_min_accounts = 5;                 // cited by this many accounts: a citation, not identity
  std::string github_blog_url = "strong";
  std::string readme_link = "strong";
  std::string hf_card_github = "strong";
  std::string hf_paper_claim = "strong";
  std::string github_site_and_x = "strong";
  std::string shared_paper = "medium";
  std::string paper_code_link = "medium";
  std::string paper_hf_link = "medium";
};

// [nightly]: what `scout nightly` exports after its crawl, link and rank.
struct NightlySettings {
  std::vector<std::string> formats = {"html", "csv"};  // csv, json, markdown, html
  std::vector<std::string> specialisations;            // taxonomy keys; each adds a shortlist to the overall one
  int top = 50;                                        // people per shortlist, and the "top N" of changes.md
  std::string export_dir;                              // empty: "exports" beside the database
  int keep_backups = 0;                                // dated database backups kept; 0 = no backup
  std::string backup_dir;                              // empty: "backups" beside the database
};

struct Settings {
  std::string source;  // the file the settings came from, or "(built-in defaults)"
  DatabaseSettings database;
  CrawlSettings crawl;
  GithubSettings github;
  HuggingFaceSettings huggingface;
  ArxivSettings arxiv;
  RankingSettings ranking;
  IdentitySettings identity;
  NightlySettings nightly;
};

}  // namespace scout::config
