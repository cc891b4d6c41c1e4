#include "common/error.hpp"
#include "store/ranking_blocks.hpp"
#include "store/ranking_runs.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

namespace scout::store {

namespace {

constexpr std::array<const char*, k_stored_signals> k_signals = {"contributions", "own_repos", "models",
                                                                 "papers",        "breadth",   "depth"};

bool read_run(SQLite::Database& db, std::int64_t run_id, PersonRanking& out)
{
  SQLite::Statement run(db, "SELECT id, created_at, as_of, weights_hash, people FROM ranking_runs WHERE id = ?");
  run.bind(1, run_id);
  if (!run.executeStep()) {
    return false;
  }
  out.run_id = run.getColumn(0).getInt64();
  out.created_at = run.getColumn(1).getString();
  out.as_of = run.getColumn(2).getString();
  out.weights_hash = run.getColumn(3).getString();
  out.ranked_people = run.getColumn(4).getInt64();
  return true;
}

bool read_score(SQLite::Database& db, std::int64_t run_id, std::int64_t person_id, StoredScore& out)
{
  SQLite::Statement score(db, "SELECT total, rank, specialization FROM scores WHERE run_id = ? AND person_id = ?");
  score.bind(1, run_id);
  score.bind(2, person_id);
  if (!score.executeStep()) {
    return false;
  }
  out.person_id = person_id;
  out.total = score.getColumn(0).getDouble();
  out.rank = score.getColumn(1).getInt64();
  out.specialisation = score.getColumn(2).getString();
  return true;
}

// Components in signal order, specialisations best first, evidence as written.
void read_details(SQLite::Database& db, std::int64_t run_id, StoredScore& out)
{
  SQLite::Statement components(
    db,
    "SELECT signal, value, weight, contribution, explanation FROM score_components WHERE run_id = ? AND person_id = ?");
  components.bind(1, run_id);
  components.bind(2, out.person_id);
  while (components.executeStep()) {
    out.components.push_back({components.getColumn(0).getString(), components.getColumn(1).getDouble(),
                              components.getColumn(2).getDouble(), components.getColumn(3).getDouble(),
                              components.getColumn(4).getString()});
  }
  std::sort(out.components.begin(), out.components.end(), [](const StoredComponent& a, const StoredComponent& b) {
    const auto order = [](const std::string& s) {
      return std::find(k_signals.begin(), k_signals.end(), s) - k_signals.begin();
    };
    return order(a.signal) < order(b.signal);
  });
  SQLite::Statement specs(
    db,
    "SELECT specialisation, score, contributions, own_repos, models, papers, breadth, depth FROM specialisation_scores "
    "WHERE run_id = ? AND person_id = ? ORDER BY score DESC, specialisation");
  specs.bind(1, run_id);
  specs.bind(2, out.person_id);
  while (specs.executeStep()) {
    StoredSpecialisation spec{specs.getColumn(0).getString(), specs.getColumn(1).getDouble(), {}};
    for (std::size_t i = 0; i < k_stored_signals; ++i) {
      spec.contributions[i] = specs.getColumn(static_cast<int>(2 + i)).getDouble();
    }
    out.specialisations.push_back(spec);
  }
  SQLite::Statement evidence(
    db, "SELECT signal, description, url FROM score_evidence WHERE run_id = ? AND person_id = ? ORDER BY position");
  evidence.bind(1, run_id);
  evidence.bind(2, out.person_id);
  while (evidence.executeStep()) {
    out.evidence.push_back(
      {evidence.getColumn(0).getString(), evidence.getColumn(1).getString(), evidence.getColumn(2).getString()});
  }
}

std::string key_of(const std::vector<std::string>& keys, int spec)
{
  return spec >= 0 && static_cast<std::size_t>(spec) < keys.size() ? keys[static_cast<std::size_t>(spec)] : "";
}

// A person without detail rows (below the explained top): overall and per-specialisation
// scores from the run's blocks; no components or evidence.
bool read_block_score(SQLite::Database& db, std::int64_t run_id, std::int64_t person_id, StoredScore& out)
{
  bool found = false;
  read_score_blocks(
    db, run_id, [&](const BlockPerson& person, std::int64_t rank, const std::vector<std::string>& keys) {
      if (found || person.person_id != person_id) {
        return;
      }
      found = true;
      out.person_id = person_id;
      out.total = person.total;
      out.rank = rank;
      out.specialisation = key_of(keys, person.primary);
      for (const BlockSpecScore& spec : person.specs) {
        out.specialisations.push_back({key_of(keys, spec.spec), spec.score, {}});
      }
      std::stable_sort(out.specialisations.begin(), out.specialisations.end(),
                       [](const StoredSpecialisation& a, const StoredSpecialisation& b) { return a.score > b.score; });
    });
  return found;
}

}  // namespace

std::optional<PersonRanking> read_person_ranking(Database& db, std::int64_t person_id, std::int64_t run_id)
{
  if (db.schema_version() < 5) {
    return std::nullopt;  // an older database: `scout rank` migrates it
  }
  try {
    PersonRanking ranking;
    const std::int64_t run = run_id != 0 ? run_id : latest_ranking_run(db);
    if (run == 0 || !read_run(db.sql(), run, ranking)) {
      return std::nullopt;
    }
    if (read_score(db.sql(), run, person_id, ranking.score)) {
      read_details(db.sql(), run, ranking.score);
    } else if (db.schema_version() < 7 || !read_block_score(db.sql(), run, person_id, ranking.score)) {
      return std::nullopt;
    }
    return ranking;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading the scores of person " + std::to_string(person_id) + " failed: " + e.what());
  }
}

}  // namespace scout::store
