#include "store/database.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <system_error>

namespace scout::store {

namespace {

// A mistyped --db must not silently grow a folder tree: the folder has to exist.
void require_parent_folder(const std::string& path)
{
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code error;
  if (!parent.empty() && !std::filesystem::is_directory(parent, error)) {
    throw ConfigError(path + ": folder " + parent.string() + " does not exist (create it first, or fix --db / [database] path)");
  }
}

void apply_connection_settings(SQLite::Database& db, bool read_only)
{
  db.setBusyTimeout(10000);
  db.exec("PRAGMA foreign_keys = ON");
  if (!read_only) {
    // WAL lets readers (status, export) run beside the crawl's writer.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
  }
}

}  // namespace

Database::Database(std::string path, std::unique_ptr<SQLite::Database> db, std::unique_ptr<WriterLock> lock)
  : m_path(std::move(path)), m_lock(std::move(lock)), m_db(std::move(db))
{
}

Database Database::open(const std::string& path)
{
  std::unique_ptr<WriterLock> lock;
  if (path != ":memory:") {
    require_parent_folder(path);
    lock = std::make_unique<WriterLock>(path);
  }
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    apply_connection_settings(*db, false);
    return Database(path, std::move(db), std::move(lock));
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": cannot open database: " + e.what());
  }
}

Database Database::open_read_only(const std::string& path)
{
  if (!std::filesystem::exists(path)) {
    throw Error(path + ": no such database (run `scout init --db " + path + "` first)");
  }
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY);
    apply_connection_settings(*db, true);
    return Database(path, std::move(db), nullptr);
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": cannot open database: " + e.what());
  }
}

MigrationReport Database::migrate()
{
  const std::vector<Migration> migrations = builtin_migrations();
  return apply_migrations(*m_db, migrations);
}

int Database::schema_version()
{
  return store::schema_version(*m_db);
}

}  // namespace scout::store
