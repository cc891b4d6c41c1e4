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

// The feature cache is a file beside the database (PATH.features), not a table: a million
// people's 160 MB written through the WAL went to disk twice (the log, then the
// checkpoint) with an fsync, 1.1 s of a full rank that no thread could share. It holds
// derived numbers only (person ids and feature sums); "" for an in-memory database.
std::string feature_cache_path(Database& db);

// Calls `chunk` with the cached bytes stored under `key`, in order, one chunk at a time
// through one reused buffer (never the ~150 MB a million people take at once); each part
// arrives in pieces of at most 16 MB, a part under 16 MB as one. False when there is no
// cache, or it holds another key.
bool read_feature_cache(Database& db, const std::string& key, const std::function<void(std::string_view)>& chunk);

// Replaces the cache with `parts` under `key` (one cache per database: the latest), by a
// staged file renamed over the old, so a kill leaves one or the other whole.
void write_feature_cache(Database& db, const std::string& key, const std::vector<std::string_view>& parts);

// Deletes the cache (an erasure: the cache holds the erased person's features until then).
void remove_feature_cache(Database& db);

}  // namespace scout::store
