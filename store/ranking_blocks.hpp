#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
}

namespace scout::store {

// The packed score rows of score_blocks (format in schemas/sql/007_ranking_cache.sql):
// every ranked person of a run in ~50 bytes instead of five tables' rows.

struct BlockSpecScore {
  std::uint8_t spec = 0;  // index into the run's specialisation_keys
  double score = 0;       // stored as float: the ranking order is the blocks' order
};

struct BlockPerson {
  std::int64_t person_id = 0;
  double total = 0;
  int primary = -1;  // index into specialisation_keys; -1 without evidence
  std::span<const BlockSpecScore> specs;
};

// The bytes encode_block_person writes for a person with `spec_count` specialisations.
std::size_t block_person_size(std::size_t spec_count);

// Writes one person at `out` (block_person_size(person.specs.size()) bytes); returns the end.
char* encode_block_person(const BlockPerson& person, char* out);

// Appends one person to `data`.
void encode_block_person(const BlockPerson& person, std::string& data);

// Calls `visit` for each person of `data` in order; a truncated block ends early.
void decode_block(std::string_view data, const std::function<void(const BlockPerson&)>& visit);

// Every person of run `run_id`'s blocks, in rank order, with their rank (1 = best) and the
// run's specialisation keys (to name BlockSpecScore::spec). No blocks: no calls (a run
// written before migration 7 has all its people in `scores`).
using BlockVisitor = std::function<void(const BlockPerson&, std::int64_t rank, const std::vector<std::string>& keys)>;
void read_score_blocks(SQLite::Database& db, std::int64_t run_id, const BlockVisitor& visit);

}  // namespace scout::store
