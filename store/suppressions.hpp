#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <string>

namespace SQLite {
class Database;
}

namespace scout::store {

// The suppression list holds no readable personal data: each entry is a salted one-way
// hash of (source, handle), the salt kept in this database's `secrets` table.

// The hash stored for (source, handle): sha256 hex of salt, source, ':' and the handle as
// stored (see normalise_handle in record_writer.hpp).
std::string suppression_hash(const std::string& salt, const std::string& source, const std::string& handle);

// True when (source, handle) is on the suppression list; `handle` as crawled or as stored.
bool is_suppressed(Database& db, const std::string& source, const std::string& handle);

// Puts (source, handle) on the list; harmless to repeat. `reason` must hold no personal data.
void suppress(Database& db, const std::string& source, const std::string& handle, const std::string& reason,
              std::int64_t now_ms);

// Migration 4's C++ step: hashes the plain-handle rows of `suppressions_plain` into
// `suppressions` and drops the old table. Runs inside the migration's transaction.
void rekey_plain_suppressions(SQLite::Database& db);

}  // namespace scout::store
