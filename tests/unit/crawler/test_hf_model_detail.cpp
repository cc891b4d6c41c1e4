#include "test_hf_support.hpp"

#include <doctest/doctest.h>

using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::parse_hf;

namespace {

scout::crawler::ParseOutput parse_model(const std::string& fixture, const std::string& url)
{
  return parse_hf(HfPage{"hf.model", url, hf_fixture(fixture)});
}

}  // namespace

TEST_SUITE("crawler::hf::model")
{
  TEST_CASE("the full object fills cardData fields and the model-index JSON")
  {
    const auto output =
      parse_model("model_lumen_full.json", "https://huggingface.co/api/models/lumen-lab/lumen-7b-chat");
    REQUIRE(output.error.empty());
    REQUIRE(output.records.hf_models.size() == 1);
    const auto& model = output.records.hf_models[0];
    CHECK(model.id == "lumen-lab/lumen-7b-chat");
    CHECK(model.has_card_data);
    CHECK(model.card_license == "apache-2.0");
    CHECK(model.card_base_model == "mistralai/Mistral-7B-v0.1");
    CHECK(model.card_datasets == std::vector<std::string>{"HuggingFaceH4/ultrachat_200k", "lumen-lab/pairs-fr"});
    CHECK(model.card_language == std::vector<std::string>{"en", "fr"});
    CHECK(model.eval_results_json
          == R"([{"name":"lumen-7b-chat","results":[{"task":{"type":"text-generation"},"dataset":{"name":"MMLU",)"
             R"("type":"cais/mmlu"},"metrics":[{"type":"acc","value":61.2}]}]}])");
    CHECK(model.tags.size() == 11);
    CHECK(output.notes.empty());
    // Details only: the list page already asked for cards and papers.
    CHECK(output.new_tasks.empty());
    CHECK(output.records.evidence.empty());
  }

  TEST_CASE("cardData values may be a string or a list")
  {
    const auto output =
      parse_model("model_card_lists.json", "https://huggingface.co/api/models/ada-vance/tiny-reasoner-1b");
    REQUIRE(output.error.empty());
    const auto& model = output.records.hf_models.at(0);
    CHECK(model.card_license == "mit");
    CHECK(model.card_base_model == "meta-llama/Llama-3.2-1B");
    CHECK(model.card_datasets == std::vector<std::string>{"openai/gsm8k"});
    CHECK(model.card_language == std::vector<std::string>{"en"});
    CHECK(model.gated == "manual");
    // No model-index in cardData: the top-level copy is used.
    CHECK(model.eval_results_json == R"([{"name":"tiny-reasoner-1b","results":[]}])");
  }

  TEST_CASE("bad cardData values are skipped with a note and never fail the model")
  {
    const std::string url = "https://huggingface.co/api/models/kwame-osei/llm-judge-ft";
    const auto output = parse_model("model_bad_card_data.json", url);
    REQUIRE(output.error.empty());
    const auto& model = output.records.hf_models.at(0);
    CHECK(model.has_card_data);
    CHECK(model.author == "kwame-osei");
    CHECK(model.card_license.empty());
    CHECK(model.card_base_model.empty());
    CHECK(model.card_datasets == std::vector<std::string>{"kwame-osei/judgements"});
    CHECK(model.card_language.empty());
    CHECK(model.eval_results_json == "[]");
    REQUIRE(output.notes.size() == 6);
    const std::string context = url + ": model kwame-osei/llm-judge-ft: ";
    CHECK(output.notes[0] == context + "cardData.license: skipped integer (expected a string or a list of strings)");
    CHECK(output.notes[5] == context + "cardData.model-index: skipped string (expected a list)");
  }

  TEST_CASE("without cardData the card fields stay unset")
  {
    const auto output = parse_model("model_renamed.json", "https://huggingface.co/api/models/bert-base-uncased");
    REQUIRE(output.error.empty());
    const auto& model = output.records.hf_models.at(0);
    CHECK_FALSE(model.has_card_data);
    CHECK(model.card_license.empty());
    CHECK(model.eval_results_json == "[]");
  }

  TEST_CASE("after a rename the body's id is the canonical one, not the URL's")
  {
    const auto output = parse_model("model_renamed.json", "https://huggingface.co/api/models/bert-base-uncased");
    CHECK(output.records.hf_models.at(0).id == "google-bert/bert-base-uncased");
    CHECK(output.records.hf_models.at(0).author == "google-bert");
  }

  TEST_CASE("a 304 reuses the archived body like a 200")
  {
    HfPage page{"hf.model", "https://huggingface.co/api/models/lumen-lab/lumen-7b-chat",
                hf_fixture("model_lumen_full.json")};
    page.status = 304;
    CHECK(parse_hf(page).records.hf_models.size() == 1);
  }

  TEST_CASE("a body of the wrong shape is an error")
  {
    const std::string url = "https://huggingface.co/api/models/a/b";
    CHECK(parse_hf(HfPage{"hf.model", url, "[]"}).error == url + ": expected a JSON object (a model), got array");
    CHECK(parse_hf(HfPage{"hf.model", url, R"({"id":"a/b","likes":1,"downloads":"many"})"}).error
          == url + ": field 'downloads': expected integer, got string");
    CHECK(parse_hf(HfPage{"hf.model", url, "Temporary Redirect. Redirecting to /api/models/c/d"}).error
          == url + ": expected JSON, got \"Temporary Redirect. Redirecting to /api/...\"");
  }

  TEST_CASE("Unicode in the body survives")
  {
    const std::string body =
      R"({"id":"zoe-lk/modèle-été","likes":0,"downloads":0,"cardData":{"language":["日本語","français"]}})";
    const auto output = parse_hf(HfPage{"hf.model", "https://huggingface.co/api/models/zoe-lk/x", body});
    REQUIRE(output.error.empty());
    CHECK(output.records.hf_models.at(0).id == "zoe-lk/modèle-été");
    CHECK(output.records.hf_models.at(0).card_language == std::vector<std::string>{"日本語", "français"});
  }
}
