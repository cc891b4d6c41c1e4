#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::ranker {

// The signals a specialisation score is made of, in the order they are stored and shown.
// The first four are evidence (sums of per-item credits); breadth and depth qualify it.
enum class Signal : std::uint8_t { contributions, own_repos, models, papers, breadth, depth };
inline constexpr std::size_t k_signal_count = 6;
inline constexpr std::size_t k_evidence_signal_count = 4;

// "contributions", "own_repos", ...
std::string_view signal_name(Signal signal);
std::optional<Signal> signal_from_name(std::string_view name);

struct ContributionRules {
  std::int64_t drive_by_commits = 2;  // at or below: a drive-by fix
  double drive_by_factor = 0.05;      // what a drive-by fix is worth relative to the scale
  double notable_factor = 2.0;        // commits to a taxonomy notable project count this much more
};

struct RepoRules {
  double list_star_cap = 200;  // a list-style repository's stars count at most this many
  double list_factor = 0.2;    // and then only this fraction
};

struct ModelRules {
  double downloads = 1.0;                        // per log(1 + downloads)
  double likes = 1.0;                            // per log(1 + likes)
  double card = 4.0;                             // for a card documenting all five governance sections
  double fine_tune = 1.0;                        // for a model that names its base model
  std::int64_t mass_upload_min_models = 20;      // this many template-card, low-download models
  std::int64_t mass_upload_max_downloads = 500;  // are one mass re-upload and count as one
};

struct PaperRules {
  double first_author = 2.0;     // multiplier on the 1/N credit of the first author
  double last_author = 1.5;      // and of the last (the lab lead, often)
  double top_venue = 2.0;        // multiplier for a paper accepted at a top venue
  double other_category = 0.25;  // a paper outside `categories` counts this much
  std::vector<std::string> top_venues = {"NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "NAACL", "COLM", "CVPR", "AAAI"};
  std::vector<std::string> categories = {"cs.CL", "cs.LG", "cs.AI", "stat.ML"};
};

struct Weights {
  std::array<double, k_signal_count> signals = {3.0, 1.0, 2.0, 2.0, 1.0, 0.5};
  std::vector<std::pair<std::string, double>> specialisations;  // key -> multiplier (default 1)
  double half_life_days = 365;                                  // work this old counts half
  double percentile_cap = 0.99;                                 // raw values above this percentile normalise to 1
  std::int64_t bot_commit_limit = 50000;                        // more commits to one repository: automation
  ContributionRules contributions;
  RepoRules repos;
  ModelRules models;
  PaperRules papers;

  double signal(Signal s) const { return signals[static_cast<std::size_t>(s)]; }
  // The multiplier of specialisation `key` (1 when not listed).
  double specialisation(std::string_view key) const;
};

}  // namespace scout::ranker
