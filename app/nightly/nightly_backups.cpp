#include "app/nightly/nightly_backups.hpp"

#include "common/error.hpp"
#include "store/backup.hpp"

#include <filesystem>

namespace scout::app {

namespace fs = std::filesystem;

std::string beside_database(const config::Settings& settings, const std::string& name)
{
  const fs::path folder = fs::path(settings.database.path).parent_path();
  return (folder.empty() ? fs::path(name) : folder / name).string();
}

void keep_nightly_backups(store::Database& db, const config::Settings& settings,
                          std::chrono::system_clock::time_point when, Logger& log)
{
  const int keep = settings.nightly.keep_backups;
  if (keep <= 0) {
    return;
  }
  const std::string folder =
    settings.nightly.backup_dir.empty() ? beside_database(settings, "backups") : settings.nightly.backup_dir;
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) {
    throw Error(folder + ": cannot create the backup folder: " + error.message());
  }
  const store::BackupResult backup =
    store::backup_database(db, (fs::path(folder) / store::backup_file_name(when)).string());
  log.info("backed up the database to " + backup.path + " (" + std::to_string(backup.bytes) + " bytes)");
  for (const std::string& deleted : store::keep_last_backups(folder, keep)) {
    log.info("deleted the old backup " + deleted);
  }
}

}  // namespace scout::app
