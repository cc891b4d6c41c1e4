#include "store/ranking_cache.hpp"

#include "common/error.hpp"
#include "store/chunked_scan.hpp"
#include "store/sql_cursor.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace scout::store {

namespace {

constexpr std::size_t k_chunk = 16 << 20;  // the pieces a cache is read in

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
  const int version = db.schema_version();
  if (version >= 11) {  // the ranker reads them from migrations 10 and 11 on
    for (const char* table : {"github_contributor_stats", "hf_model_base_models"}) {
      parts.push_back(std::string("SELECT coalesce(max(rowid), 0) FROM ") + table);
    }
  }
  // Who is whom: only `scout link` rewrites person_accounts, recording a run as it does
  // (migration 16), and an erasure's deletions are counted above. A checksum over every
  // row found the same, but read 1.6 million rows on each re-rank of a million people.
  // A database opened read-only before migration 16 has no runs table: the checksum there.
  parts.push_back(version >= 16
                    ? "SELECT coalesce(max(id), 0) FROM link_runs"
                    : "SELECT count(*) || ':' || coalesce(sum((person_id * 1000003 + account_id) * (account_id % 1009 "
                      "+ 1) % 2147483647), 0) FROM person_accounts");
  parts.push_back(
    "SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(max(finished_at), '') FROM crawl_runs");
  try {
    // The counts walk a million rows each: each part on a connection of its own, the
    // parts at once.
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

std::string ranking_cache_path(Database& db, RankingCache cache)
{
  const std::string& path = db.path();
  if (path.empty() || path == ":memory:" || path.starts_with("file:")) {
    return "";
  }
  return path + (cache == RankingCache::features ? ".features" : ".explained");
}

namespace {

// The container both cache files share; the key inside says what a file holds.
constexpr std::string_view k_file_magic = "scout-feature-cache-1\n";

template<typename T>
void put(std::ofstream& out, T value)
{
  out.write(reinterpret_cast<const char*>(&value), sizeof value);
}

template<typename T>
bool get(std::ifstream& in, T& value)
{
  return static_cast<bool>(in.read(reinterpret_cast<char*>(&value), sizeof value));
}

// The file's key, when it has scout's header; "" otherwise.
std::string stored_key(std::ifstream& in)
{
  std::string magic(k_file_magic.size(), '\0');
  std::uint64_t length = 0;
  if (!in.read(magic.data(), static_cast<std::streamsize>(magic.size())) || magic != k_file_magic || !get(in, length)
      || length > (1U << 20)) {
    return "";
  }
  std::string key(length, '\0');
  return in.read(key.data(), static_cast<std::streamsize>(length)) ? key : "";
}

// The features an older scout kept in the database: their 160 MB are not read again.
void clear_old_feature_table(Database& db)
{
  try {
    if (db.sql().execAndGet("SELECT EXISTS (SELECT 1 FROM ranking_feature_cache)").getInt() != 0) {
      db.sql().exec("DELETE FROM ranking_feature_cache");
    }
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": clearing ranking_feature_cache failed: " + e.what());
  }
}

}  // namespace

bool read_ranking_cache(Database& db, RankingCache cache, const std::string& key,
                        const std::function<void(std::string_view)>& chunk)
{
  const std::string path = ranking_cache_path(db, cache);
  if (path.empty()) {
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in || stored_key(in) != key) {
    return false;  // absent, another crawl state's, or not scout's: a miss
  }
  std::uint64_t parts = 0;
  if (!get(in, parts)) {
    return false;
  }
  std::string buffer;
  for (std::uint64_t p = 0; p < parts; ++p) {
    std::uint64_t size = 0;
    if (!get(in, size)) {
      return false;
    }
    // Each part in pieces of at most k_chunk through one reused buffer, the first part (the
    // decoder's header) whole.
    do {
      const std::size_t piece = static_cast<std::size_t>(std::min<std::uint64_t>(size, k_chunk));
      buffer.resize(piece);
      if (!in.read(buffer.data(), static_cast<std::streamsize>(piece))) {
        return false;  // cut short (a full disk, a copy interrupted): a miss, extracted again
      }
      chunk(buffer);
      size -= piece;
    } while (size > 0);
  }
  return true;
}

void write_ranking_cache(Database& db, RankingCache cache, const std::string& key,
                         const std::vector<std::string_view>& parts)
{
  const std::string path = ranking_cache_path(db, cache);
  if (path.empty()) {
    return;  // an in-memory database: nothing outlives the process to use a cache
  }
  if (cache == RankingCache::features) {
    clear_old_feature_table(db);
  }
  // Written beside and renamed over: a kill leaves the old cache or the new, never half.
  const std::string staged = path + ".tmp";
  {
    std::ofstream out(staged, std::ios::binary | std::ios::trunc);
    out.write(k_file_magic.data(), static_cast<std::streamsize>(k_file_magic.size()));
    put<std::uint64_t>(out, key.size());
    out.write(key.data(), static_cast<std::streamsize>(key.size()));
    put<std::uint64_t>(out, parts.size());
    for (std::string_view part : parts) {
      put<std::uint64_t>(out, part.size());
      out.write(part.data(), static_cast<std::streamsize>(part.size()));
    }
    if (!out.flush()) {
      std::filesystem::remove(staged);
      throw Error(staged + ": writing a ranking cache failed (disk full or not writable?)");
    }
  }
  std::error_code error;
  std::filesystem::rename(staged, path, error);
  if (error) {
    throw Error(path + ": replacing a ranking cache failed: " + error.message());
  }
}

void remove_ranking_caches(Database& db)
{
  for (const RankingCache cache : {RankingCache::features, RankingCache::explained_rows}) {
    const std::string path = ranking_cache_path(db, cache);
    std::error_code ignored;
    if (!path.empty()) {
      std::filesystem::remove(path, ignored);
      std::filesystem::remove(path + ".tmp", ignored);
    }
  }
}

}  // namespace scout::store
