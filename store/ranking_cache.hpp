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

// Calls `chunk` with the cached bytes stored under `key`, in order, one chunk at a time
// through one reused buffer (never the ~150 MB a million people take at once); false when
// the cache holds another key.
bool read_feature_cache(Database& db, const std::string& key, const std::function<void(std::string_view)>& chunk);

// Replaces the cache with `parts` under `key` (one cache per database: the latest). Each
// part is stored as chunks of its own, so a part under 16 MB arrives as one chunk.
void write_feature_cache(Database& db, const std::string& key, const std::vector<std::string_view>& parts);

}  // namespace scout::store
