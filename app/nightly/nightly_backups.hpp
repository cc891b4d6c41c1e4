#pragma once

#include "app/config/settings.hpp"
#include "common/log.hpp"
#include "store/database.hpp"

#include <chrono>
#include <string>

namespace scout::app {

// "<folder of the database>/<name>": where nightly exports and backups go by default.
std::string beside_database(const config::Settings& settings, const std::string& name);

// With [nightly] keep_backups N > 0: a consistent copy of `db` named for `when` in
// [nightly] backup_dir (default "backups" beside the database), then all but the newest N
// dated backups there deleted. Does nothing for N = 0. Throws scout::Error naming the file.
void keep_nightly_backups(store::Database& db, const config::Settings& settings,
                          std::chrono::system_clock::time_point when, Logger& log);

}  // namespace scout::app
