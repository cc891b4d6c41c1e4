#pragma once

#include "store/migrations.hpp"
#include "store/statement_cache.hpp"
#include "store/writer_lock.hpp"

#include <SQLiteCpp/Database.h>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scout::store {

// How the writer's connection is tuned.
struct ConnectionOptions {
  // SQLite's page cache in MiB (PRAGMA cache_size). The upserts walk the unique indexes of
  // every record table; a cache that holds them keeps a large crawl's writes off the disk.
  int cache_mb = 64;
};

// Whether a read may use the caller's connection, or leaves it to a writer working beside
// the read (a file database only: its other connections see the last commit).
enum class MainConnection { share, leave_free };

// The one SQLite connection of a process, with scout's settings applied: WAL journal,
// foreign keys on, a busy timeout so a `scout status` beside a running crawl waits
// instead of failing. Not thread-safe: one thread (the writer) uses it.
class Database {
public:
  // Opens for writing (creating the file, not its folder) without migrating, holding the
  // database's single-writer lock (WriterLock) for the object's life, so every writing
  // command excludes every other and migrations run inside the lock. Throws ConfigError
  // when the folder is missing, scout::Error when another process writes, or when SQLite
  // cannot open the file.
  // The connection has no SQLite mutexes (SQLITE_OPEN_NOMUTEX): one thread uses it.
  static Database open(const std::string& path, const ConnectionOptions& options = {});

  // Opens an existing database read-only; throws when it is absent.
  static Database open_read_only(const std::string& path);

  // Applies the migrations compiled into this build; see apply_migrations().
  MigrationReport migrate();

  // Applies `migrations` instead: for tests that build a database at an older version
  // (the first N built-in steps) or check migrating itself.
  MigrationReport migrate(std::span<const Migration> migrations);

  int schema_version();

  // Throws scout::Error when the database's schema is newer than this build knows (a
  // reader must not guess at tables a later scout changed).
  void require_known_schema();

  // PRAGMA quick_check: {"ok"} for a sound file, else SQLite's list of problems.
  std::vector<std::string> quick_check();
  const std::string& path() const { return m_path; }
  // A file other connections can open, not ":memory:".
  bool is_file() const;

  // Store-layer access to the connection. Code outside store/ uses the typed APIs.
  SQLite::Database& sql() { return *m_db; }

  // Store-layer access to this connection's prepared statements: `sql` is compiled on its
  // first use and reused after (see StatementCache). Throws SQLite::Exception.
  CachedStatement statement(std::string_view sql) { return m_statements->get(sql); }

private:
  Database(std::string path, std::unique_ptr<SQLite::Database> db, std::unique_ptr<WriterLock> lock);

  std::string m_path;
  // Declared before the connection, so destroyed after it: the next writer never finds
  // this connection still open.
  std::unique_ptr<WriterLock> m_lock;
  std::unique_ptr<SQLite::Database> m_db;
  // Declared after the connection, so its statements are finalised before it closes.
  std::unique_ptr<StatementCache> m_statements;
};

}  // namespace scout::store
