#pragma once

#include "store/database.hpp"

#include <optional>
#include <string>

namespace scout::store {

// A fingerprint of everything the ranker reads: per crawled table its highest rowid (and
// the row count of people, accounts and suppressions), the crawl runs, and a checksum of
// which account belongs to which person (`scout link`). Any crawl, import, erasure or
// re-link changes it. An in-place SQL edit outside scout does not: `scout rank --fresh`.
std::string crawl_fingerprint(Database& db);

// The cached feature bytes stored under `key`; nullopt when the cache holds another key.
std::optional<std::string> read_feature_cache(Database& db, const std::string& key);

// Replaces the cache with `data` under `key` (one cache per database: the latest).
void write_feature_cache(Database& db, const std::string& key, const std::string& data);

}  // namespace scout::store
