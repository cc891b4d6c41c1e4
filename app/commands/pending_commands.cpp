// Subcommands whose pipeline stage is not built yet. Their options are declared and
// parsed now, so scripts written against them keep working; running one says plainly
// what is missing. Each moves to its own file when its issue lands.
#include "app/commands/command.hpp"

#include "common/error.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>

namespace scout::app {

namespace {

int not_built(const std::string& what)
{
  throw Error("`scout " + what + "` is not built yet in this version of scout");
}

class ExportCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--format", m_format, "csv, json, md or html")
      ->check(CLI::IsMember({"csv", "json", "md", "html"}));
    subcommand.add_option("--output,-o", m_output, "File to write (default: stdout)");
    subcommand.add_option("--limit", m_limit, "Top N people")->check(CLI::PositiveNumber);
    subcommand.add_option("--run", m_run, "Ranking run id (default: the latest)");
  }
  int run(CommandContext&) override { return not_built("export"); }

private:
  std::string m_format = "csv";
  std::string m_output;
  int m_limit = 50;
  std::int64_t m_run = 0;
};

class NightlyCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--export-dir", m_export_dir, "Folder for the night's shortlist exports");
  }
  int run(CommandContext&) override { return not_built("nightly"); }

private:
  std::string m_export_dir;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }
std::unique_ptr<Command> make_nightly_command() { return std::make_unique<NightlyCommand>(); }

}  // namespace scout::app
