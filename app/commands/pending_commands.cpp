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

std::unique_ptr<Command> make_nightly_command() { return std::make_unique<NightlyCommand>(); }

}  // namespace scout::app
