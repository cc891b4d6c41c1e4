#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace scout::store {

// A statement borrowed from a StatementCache: reset with its bindings cleared when handed
// out, and reset again when dropped, so a SELECT read only to its first row does not keep
// a read transaction open. Use it like the statement it wraps (->bind, ->exec, ...).
class CachedStatement {
public:
  CachedStatement(SQLite::Statement& statement, bool* in_use) : m_statement(&statement), m_in_use(in_use) {}
  // A one-off statement, for a nested use of SQL that is already borrowed.
  explicit CachedStatement(std::unique_ptr<SQLite::Statement> own)
    : m_own(std::move(own)), m_statement(m_own.get()), m_in_use(nullptr)
  {
  }
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  ~CachedStatement();

  SQLite::Statement* operator->() { return m_statement; }
  SQLite::Statement& operator*() { return *m_statement; }

private:
  std::unique_ptr<SQLite::Statement> m_own;
  SQLite::Statement* m_statement;
  bool* m_in_use;
};

// Prepared statements of one connection, compiled on first use and kept by SQL text:
// compiling the SQL, not running it, was most of the store's time on the write path.
// Not thread-safe (the connection's one thread uses it). Must be destroyed before the
// connection it prepares on.
class StatementCache {
public:
  explicit StatementCache(SQLite::Database& db) : m_db(db) {}

  // The statement for `sql`, ready to bind. Throws SQLite::Exception when it does not compile.
  CachedStatement get(std::string_view sql);

  std::size_t size() const { return m_entries.size(); }

private:
  struct Entry {
    std::unique_ptr<SQLite::Statement> statement;
    bool in_use = false;
  };
  // Transparent hashing: a lookup by string_view allocates nothing.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };

  SQLite::Database& m_db;
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> m_entries;
};

}  // namespace scout::store
