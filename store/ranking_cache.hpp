#pragma once

#include "store/database.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::store {

// A fingerprint of everything the ranker reads: per crawled table its highest rowid (and
// the row count of people, accounts and suppressions), the crawl runs, and a checksum of
// which account belongs to which person (`scout link`). Any crawl, import, erasure or
// re-link changes it. An in-place SQL edit outside scout does not: `scout rank --fresh`.
std::string crawl_fingerprint(Database& db);

// The ranking's caches are files beside the database, not tables: a million people's 160 MB
// of features written through the WAL went to disk twice (the log, then the checkpoint) with
// an fsync, 1.1 s of a full rank that no thread could share.
//   features:        PATH.features, every person's feature sums (person ids and numbers);
//   explained_rows:  PATH.explained, the crawled rows of the people the latest run explained
//                    (a few thousand people's accounts, repositories, models and papers), so
//                    that a re-rank need not look them up again.
// Both are derived data, rebuilt when missing; "" for an in-memory database.
enum class RankingCache { features, explained_rows };
std::string ranking_cache_path(Database& db, RankingCache cache);

// Calls `chunk` with the cached bytes stored under `key`, in order, one chunk at a time
// through one reused buffer (never the ~150 MB a million people take at once); each part
// arrives in pieces of at most 16 MB, a part under 16 MB as one. False when there is no
// cache, or it holds another key.
bool read_ranking_cache(Database& db, RankingCache cache, const std::string& key,
                        const std::function<void(std::string_view)>& chunk);

// Replaces the cache with `parts` under `key` (one cache of each kind per database: the
// latest), by a staged file renamed over the old, so a kill leaves one or the other whole.
// Only the file is written: explained rows may be cached while the connection writes.
void write_ranking_cache(Database& db, RankingCache cache, const std::string& key,
                         const std::vector<std::string_view>& parts);

// Deletes both caches (an erasure: they hold the erased person's numbers and rows until then).
void remove_ranking_caches(Database& db);

}  // namespace scout::store
