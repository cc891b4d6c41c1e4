#pragma once

#include "store/database.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Statement;
class Transaction;
}  // namespace SQLite

namespace scout::store {

// One ranking run as stored: ranking_runs; every ranked person in score_blocks; and for the
// people explained (the top of the ranking and of each specialisation) scores,
// score_components (the overall score's signals), specialisation_scores and score_evidence.

struct RankingRunHeader {
  std::string created_at;
  std::string weights_path;
  std::string weights_hash;  // SHA-256 of the weights file's bytes
  std::string weights_json;  // the effective weights, for side-by-side comparison
  std::string taxonomy_hash;
  std::string as_of;
  std::string note;
  std::string specialisation_keys;  // taxonomy keys in index order, space-separated
};

struct StoredComponent {
  std::string signal;
  double value = 0;  // the raw value
  double weight = 0;
  double contribution = 0;
  std::string explanation;
};

inline constexpr std::size_t k_stored_signals = 6;  // contributions .. depth, in column order

struct StoredSpecialisation {
  std::string key;
  double score = 0;
  std::array<double, k_stored_signals> contributions{};
};

struct StoredEvidence {
  std::string signal;
  std::string description;
  std::string url;
};

struct StoredScore {
  std::int64_t person_id = 0;
  double total = 0;
  std::int64_t rank = 0;
  std::string specialisation;  // primary; empty without evidence
  std::vector<StoredComponent> components;
  std::vector<StoredSpecialisation> specialisations;
  std::vector<StoredEvidence> evidence;
};

// Writes one run inside one transaction: construct, write() the people in batches,
// finish(). Destroying it without finish() rolls the whole run back.
class RankingRunWriter {
public:
  RankingRunWriter(Database& db, const RankingRunHeader& header);
  ~RankingRunWriter();
  // The detail rows of explained people.
  void write(const std::vector<StoredScore>& scores);
  // One block of every ranked person's packed scores (store/ranking_blocks), in rank order.
  void write_block(std::string_view data, std::int64_t people);
  // Deletes, in this run's transaction, the runs older than the newest `keep` (this one
  // counted) with all their rows, except the run the latest nightly run published, which
  // the next nightly compares with; keep = 0 keeps every run. Returns how many went. The
  // new run's blocks take the pages they free, so the file stops growing.
  std::int64_t prune(std::int64_t keep);
  // Commits; returns the run id.
  std::int64_t finish();

private:
  Database& m_db;
  std::unique_ptr<SQLite::Transaction> m_transaction;
  std::unique_ptr<SQLite::Statement> m_score, m_component, m_specialisation, m_evidence, m_block;
  std::int64_t m_run_id = 0;
  std::int64_t m_people = 0;    // in blocks
  std::int64_t m_detailed = 0;  // with detail rows
  std::int64_t m_blocks = 0;
};

// A person's scores in one run, for `scout explain`.
struct PersonRanking {
  std::int64_t run_id = 0;
  std::string created_at;
  std::string as_of;
  std::string weights_hash;
  std::int64_t ranked_people = 0;
  StoredScore score;
};

// The latest run (run_id 0) or run `run_id`; nullopt when there is no such run or the
// person is not in it (a bot, or linked after the run).
std::optional<PersonRanking> read_person_ranking(Database& db, std::int64_t person_id, std::int64_t run_id);

// The latest run's id; 0 before any.
std::int64_t latest_ranking_run(Database& db);

}  // namespace scout::store
