#pragma once

#include "replay/replay_state.hpp"
#include "replay/reply.hpp"

#include <string>
#include <string_view>

namespace scout::replay {

// True for paths under /__replay/, which are answered by handle_control() and never
// matched against fixtures or counted.
bool is_control_path(std::string_view path);

// The control API (see replay/README.md):
//   GET    /__replay/stats   counters as JSON
//   POST   /__replay/reset   zero counters, sequence positions and rate window
//   GET    /__replay/faults  active faults
//   POST   /__replay/faults  add a fault object (or an array of them); 400 when invalid
//   DELETE /__replay/faults  clear all faults
Reply handle_control(ReplayState& state, std::string_view method, std::string_view path, const std::string& body);

}  // namespace scout::replay
