// `scout export`: the latest (or a chosen) ranking run as a shortlist a recruiter opens
// directly. Reads only; data to stdout unless --out is given, logs to stderr.
#include "app/commands/command.hpp"

#include "app/export/shortlist_builder.hpp"
#include "app/ranking/ranking_files.hpp"
#include "common/error.hpp"
#include "common/strings.hpp"
#include "shortlist/writers.hpp"
#include "store/database.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <unistd.h>

namespace scout::app {

namespace {

void require_known_specialisation(const ranker::Taxonomy& taxonomy, const std::string& key)
{
  std::vector<std::string> keys;
  for (const ranker::Specialisation& spec : taxonomy.specialisations) {
    if (spec.key == key) {
      return;
    }
    keys.push_back(spec.key);
  }
  throw UsageError("--specialisation: unknown key \"" + key + "\" (valid: " + join(keys, ", ") + ")");
}

// Written beside the target and renamed over it, so a failed export never leaves half a
// file where yesterday's list was.
void write_file_atomically(const std::string& path, const std::string& content)
{
  const std::string temporary = path + ".tmp-" + std::to_string(getpid());
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << content;
    file.close();
    if (!file) {
      std::filesystem::remove(temporary);
      throw Error(path + ": cannot write the export (" + temporary + ")");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary);
    throw Error(path + ": cannot write the export: " + error.message());
  }
}

class ExportCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--format", m_format, "csv, jsonl (or json), md or html")
      ->check(CLI::IsMember({"csv", "jsonl", "json", "md", "markdown", "html"}));
    subcommand.add_option("--out,-o", m_out, "File to write (default: stdout)");
    subcommand.add_option("--top,--limit", m_filter.top, "Only the first N people")->check(CLI::PositiveNumber);
    subcommand.add_option("--specialisation", m_filter.specialisation, "Rank by this sub-specialisation's score");
    subcommand.add_option("--location", m_filter.location, "Only people whose profile location matches (e.g. London, Bay Area)");
    subcommand.add_option("--min-score", m_min_score, "Only people scoring at least X");
    subcommand.add_option("--source", m_filter.source, "Only people with an account on this source")
      ->check(CLI::IsMember({"github", "huggingface", "arxiv"}));
    subcommand.add_option("--new-since", m_filter.new_since, "Only people first seen after DATE (YYYY-MM-DD)")
      ->check(CLI::Validator(
        [](const std::string& value) {
          return std::regex_match(value, std::regex(R"(\d{4}-\d{2}-\d{2}(T.*)?)")) ? std::string()
                                                                                  : std::string("expected YYYY-MM-DD");
        },
        "DATE"));
    subcommand.add_option("--exclude", m_exclude, "File of handles already contacted, one a line");
    subcommand.add_option("--run", m_run, "Ranking run id (default: the latest)")->check(CLI::NonNegativeNumber);
  }

  int run(CommandContext& context) override
  {
    const RankingConfig ranking = load_ranking_config(context.settings.ranking.weights, false);
    if (!m_filter.specialisation.empty()) {
      require_known_specialisation(ranking.taxonomy, m_filter.specialisation);
    }
    m_filter.min_score = m_min_score;
    if (!m_exclude.empty()) {
      m_filter.exclude = read_exclusions(m_exclude);
    }
    auto db = store::Database::open_read_only(context.settings.database.path);
    db.require_known_schema();
    const store::RankedRun run = store::read_ranked_run(db, m_run);
    const std::vector<shortlist::ShortlistRow> rows = build_shortlist(run, ranking.taxonomy, m_filter);
    const shortlist::ShortlistMeta meta{run.id, run.created_at, run.weights_hash, describe_filter(m_filter)};
    std::ostringstream text;
    shortlist::write_shortlist(*shortlist::format_from_name(m_format), meta, rows, text);
    if (m_out.empty()) {
      context.out << text.str();
    } else {
      write_file_atomically(m_out, text.str());
      context.log.info("wrote " + std::to_string(rows.size()) + " people to " + m_out);
    }
    return 0;
  }

private:
  std::string m_format = "csv";
  std::string m_out;
  ShortlistFilter m_filter;
  std::optional<double> m_min_score;
  std::string m_exclude;
  std::int64_t m_run = 0;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace scout::app
