#include "store/transaction.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

Transaction::Transaction(Database& db, std::string operation) : m_db(db), m_operation(std::move(operation))
{
  try {
    m_transaction = std::make_unique<SQLite::Transaction>(db.sql());
  } catch (const SQLite::Exception& e) {
    throw Error(m_db.path() + ": " + m_operation + ": cannot begin a transaction: " + e.what());
  }
}

// SQLite::Transaction's destructor rolls back an uncommitted transaction and swallows errors.
Transaction::~Transaction() = default;

void Transaction::commit()
{
  try {
    m_transaction->commit();
  } catch (const SQLite::Exception& e) {
    throw Error(m_db.path() + ": " + m_operation + ": cannot commit: " + e.what());
  }
}

}  // namespace scout::store
