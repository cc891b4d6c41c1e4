#pragma once

#include "store/ranking_runs.hpp"

#include <optional>
#include <ostream>

namespace scout::app {

// The score part of `scout explain`: overall and per-specialisation scores, what each
// signal contributed with its readable value, and the top evidence with links.
void print_ranking(std::ostream& out, const std::optional<store::PersonRanking>& ranking);

}  // namespace scout::app
