#include "app/nightly/nightly_runner.hpp"

#include "app/export/shortlist_export.hpp"
#include "app/nightly/change_report.hpp"
#include "app/nightly/export_folder.hpp"
#include "app/nightly/nightly_backups.hpp"
#include "app/nightly/ranking_state.hpp"
#include "app/ranking/ranking_files.hpp"
#include "common/error.hpp"
#include "common/strings.hpp"
#include "store/nightly_runs.hpp"

#include <filesystem>
#include <numeric>
#include <optional>
#include <sstream>

namespace scout::app {

namespace {

namespace fs = std::filesystem;

// "2026-12-01": the run's date in UTC, so a run just after midnight anywhere is one day.
std::string utc_date(std::chrono::system_clock::time_point when) { return format_iso8601(when).substr(0, 10); }

// The export root: --export-dir, else [nightly] export_dir, else "exports" beside the database.
std::string export_root(const config::Settings& settings, const NightlyRequest& request)
{
  if (!request.export_dir.empty()) {
    return request.export_dir;
  }
  return settings.nightly.export_dir.empty() ? beside_database(settings, "exports") : settings.nightly.export_dir;
}

std::string extension_of(shortlist::Format format)
{
  switch (format) {
  case shortlist::Format::csv: return "csv";
  case shortlist::Format::jsonl: return "jsonl";
  case shortlist::Format::markdown: return "md";
  case shortlist::Format::html: return "html";
  }
  return "txt";
}

// Checked before anything is fetched, so a typo in the config costs no night's crawl.
TopListSpec top_lists(const config::NightlySettings& nightly, const ranker::Taxonomy& taxonomy)
{
  for (const std::string& key : nightly.specialisations) {
    require_known_specialisation(taxonomy, key, "nightly.specialisations");
  }
  return {static_cast<std::size_t>(nightly.top), nightly.specialisations};
}

// The ranking the last finished nightly run made; nullopt on the first run (or when that
// ranking run was deleted since).
std::optional<RankingState> previous_state(store::Database& db, const ranker::Taxonomy& taxonomy,
                                           const TopListSpec& lists, Logger& log)
{
  const std::optional<store::NightlyRunRecord> last = store::last_nightly_run(db);
  if (!last) {
    return std::nullopt;
  }
  if (!store::ranking_run_exists(db, last->ranking_run_id)) {
    log.warn("nightly run " + std::to_string(last->id) + "'s ranking run " + std::to_string(last->ranking_run_id)
             + " is gone: nothing to compare with");
    return std::nullopt;
  }
  return ranking_state(store::read_ranked_run(db, last->ranking_run_id), taxonomy, lists,
                       last->started_at.substr(0, 10));
}

// Every configured format of every top list, and changes.md, into the staged folder.
void write_exports(const std::string& folder, const store::RankedRun& run, const ranker::Taxonomy& taxonomy,
                   const config::NightlySettings& nightly, const shortlist::ChangeNotes& notes)
{
  std::vector<std::string> keys{""};
  keys.insert(keys.end(), nightly.specialisations.begin(), nightly.specialisations.end());
  for (const std::string& name : nightly.formats) {
    const shortlist::Format format = *shortlist::format_from_name(name);
    for (const std::string& key : keys) {
      ShortlistFilter filter;
      filter.top = nightly.top;
      filter.specialisation = key;
      // The changes section goes on the overall page only, the one a recruiter opens first.
      const bool with_changes = key.empty() && format == shortlist::Format::html;
      const RenderedShortlist text =
        render_shortlist(run, taxonomy, filter, format, with_changes ? std::optional(notes) : std::nullopt);
      const std::string file = "shortlist" + (key.empty() ? "" : "-" + key) + "." + extension_of(format);
      write_file_atomically((fs::path(folder) / file).string(), text.text);
    }
  }
  std::ostringstream markdown;
  shortlist::write_changes_markdown(notes, markdown);
  write_file_atomically((fs::path(folder) / "changes.md").string(), markdown.str());
}

void fail_if_interrupted(const CrawlSummary& crawl)
{
  if (crawl.status == model::RunStatus::interrupted) {
    throw Error("nightly: crawl run " + std::to_string(crawl.run_id)
                + " was interrupted; nothing linked, ranked or exported (the next run continues the crawl)");
  }
}

}  // namespace

NightlySummary run_nightly(const config::Settings& settings, const NightlyRequest& request, Logger& log,
                           const Clock& clock)
{
  const auto started = clock.now();
  const std::string date = utc_date(started);
  const RankingConfig ranking = load_ranking_config(settings.ranking.weights, false);
  const TopListSpec lists = top_lists(settings.nightly, ranking.taxonomy);
  auto db = store::Database::open(settings.database.path, {settings.database.cache_mb});

  // Stages: crawl -> link -> rank, on this one connection under its writer lock.
  NightlySummary summary;
  CrawlRequest crawl;
  crawl.command = "nightly";
  summary.crawl = run_crawl(db, settings, crawl, log);
  fail_if_interrupted(summary.crawl);
  summary.link = run_link(db, settings, log);
  summary.rank = run_rank(db, settings, RankOptions{}, log);

  // What changed since the last nightly run (an empty "before" on the first).
  const store::RankedRun run = store::read_ranked_run(db, summary.rank.run_id);
  const RankingState after = ranking_state(run, ranking.taxonomy, lists, date);
  const std::optional<RankingState> before = previous_state(db, ranking.taxonomy, lists, log);
  summary.changes = compare_rankings(before.value_or(RankingState{}), after, k_max_movers);
  summary.first_run = !before.has_value();
  const shortlist::ChangeNotes notes = change_notes(before, after, summary.changes);

  // Exports, staged and renamed into place: a kill before this leaves earlier days whole.
  StagedFolder staged(export_root(settings, request), date);
  write_exports(staged.path(), run, ranking.taxonomy, settings.nightly, notes);
  summary.export_folder = staged.publish();
  keep_nightly_backups(db, settings, started, log);

  summary.exit_code = summary.crawl.counters.tasks_failed > 0 ? k_exit_failed_tasks : 0;
  summary.line = nightly_summary_line(summary);
  summary.nightly_run =
    store::record_nightly_run(db, {0, format_iso8601(started), format_iso8601(clock.now()), summary.crawl.run_id,
                                   summary.rank.run_id, summary.export_folder, summary.exit_code, summary.line});
  return summary;
}

std::string nightly_summary_line(const NightlySummary& summary)
{
  const crawler::RunCounters& c = summary.crawl.counters;
  const double waited = std::accumulate(c.wait_seconds.begin(), c.wait_seconds.end(), 0.0,
                                        [](double sum, const auto& bucket) { return sum + bucket.second; });
  const double share =
    c.requests > 0 ? 100.0 * static_cast<double>(c.not_modified) / static_cast<double>(c.requests) : 0;
  // Scores are scaled against the population, so most people's score moves a little every
  // night; "with new evidence" is the count a recruiter acts on, "rescored" the rest.
  const std::string people =
    summary.first_run
      ? "first nightly run, " + std::to_string(summary.rank.people) + " people ranked (nothing to compare with)"
      : std::to_string(summary.changes.new_people) + " people new, "
          + std::to_string(summary.changes.new_evidence.size()) + " with new evidence, "
          + std::to_string(summary.changes.updated_people) + " rescored";
  return "nightly: " + people + "; " + std::to_string(c.requests) + " requests, " + format_fixed(share, 0)
         + "% answered 304 Not Modified; " + format_fixed(waited, 1) + " s waited on rate limits; "
         + std::to_string(c.tasks_failed) + " failed tasks; top movers: " + top_movers_text(summary.changes, 3)
         + "; exports in " + summary.export_folder;
}

}  // namespace scout::app
