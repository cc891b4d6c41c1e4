#pragma once

#include "store/migrations.hpp"

#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

namespace scout::store {

// The one SQLite connection of a process, with scout's settings applied: WAL journal,
// foreign keys on, a busy timeout so a `scout status` beside a running crawl waits
// instead of failing. Not thread-safe: one thread (the writer) uses it.
class Database {
public:
  // Opens (creating the file and its folder when absent) without migrating.
  // Throws scout::Error naming the path when it cannot.
  static Database open(const std::string& path);

  // Opens an existing database read-only; throws when it is absent.
  static Database open_read_only(const std::string& path);

  // Applies the migrations compiled into this build; see apply_migrations().
  MigrationReport migrate();

  int schema_version();
  const std::string& path() const { return m_path; }

  // Store-layer access to the connection. Code outside store/ uses the typed APIs.
  SQLite::Database& sql() { return *m_db; }

private:
  Database(std::string path, std::unique_ptr<SQLite::Database> db);

  std::string m_path;
  std::unique_ptr<SQLite::Database> m_db;
};

}  // namespace scout::store
