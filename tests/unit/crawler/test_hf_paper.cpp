#include "test_hf_support.hpp"

#include <doctest/doctest.h>

using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::parse_hf;

namespace {

const std::string k_paper_url = "https://huggingface.co/api/papers/2305.18290";

}  // namespace

TEST_SUITE("crawler::hf::paper")
{
  TEST_CASE("every author with a linked account is a paper claim")
  {
    const auto output = parse_hf(HfPage{"hf.paper", k_paper_url, hf_fixture("paper_2305_18290.json")});
    REQUIRE(output.error.empty());
    const auto& evidence = output.records.evidence;
    REQUIRE(evidence.size() == 3);
    CHECK(evidence[0].from_source == "huggingface");
    CHECK(evidence[0].from_handle == "rmrafailov");
    CHECK(evidence[0].to_ref == "arxiv:2305.18290");
    CHECK(evidence[0].kind == "hf_paper_claim");
    CHECK(evidence[0].detail == "Rafael Rafailov");
    CHECK(evidence[0].confidence == doctest::Approx(0.9));  // a claim of authorship
    CHECK(evidence[0].source_url == k_paper_url);
    CHECK(evidence[1].from_handle == "ericmitchell");
    CHECK(evidence[2].from_handle == "jose-nunez");
    CHECK(evidence[2].detail == "José Ñúñez");
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("a paper nobody claimed, or one without authors, gives nothing")
  {
    const std::string url = "https://huggingface.co/api/papers/2501.00001";
    const auto output = parse_hf(HfPage{"hf.paper", url, hf_fixture("paper_no_authors.json")});
    CHECK(output.error.empty());
    CHECK(output.records.empty());
  }

  TEST_CASE("a paper the Hub does not know is absent, not an error")
  {
    const auto output = parse_hf(HfPage{"hf.paper", k_paper_url, R"({"error":"Paper not found"})", 404});
    CHECK(output.error.empty());
    CHECK(output.records.empty());
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("the id falls back to the URL; bad shapes are errors")
  {
    const auto output = parse_hf(HfPage{"hf.paper", k_paper_url, R"({"authors":[{"name":"A","user":{"user":"a"}}]})"});
    CHECK(output.records.evidence.at(0).to_ref == "arxiv:2305.18290");
    CHECK(parse_hf(HfPage{"hf.paper", k_paper_url, R"({"id":"2305.18290","authors":"many"})"}).error
          == k_paper_url + ": field 'authors': expected array, got string");
    CHECK(parse_hf(HfPage{"hf.paper", k_paper_url, "<html>nope</html>"}).error
          == k_paper_url + ": expected JSON, got \"<html>nope</html>\"");
  }
}
