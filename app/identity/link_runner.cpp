#include "app/identity/link_runner.hpp"

#include "app/identity/overrides_file.hpp"
#include "common/clock.hpp"
#include "common/error.hpp"
#include "linker/linker.hpp"
#include "store/database.hpp"
#include "store/people.hpp"

#include <chrono>

namespace scout::app {

namespace {

linker::Strength strength_from(const std::string& key, const std::string& value)
{
  if (value == "strong") {
    return linker::Strength::strong;
  }
  if (value == "medium") {
    return linker::Strength::medium;
  }
  if (value == "weak") {
    return linker::Strength::weak;
  }
  throw ConfigError("identity.strength." + key + ": expected strong, medium or weak, got \"" + value + "\"");
}

// The overrides file's entries as account ids; entries naming unknown accounts are skipped.
std::vector<linker::Override> resolve_overrides(store::Database& db, const std::string& path, Logger& log)
{
  std::vector<linker::Override> resolved;
  for (const OverrideEntry& entry : read_overrides(path)) {
    const std::optional<std::int64_t> a = store::find_account(db, entry.a.source, entry.a.handle);
    const std::optional<std::int64_t> b = store::find_account(db, entry.b.source, entry.b.handle);
    if (!a || !b) {
      log.warn(path + ":" + std::to_string(entry.line) + ": " + (a ? entry.b : entry.a).text()
               + " is not in the database (not crawled yet?); override skipped");
      continue;
    }
    resolved.push_back({*a, *b, entry.merge});
  }
  return resolved;
}

LinkSummary summarise(const linker::LinkInput& input, const linker::LinkResult& result)
{
  LinkSummary summary;
  summary.accounts = static_cast<std::int64_t>(input.accounts.size());
  summary.people = static_cast<std::int64_t>(result.people.size());
  summary.overrides = static_cast<std::int64_t>(input.overrides.size());
  for (const linker::Person& person : result.people) {
    summary.multi_account_people += person.accounts.size() > 1 ? 1 : 0;
  }
  for (const linker::LinkCandidate& candidate : result.candidates) {
    (candidate.accepted ? summary.accepted_links : summary.refused_links) += 1;
  }
  return summary;
}

}  // namespace

linker::IdentityRules identity_rules(const config::IdentitySettings& identity)
{
  linker::IdentityRules rules;
  rules.shared_target_min_accounts = identity.shared_target_min_accounts;
  const std::pair<const char*, const std::string*> strengths[] = {
    {"github_blog_url", &identity.github_blog_url},     {"readme_link", &identity.readme_link},
    {"hf_card_github", &identity.hf_card_github},       {"hf_paper_claim", &identity.hf_paper_claim},
    {"github_site_and_x", &identity.github_site_and_x}, {"shared_paper", &identity.shared_paper},
    {"paper_code_link", &identity.paper_code_link},     {"paper_hf_link", &identity.paper_hf_link},
  };
  for (const auto& [key, value] : strengths) {
    rules.strengths[key] = strength_from(key, *value);
  }
  return rules;
}

LinkSummary run_link(const config::Settings& settings, Logger& log)
{
  const linker::IdentityRules rules = identity_rules(settings.identity);  // a bad rule fails before the open
  auto db = store::Database::open(settings.database.path);
  return run_link(db, settings, log);
}

LinkSummary run_link(store::Database& db, const config::Settings& settings, Logger& log)
{
  const auto started = std::chrono::steady_clock::now();
  const linker::IdentityRules rules = identity_rules(settings.identity);
  db.migrate();
  // Stages: read accounts and evidence -> resolve overrides -> link -> write people.
  linker::LinkInput input = store::read_link_input(db);
  input.overrides = resolve_overrides(db, settings.identity.overrides, log);
  const linker::LinkResult result = linker::link_accounts(input, rules);
  store::write_people(db, result, to_unix_millis(std::chrono::system_clock::now()));
  LinkSummary summary = summarise(input, result);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace scout::app
