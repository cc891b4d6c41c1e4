#include "app/export/shortlist_builder.hpp"

#include "common/strings.hpp"
#include "crawler/links/link_extractor.hpp"
#include "linker/name_key.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace scout::app {

namespace {

// Metro areas recruiters name, with the places inside them a profile may say instead.
const std::map<std::string, std::vector<std::string>>& metro_areas()
{
  static const std::map<std::string, std::vector<std::string>> areas = {
    {"bay area",
     {"bay area", "san francisco", "sf", "palo alto", "mountain view", "menlo park", "berkeley", "oakland", "san jose",
      "sunnyvale", "santa clara", "redwood city", "cupertino", "san mateo", "silicon valley"}},
    {"new york", {"new york", "nyc", "brooklyn", "manhattan"}},
    {"nyc", {"new york", "nyc", "brooklyn", "manhattan"}},
    {"london", {"london"}},
    {"paris", {"paris"}},
    {"seattle", {"seattle", "bellevue", "redmond", "kirkland"}},
  };
  return areas;
}

bool contains_words(const std::string& folded, const std::string& phrase)
{
  if (phrase.empty()) {
    return false;
  }
  for (std::size_t at = folded.find(phrase); at != std::string::npos; at = folded.find(phrase, at + 1)) {
    const bool starts = at == 0 || folded[at - 1] == ' ';
    const bool ends = at + phrase.size() == folded.size() || folded[at + phrase.size()] == ' ';
    if (starts && ends) {
      return true;
    }
  }
  return false;
}

// A line of an exclusion list as "source:handle": a GitHub or Hugging Face profile, repository
// or model URL (with or without scheme, read by the crawler's one link reader, so a site page
// such as github.com/explore names nobody), "hf:USER"; anything else ("arxiv:Name", a bare
// handle) as written, lower-cased.
std::string exclusion_key(std::string line)
{
  line = to_lower(trim(line));
  if (starts_with(line, "hf:")) {
    const std::string handle = line.substr(3);
    return "huggingface:" + handle.substr(0, handle.find('/'));
  }
  for (const crawler::links::Link& link : crawler::links::find_links(line)) {
    if (link.offset != 0) {
      break;  // a URL inside other text is not this line's entry
    }
    using crawler::links::Target;
    if (link.target == Target::github_account || link.target == Target::github_repo) {
      return "github:" + link.owner();
    }
    if (link.target == Target::hf_account || link.target == Target::hf_model) {
      return "huggingface:" + link.owner();
    }
  }
  return line;
}

bool excluded(const store::RankedPerson& person, const std::vector<std::string>& exclude)
{
  for (const store::RankedAccount& account : person.accounts) {
    const std::string handle = to_lower(account.handle);
    for (const std::string& key : exclude) {
      if (key == handle || key == account.source + ":" + handle) {
        return true;
      }
    }
  }
  return false;
}

double chosen_score(const store::RankedPerson& person, const std::string& specialisation)
{
  if (specialisation.empty()) {
    return person.total;
  }
  const auto found = person.specialisations.find(specialisation);
  return found == person.specialisations.end() ? 0 : found->second;
}

// Bots never appear, nor "people" made only of organisations (a company's account is
// not someone to hire).
bool is_candidate(const store::RankedPerson& person)
{
  const auto is = [&](const char* kind) { return [kind](const store::RankedAccount& a) { return a.kind == kind; }; };
  return std::none_of(person.accounts.begin(), person.accounts.end(), is("bot"))
         && !std::all_of(person.accounts.begin(), person.accounts.end(), is("org"));
}

bool passes(const store::RankedPerson& person, const ShortlistFilter& filter)
{
  const bool has_source = filter.source.empty()
                          || std::any_of(person.accounts.begin(), person.accounts.end(),
                                         [&](const store::RankedAccount& a) { return a.source == filter.source; });
  return has_source && (filter.location.empty() || location_matches(person.location, filter.location))
         && (filter.new_since.empty() || person.first_seen_at > filter.new_since)
         && (!filter.min_score || chosen_score(person, filter.specialisation) >= *filter.min_score)
         && !excluded(person, filter.exclude) && is_candidate(person);
}

const ranker::Specialisation* find_specialisation(const ranker::Taxonomy& taxonomy, const std::string& key)
{
  for (const ranker::Specialisation& each : taxonomy.specialisations) {
    if (each.key == key) {
      return &each;
    }
  }
  return nullptr;
}

shortlist::ShortlistRow row_of(const store::RankedPerson& person, const ranker::Taxonomy& taxonomy,
                               const std::string& key)
{
  shortlist::ShortlistRow row;
  row.person_id = person.person_id;
  row.name = person.name;
  row.location = person.location;
  row.specialisation = key.empty() ? person.specialisation : key;
  double sum = 0;
  for (const auto& [spec, score] : person.specialisations) {
    sum += std::max(0.0, score);
  }
  row.confidence = sum > 0 ? std::max(0.0, chosen_score(person, row.specialisation)) / sum : 0;
  if (const ranker::Specialisation* spec = find_specialisation(taxonomy, row.specialisation)) {
    row.specialisation_name = spec->display_name;
    row.compensation_band = spec->band;
  }
  for (const store::RankedAccount& account : person.accounts) {
    if (account.source == "github") {
      row.github_logins.push_back(account.handle);
    } else if (account.source == "huggingface") {
      row.huggingface_users.push_back(account.handle);
    } else {
      row.arxiv_names.push_back(account.display_name.empty() ? account.handle : account.display_name);
    }
  }
  for (const store::RankedSignal& signal : person.signals) {
    row.signals.push_back({signal.signal, signal.value, signal.weight, signal.contribution, signal.explanation});
    if (signal.contribution > 0 && !signal.explanation.empty() && row.reasons.size() < 3) {
      row.reasons.push_back(signal.explanation);
    }
  }
  for (const store::RankedEvidence& evidence : person.evidence) {
    row.evidence.push_back({evidence.description, evidence.url});
  }
  return row;
}

}  // namespace

std::vector<std::string> read_exclusions(const std::string& path)
{
  std::vector<std::string> keys;
  for (const std::string& line : split(read_file(path), '\n')) {
    const std::string_view content = trim(line);
    if (!content.empty() && content.front() != '#') {
      keys.push_back(exclusion_key(std::string(content)));
    }
  }
  return keys;
}

bool location_matches(const std::string& location, const std::string& wanted)
{
  const std::string folded = linker::normalise_name(location);
  const std::string key = linker::normalise_name(wanted);
  const auto area = metro_areas().find(key);
  if (area == metro_areas().end()) {
    return contains_words(folded, key);
  }
  return std::any_of(area->second.begin(), area->second.end(),
                     [&](const std::string& place) { return contains_words(folded, place); });
}

std::vector<shortlist::ShortlistRow> build_shortlist(const store::RankedRun& run, const ranker::Taxonomy& taxonomy,
                                                     const ShortlistFilter& filter)
{
  std::vector<const store::RankedPerson*> chosen;
  for (const store::RankedPerson& person : run.people) {
    if (passes(person, filter)) {
      chosen.push_back(&person);
    }
  }
  std::stable_sort(chosen.begin(), chosen.end(), [&](const store::RankedPerson* a, const store::RankedPerson* b) {
    const double x = chosen_score(*a, filter.specialisation);
    const double y = chosen_score(*b, filter.specialisation);
    return x != y ? x > y : a->person_id < b->person_id;
  });
  if (filter.top > 0 && chosen.size() > static_cast<std::size_t>(filter.top)) {
    chosen.resize(static_cast<std::size_t>(filter.top));
  }
  std::vector<shortlist::ShortlistRow> rows;
  for (const store::RankedPerson* person : chosen) {
    shortlist::ShortlistRow row = row_of(*person, taxonomy, filter.specialisation);
    row.rank = static_cast<int>(rows.size()) + 1;
    row.score = chosen_score(*person, filter.specialisation);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string describe_filter(const ShortlistFilter& filter)
{
  std::vector<std::string> parts;
  if (filter.top > 0)
    parts.push_back("top " + std::to_string(filter.top));
  if (!filter.specialisation.empty())
    parts.push_back("specialisation " + filter.specialisation);
  if (!filter.location.empty())
    parts.push_back("location " + filter.location);
  if (filter.min_score)
    parts.push_back("score at least " + std::to_string(*filter.min_score));
  if (!filter.source.empty())
    parts.push_back("on " + filter.source);
  if (!filter.new_since.empty())
    parts.push_back("first seen after " + filter.new_since);
  if (!filter.exclude.empty())
    parts.push_back(std::to_string(filter.exclude.size()) + " handles excluded");
  return join(parts, ", ");
}

}  // namespace scout::app
