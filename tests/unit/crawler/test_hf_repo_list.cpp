// Hugging Face datasets and Spaces by author, and what identity needs from an overview
// (issue 12), on fixtures in the shapes of huggingface_hub's DatasetInfo / SpaceInfo / User.
#include "test_hf_support.hpp"

#include <doctest/doctest.h>

using scout::test::count_kind;
using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::parse_hf;
using scout::test::task_lines;

namespace {

const std::string k_datasets_url =
  "https://huggingface.co/api/datasets?author=zoe-lk&limit=100&expand[]=author&expand[]=createdAt&expand[]=downloads"
  "&expand[]=downloadsAllTime&expand[]=lastModified&expand[]=likes&expand[]=tags";
const std::string k_spaces_url =
  "https://huggingface.co/api/spaces?author=zoe-lk&limit=100&expand[]=author&expand[]=createdAt&expand[]=lastModified"
  "&expand[]=likes&expand[]=sdk&expand[]=tags";

}  // namespace

TEST_SUITE("crawler::hf::datasets and spaces")
{
  TEST_CASE("an author's datasets keep tags, likes, both download counts and dates")
  {
    const auto output = parse_hf(HfPage{"hf.author_datasets", k_datasets_url, hf_fixture("datasets_author_zoe.json")});
    REQUIRE(output.error.empty());
    const auto& datasets = output.records.hf_datasets;
    REQUIRE(datasets.size() == 2);
    CHECK(datasets[0].id == "zoe-lk/ultrafeedback-pl");
    CHECK(datasets[0].author == "zoe-lk");
    CHECK(datasets[0].likes == 27);
    CHECK(datasets[0].downloads == 1832);
    CHECK(datasets[0].downloads_all_time == 40211);
    CHECK(datasets[0].created_at == "2024-07-25T11:02:03.000Z");
    CHECK(datasets[0].last_modified == "2025-03-01T08:15:00.000Z");
    CHECK(datasets[0].tags.size() == 8);
    CHECK(datasets[0].tags[6] == "arxiv:2310.01377");
    CHECK(datasets[1].tags.empty());
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("an author's Spaces keep their SDK")
  {
    const auto output = parse_hf(HfPage{"hf.author_spaces", k_spaces_url, hf_fixture("spaces_author_zoe.json")});
    REQUIRE(output.error.empty());
    const auto& spaces = output.records.hf_spaces;
    REQUIRE(spaces.size() == 2);
    CHECK(spaces[0].id == "zoe-lk/pl-chat-arena");
    CHECK(spaces[0].sdk == "gradio");
    CHECK(spaces[0].likes == 64);
    CHECK(spaces[1].sdk == "docker");
    CHECK(spaces[1].tags == std::vector<std::string>{"docker", "agents", "region:us"});
    CHECK(spaces[1].last_modified == "2025-09-12T07:00:00.000Z");
  }

  TEST_CASE("an empty listing and a short entry")
  {
    CHECK(parse_hf(HfPage{"hf.author_spaces", k_spaces_url, "[]"}).records.empty());
    // Only the id: the author comes from it, the counts read as none.
    const auto output = parse_hf(HfPage{"hf.author_datasets", k_datasets_url, R"([{"id":"zoe-lk/x"}])"});
    REQUIRE(output.error.empty());
    const auto& dataset = output.records.hf_datasets.at(0);
    CHECK(dataset.author == "zoe-lk");
    CHECK(dataset.likes == 0);
    CHECK_FALSE(dataset.downloads.has_value());
    CHECK(dataset.created_at.empty());
  }

  TEST_CASE("the next page follows the Link header, as for models")
  {
    HfPage page{"hf.author_datasets", k_datasets_url, hf_fixture("datasets_author_zoe.json")};
    const std::string next = "https://huggingface.co/api/datasets?author=zoe-lk&limit=100&cursor=eyJfaWQiOiJ4In0";
    page.headers.add("Link", "<" + next + ">; rel=\"next\"");
    const auto output = parse_hf(page);
    REQUIRE(output.new_tasks.size() == 1);
    CHECK(output.new_tasks[0].url == next);
    CHECK(output.new_tasks[0].kind == "hf.author_datasets");
    CHECK(output.new_tasks[0].subject.page == 2);
  }

  TEST_CASE("bad answers fail the task naming the endpoint and the field")
  {
    CHECK(parse_hf(HfPage{"hf.author_datasets", k_datasets_url, hf_fixture("datasets_bad_likes.json")}).error
          == k_datasets_url + ": field 'likes' of dataset 0: expected integer, got string");
    CHECK(parse_hf(HfPage{"hf.author_spaces", k_spaces_url, R"([{"likes":3}])"}).error
          == k_spaces_url + ": field 'id' of Space 0: expected string, got nothing");
    CHECK(parse_hf(HfPage{"hf.author_spaces", k_spaces_url, R"({"error":"Invalid username"})"}).error
          == k_spaces_url + ": expected a JSON array of Spaces, got object");
    const std::string cut = parse_hf(HfPage{"hf.author_datasets", k_datasets_url, R"([{"id": "zoe-lk/ul)"}).error;
    CHECK(cut.rfind(k_datasets_url + ": expected JSON", 0) == 0);
  }
}

TEST_SUITE("crawler::hf::overview identity")
{
  const std::string k_url = "https://huggingface.co/api/users/ana-ml/overview";

  TEST_CASE("the bio and createdAt are kept, the bio's links become evidence")
  {
    const auto output = parse_hf(HfPage{"hf.user_overview", k_url, hf_fixture("user_overview_links.json")});
    REQUIRE(output.error.empty());
    const auto& user = output.records.hf_authors.at(0);
    CHECK(user.created_at == "2022-06-14T09:30:00.000Z");
    CHECK(user.details.find("Preference data") == 0);
    // The link to the account itself is no evidence.
    std::vector<std::string> rows;
    for (const auto& e : output.records.evidence) {
      CHECK(e.kind == "hf_profile_details");
      CHECK(e.from_handle == "ana-ml");
      CHECK(e.source_url == k_url);
      rows.push_back(e.to_ref + " " + std::to_string(e.confidence).substr(0, 3));
    }
    CHECK(
      rows
      == std::vector<std::string>{"github:ana-ml 0.9", "arxiv:2405.01234 0.6", "hf:space/ana-ml/dpo-lite-demo 0.6"});
  }

  TEST_CASE("listings the profile counts none of are not asked for")
  {
    const auto output = parse_hf(HfPage{"hf.user_overview", k_url, hf_fixture("user_overview_links.json")});
    CHECK(count_kind(output, "hf.author_datasets") == 0);  // numDatasets 0
    CHECK(count_kind(output, "hf.author_spaces") == 1);    // numSpaces 1
    CHECK(output.new_tasks.at(0).subject.value == "ana-ml");
  }

  TEST_CASE("an organisation without counts is asked for both")
  {
    const auto output =
      parse_hf(HfPage{"hf.org_overview", "https://huggingface.co/api/organizations/lumen-lab/overview",
                      hf_fixture("org_overview_lumen.json")});
    CHECK(task_lines(output).size() == 2);
    CHECK(count_kind(output, "hf.author_datasets") == 1);
  }

  TEST_CASE("datasets and spaces can be switched off")
  {
    scout::crawler::HfParserOptions options{scout::test::k_hf_api};
    options.datasets = false;
    const scout::crawler::HfParser parser(options);
    scout::model::Task task;
    task.kind = "hf.user_overview";
    task.url = "https://huggingface.co/api/users/zoe-lk/overview";
    const scout::crawler::Headers headers;
    const std::string body = hf_fixture("user_overview_zoe.json");
    const auto output = parser.parse(task, {task.url, 200, &headers, body});
    REQUIRE(output.error.empty());
    CHECK(count_kind(output, "hf.author_datasets") == 0);
    CHECK(count_kind(output, "hf.author_spaces") == 1);
  }
}
