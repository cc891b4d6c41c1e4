#pragma once

#include <string>
#include <string_view>

namespace scout::linker {

// A person's name reduced to what two spellings of it share: "Last, First" turned to
// "First Last", Unicode case folding and accent folding ("José Álvarez" and "JOSE ALVAREZ"
// give "jose alvarez", "Łukasz" gives "lukasz", combining accents are dropped), punctuation
// and runs of spaces collapsed to one space. Letters outside Latin, Greek and Cyrillic are
// kept as they are. A part in parentheses is left out: "李明 (Ming Li)" gives "李明" (see
// alternate_name). Empty for a name with no letters or digits.
std::string normalise_name(std::string_view name);

// The normalised text inside the first parentheses, the name's other spelling: "李明 (Ming
// Li)" gives "ming li". Empty when there is none.
std::string alternate_name(std::string_view name);

// True when two normalised names are the same name and say enough to corroborate a link:
// not empty, and more than one word (or not ASCII, for scripts written without spaces).
bool names_match(const std::string& a_key, const std::string& b_key);

}  // namespace scout::linker
