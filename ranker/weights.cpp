#include "ranker/weights.hpp"

namespace scout::ranker {

namespace {

constexpr std::array<std::string_view, k_signal_count> k_signal_names = {"contributions", "own_repos", "models",
                                                                         "papers",        "breadth",   "depth"};

}  // namespace

std::string_view signal_name(Signal signal) { return k_signal_names[static_cast<std::size_t>(signal)]; }

std::optional<Signal> signal_from_name(std::string_view name)
{
  for (std::size_t i = 0; i < k_signal_count; ++i) {
    if (k_signal_names[i] == name) {
      return static_cast<Signal>(i);
    }
  }
  return std::nullopt;
}

double Weights::specialisation(std::string_view key) const
{
  for (const auto& [name, multiplier] : specialisations) {
    if (name == key) {
      return multiplier;
    }
  }
  return 1.0;
}

}  // namespace scout::ranker
