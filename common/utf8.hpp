#pragma once

#include <string>
#include <string_view>

namespace scout {

// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

// `text` with every ill-formed sequence replaced by U+FFFD, one replacement per maximal
// ill-formed subpart (the WHATWG/Unicode "best practice"), so that what scout stores and
// exports is always valid UTF-8 whatever a server sent.
std::string valid_utf8(std::string_view text);

}  // namespace scout
