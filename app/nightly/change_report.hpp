#pragma once

#include "app/nightly/ranking_changes.hpp"
#include "shortlist/change_notes.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace scout::app {

// The words of changes.md (and of the HTML shortlist's "What changed" section) for one
// nightly run. `before` is nullopt on the first nightly run, when there is nothing to
// compare with; `changes` is ignored then.
shortlist::ChangeNotes change_notes(const std::optional<RankingState>& before, const RankingState& after,
                                    const RankingChanges& changes);

// "Łukasz Nowak +3, Wei Zhang -2": the first `count` movers for the summary line; "none".
std::string top_movers_text(const RankingChanges& changes, std::size_t count);

}  // namespace scout::app
