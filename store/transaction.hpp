#pragma once

#include "store/database.hpp"

#include <memory>
#include <string>

namespace SQLite {
class Transaction;
}

namespace scout::store {

// One write transaction on `db`, for callers outside store/ that group several store calls
// (a crawl's batch of task outcomes) so they are stored all or not at all. Rolls back when
// destroyed without commit(). Failing to begin or commit throws scout::Error naming the
// database and `operation` ("store crawl results"), never a raw SQLite exception.
class Transaction {
public:
  Transaction(Database& db, std::string operation);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();

private:
  Database& m_db;
  std::string m_operation;
  std::unique_ptr<SQLite::Transaction> m_transaction;
};

}  // namespace scout::store
