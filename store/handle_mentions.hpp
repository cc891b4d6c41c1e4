#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scout::store {

// Where an erased or suppressed handle appears in stored text. A handle appears when it
// occurs as a whole word, ignoring ASCII case: "ana" is in "/users/ana/repos" and
// "\"login\":\"Ana\"", not in "banana" or "ana-lima" ('-' and '_' continue a word).

// True when `needle` (as stored: lower-case ASCII letters) appears in `text`.
bool mentions(std::string_view text, std::string_view needle);

// `text` with every appearance of each needle replaced by "[suppressed]".
std::string redact_mentions(std::string_view text, const std::vector<std::string>& needles);

}  // namespace scout::store
