#pragma once

#include "ranker/rank_input.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace scout::store {

// GitHub's contributor statistics (github_contributor_stats) held in memory for the bulk
// read of the contributions: each listed contribution takes its author's last week from
// them on the thread that read it, and the authors only the statistics name (a repository
// GitHub lists only 500 of, or refuses to list) follow the list. A join per row did the
// same in SQL at ten seconds of a million people's read; the statistics cover few
// repositories, so most rows cost one failed lookup here.
class ContributorDates {
public:
  // Reads every statistics row (a few per large repository).
  explicit ContributorDates(sqlite3* db);

  // Sets each row's last_day (a batch just read): the day of the week of the account's last
  // commit to the repository, or -1 when the statistics do not name the pair; a pair named is
  // marked listed. The filter's words are fetched a few rows ahead so that their cache misses
  // overlap. Safe from several threads at once.
  void date(std::span<ranker::Contribution> rows) const;

  // The pairs no listed contribution matched, as contributions in the table's rowid order:
  // call after every listed contribution has been looked up.
  std::vector<ranker::Contribution> unlisted() const;

private:
  static std::uint64_t key(std::string_view repo, std::int64_t account);
  bool maybe_named(std::uint64_t key) const;
  int named_day(std::uint64_t key, std::string_view repo, std::int64_t account) const;

  std::vector<ranker::Contribution> m_rows;  // rowid order, last_day set
  std::unique_ptr<std::atomic<bool>[]> m_listed;
  // key(repo, account) -> row, open addressing with linear probing: each row has its own
  // slot (a collision takes the next free one), twice as many slots as rows, and no
  // allocation per row as a map of vectors had.
  static constexpr std::uint32_t k_empty = UINT32_MAX;
  std::vector<std::uint64_t> m_slot_keys;
  std::vector<std::uint32_t> m_slot_rows;
  std::uint64_t m_slot_mask = 0;
  // One bit per key's low bits, about 8 bits a row: most contributions are in no statistics, and
  // this answers them from a megabyte or so (mostly in cache) instead of a table of millions
  // (without it the lookups were a fifth of a 1M full rank's CPU).
  std::vector<std::uint64_t> m_filter;
  std::uint64_t m_filter_mask = 0;
};

}  // namespace scout::store
