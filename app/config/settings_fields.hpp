#pragma once

#include "app/config/settings.hpp"

#include <type_traits>

namespace scout::config {

// Calls visit(table, key, field) for every key of scout.toml, in the order the file and
// `scout config show` list them. `table` is the dotted TOML table ("sources.github").
// The loader, the renderer and the tests share this one list, so a new key is added here
// once (and in schemas/scout.schema.json, which a test keeps in step with this list).
// Works on `Settings&` and `const Settings&`.
template<class S, class Visit>
void for_each_field(S& s, Visit&& visit)
{
  static_assert(std::is_same_v<std::remove_const_t<S>, Settings>);
  visit("database", "path", s.database.path);
  visit("database", "cache_mb", s.database.cache_mb);

  visit("crawl", "concurrency", s.crawl.concurrency);
  visit("crawl", "per_host_concurrency", s.crawl.per_host_concurrency);
  visit("crawl", "user_agent", s.crawl.user_agent);
  visit("crawl", "max_attempts", s.crawl.max_attempts);
  visit("crawl", "backoff_base_ms", s.crawl.backoff_base_ms);
  visit("crawl", "backoff_max_ms", s.crawl.backoff_max_ms);
  visit("crawl", "connect_timeout_ms", s.crawl.connect_timeout_ms);
  visit("crawl", "request_timeout_ms", s.crawl.request_timeout_ms);
  visit("crawl", "low_speed_bytes_per_s", s.crawl.low_speed_bytes_per_s);
  visit("crawl", "low_speed_time_s", s.crawl.low_speed_time_s);
  visit("crawl", "max_body_bytes", s.crawl.max_body_bytes);
  visit("crawl", "freshness_hours", s.crawl.freshness_hours);
  visit("crawl", "max_requests", s.crawl.max_requests);
  visit("crawl", "evidence_hop_budget", s.crawl.evidence_hop_budget);

  visit("sources.github", "enabled", s.github.enabled);
  visit("sources.github", "api_url", s.github.api_url);
  visit("sources.github", "token_env", s.github.token_env);
  visit("sources.github", "seed_repos", s.github.seed_repos);
  visit("sources.github", "seed_users", s.github.seed_users);
  visit("sources.github", "search_queries", s.github.search_queries);
  visit("sources.github", "search_max_pages", s.github.search_max_pages);
  visit("sources.github", "search_sort", s.github.search_sort);
  visit("sources.github", "max_concurrency", s.github.max_concurrency);
  visit("sources.github", "rate_limit_reserve", s.github.rate_limit_reserve);
  visit("sources.github", "readme_top_repos", s.github.readme_top_repos);
  visit("sources.github", "social_accounts", s.github.social_accounts);
  visit("sources.github", "fork_parent_repos", s.github.fork_parent_repos);
  visit("sources.github", "max_requests", s.github.max_requests);

  visit("sources.huggingface", "enabled", s.huggingface.enabled);
  visit("sources.huggingface", "api_url", s.huggingface.api_url);
  visit("sources.huggingface", "token_env", s.huggingface.token_env);
  visit("sources.huggingface", "seed_authors", s.huggingface.seed_authors);
  visit("sources.huggingface", "search_queries", s.huggingface.search_queries);
  visit("sources.huggingface", "search_max_pages", s.huggingface.search_max_pages);
  visit("sources.huggingface", "search_sort", s.huggingface.search_sort);
  visit("sources.huggingface", "datasets", s.huggingface.datasets);
  visit("sources.huggingface", "spaces", s.huggingface.spaces);
  visit("sources.huggingface", "max_concurrency", s.huggingface.max_concurrency);
  visit("sources.huggingface", "api_per_window_anonymous", s.huggingface.api_per_window_anonymous);
  visit("sources.huggingface", "api_per_window_token", s.huggingface.api_per_window_token);
  visit("sources.huggingface", "resolvers_per_window_anonymous", s.huggingface.resolvers_per_window_anonymous);
  visit("sources.huggingface", "resolvers_per_window_token", s.huggingface.resolvers_per_window_token);
  visit("sources.huggingface", "pages_per_window_anonymous", s.huggingface.pages_per_window_anonymous);
  visit("sources.huggingface", "pages_per_window_token", s.huggingface.pages_per_window_token);
  visit("sources.huggingface", "window_seconds", s.huggingface.window_seconds);
  visit("sources.huggingface", "max_requests", s.huggingface.max_requests);

  visit("sources.arxiv", "enabled", s.arxiv.enabled);
  visit("sources.arxiv", "api_url", s.arxiv.api_url);
  visit("sources.arxiv", "queries", s.arxiv.queries);
  visit("sources.arxiv", "min_interval_ms", s.arxiv.min_interval_ms);
  visit("sources.arxiv", "page_size", s.arxiv.page_size);
  visit("sources.arxiv", "max_results", s.arxiv.max_results);
  visit("sources.arxiv", "max_requests", s.arxiv.max_requests);

  visit("ranking", "weights", s.ranking.weights);
  visit("ranking", "keep_runs", s.ranking.keep_runs);

  visit("identity", "overrides", s.identity.overrides);
  visit("identity", "shared_target_min_accounts", s.identity.shared_target_min_accounts);
  visit("identity.strength", "github_blog_url", s.identity.github_blog_url);
  visit("identity.strength", "readme_link", s.identity.readme_link);
  visit("identity.strength", "hf_card_github", s.identity.hf_card_github);
  visit("identity.strength", "hf_paper_claim", s.identity.hf_paper_claim);
  visit("identity.strength", "github_site_and_x", s.identity.github_site_and_x);
  visit("identity.strength", "shared_paper", s.identity.shared_paper);
  visit("identity.strength", "paper_code_link", s.identity.paper_code_link);
  visit("identity.strength", "paper_hf_link", s.identity.paper_hf_link);

  visit("nightly", "formats", s.nightly.formats);
  visit("nightly", "specialisations", s.nightly.specialisations);
  visit("nightly", "top", s.nightly.top);
  visit("nightly", "export_dir", s.nightly.export_dir);
  visit("nightly", "keep_backups", s.nightly.keep_backups);
  visit("nightly", "backup_dir", s.nightly.backup_dir);
}

}  // namespace scout::config
