// `scout nightly`: the unattended run a scheduler starts once a day (crawl, link, rank,
// exports, what changed). One summary line on stdout; logs on stderr. Exit 0, 1 when the
// run failed (app::run turns the error into it), 3 when it finished with failed tasks.
#include "app/commands/command.hpp"
#include "app/nightly/nightly_runner.hpp"

#include <CLI/CLI.hpp>

namespace scout::app {

namespace {

class NightlyCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option(
      "--export-dir", m_request.export_dir,
      "Folder of the dated export folders (default: [nightly] export_dir, else exports/ beside the database)");
  }

  int run(CommandContext& context) override
  {
    const SystemClock clock;
    const NightlySummary summary = run_nightly(context.settings, m_request, context.log, clock);
    context.out << summary.line << "\n";
    return summary.exit_code;
  }

private:
  NightlyRequest m_request;
};

}  // namespace

std::unique_ptr<Command> make_nightly_command() { return std::make_unique<NightlyCommand>(); }

}  // namespace scout::app
