#include "store/ranking_cache.hpp"

#include "common/error.hpp"
#include "store/chunked_scan.hpp"
#include "store/sql_cursor.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <tbb/parallel_for.h>

namespace scout::store {

namespace {

constexpr std::size_t k_chunk = 16 << 20;  // well under SQLite's blob limit

// max(rowid) is one b-tree descent and moves on every insert (and INSERT OR REPLACE);
// count(*) walks a whole index, a second for fourteen million contributions, so it is
// taken only where rows are deleted: people, accounts (an erasure deletes the account and
// its rows cascade) and the suppressions an erasure records. Upserts in place come with
// a crawl run.
constexpr const char* k_counted[] = {"people", "accounts", "suppressions"};
constexpr const char* k_appended[] = {"github_repos",  "github_contributions", "hf_models",
                                      "hf_model_tags", "arxiv_papers",         "arxiv_authorships"};

}  // namespace

std::string crawl_fingerprint(Database& db)
{
  std::vector<std::string> parts;
  for (const char* table : k_counted) {
    parts.push_back(std::string("SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM ") + table);
  }
  for (const char* table : k_appended) {
    parts.push_back(std::string("SELECT coalesce(max(rowid), 0) FROM ") + table);
  }
  // Who is whom: a swap of two accounts between people changes this sum (the factor
  // depends on the account), a count would not.
  parts.push_back(
    "SELECT count(*) || ':' || coalesce(sum((person_id * 1000003 + account_id) * (account_id % 1009 + 1) % "
    "2147483647), 0) FROM person_accounts");
  parts.push_back(
    "SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(max(finished_at), '') FROM crawl_runs");
  try {
    // The counts and the checksum walk millions of rows (0.5 s of a 1M re-rank on one
    // thread): each part on a connection of its own, the parts at once.
    ReadConnections connections(db);
    std::vector<std::string> values(parts.size());
    tbb::parallel_for(std::size_t{0}, parts.size(), [&](std::size_t i) {
      const ReadConnections::Lease lease = connections.lease();
      SqlCursor query(lease.db(), parts[i]);
      values[i] = query.step() ? std::string(query.text(0)) : "";
    });
    std::string fingerprint = values[0];
    for (std::size_t i = 1; i < values.size(); ++i) {
      fingerprint += "/" + values[i];
    }
    return fingerprint;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading the crawl state for the ranking cache failed: " + e.what());
  }
}

bool read_feature_cache(Database& db, const std::string& key, const std::function<void(std::string_view)>& chunk)
{
  try {
    // Each chunk through incremental blob I/O into one reused buffer: a column read has
    // SQLite allocate (and the kernel fault in) a fresh 16 MB buffer per chunk, ~150 MB of
    // new pages a re-rank, which were most of reading the cache.
    SQLite::Statement query(db.sql(),
                            "SELECT rowid, length(data) FROM ranking_feature_cache WHERE key = ? ORDER BY chunk");
    query.bind(1, key);
    std::string buffer;
    sqlite3_blob* blob = nullptr;
    struct Close {
      sqlite3_blob*& blob;
      ~Close() { sqlite3_blob_close(blob); }
    } close{blob};
    bool found = false;
    while (query.executeStep()) {
      const std::int64_t rowid = query.getColumn(0).getInt64();
      const int size = query.getColumn(1).getInt();
      const int opened = blob == nullptr ? sqlite3_blob_open(db.sql().getHandle(), "main", "ranking_feature_cache",
                                                             "data", rowid, 0, &blob)
                                         : sqlite3_blob_reopen(blob, rowid);
      buffer.resize(static_cast<std::size_t>(size));
      if (opened != SQLITE_OK || sqlite3_blob_read(blob, buffer.data(), size, 0) != SQLITE_OK) {
        throw Error(db.path() + ": reading the ranking feature cache failed: " + sqlite3_errmsg(db.sql().getHandle()));
      }
      chunk(buffer);
      found = true;
    }
    return found;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading the ranking feature cache failed: " + e.what());
  }
}

void write_feature_cache(Database& db, const std::string& key, const std::vector<std::string_view>& parts)
{
  try {
    SQLite::Transaction transaction(db.sql());
    db.sql().exec("DELETE FROM ranking_feature_cache");
    SQLite::Statement insert(db.sql(), "INSERT INTO ranking_feature_cache (key, chunk, data) VALUES (?, ?, ?)");
    std::int64_t chunk = 0;
    for (std::string_view part : parts) {
      for (std::size_t at = 0; at < part.size() || (at == 0 && part.empty()); at += k_chunk) {
        const std::string_view piece = part.substr(at, k_chunk);
        insert.bind(1, key);
        insert.bind(2, chunk++);
        // A null pointer binds NULL (an empty database has no people): an empty blob instead.
        static const char k_empty = 0;
        insert.bindNoCopy(3, piece.empty() ? &k_empty : piece.data(), static_cast<int>(piece.size()));
        insert.exec();
        insert.reset();
        if (part.empty()) {
          break;
        }
      }
    }
    transaction.commit();
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": writing the ranking feature cache failed: " + e.what());
  }
}

}  // namespace scout::store
