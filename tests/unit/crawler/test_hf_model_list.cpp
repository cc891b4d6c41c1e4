#include "crawler/huggingface/hf_urls.hpp"
#include "test_hf_support.hpp"

#include <doctest/doctest.h>

using scout::crawler::hf::hf_author_models_url;
using scout::test::count_kind;
using scout::test::has_line;
using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::k_hf_api;
using scout::test::parse_hf;
using scout::test::task_lines;

namespace {

const std::string k_author_url = "https://huggingface.co/api/models?author=lumen-lab&full=true&limit=100";
const std::string k_search_url = "https://huggingface.co/api/models?search=llm&full=true&limit=100";

HfPage author_page() { return HfPage{"hf.author_models", k_author_url, hf_fixture("models_author_lumen_page1.json")}; }

}  // namespace

TEST_SUITE("crawler::hf::model_list")
{
  TEST_CASE("an author page gives one record per model with the list fields")
  {
    const auto output = parse_hf(author_page());
    REQUIRE(output.error.empty());
    REQUIRE(output.records.hf_models.size() == 3);
    const auto& chat = output.records.hf_models[0];
    CHECK(chat.id == "lumen-lab/lumen-7b-chat");
    CHECK(chat.author == "lumen-lab");
    CHECK(chat.downloads == 98231);
    CHECK(chat.likes == 412);
    CHECK(chat.pipeline_tag == "text-generation");
    CHECK(chat.library_name == "transformers");
    CHECK(chat.created_at == "2024-07-25T09:14:10.000Z");
    CHECK(chat.last_modified == "2024-11-02T17:40:03.000Z");
    CHECK(chat.sha == "4f6c0d1e9a2b3c4d5e6f708192a3b4c5d6e7f809");
    CHECK(chat.gated == "false");
    CHECK_FALSE(chat.has_card_data);
    CHECK(chat.eval_results_json == "[]");
    CHECK(output.records.hf_models[1].gated == "auto");
    const auto& lora = output.records.hf_models[2];
    CHECK(lora.author == "lumen-lab");  // no author field: taken from the id
    CHECK(lora.pipeline_tag.empty());
    CHECK(lora.last_modified.empty());
    CHECK(lora.gated == "false");
  }

  TEST_CASE("tags are split into arxiv, base_model, dataset, license and plain tags")
  {
    const auto output = parse_hf(author_page());
    REQUIRE(output.records.hf_models.size() == 3);
    using Tag = std::pair<std::string, std::string>;
    const auto& chat_tags = output.records.hf_models[0].tags;
    CHECK(chat_tags.size() == 14);
    CHECK(chat_tags[0] == Tag{"tag", "transformers"});
    CHECK(chat_tags[6] == Tag{"dataset", "HuggingFaceH4/ultrachat_200k"});
    CHECK(chat_tags[7] == Tag{"arxiv", "2305.18290"});
    CHECK(chat_tags[9] == Tag{"base_model", "mistralai/Mistral-7B-v0.1"});
    CHECK(chat_tags[10] == Tag{"base_model", "mistralai/Mistral-7B-v0.1"});
    CHECK(chat_tags[11] == Tag{"license", "apache-2.0"});
    CHECK(chat_tags[13] == Tag{"tag", "region:us"});
    const auto& lora_tags = output.records.hf_models[2].tags;
    CHECK(lora_tags[2] == Tag{"base_model", "lumen-lab/lumen-7b-chat"});
    CHECK(lora_tags[3] == Tag{"base_model", "lumen-lab/lumen-7b-base"});
    CHECK(output.records.hf_models[1].tags[4] == Tag{"base_model", "lumen-lab/lumen-7b-chat"});
  }

  TEST_CASE(
    "each model asks for its details and card, arXiv tags ask for nothing (the stored papers' pages are planned)")
  {
    const auto output = parse_hf(author_page());
    const auto lines = task_lines(output);
    CHECK(has_line(lines, "hf.model https://huggingface.co/api/models/lumen-lab/lumen-7b-chat"));
    CHECK(has_line(lines, "hf.model_card https://huggingface.co/lumen-lab/lumen-7b-chat/resolve/main/README.md"));
    CHECK(has_line(lines, "hf.model https://huggingface.co/api/models/lumen-lab/lumen-style-lora"));
    CHECK(count_kind(output, "hf.model") == 3);
    CHECK(count_kind(output, "hf.model_card") == 3);
    // The Hub pages of 2305.18290 and 2310.16944 are asked once the papers are stored
    // (app/crawl/follow_up_rounds), with every other stored paper's.
    CHECK(count_kind(output, "hf.paper") == 0);
    for (const auto& task : output.new_tasks) {
      CHECK(task.source == scout::model::Source::huggingface);
      CHECK(task.parent_id == 42);
    }
  }

  TEST_CASE("every arXiv tag is evidence from the model's author")
  {
    const auto output = parse_hf(author_page());
    const auto& evidence = output.records.evidence;
    REQUIRE(evidence.size() == 3);
    CHECK(evidence[0].from_source == "huggingface");
    CHECK(evidence[0].from_handle == "lumen-lab");
    CHECK(evidence[0].to_ref == "arxiv:2305.18290");
    CHECK(evidence[0].kind == "hf_arxiv_tag");
    CHECK(evidence[0].detail == "lumen-lab/lumen-7b-chat");
    CHECK(evidence[0].source_url == k_author_url);
    CHECK(evidence[1].to_ref == "arxiv:2310.16944");
    CHECK(evidence[2].detail == "lumen-lab/lumen-7b-chat-GGUF");
  }

  TEST_CASE("the first author page asks for the author's profile, later pages do not")
  {
    auto page = author_page();
    CHECK(has_line(task_lines(parse_hf(page)), "hf.user_overview https://huggingface.co/api/users/lumen-lab/overview"));
    page.url = k_author_url + "&cursor=eyJfaWQiOiI2NmExIn0%3D";
    CHECK(count_kind(parse_hf(page), "hf.user_overview") == 0);
    CHECK(count_kind(parse_hf(page), "hf.author_models") == 0);
  }

  TEST_CASE("Link rel=next is followed verbatim as the same kind")
  {
    auto page = author_page();
    const std::string next = k_author_url + "&cursor=eyJfaWQiOnsiJGd0IjoiNjZhMSJ9fQ%3D%3D";
    page.headers.add("Link", "<" + next + ">; rel=\"next\"");
    const auto lines = task_lines(parse_hf(page));
    CHECK(has_line(lines, "hf.author_models " + next));
    CHECK(count_kind(parse_hf(author_page()), "hf.author_models") == 0);
  }

  TEST_CASE("a search page asks for every distinct author's models and profile")
  {
    HfPage page{"hf.model_search", k_search_url, hf_fixture("models_search_llm.json")};
    page.headers.add("link",
                     "<https://huggingface.co/api/models?search=llm&full=true&limit=100&cursor=abc>; rel=\"next\"");
    const auto output = parse_hf(page);
    REQUIRE(output.error.empty());
    CHECK(output.records.hf_models.size() == 4);
    CHECK(output.records.hf_models[2].author == "kwame-osei");
    CHECK(output.records.hf_models[3].pipeline_tag.empty());  // null
    const auto lines = task_lines(output);
    CHECK(count_kind(output, "hf.author_models") == 3);
    CHECK(count_kind(output, "hf.user_overview") == 3);
    CHECK(has_line(lines, "hf.author_models " + hf_author_models_url(k_hf_api, "ada-vance")));
    CHECK(has_line(lines, "hf.author_models " + hf_author_models_url(k_hf_api, "lumen-lab")));
    CHECK(has_line(lines, "hf.author_models " + hf_author_models_url(k_hf_api, "kwame-osei")));
    CHECK(has_line(lines, "hf.user_overview https://huggingface.co/api/users/kwame-osei/overview"));
    CHECK(
      has_line(lines, "hf.model_search https://huggingface.co/api/models?search=llm&full=true&limit=100&cursor=abc"));
    CHECK(count_kind(output, "hf.paper") == 0);
    CHECK(output.records.evidence.size() == 2);
  }

  TEST_CASE("follow-up URLs are built on the configured API base")
  {
    const std::string api = "http://127.0.0.1:8123";
    HfPage page{"hf.model_search", api + "/api/models?search=llm&full=true&limit=100",
                hf_fixture("models_search_llm.json")};
    const auto lines = task_lines(parse_hf(page, api));
    CHECK(has_line(lines, "hf.model " + api + "/api/models/ada-vance/tiny-reasoner-1b"));
    CHECK(has_line(lines, "hf.model_card " + api + "/kwame-osei/llm-judge-ft/resolve/main/README.md"));
    CHECK(has_line(lines, "hf.user_overview " + api + "/api/users/ada-vance/overview"));
  }

  TEST_CASE("an empty page is a valid last page")
  {
    const auto output = parse_hf(HfPage{"hf.author_models", k_author_url, "[]"});
    CHECK(output.error.empty());
    CHECK(output.records.empty());
    CHECK(task_lines(output)
          == std::vector<std::string>{"hf.user_overview https://huggingface.co/api/users/lumen-lab/overview"});
  }

  TEST_CASE("a bad page is an error naming the URL and the field, with nothing else kept")
  {
    struct Row {
      const char* fixture;
      std::string expected;
    };
    const Row rows[] = {
      {"models_bad_downloads.json", k_search_url + ": field 'downloads' of model 3: expected integer, got string"},
      {"models_missing_id.json", k_search_url + ": field 'id' of model 1: expected string, got nothing"},
      {"models_error_object.json", k_search_url + ": expected a JSON array of models, got object"},
      {"error_page.html", k_search_url + ": expected JSON, got \"<!DOCTYPE html> <html class=\"\"> <head><m...\""},
    };
    for (const Row& row : rows) {
      CAPTURE(row.fixture);
      const auto output = parse_hf(HfPage{"hf.model_search", k_search_url, hf_fixture(row.fixture)});
      CHECK(output.error == row.expected);
      CHECK(output.records.empty());
      CHECK(output.new_tasks.empty());
    }
  }

  TEST_CASE("wrong types of optional fields and non-object entries are errors too")
  {
    const std::string base = R"("_id":"x","id":"a/b","likes":1,"downloads":2)";
    struct Row {
      std::string body;
      std::string expected;
    };
    const Row rows[] = {
      {"[{" + base + R"(,"tags":"llm"}])", "field 'tags' of model 0: expected array of strings, got string"},
      {"[{" + base + R"(,"tags":["a",7]}])", "field 'tags' of model 0: expected array of strings, got integer"},
      {R"([{"id":"a/b","likes":1.5,"downloads":2}])", "field 'likes' of model 0: expected integer, got number"},
      {"[{" + base + R"(,"gated":7}])", "field 'gated' of model 0: expected boolean or string, got integer"},
      {"[{" + base + "}, 3]", "model 1: expected object, got integer"},
      {"[{" + base, "expected JSON, got malformed JSON at byte 46: Missing a comma or '}' after an object member."},
      {"  ", "expected JSON, got an empty body"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.body);
      const auto output = parse_hf(HfPage{"hf.author_models", k_author_url, row.body});
      CHECK(output.error == k_author_url + ": " + row.expected);
    }
  }
}
