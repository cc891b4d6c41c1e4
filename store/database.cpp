#include "store/database.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
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
    throw ConfigError(path + ": folder " + parent.string()
                      + " does not exist (create it first, or fix --db / [database] path)");
  }
}

// A path as a URI path: '%', '?' and '#' would end or escape it.
std::string uri_escape(const std::string& path)
{
  std::string escaped;
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char code[4];
      std::snprintf(code, sizeof code, "%%%02X", static_cast<unsigned char>(c));
      escaped += code;
    } else {
      escaped += c;
    }
  }
  return escaped;
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

// A WAL database needs its -shm file even to read. When neither it nor the -wal file exists
// and this user may not create them (a read-only file or folder, e.g. a recruiter reading
// the nightly database), SQLite refuses with "attempt to write a readonly database". No
// -wal file means no writer is mid-transaction, so the file is read as immutable then.
std::unique_ptr<SQLite::Database> open_readable(const std::string& path)
{
  // No connection mutex, as for the read-write connection: a connection is used by one thread
  // at a time (ReadConnections leases each to one reader), and the mutex's lock and unlock on
  // every step and column were 7% of a full rank's CPU.
  auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
  try {
    apply_connection_settings(*db, true);
    db->execAndGet("SELECT count(*) FROM sqlite_master");
    return db;
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode();
    if ((code != SQLITE_READONLY && code != SQLITE_CANTOPEN) || std::filesystem::exists(path + "-wal")) {
      throw;
    }
  }
  db.reset();
  db = std::make_unique<SQLite::Database>("file:" + uri_escape(path) + "?immutable=1",
                                          SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX);
  apply_connection_settings(*db, true);
  return db;
}

}  // namespace

Database::Database(std::string path, std::unique_ptr<SQLite::Database> db, std::unique_ptr<WriterLock> lock)
  : m_path(std::move(path)), m_lock(std::move(lock)), m_db(std::move(db)),
    m_statements(std::make_unique<StatementCache>(*m_db))
{
}

Database Database::open(const std::string& path, const ConnectionOptions& options)
{
  std::unique_ptr<WriterLock> lock;
  if (path != ":memory:") {
    require_parent_folder(path);
    lock = std::make_unique<WriterLock>(path);
  }
  try {
    // One thread uses the connection (see the class comment), so SQLite's per-call mutexes
    // are pure cost: they were a tenth of a reparse's time.
    auto db =
      std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    apply_connection_settings(*db, false);
    // Negative cache_size is in KiB, independent of the page size.
    db->exec("PRAGMA cache_size = " + std::to_string(-static_cast<std::int64_t>(options.cache_mb) * 1024));
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
    return Database(path, open_readable(path), nullptr);
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": cannot open database: " + e.what());
  }
}

bool Database::is_file() const { return std::filesystem::is_regular_file(m_path); }

MigrationReport Database::migrate()
{
  const std::vector<Migration> migrations = builtin_migrations();
  return apply_migrations(*m_db, migrations);
}

MigrationReport Database::migrate(std::span<const Migration> migrations) { return apply_migrations(*m_db, migrations); }

int Database::schema_version() { return store::schema_version(*m_db); }

void Database::require_known_schema()
{
  const std::vector<Migration> migrations = builtin_migrations();
  const int known = migrations.empty() ? 0 : migrations.back().version;
  const int version = schema_version();
  if (version > known) {
    throw Error(m_path + ": schema version " + std::to_string(version) + " is newer than this build of scout knows ("
                + std::to_string(known) + "); use a newer scout");
  }
}

std::vector<std::string> Database::quick_check()
{
  std::vector<std::string> findings;
  try {
    SQLite::Statement check(*m_db, "PRAGMA quick_check");
    while (check.executeStep()) {
      findings.push_back(check.getColumn(0).getString());
    }
  } catch (const SQLite::Exception& e) {
    findings.push_back(std::string("cannot check: ") + e.what());
  }
  return findings;
}

}  // namespace scout::store
