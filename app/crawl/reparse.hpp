#pragma once

#include "app/config/settings.hpp"
#include "common/log.hpp"
#include "crawler/task_parser.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <functional>

namespace scout::app {

struct ReparseSummary {
  std::int64_t tasks = 0;   // archived pages parsed again
  std::int64_t failed = 0;  // pages today's parsers reject (left as they were)
};

// The parser for a source's pages; must outlive the reparse and be thread-safe.
using ParserFor = std::function<const crawler::TaskParser&(model::Source)>;

// `scout crawl --reparse`: runs every archived response of a done task through today's
// parsers and stores the records and follow-up tasks, without a single request.
ReparseSummary reparse_archive(const config::Settings& settings, Logger& log);

// The same on an open, migrated database with the given parsers. Pages go through the
// crawl's parse stage, so a page whose parser fails (or throws) is counted, logged and left
// as it was, and the rest of its batch is stored.
ReparseSummary reparse_archive(store::Database& db, const ParserFor& parser_for, Logger& log, std::int64_t now_ms);

}  // namespace scout::app
