// `scout backup FILE`: a consistent copy of the database while a crawl may be writing it.
#include "app/commands/command.hpp"
#include "store/backup.hpp"

#include <CLI/CLI.hpp>

namespace scout::app {

namespace {

class BackupCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("file", m_target, "Where to write the copy (replaced if it exists; never the live database)")
      ->required();
  }

  // Read-only on the source: no writer lock, so a backup runs beside `scout crawl` or
  // `scout nightly` and copies their last commit.
  int run(CommandContext& context) override
  {
    const std::string& source = context.settings.database.path;
    context.log.debug("backing up " + source + " to " + m_target);
    const store::BackupResult result = store::backup_database_file(source, m_target);
    context.out << "backed up " << source << " to " << result.path << " (" << result.pages << " pages, " << result.bytes
                << " bytes)\n";
    return 0;
  }

private:
  std::string m_target;
};

}  // namespace

std::unique_ptr<Command> make_backup_command() { return std::make_unique<BackupCommand>(); }

}  // namespace scout::app
