#pragma once

#include "store/database.hpp"

#include <string>

namespace scout::store {

// True when (source, handle) is on the suppression list; `handle` as stored (see
// normalise_handle in record_writer.hpp).
bool is_suppressed(Database& db, const std::string& source, const std::string& handle);

}  // namespace scout::store
