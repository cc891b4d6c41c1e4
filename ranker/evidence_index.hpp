#pragma once

#include "ranker/classified_input.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace scout::ranker {

// Rows grouped by owner in compressed form: the items of group g are
// items[offsets[g] .. offsets[g + 1]).
struct Groups {
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> items;

  std::span<const std::uint32_t> of(std::size_t group) const
  {
    return {items.data() + offsets[group], items.data() + offsets[group + 1]};
  }
};

// Who owns what, by index: person -> accounts, account -> contributions, owned
// repositories, models and authorships. Built once per run from the classified rows.
struct EvidenceIndex {
  Groups person_accounts;
  Groups account_contributions;
  Groups account_repos;
  Groups account_models;
  Groups account_authorships;
};

EvidenceIndex build_evidence_index(const ClassifiedInput& input);

}  // namespace scout::ranker
