#pragma once

#include <string>
#include <string_view>

namespace scout {

// The SHA-256 digest (FIPS 180-4) of `data`, as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

}  // namespace scout
