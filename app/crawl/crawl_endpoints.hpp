#pragma once

#include "app/config/settings.hpp"
#include "crawler/crawl_engine.hpp"

namespace scout::app {

// Engine-wide options from [crawl].
crawler::EngineOptions make_engine_options(const config::CrawlSettings& crawl, std::int64_t max_requests);

// Transfer limits from [crawl].
crawler::TransferLimits make_transfer_limits(const config::CrawlSettings& crawl);

}  // namespace scout::app
