#include "store/shortlist_reader.hpp"

#include "common/error.hpp"
#include "store/ranking_blocks.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <unordered_map>

namespace scout::store {

namespace {

using PersonIndex = std::unordered_map<std::int64_t, std::size_t>;

std::string text(SQLite::Statement& row, int column)
{
  return row.getColumn(column).isNull() ? "" : row.getColumn(column).getString();
}

std::int64_t resolve_run(SQLite::Database& db, std::int64_t run_id)
{
  if (run_id == 0) {
    SQLite::Statement latest(db, "SELECT max(id) FROM ranking_runs");
    if (!latest.executeStep() || latest.getColumn(0).isNull()) {
      throw Error("no ranking run yet: run `scout link` and `scout rank` first");
    }
    return latest.getColumn(0).getInt64();
  }
  SQLite::Statement exists(db, "SELECT 1 FROM ranking_runs WHERE id = ?");
  exists.bind(1, run_id);
  if (!exists.executeStep()) {
    throw Error("ranking run " + std::to_string(run_id) + " does not exist (scout status lists the runs)");
  }
  return run_id;
}

void read_run(SQLite::Database& db, RankedRun& run)
{
  SQLite::Statement query(db, "SELECT created_at, as_of, weights_hash FROM ranking_runs WHERE id = ?");
  query.bind(1, run.id);
  query.executeStep();
  run.created_at = text(query, 0);
  run.as_of = text(query, 1);
  run.weights_hash = text(query, 2);
}

PersonIndex read_scores(SQLite::Database& db, RankedRun& run)
{
  SQLite::Statement query(
    db,
    "SELECT s.person_id, s.total, s.rank, s.specialization, coalesce(p.display_name, '')"
    " FROM scores s LEFT JOIN people p ON p.id = s.person_id WHERE s.run_id = ? ORDER BY s.rank, s.person_id");
  query.bind(1, run.id);
  PersonIndex index;
  while (query.executeStep()) {
    RankedPerson person;
    person.person_id = query.getColumn(0).getInt64();
    person.total = query.getColumn(1).getDouble();
    person.rank = query.getColumn(2).getInt();
    person.specialisation = text(query, 3);
    person.name = text(query, 4);
    index.emplace(person.person_id, run.people.size());
    run.people.push_back(std::move(person));
  }
  return index;
}

// The people below the explained top: scores from the run's blocks, no signals or
// evidence; then everyone by rank again.
void read_block_people(SQLite::Database& db, RankedRun& run, PersonIndex& index)
{
  read_score_blocks(db, run.id, [&](const BlockPerson& block, std::int64_t rank, const std::vector<std::string>& keys) {
    if (index.count(block.person_id) != 0) {
      return;
    }
    RankedPerson person;
    person.person_id = block.person_id;
    person.total = block.total;
    person.rank = static_cast<int>(rank);
    const auto key = [&](int spec) {
      return spec >= 0 && static_cast<std::size_t>(spec) < keys.size() ? keys[static_cast<std::size_t>(spec)] : "";
    };
    person.specialisation = key(block.primary);
    for (const BlockSpecScore& spec : block.specs) {
      person.specialisations[key(spec.spec)] = spec.score;
    }
    index.emplace(person.person_id, run.people.size());
    run.people.push_back(std::move(person));
  });
  std::stable_sort(run.people.begin(), run.people.end(),
                   [](const RankedPerson& a, const RankedPerson& b) { return a.rank < b.rank; });
  index.clear();
  for (std::size_t i = 0; i < run.people.size(); ++i) {
    index.emplace(run.people[i].person_id, i);
  }
  SQLite::Statement names(db, "SELECT id, display_name FROM people");
  while (names.executeStep()) {
    if (const auto found = index.find(names.getColumn(0).getInt64());
        found != index.end() && run.people[found->second].name.empty()) {
      run.people[found->second].name = text(names, 1);
    }
  }
}

void read_specialisations(SQLite::Database& db, RankedRun& run, const PersonIndex& index)
{
  SQLite::Statement query(db, "SELECT person_id, specialisation, score FROM specialisation_scores WHERE run_id = ?");
  query.bind(1, run.id);
  while (query.executeStep()) {
    if (const auto found = index.find(query.getColumn(0).getInt64()); found != index.end()) {
      run.people[found->second].specialisations[text(query, 1)] = query.getColumn(2).getDouble();
    }
  }
}

void read_signals(SQLite::Database& db, RankedRun& run, const PersonIndex& index)
{
  SQLite::Statement query(
    db,
    "SELECT person_id, signal, value, weight, contribution, explanation FROM score_components WHERE run_id = ?"
    " ORDER BY person_id, contribution DESC, signal");
  query.bind(1, run.id);
  while (query.executeStep()) {
    if (const auto found = index.find(query.getColumn(0).getInt64()); found != index.end()) {
      run.people[found->second].signals.push_back({text(query, 1), query.getColumn(2).getDouble(),
                                                   query.getColumn(3).getDouble(), query.getColumn(4).getDouble(),
                                                   text(query, 5)});
    }
  }
}

void read_evidence(SQLite::Database& db, RankedRun& run, const PersonIndex& index)
{
  SQLite::Statement query(db,
                          "SELECT person_id, signal, description, url FROM score_evidence WHERE run_id = ? ORDER BY "
                          "person_id, signal, position");
  query.bind(1, run.id);
  while (query.executeStep()) {
    if (const auto found = index.find(query.getColumn(0).getInt64()); found != index.end()) {
      run.people[found->second].evidence.push_back({text(query, 1), text(query, 2), text(query, 3)});
    }
  }
}

// Accounts with their first-seen time and, for GitHub, the profile's location (the only
// location any source publishes).
void read_accounts(SQLite::Database& db, RankedRun& run, const PersonIndex& index)
{
  SQLite::Statement query(
    db,
    "SELECT pa.person_id, a.source, a.handle, a.kind, a.first_seen_at, coalesce(g.location, ''),"
    " coalesce(a.display_name, '')"
    " FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id"
    " LEFT JOIN github_profiles g ON g.account_id = a.id ORDER BY pa.person_id, a.source, a.handle");
  while (query.executeStep()) {
    const auto found = index.find(query.getColumn(0).getInt64());
    if (found == index.end()) {
      continue;
    }
    RankedPerson& person = run.people[found->second];
    RankedAccount account{text(query, 1), text(query, 2), text(query, 3), text(query, 6), text(query, 4)};
    if (person.first_seen_at.empty() || account.first_seen_at < person.first_seen_at) {
      person.first_seen_at = account.first_seen_at;
    }
    if (person.location.empty()) {
      person.location = text(query, 5);
    }
    person.accounts.push_back(std::move(account));
  }
}

}  // namespace

std::map<std::string, std::int64_t> read_person_of_accounts(Database& db)
{
  try {
    std::map<std::string, std::int64_t> people;
    SQLite::Statement query(
      db.sql(),
      "SELECT a.source, a.handle, pa.person_id FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id");
    while (query.executeStep()) {
      people.emplace(text(query, 0) + ":" + text(query, 1), query.getColumn(2).getInt64());
    }
    return people;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot read people: " + e.what());
  }
}

RankedRun read_ranked_run(Database& db, std::int64_t run_id)
{
  try {
    RankedRun run;
    run.id = resolve_run(db.sql(), run_id);
    read_run(db.sql(), run);
    PersonIndex index = read_scores(db.sql(), run);
    if (db.schema_version() >= 7) {
      read_block_people(db.sql(), run, index);
    }
    read_specialisations(db.sql(), run, index);
    read_signals(db.sql(), run, index);
    read_evidence(db.sql(), run, index);
    read_accounts(db.sql(), run, index);
    return run;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot read ranking run: " + e.what());
  }
}

}  // namespace scout::store
