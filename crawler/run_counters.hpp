#pragma once

#include "model/crawl_run.hpp"

namespace scout::crawler {

// What a crawl run did, for crawl_runs and `scout status`: the engine counts into it. It
// lives in model/ so that store/ writes it by name without knowing the crawler.
using RunCounters = model::RunCounters;

}  // namespace scout::crawler
