#pragma once

#include "app/command_context.hpp"

#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace scout::app {

// One `scout` subcommand: declares its own options on its CLI11 subcommand and runs
// with the resolved context. Option values live in the object between parse and run.
class Command {
public:
  virtual ~Command() = default;
  virtual void add_options(CLI::App& subcommand) = 0;
  // Returns the process exit code; throws scout::Error for errors that end the run.
  virtual int run(CommandContext& context) = 0;
  // False for commands that must not read a config file (none yet).
  virtual bool needs_settings() const { return true; }
};

struct CommandSpec {
  std::string name;
  std::string summary;
  std::unique_ptr<Command> command;
};

// The subcommand table, in the order `scout --help` lists them.
std::vector<CommandSpec> all_commands();

std::unique_ptr<Command> make_init_command();
std::unique_ptr<Command> make_status_command();
std::unique_ptr<Command> make_config_command();
std::unique_ptr<Command> make_crawl_command();
std::unique_ptr<Command> make_link_command();
std::unique_ptr<Command> make_rank_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_explain_command();
std::unique_ptr<Command> make_compare_command();
std::unique_ptr<Command> make_evaluate_command();
std::unique_ptr<Command> make_forget_command();
std::unique_ptr<Command> make_nightly_command();
std::unique_ptr<Command> make_backup_command();

}  // namespace scout::app
