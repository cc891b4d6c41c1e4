#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler::github {

// Decodes standard base64 (RFC 4648 alphabet, '=' padding optional). ASCII whitespace
// anywhere is skipped, since GitHub's contents API wraps `content` every 60 characters.
// nullopt on any other character, on data after padding, or on a dangling 6-bit group.
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace scout::crawler::github
