// Hugging Face's three rate-limit buckets (api, resolvers, pages) through the whole crawl
// engine on a fake clock: a pause the server orders for one bucket holds only that bucket.
#include "crawler/crawl_engine.hpp"
#include "support/fake_clock.hpp"
#include "support/fake_crawl_backend.hpp"
#include "support/fake_http_client.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <sstream>

using namespace std::chrono_literals;
using scout::crawler::CrawlEngine;
using scout::crawler::HostKind;
using scout::crawler::HostPolicy;
using scout::crawler::ResourceCap;
using scout::crawler::RunCounters;
using scout::crawler::SourceEndpoint;
using scout::model::Source;
using scout::testing::FakeClock;

namespace {

const std::string k_hub = "https://huggingface.co";

class AcceptingParser : public scout::crawler::TaskParser {
public:
  scout::crawler::ParseOutput parse(const scout::model::Task&, const scout::crawler::FetchedPage&) const override
  {
    return {};
  }
};

// One anonymous Hugging Face source with the documented anonymous caps per bucket.
struct HubWorld {
  FakeClock clock;
  scout::testing::FakeHttpClient http{clock};
  scout::testing::FakeCrawlBackend backend;
  AcceptingParser parser;
  std::ostringstream log_text;
  scout::Logger log{log_text, scout::LogLevel::warn};
  scout::crawler::EngineOptions options;
  std::vector<SourceEndpoint> sources;

  HubWorld()
  {
    options.seed = 1;
    SourceEndpoint endpoint;
    endpoint.source = Source::huggingface;
    endpoint.api_url = k_hub;
    endpoint.policy = HostPolicy{
      HostKind::huggingface, 4, 0ms, 0, 300s, 0, {{"api", 500, 1000}, {"resolvers", 3000, 5000}, {"pages", 100, 200}}};
    endpoint.token_name = "HF_TOKEN";
    endpoint.parser = &parser;
    sources.push_back(endpoint);
  }

  RunCounters run()
  {
    CrawlEngine engine(options, sources, http, backend, clock, clock, log);
    return engine.run(std::stop_source().get_token());
  }
};

}  // namespace

TEST_SUITE("crawler::CrawlEngine Hugging Face buckets")
{
  TEST_CASE("a resolvers-bucket 429 pauses model cards for t seconds while api requests go on")
  {
    HubWorld w;
    const std::string card = k_hub + "/lumen-lab/lumen-7b/resolve/main/README.md";
    const std::string card2 = k_hub + "/lumen-lab/lumen-1b/resolve/main/README.md";
    const std::string model = k_hub + "/api/models/lumen-lab/lumen-7b";
    const std::string model2 = k_hub + "/api/models/lumen-lab/lumen-1b";
    const auto started = w.clock.now();
    const std::int64_t later = scout::to_unix_millis(started) + 1;
    w.backend.add(Source::huggingface, "hf.model_card", card);
    // Queued after the 429 arrived: the card waits with its bucket, the models do not.
    w.backend.add(Source::huggingface, "hf.model_card", card2, later);
    w.backend.add(Source::huggingface, "hf.model", model, later);
    w.backend.add(Source::huggingface, "hf.model", model2, later + 1000);
    w.http.script(card, {429,
                         {{"RateLimit", "\"resolvers\";r=0;t=120"},
                          {"RateLimit-Policy", "\"fixed window\";\"resolvers\";q=3000;w=300"}},
                         R"({"error": "Too Many Requests"})"});
    w.http.script(card, {200, {}, "# card"});
    w.http.script(card2, {200, {}, "# card"});
    w.http.script(model, {200, {{"RateLimit", "\"api\";r=499;t=300"}}, "{}"});
    w.http.script(model2, {200, {{"RateLimit", "\"api\";r=498;t=299"}}, "{}"});

    const RunCounters counters = w.run();

    REQUIRE(w.http.sent_times(model).size() == 1);
    CHECK(w.http.sent_times(model)[0] < started + 2s);
    REQUIRE(w.http.sent_times(model2).size() == 1);
    CHECK(w.http.sent_times(model2)[0] < started + 2s);
    REQUIRE(w.http.sent_times(card).size() == 2);
    CHECK(w.http.sent_times(card)[1] == started + 120s);
    REQUIRE(w.http.sent_times(card2).size() == 1);
    CHECK(w.http.sent_times(card2)[0] == started + 120s);
    CHECK(counters.tasks_done == 4);
    CHECK(counters.wait_seconds.at("huggingface.co|anonymous|resolvers") == doctest::Approx(120.0));
    CHECK(counters.wait_seconds.at("huggingface.co|anonymous|api") == doctest::Approx(0.0));
  }

  TEST_CASE("the pages cap of 100 anonymous requests per window holds pages, not api requests")
  {
    HubWorld w;
    const auto started = w.clock.now();
    for (int i = 0; i < 101; ++i) {
      const std::string page = k_hub + "/m/n" + std::to_string(i) + "/raw/main/README.md";
      w.backend.add(Source::huggingface, "hf.model_card", page);
      w.http.script(page, {200, {}, "# card"});
    }
    const std::string model = k_hub + "/api/models/m/n";
    w.backend.add(Source::huggingface, "hf.model", model, scout::to_unix_millis(started) + 1);
    w.http.script(model, {200, {}, "{}"});

    const RunCounters counters = w.run();

    REQUIRE(w.http.sent_times(model).size() == 1);
    CHECK(w.http.sent_times(model)[0] < started + 2s);
    const std::string last = k_hub + "/m/n100/raw/main/README.md";
    const std::string first = k_hub + "/m/n0/raw/main/README.md";
    REQUIRE(w.http.sent_times(last).size() == 1);
    CHECK(w.http.sent_times(last)[0] == w.http.sent_times(first)[0] + 300s);
    CHECK(counters.tasks_done == 102);
  }
}
