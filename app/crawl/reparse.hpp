#pragma once

#include "app/config/settings.hpp"
#include "common/log.hpp"

#include <cstdint>

namespace scout::app {

struct ReparseSummary {
  std::int64_t tasks = 0;    // archived pages parsed again
  std::int64_t failed = 0;   // pages today's parsers reject (left as they were)
};

// `scout crawl --reparse`: runs every archived response of a done task through today's
// parsers and stores the records and follow-up tasks, without a single request.
ReparseSummary reparse_archive(const config::Settings& settings, Logger& log);

}  // namespace scout::app
