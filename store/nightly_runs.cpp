#include "store/nightly_runs.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

std::int64_t record_nightly_run(Database& db, const NightlyRunRecord& r)
{
  try {
    CachedStatement insert = db.statement(
      "INSERT INTO nightly_runs (started_at, finished_at, crawl_run_id, ranking_run_id, export_dir, exit_code, summary)"
      " VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, r.started_at);
    insert->bind(2, r.finished_at);
    insert->bind(3, r.crawl_run_id);
    insert->bind(4, r.ranking_run_id);
    insert->bind(5, r.export_dir);
    insert->bind(6, r.exit_code);
    insert->bind(7, r.summary);
    insert->exec();
    return db.sql().getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": nightly_runs: cannot record the run: " + e.what());
  }
}

std::optional<NightlyRunRecord> last_nightly_run(Database& db)
{
  try {
    if (!db.sql().tableExists("nightly_runs")) {
      return std::nullopt;
    }
    SQLite::Statement query(
      db.sql(),
      "SELECT id, started_at, finished_at, crawl_run_id, ranking_run_id, export_dir, exit_code, summary"
      " FROM nightly_runs ORDER BY id DESC LIMIT 1");
    if (!query.executeStep()) {
      return std::nullopt;
    }
    return NightlyRunRecord{query.getColumn(0).getInt64(),  query.getColumn(1).getString(),
                            query.getColumn(2).getString(), query.getColumn(3).getInt64(),
                            query.getColumn(4).getInt64(),  query.getColumn(5).getString(),
                            query.getColumn(6).getInt(),    query.getColumn(7).getString()};
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": nightly_runs: cannot read the last run: " + e.what());
  }
}

bool ranking_run_exists(Database& db, std::int64_t run_id)
{
  try {
    SQLite::Statement query(db.sql(), "SELECT 1 FROM ranking_runs WHERE id = ?");
    query.bind(1, run_id);
    return query.executeStep();
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": ranking_runs: cannot look up run " + std::to_string(run_id) + ": " + e.what());
  }
}

}  // namespace scout::store
