#include "app/commands/command.hpp"
#include "app/rate_budget_report.hpp"
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
    subcommand.add_option("--runs", m_runs, "How many recent crawl and nightly runs to list")
      ->check(CLI::Range(1, 1000));
    subcommand.add_flag("--check", m_check, "Also run PRAGMA quick_check on the database; exit 1 if it finds damage");
  }

  int run(CommandContext& context) override
  {
    auto db = store::Database::open_read_only(context.settings.database.path);
    db.require_known_schema();
    StatusExtras extras;
    // Checked first: the report reads every table, which a damaged file may not allow.
    if (m_check) {
      extras.integrity = db.quick_check();
      if (!integrity_ok(extras.integrity, db.path(), context)) {
        return 1;
      }
    }
    const store::StatusReport report = store::read_status(db, m_runs);
    extras.budgets = rate_budget_lines(report.rate_limits, report.last_runs, context.settings);
    context.out << (m_json ? status_to_json(db.path(), report, extras) : status_to_text(db.path(), report, extras));
    return 0;
  }

private:
  // Damage is reported on stderr, one line per finding, so stdout stays clean for --json.
  static bool integrity_ok(const std::vector<std::string>& findings, const std::string& path, CommandContext& context)
  {
    if (findings.size() == 1 && findings.front() == "ok") {
      return true;
    }
    for (const std::string& finding : findings) {
      context.log.error("integrity: " + finding);
    }
    context.log.error(path + ": PRAGMA quick_check found " + std::to_string(findings.size())
                      + " problem(s); restore from a backup or crawl into a new database");
    return false;
  }

  bool m_check = false;
  bool m_json = false;
  int m_runs = 5;
};

}  // namespace

std::unique_ptr<Command> make_status_command() { return std::make_unique<StatusCommand>(); }

}  // namespace scout::app
