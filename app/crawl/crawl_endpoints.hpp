#pragma once

#include "app/config/settings.hpp"
#include "app/crawl/source_parsers.hpp"
#include "crawler/crawl_engine.hpp"

#include <vector>

namespace scout::app {

// The engine's view of each enabled source (and only of `only`, when not empty): base URL,
// politeness policy, tokens read from the environment, headers, budget and parser.
std::vector<crawler::SourceEndpoint>
make_endpoints(const config::Settings& settings, const std::vector<model::Source>& only, const SourceParsers& parsers);

// Engine-wide options from [crawl].
crawler::EngineOptions make_engine_options(const config::CrawlSettings& crawl, std::int64_t max_requests);

// Transfer limits from [crawl].
crawler::TransferLimits make_transfer_limits(const config::CrawlSettings& crawl);

}  // namespace scout::app
