#include "app/commands/command.hpp"
#include "app/config/config_loader.hpp"
#include "common/error.hpp"
#include "store/database.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>

namespace scout::app {

namespace {

class InitCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--write-config", m_write_config,
                          "Also write the shipped default configuration to this file (never overwrites)");
  }

  int run(CommandContext& context) override
  {
    auto db = store::Database::open(context.settings.database.path);
    const store::MigrationReport report = db.migrate();
    if (report.applied.empty()) {
      context.log.info(db.path() + ": schema is up to date (version " + std::to_string(report.to_version) + ")");
    } else {
      context.log.info(db.path() + ": schema version " + std::to_string(report.from_version) + " -> "
                       + std::to_string(report.to_version));
    }
    if (!m_write_config.empty()) {
      write_starter_config(context);
    }
    return 0;
  }

private:
  void write_starter_config(CommandContext& context) const
  {
    if (std::filesystem::exists(m_write_config)) {
      context.log.warn(m_write_config + ": exists, left as it is");
      return;
    }
    std::ofstream file(m_write_config, std::ios::binary);
    file << config::shipped_default_config();
    if (!file) {
      throw Error(m_write_config + ": cannot write the starter configuration");
    }
    context.log.info(m_write_config + ": wrote the default configuration");
  }

  std::string m_write_config;
};

}  // namespace

std::unique_ptr<Command> make_init_command() { return std::make_unique<InitCommand>(); }

}  // namespace scout::app
