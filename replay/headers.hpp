#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scout::replay {

// HTTP header fields in recorded order. Names compare case-insensitively, as real
// APIs send them in any case (`link`, `Link`, `X-Ratelimit-Remaining`).
using Headers = std::vector<std::pair<std::string, std::string>>;

// Returns the value of the first field called `name`, or nullptr when absent.
const std::string* find_header(const Headers& headers, std::string_view name);

// Replaces every field called `name` by one field with `value` (appends when absent).
void set_header(Headers& headers, std::string_view name, std::string value);

// Adds the field only when no field called `name` exists yet.
void set_header_if_absent(Headers& headers, std::string_view name, std::string value);

// Removes every field called `name`.
void remove_header(Headers& headers, std::string_view name);

}  // namespace scout::replay
