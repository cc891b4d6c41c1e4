#include "app/commands/explain_scores.hpp"

#include "common/strings.hpp"

#include <string>

namespace scout::app {

namespace {

constexpr const char* k_signal_names[] = {"contributions", "own_repos", "models", "papers", "breadth", "depth"};

void print_signals(std::ostream& out, const store::StoredScore& score)
{
  out << "  signals of the overall score (" << score.specialisation << "):\n";
  for (const store::StoredComponent& c : score.components) {
    out << "    " << c.signal << ": +" << format_fixed(c.contribution, 3) << " (raw " << format_fixed(c.value, 2)
        << ", weight " << format_fixed(c.weight, 2) << ")";
    bool evidence = false;
    for (const store::StoredEvidence& e : score.evidence) {
      if (e.signal == c.signal) {
        out << "\n      " << e.description << "  " << e.url;
        evidence = true;
      }
    }
    // Breadth and depth have no rows of their own: their sentence is the explanation.
    out << (evidence ? "" : "  " + c.explanation) << "\n";
  }
}

void print_specialisations(std::ostream& out, const store::StoredScore& score)
{
  out << "  per specialisation:\n";
  for (const store::StoredSpecialisation& spec : score.specialisations) {
    out << "    " << spec.key << " " << format_fixed(spec.score, 3);
    std::string parts;
    for (std::size_t i = 0; i < store::k_stored_signals; ++i) {
      if (spec.contributions[i] > 0) {
        parts +=
          (parts.empty() ? "" : ", ") + std::string(k_signal_names[i]) + " " + format_fixed(spec.contributions[i], 3);
      }
    }
    // A person below the explained top has scores only (from the run's blocks).
    out << (parts.empty() ? "" : " (" + parts + ")") << "\n";
  }
}

}  // namespace

void print_ranking(std::ostream& out, const std::optional<store::PersonRanking>& ranking)
{
  if (!ranking) {
    out << "score: not ranked (no `scout rank` run yet, a bot, or linked after the last run)\n";
    return;
  }
  const store::StoredScore& score = ranking->score;
  out << "score: " << format_fixed(score.total, 3) << ", rank " << score.rank << " of " << ranking->ranked_people
      << " (run " << ranking->run_id << ", as of " << ranking->as_of << ", weights sha256 "
      << ranking->weights_hash.substr(0, 12) << ")\n";
  if (score.specialisation.empty()) {
    out << "  no evidence in any specialisation\n";
    return;
  }
  if (score.components.empty()) {
    // Below the explained top of the run: the run kept this person's scores only.
    out << "  signal detail is stored for the top of the ranking and of each specialisation; this person's is not\n";
  } else {
    print_signals(out, score);
  }
  print_specialisations(out, score);
}

}  // namespace scout::app
