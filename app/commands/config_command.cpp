#include "app/commands/command.hpp"
#include "app/config/config_loader.hpp"
#include "common/error.hpp"

#include <CLI/CLI.hpp>

namespace scout::app {

namespace {

// `scout config show`: the effective configuration as TOML, tokens shown only as the
// names of their variables.
class ConfigCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("action", m_action, "What to do: show")->check(CLI::IsMember({"show"}))->required();
  }

  int run(CommandContext& context) override
  {
    context.out << config::render_settings(context.settings);
    return 0;
  }

private:
  std::string m_action;
};

}  // namespace

std::unique_ptr<Command> make_config_command() { return std::make_unique<ConfigCommand>(); }

}  // namespace scout::app
