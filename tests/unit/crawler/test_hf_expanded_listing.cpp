// Model listings with expand[]: the fields they carry (downloadsAllTime, safetensors.total,
// base-model relations) and when a model still needs its own /api/models/{id}.

#include "crawler/huggingface/hf_model_json.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "test_hf_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using scout::test::count_kind;
using scout::test::has_line;
using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::k_hf_api;
using scout::test::parse_hf;
using scout::test::task_lines;

namespace {

using Base = std::pair<std::string, std::string>;

HfPage expanded_page()
{
  return HfPage{"hf.author_models", scout::crawler::hf::hf_author_models_url(k_hf_api, "lumen-lab"),
                hf_fixture("models_author_lumen_expanded.json")};
}

// One expanded listing entry, as the Hub writes it, without the member named `omit`.
std::string entry_without(const std::string& omit)
{
  const std::vector<std::pair<std::string, std::string>> members = {
    {"author", "\"lumen-lab\""},
    {"cardData", "{\"license\": \"mit\"}"},
    {"createdAt", "\"2024-07-25T09:14:10.000Z\""},
    {"downloads", "10"},
    {"downloadsAllTime", "250"},
    {"gated", "false"},
    {"lastModified", "\"2024-11-02T17:40:03.000Z\""},
    {"library_name", "\"transformers\""},
    {"likes", "2"},
    {"model-index", "[]"},
    {"pipeline_tag", "\"text-generation\""},
    {"safetensors", "{\"parameters\": {\"F32\": 124439808}, \"total\": 124439808}"},
    {"sha", "\"4f6c0d1e9a2b3c4d5e6f708192a3b4c5d6e7f809\""},
    {"tags", "[\"transformers\"]"}};
  std::string json = "[{\"_id\": \"66a1f0c2e4b0a1b2c3d4e5ff\", \"id\": \"lumen-lab/probe\"";
  for (const auto& [name, value] : members) {
    if (name != omit) {
      json += ", \"" + name + "\": " + value;
    }
  }
  return json + "}]";
}

}  // namespace

TEST_SUITE("crawler::hf::expanded_listing")
{
  TEST_CASE("an expanded entry gives downloads of 30 days and of all time, and the parameter count")
  {
    const auto output = parse_hf(expanded_page());
    REQUIRE(output.error.empty());
    REQUIRE(output.records.hf_models.size() == 4);
    const auto& chat = output.records.hf_models[0];
    CHECK(chat.downloads == 98231);
    CHECK(chat.downloads_all_time == 1204577);
    CHECK(chat.parameter_count == 7241732096);
    CHECK(chat.sha == "4f6c0d1e9a2b3c4d5e6f708192a3b4c5d6e7f809");
    CHECK(chat.created_at == "2024-07-25T09:14:10.000Z");
    // cardData rides in the listing now, so card metadata needs no request of its own.
    CHECK(chat.has_card_data);
    CHECK(chat.card_license == "apache-2.0");
    CHECK(chat.card_base_model == "mistralai/Mistral-7B-v0.1");
    CHECK(chat.eval_results_json == "[{\"name\":\"lumen-7b-chat\",\"results\":[]}]");
    const auto& gguf = output.records.hf_models[1];
    CHECK(gguf.gated == "auto");
    CHECK_FALSE(gguf.parameter_count.has_value());  // no safetensors weights
    CHECK_FALSE(output.records.hf_models[3].downloads_all_time.has_value());
  }

  TEST_CASE("each base_model relation is kept with its base model")
  {
    const auto output = parse_hf(expanded_page());
    REQUIRE(output.records.hf_models.size() == 4);
    CHECK(output.records.hf_models[0].base_models == std::vector<Base>{{"mistralai/Mistral-7B-v0.1", "finetune"}});
    CHECK(output.records.hf_models[1].base_models == std::vector<Base>{{"lumen-lab/lumen-7b-chat", "quantized"}});
    CHECK(output.records.hf_models[2].base_models
          == std::vector<Base>{{"lumen-lab/lumen-7b-chat", "adapter"}, {"lumen-lab/lumen-7b-base", "merge"}});
    // Only the plain tag: the base is known, its relation is not.
    CHECK(output.records.hf_models[3].base_models == std::vector<Base>{{"mistralai/Mistral-7B-v0.1", ""}});
    // The tags table keeps the base ids without the relation word, as before.
    using Tag = std::pair<std::string, std::string>;
    CHECK(output.records.hf_models[2].tags[2] == Tag{"base_model", "lumen-lab/lumen-7b-chat"});
  }

  TEST_CASE("the relation comes from whichever tag names it, in any order")
  {
    using scout::crawler::hf::hf_base_models;
    CHECK(hf_base_models({"base_model:quantized:a/b", "base_model:a/b"}) == std::vector<Base>{{"a/b", "quantized"}});
    CHECK(hf_base_models({"base_model:a/b", "base_model:merge:a/b"}) == std::vector<Base>{{"a/b", "merge"}});
    CHECK(hf_base_models({"base_model:", "base_model:finetune:", "region:us"}).empty());
  }

  TEST_CASE("only the entry missing a field the Hub always gives asks for /api/models/{id}")
  {
    const auto output = parse_hf(expanded_page());
    const auto lines = task_lines(output);
    CHECK(count_kind(output, "hf.model") == 1);
    CHECK(has_line(lines, "hf.model https://huggingface.co/api/models/lumen-lab/lumen-7b-base"));
    // Every model's card is still fetched (resolvers bucket).
    CHECK(count_kind(output, "hf.model_card") == 4);
  }

  TEST_CASE("an entry with every needed field queues no per-model request, one without any of them does")
  {
    const std::string url = scout::crawler::hf::hf_author_models_url(k_hf_api, "lumen-lab");
    const auto complete = parse_hf(HfPage{"hf.author_models", url, entry_without("")});
    REQUIRE(complete.error.empty());
    CHECK(count_kind(complete, "hf.model") == 0);
    CHECK(count_kind(complete, "hf.model_card") == 1);
    for (const char* field : {"author", "createdAt", "downloadsAllTime", "gated", "lastModified", "sha", "tags"}) {
      CAPTURE(field);
      const auto output = parse_hf(HfPage{"hf.author_models", url, entry_without(field)});
      REQUIRE(output.error.empty());
      CHECK(count_kind(output, "hf.model") == 1);
    }
    // A model may have no card data, pipeline, library, weights or evaluation: their absence
    // is an answer, and asking the model's own URL would not find them either.
    for (const char* field : {"cardData", "library_name", "model-index", "pipeline_tag", "safetensors"}) {
      CAPTURE(field);
      CHECK(count_kind(parse_hf(HfPage{"hf.author_models", url, entry_without(field)}), "hf.model") == 0);
    }
  }

  TEST_CASE("the full object of one model has no downloadsAllTime but its parameter count")
  {
    const auto output = parse_hf(HfPage{"hf.model", "https://huggingface.co/api/models/lumen-lab/lumen-7b-chat",
                                        hf_fixture("model_lumen_full.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.hf_models.size() == 1);
    CHECK_FALSE(output.records.hf_models[0].downloads_all_time.has_value());
    CHECK(output.records.hf_models[0].parameter_count == 7241732096);
    CHECK(output.records.hf_models[0].base_models == std::vector<Base>{{"mistralai/Mistral-7B-v0.1", "finetune"}});
  }
}
