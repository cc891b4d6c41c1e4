#pragma once

#include "store/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <tbb/global_control.h>

#include <future>
#include <utility>

namespace scout::app {

// Whether `db` can be read beside itself by a second connection: more than one thread
// allowed, a file (WAL lets a reader run next to this connection's writes) and no
// transaction open here, whose uncommitted rows another connection would not see.
inline bool side_connection_possible(store::Database& db)
{
  // On one thread allowed (as the benchmark's 1-thread run asks), no second thread either.
  const std::size_t threads = tbb::global_control::active_value(tbb::global_control::max_allowed_parallelism);
  return threads > 1 && !db.path().empty() && db.path() != ":memory:" && sqlite3_get_autocommit(db.sql().getHandle()) != 0;
}

// Runs `read(store::Database&)` on a second, read-only connection to `db`'s file on
// another thread, so that SQLite reads, serial on one connection, overlap the caller's
// work; the future's get() gives the result or rethrows. When a second connection is not
// possible, `read` runs on `db` itself at get(), in the caller's thread.
template <typename Read>
auto read_beside(store::Database& db, Read read) -> std::future<decltype(read(db))>
{
  if (!side_connection_possible(db)) {
    return std::async(std::launch::deferred, [&db, read = std::move(read)] { return read(db); });
  }
  return std::async(std::launch::async, [path = db.path(), read = std::move(read)] {
    store::Database side = store::Database::open_read_only(path);
    side.sql().exec("PRAGMA cache_size = -65536");  // index pages stay cached across thousands of lookups
    return read(side);
  });
}

}  // namespace scout::app
