#pragma once

#include "ranker/rank_input.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace scout::store {

// What a sink computed from one batch's rows alone (see RankRowSink::prepare).
struct BatchWork {
  virtual ~BatchWork() = default;
};

// Receives the crawled rows in batches, table by table in this order: people, accounts,
// repos, contributions, models (with their tags), papers, authorships. A batch's rows are
// only valid during the call (the reader reuses them).
class RankRowSink {
public:
  virtual ~RankRowSink() = default;
  // Upper bounds of the row counts to come, before any rows.
  virtual void expect(const ranker::RowCounts& counts) { (void)counts; }
  // Work on one batch's rows alone, called on the reading threads with several batches at
  // once (so it must not touch what the in-order calls change); what it returns comes back
  // with the same rows in the in-order call. None by default.
  virtual std::unique_ptr<BatchWork> prepare(std::span<const ranker::Repo>) { return nullptr; }
  virtual std::unique_ptr<BatchWork> prepare(std::span<const ranker::Contribution>) { return nullptr; }
  virtual std::unique_ptr<BatchWork> prepare(std::span<const ranker::Model>) { return nullptr; }
  virtual std::unique_ptr<BatchWork> prepare(std::span<const ranker::Paper>) { return nullptr; }
  // In order, one call at a time.
  virtual void people(std::span<const std::int64_t> ids) = 0;
  virtual void accounts(std::span<const ranker::Account> rows) = 0;
  virtual void repos(std::span<const ranker::Repo> rows, std::unique_ptr<BatchWork> prepared) = 0;
  virtual void contributions(std::span<const ranker::Contribution> rows, std::unique_ptr<BatchWork> prepared) = 0;
  virtual void models(std::span<const ranker::Model> rows, std::unique_ptr<BatchWork> prepared) = 0;
  virtual void papers(std::span<const ranker::Paper> rows, std::unique_ptr<BatchWork> prepared) = 0;
  virtual void authorships(std::span<const ranker::Authorship> rows) = 0;
};

// How many rows a bulk read hands over at a time (and reads as one range of its key).
inline constexpr std::int64_t k_rank_rows_per_range = 65536;

// Everything the ranker reads, in one bulk pass: one scan per table, no query per person,
// tables in rowid order where their order does not matter. Only accounts linked to a
// person (`scout link`) are read. Each table is read in ranges of its key on as many
// connections as oneTBB has threads, the ranges handed to `sink` in order: the same
// rows in the same order whatever the threads or the range size.
void read_rank_rows(Database& db, RankRowSink& sink, std::int64_t rows_per_range = k_rank_rows_per_range);

// The same rows as one RankInput (small databases, tests); as_of_day is left for the caller.
ranker::RankInput read_rank_input(Database& db, std::int64_t rows_per_range = k_rank_rows_per_range);

// The rows of `people` only, in the order read_rank_rows gives them, with the repositories
// they contributed to and each paper's author count: a query per account and item, for
// the few people whose scores are explained. With MainConnection::leave_free (a file
// database), only read-only connections read, and `db` may write meanwhile.
ranker::RankInput read_rank_input_of(Database& db, const std::vector<std::int64_t>& people,
                                     MainConnection use = MainConnection::share);

// Display names of `people` (ids absent from the table are left out).
std::map<std::int64_t, std::string> read_person_names(Database& db, const std::vector<std::int64_t>& people);

// When the last finished crawl run finished ("2026-11-23T16:40:00Z"); nullopt before any.
std::optional<std::string> last_crawl_finished(Database& db);

}  // namespace scout::store
