#include "test_hf_support.hpp"

#include <doctest/doctest.h>

using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::parse_hf;

namespace {

const std::string k_paper_url = "https://huggingface.co/api/papers/2305.18290";

// "name|hf_user" of each author the record kept, in order.
std::vector<std::string> author_lines(const scout::model::HfPaperRecord& paper)
{
  std::vector<std::string> lines;
  for (const scout::model::HfPaperAuthor& author : paper.authors) {
    lines.push_back(author.name + "|" + author.hf_user);
  }
  return lines;
}

}  // namespace

TEST_SUITE("crawler::hf::paper")
{
  TEST_CASE("every author with a linked account is a paper claim")
  {
    const auto output = parse_hf(HfPage{"hf.paper", k_paper_url, hf_fixture("paper_2305_18290.json")});
    REQUIRE(output.error.empty());
    const auto& evidence = output.records.evidence;
    REQUIRE(evidence.size() == 4);
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

  TEST_CASE("githubRepo is evidence from the paper to its repository, upvotes and authors are kept")
  {
    const auto output = parse_hf(HfPage{"hf.paper", k_paper_url, hf_fixture("paper_2305_18290.json")});
    REQUIRE(output.error.empty());
    const auto& code = output.records.evidence.back();
    CHECK(code.from_source == "arxiv");
    CHECK(code.from_handle == "paper:2305.18290");  // credited to each of the paper's arXiv authors
    CHECK(code.kind == "hf_paper_github");
    CHECK(code.to_ref == "github:eric-mitchell/direct-preference-optimization");
    CHECK(code.detail == "github.com/eric-mitchell/direct-preference-optimization");
    CHECK(code.confidence == doctest::Approx(0.6));  // the authors' code, or a port of it
    REQUIRE(output.records.hf_papers.size() == 1);
    const auto& paper = output.records.hf_papers[0];
    CHECK(paper.arxiv_id == "2305.18290");
    CHECK(paper.github_repo == "https://github.com/eric-mitchell/direct-preference-optimization");
    CHECK(paper.upvotes == 58);
    CHECK(author_lines(paper)
          == std::vector<std::string>{"Rafael Rafailov|rmrafailov", "Archit Sharma|", "Eric Mitchell|ericmitchell",
                                      "Stefano Ermon|", "José Ñúñez|jose-nunez"});
  }

  TEST_CASE("a hidden claim is neither evidence nor stored, no githubRepo gives no code link")
  {
    const std::string url = "https://huggingface.co/api/papers/2410.05555";
    const auto output = parse_hf(HfPage{"hf.paper", url, hf_fixture("paper_hidden_claim.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.evidence.size() == 1);
    CHECK(output.records.evidence[0].from_handle == "tlind");
    CHECK(output.records.evidence[0].kind == "hf_paper_claim");
    REQUIRE(output.records.hf_papers.size() == 1);
    const auto& paper = output.records.hf_papers[0];
    CHECK(paper.github_repo.empty());
    CHECK(paper.upvotes == 12);
    CHECK(author_lines(paper) == std::vector<std::string>{"Mira Castell|", "Tobias Lind|tlind", "Ada Okoro|"});
  }

  TEST_CASE("a paper nobody claimed, or one without authors, gives its page and no evidence")
  {
    const std::string url = "https://huggingface.co/api/papers/2501.00001";
    const auto output = parse_hf(HfPage{"hf.paper", url, hf_fixture("paper_no_authors.json")});
    CHECK(output.error.empty());
    CHECK(output.records.evidence.empty());
    REQUIRE(output.records.hf_papers.size() == 1);
    CHECK(output.records.hf_papers[0].arxiv_id == "2501.00001");
    CHECK(output.records.hf_papers[0].upvotes == 0);
    CHECK(output.records.hf_papers[0].authors.empty());
  }

  TEST_CASE("a githubRepo that names no GitHub repository is kept as text, without evidence")
  {
    const auto output =
      parse_hf(HfPage{"hf.paper", k_paper_url, R"({"id":"2305.18290","githubRepo":"https://gitlab.com/a/b"})"});
    REQUIRE(output.error.empty());
    CHECK(output.records.evidence.empty());
    CHECK(output.records.hf_papers.at(0).github_repo == "https://gitlab.com/a/b");
    CHECK_FALSE(output.records.hf_papers.at(0).upvotes.has_value());
  }

  TEST_CASE("a paper the Hub does not know is absent, not an error")
  {
    const auto output = parse_hf(HfPage{"hf.paper", k_paper_url, R"({"error":"Paper not found"})", 404});
    CHECK(output.error.empty());
    CHECK(output.records.empty());
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("the id falls back to the URL, bad shapes are errors naming the URL and field")
  {
    const auto output = parse_hf(HfPage{"hf.paper", k_paper_url, R"({"authors":[{"name":"A","user":{"user":"a"}}]})"});
    CHECK(output.records.evidence.at(0).to_ref == "arxiv:2305.18290");
    CHECK(parse_hf(HfPage{"hf.paper", k_paper_url, R"({"id":"2305.18290","authors":"many"})"}).error
          == k_paper_url + ": field 'authors': expected array, got string");
    CHECK(parse_hf(HfPage{"hf.paper", k_paper_url, R"({"id":"2305.18290","authors":["Ann"]})"}).error
          == k_paper_url + ": author 0: expected object, got string");
    CHECK(parse_hf(HfPage{"hf.paper", k_paper_url, R"({"id":"2305.18290","upvotes":"many"})"}).error
          == k_paper_url + ": field 'upvotes': expected integer, got string");
    CHECK(parse_hf(HfPage{"hf.paper", k_paper_url, "<html>nope</html>"}).error
          == k_paper_url + ": expected JSON, got \"<html>nope</html>\"");
    const auto cut = parse_hf(HfPage{"hf.paper", k_paper_url, R"({"id":"2305.18290","authors":[{"name":)"});
    CHECK(cut.error.rfind(k_paper_url + ": ", 0) == 0);
    CHECK(cut.records.empty());
  }
}
