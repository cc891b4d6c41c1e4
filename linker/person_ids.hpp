#pragma once

#include "linker/account_index.hpp"
#include "linker/identity_model.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace scout::linker {

// The id of the person whose accounts' smallest "source:handle" is `anchor`: a 53-bit
// FNV-1a hash (exact in a double, so JSON exports keep it), never 0.
std::int64_t person_id_for(std::string_view anchor);

// People from groups of account positions in `index`: each gets the id of its anchor
// (collisions move to the next free id, in anchor order, so the result is deterministic),
// and a display name (a GitHub name, else a Hugging Face name, else an arXiv name, else a
// handle). Returned in ascending id.
std::vector<Person> make_people(const std::vector<std::vector<std::size_t>>& groups, const AccountIndex& index);

}  // namespace scout::linker
