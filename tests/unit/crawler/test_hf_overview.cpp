#include "test_hf_support.hpp"

#include <doctest/doctest.h>

using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::parse_hf;
using scout::test::task_lines;

TEST_SUITE("crawler::hf::overview")
{
  TEST_CASE("a user overview gives a user record with counts, orgs and Unicode intact")
  {
    const auto output = parse_hf(HfPage{"hf.user_overview", "https://huggingface.co/api/users/zoe-lk/overview",
                                        hf_fixture("user_overview_zoe.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.hf_authors.size() == 1);
    const auto& user = output.records.hf_authors[0];
    CHECK(user.name == "zoe-lk");
    CHECK(user.kind == "user");
    CHECK(user.fullname == "Zoë Łukasiewicz-张");
    CHECK(user.is_pro == true);
    CHECK(user.num_models == 14);
    CHECK(user.num_datasets == 3);
    CHECK(user.num_spaces == 2);
    CHECK(user.num_papers == 4);
    CHECK(user.num_followers == 733);
    CHECK(user.orgs == std::vector<std::string>{"lumen-lab", "ai-guild"});  // the entry without a name is skipped
    CHECK(user.details == "Post-training & evals. Ex-lumen-lab.");
    CHECK(user.created_at.empty());
    CHECK(output.records.evidence.empty());  // no link in the bio
    // Three datasets and two Spaces counted: both listings are asked for.
    CHECK(task_lines(output)
          == std::vector<std::string>{
            "hf.author_datasets https://huggingface.co/api/datasets?author=zoe-lk&limit=100&expand[]=author"
            "&expand[]=createdAt&expand[]=downloads&expand[]=downloadsAllTime&expand[]=lastModified&expand[]=likes"
            "&expand[]=tags",
            "hf.author_spaces https://huggingface.co/api/spaces?author=zoe-lk&limit=100&expand[]=author"
            "&expand[]=createdAt&expand[]=lastModified&expand[]=likes&expand[]=sdk&expand[]=tags"});
  }

  TEST_CASE("an organisation overview tolerates missing fields")
  {
    const auto output =
      parse_hf(HfPage{"hf.org_overview", "https://huggingface.co/api/organizations/lumen-lab/overview",
                      hf_fixture("org_overview_lumen.json")});
    REQUIRE(output.error.empty());
    const auto& org = output.records.hf_authors.at(0);
    CHECK(org.name == "lumen-lab");
    CHECK(org.kind == "org");
    CHECK(org.fullname == "Lumen Lab");
    CHECK(org.num_models == 31);
    CHECK(org.num_followers == 1204);
    CHECK_FALSE(org.is_pro.has_value());
    CHECK_FALSE(org.num_papers.has_value());
    CHECK(org.orgs.empty());
  }

  TEST_CASE("a nearly empty overview takes its name from the URL")
  {
    const auto output =
      parse_hf(HfPage{"hf.org_overview", "https://huggingface.co/api/organizations/ai-guild/overview", "{}"});
    REQUIRE(output.error.empty());
    CHECK(output.records.hf_authors.at(0).name == "ai-guild");
    CHECK_FALSE(output.records.hf_authors.at(0).num_models.has_value());
  }

  TEST_CASE("a 404 user may be an organisation: ask for its org overview")
  {
    const std::string api = "http://127.0.0.1:8123";
    for (const long status : {404L, 410L}) {
      CAPTURE(status);
      HfPage page{"hf.user_overview", api + "/api/users/lumen-lab/overview", R"({"error":"User not found"})", status};
      const auto output = parse_hf(page, api);
      CHECK(output.error.empty());
      CHECK(output.records.empty());
      CHECK(task_lines(output)
            == std::vector<std::string>{"hf.org_overview " + api + "/api/organizations/lumen-lab/overview"});
      CHECK(output.new_tasks.at(0).parent_id == 42);
    }
  }

  TEST_CASE("a 404 organisation is simply absent")
  {
    HfPage page{"hf.org_overview", "https://huggingface.co/api/organizations/nobody/overview", "Not Found", 404};
    const auto output = parse_hf(page);
    CHECK(output.error.empty());
    CHECK(output.records.empty());
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("wrong types and non-JSON overviews are errors")
  {
    const std::string url = "https://huggingface.co/api/users/zoe-lk/overview";
    CHECK(parse_hf(HfPage{"hf.user_overview", url, R"({"user":"zoe-lk","numModels":"14"})"}).error
          == url + ": field 'numModels': expected integer, got string");
    CHECK(parse_hf(HfPage{"hf.user_overview", url, R"({"user":"zoe-lk","orgs":{}})"}).error
          == url + ": field 'orgs': expected array, got object");
    CHECK(parse_hf(HfPage{"hf.user_overview", url, "[]"}).error
          == url + ": expected a JSON object (an overview), got array");
    const std::string html_error = parse_hf(HfPage{"hf.user_overview", url, hf_fixture("error_page.html")}).error;
    CHECK(html_error.rfind(url + ": expected JSON, got \"<!DOCTYPE", 0) == 0);
  }
}
