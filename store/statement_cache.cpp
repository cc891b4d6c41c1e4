#include "store/statement_cache.hpp"

namespace scout::store {

CachedStatement::~CachedStatement()
{
  m_statement->tryReset();
  if (m_in_use != nullptr) {
    *m_in_use = false;
  }
}

CachedStatement StatementCache::get(std::string_view sql)
{
  auto found = m_entries.find(sql);
  if (found == m_entries.end()) {
    auto statement = std::make_unique<SQLite::Statement>(m_db, std::string(sql));
    found = m_entries.emplace(std::string(sql), Entry{std::move(statement), false}).first;
  }
  Entry& entry = found->second;
  if (entry.in_use) {
    // The same SQL inside its own loop (a nested use): resetting the borrowed statement
    // would cut the outer loop short, so this use gets its own.
    return CachedStatement(std::make_unique<SQLite::Statement>(m_db, std::string(sql)));
  }
  // A statement an exception left mid-step is reset here; bindings are cleared because
  // callers bind optional parameters only when they have a value.
  entry.statement->tryReset();
  entry.statement->clearBindings();
  entry.in_use = true;
  return CachedStatement(*entry.statement, &entry.in_use);
}

}  // namespace scout::store
