#pragma once

#include "model/records.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace scout::bench {

// Upserts `batches` into the (already migrated) database at `path` with a plain SQLite loop,
// `per_transaction` batches to a transaction; returns the seconds it took.
double raw_upserts(const std::string& path, const std::vector<model::RecordBatch>& batches, std::size_t per_transaction,
                   int cache_mb);

}  // namespace scout::bench
