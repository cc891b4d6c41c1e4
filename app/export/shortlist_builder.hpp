#pragma once

#include "ranker/taxonomy.hpp"
#include "shortlist/shortlist_row.hpp"
#include "store/shortlist_reader.hpp"

#include <optional>
#include <string>
#include <vector>

namespace scout::app {

// What a recruiter narrows a shortlist to (`scout export` options).
struct ShortlistFilter {
  int top = 0;                 // 0: everyone
  std::string specialisation;  // rank by this key's score instead of the overall one
  std::string location;        // "London", "Bay Area": matched on the folded profile location
  std::optional<double> min_score;
  std::string source;                // github | huggingface | arxiv: must have an account there
  std::string new_since;             // ISO date: first seen after it
  std::vector<std::string> exclude;  // handles already contacted (see read_exclusions)
};

// Handles from an exclusion file, one a line: "github:login", "hf:user", "arxiv:Full Name",
// a profile URL (https://github.com/login, https://huggingface.co/user) or a bare handle
// (any source). Blank lines and lines starting with '#' are skipped. Lower-cased.
std::vector<std::string> read_exclusions(const std::string& path);

// True when the folded `location` holds `wanted` (or, for a metro name such as "Bay Area"
// or "NYC", one of its cities) as whole words.
bool location_matches(const std::string& location, const std::string& wanted);

// The rows of `run` that pass `filter`, ordered by the chosen score (ties by person id) and
// numbered from 1, with display names and bands from `taxonomy`.
std::vector<shortlist::ShortlistRow> build_shortlist(const store::RankedRun& run, const ranker::Taxonomy& taxonomy,
                                                     const ShortlistFilter& filter);

// "top 50, specialisation inference, location London" for the export's header.
std::string describe_filter(const ShortlistFilter& filter);

}  // namespace scout::app
