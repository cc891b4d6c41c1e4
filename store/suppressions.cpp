#include "store/suppressions.hpp"

#include "common/error.hpp"
#include "store/record_writer.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

bool is_suppressed(Database& db, const std::string& source, const std::string& handle)
{
  try {
    SQLite::Statement query(db.sql(), "SELECT 1 FROM suppressions WHERE source = ? AND handle = ?");
    query.bind(1, source);
    query.bind(2, normalise_handle(source, handle));
    return query.executeStep();
  } catch (const SQLite::Exception& e) {
    throw Error("suppressions: cannot read: " + std::string(e.what()));
  }
}

}  // namespace scout::store
