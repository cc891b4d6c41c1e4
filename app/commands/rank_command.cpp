#include "app/commands/command.hpp"
#include "app/ranking/rank_runner.hpp"
#include "common/strings.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace scout::app {

namespace {

class RankCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--weights", m_options.weights_path, "Weights file (default: [ranking] weights)");
    subcommand.add_option("--as-of", m_options.as_of,
                          "Measure recency from this date, YYYY-MM-DD (default: when the last crawl finished)");
    subcommand.add_flag("--fresh", m_options.fresh,
                        "Read and extract again even when the cached features match the crawl state");
  }

  int run(CommandContext& context) override
  {
    const RankSummary s = run_rank(context.settings, m_options, context.log);
    context.log.info(
      "rank: run " + std::to_string(s.run_id) + ": " + std::to_string(s.people) + " people ranked, "
      + std::to_string(s.bots) + " bots and organisations left out; as of " + s.as_of + "; weights " + s.weights_path
      + " (sha256 " + s.weights_hash.substr(0, 12) + "); features " + (s.cached ? "cached" : "read and extracted")
      + " in " + format_fixed(s.read_seconds, 2) + " s, scored " + format_fixed(s.score_seconds, 2) + " s, written "
      + format_fixed(s.write_seconds, 2) + " s (" + std::to_string(s.detailed) + " people with signal detail)"
      + (s.pruned_runs > 0 ? "; deleted " + std::to_string(s.pruned_runs)
                               + (s.pruned_runs == 1 ? " older run" : " older runs") + " ([ranking] keep_runs)"
                           : ""));
    for (const RankedLine& line : s.top) {
      context.out << line.rank << ". " << line.name << " (person " << line.person_id << ")  "
                  << format_fixed(line.total, 3) << "  " << line.specialisation << "\n";
    }
    return 0;
  }

private:
  RankOptions m_options;
};

}  // namespace

std::unique_ptr<Command> make_rank_command() { return std::make_unique<RankCommand>(); }

}  // namespace scout::app
