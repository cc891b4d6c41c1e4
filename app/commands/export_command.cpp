// `scout export`: the latest (or a chosen) ranking run as a shortlist a recruiter opens
// directly. Reads only; data to stdout unless --out is given, logs to stderr.
#include "app/commands/command.hpp"
#include "app/export/shortlist_export.hpp"
#include "app/ranking/ranking_files.hpp"
#include "common/error.hpp"
#include "shortlist/writers.hpp"
#include "store/database.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <regex>

namespace scout::app {

namespace {

class ExportCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--format", m_format, "csv, jsonl (or json), md or html")
      ->check(CLI::IsMember({"csv", "jsonl", "json", "md", "markdown", "html"}));
    subcommand.add_option("--out,-o", m_out, "File to write (default: stdout)");
    subcommand.add_option("--top,--limit", m_filter.top, "Only the first N people")->check(CLI::PositiveNumber);
    subcommand.add_option("--specialisation", m_filter.specialisation, "Rank by this sub-specialisation's score");
    subcommand.add_option("--location", m_filter.location,
                          "Only people whose profile location matches (e.g. London, Bay Area)");
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
      require_known_specialisation(ranking.taxonomy, m_filter.specialisation, "--specialisation");
    }
    m_filter.min_score = m_min_score;
    if (!m_exclude.empty()) {
      m_filter.exclude = read_exclusions(m_exclude);
    }
    auto db = store::Database::open_read_only(context.settings.database.path);
    db.require_known_schema();
    const store::RankedRun run = store::read_ranked_run(db, m_run);
    const RenderedShortlist shortlist =
      render_shortlist(run, ranking.taxonomy, m_filter, *shortlist::format_from_name(m_format));
    if (m_out.empty()) {
      context.out << shortlist.text;
    } else {
      write_file_atomically(m_out, shortlist.text);
      context.log.info("wrote " + std::to_string(shortlist.people) + " people to " + m_out);
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
