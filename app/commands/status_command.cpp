#include "app/commands/command.hpp"

#include "app/status_format.hpp"
#include "store/database.hpp"
#include "store/status_report.hpp"

#include <CLI/CLI.hpp>

namespace scout::app {

namespace {

class StatusCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_flag("--json", m_json, "Print the report as JSON");
    subcommand.add_option("--runs", m_runs, "How many recent crawl runs to list")->check(CLI::Range(1, 1000));
  }

  int run(CommandContext& context) override
  {
    auto db = store::Database::open_read_only(context.settings.database.path);
    const store::StatusReport report = store::read_status(db, m_runs);
    context.out << (m_json ? status_to_json(db.path(), report) : status_to_text(db.path(), report));
    return 0;
  }

private:
  bool m_json = false;
  int m_runs = 5;
};

}  // namespace

std::unique_ptr<Command> make_status_command() { return std::make_unique<StatusCommand>(); }

}  // namespace scout::app
