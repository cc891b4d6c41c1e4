#pragma once

#include "ranker/rank_input.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::app {

// The crawled rows of the people a run explains (store::read_rank_input_of: their accounts,
// repositories owned and contributed to, models, papers), looked up again for them alone:
// for the few thousand people of a million-person run, tens of thousands of lookups, the
// slowest part of a re-rank. The rows of the last run's explained people are kept in a
// file beside the database (store::RankingCache::explained_rows) under the crawl state's
// fingerprint, so a weight change reads only the people it newly explains; any crawl,
// erasure or `scout link` changes the fingerprint and the cache misses.
//
// `people` in the order the rows are wanted. With `use_cache` false (`scout rank --fresh`)
// every person is read; the cache is rewritten either way when rows were read. The result
// holds `people` alone, in order, with their rows as store::read_rank_input_of gives them.
ranker::RankInput read_explained_rows(store::Database& db, const std::vector<std::int64_t>& people,
                                      store::MainConnection reads, const std::string& fingerprint, bool use_cache);

// The cache's bytes: every field of every row, lengths before strings and lists.
std::string encode_rank_rows(const ranker::RankInput& rows);
// nullopt for bytes of another format or cut short.
std::optional<ranker::RankInput> decode_rank_rows(std::string_view bytes);

}  // namespace scout::app
