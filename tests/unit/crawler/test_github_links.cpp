#include "crawler/arxiv_id_match.hpp"
#include "crawler/github/github_evidence.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace scout::crawler;
using namespace scout::crawler::github;

namespace {

std::string arxiv(std::string_view text)
{
  const std::optional<ArxivIdMatch> match = match_arxiv_id(text);
  return match ? match->id : "-";
}

std::string blog_ref(const std::string& blog)
{
  scout::model::GithubUserRecord user;
  user.login = "ana-ml";
  user.blog = blog;
  const auto records = profile_evidence(user, "https://api.github.com/users/ana-ml");
  if (records.empty()) {
    return "-";
  }
  return records[0].to_source.empty() ? records[0].to_ref : records[0].to_source + ":" + records[0].to_handle;
}

}  // namespace

TEST_SUITE("crawler::github::arxiv_id")
{
  TEST_CASE("new and old style identifiers lose their version")
  {
    CHECK(arxiv("2305.18290") == "2305.18290");
    CHECK(arxiv("2305.18290v2.pdf") == "2305.18290");
    CHECK(arxiv("0704.0001") == "0704.0001");
    CHECK(arxiv("cs/0601001") == "cs/0601001");
    CHECK(arxiv("hep-th/9901001v3)") == "hep-th/9901001");
    CHECK(arxiv("math.GT/0309136") == "math/0309136");
  }

  TEST_CASE("near misses are not identifiers")
  {
    CHECK(arxiv("2313.18290") == "-");   // month 13
    CHECK(arxiv("2305.182901") == "-");  // six digits
    CHECK(arxiv("2305.123") == "-");
    CHECK(arxiv("cs/060100") == "-");
    CHECK(arxiv("CS/0601001") == "-");
    CHECK(arxiv("the paper") == "-");
  }
}

TEST_SUITE("crawler::github::profile_evidence")
{
  TEST_CASE("blog URLs point at Hub accounts and repositories, papers, X accounts or themselves")
  {
    CHECK(blog_ref("https://huggingface.co/ana-ml") == "huggingface:ana-ml");
    CHECK(blog_ref("huggingface.co/ana-ml/") == "huggingface:ana-ml");
    CHECK(blog_ref("https://huggingface.co/acme/tiny-llm") == "hf:model/acme/tiny-llm");
    CHECK(blog_ref("https://arxiv.org/abs/2305.18290v2") == "arxiv:2305.18290");
    CHECK(blog_ref("https://x.com/Ana_ML") == "twitter:ana_ml");
    CHECK(blog_ref("HTTPS://www.Ana-ML.dev/Blog/") == "url:ana-ml.dev/Blog");
    CHECK(blog_ref("https://arxiv.org/a/ml_a_1") == "url:arxiv.org/a/ml_a_1");
    CHECK(blog_ref("https://huggingface.co/docs") == "url:huggingface.co/docs");
  }

  TEST_CASE("profile fields are strong evidence: the owner wrote them about themselves")
  {
    scout::model::GithubUserRecord user;
    user.login = "ana-ml";
    user.blog = "https://huggingface.co/ana-ml";
    user.twitter_username = "@Ana_ML";
    const auto records = profile_evidence(user, "https://api.github.com/users/ana-ml");
    REQUIRE(records.size() == 2);
    CHECK(records[0].kind == "github_blog_url");
    CHECK(records[0].confidence == doctest::Approx(0.9));
    CHECK(records[1].to_ref == "twitter:ana_ml");
    CHECK(records[1].confidence == doctest::Approx(0.9));
  }

  TEST_CASE("a blog on github.com stays a site, not a GitHub account")
  {
    CHECK(blog_ref("https://github.com/ana-ml") == "url:github.com/ana-ml");
  }

  TEST_CASE("an empty or non-URL blog is no evidence")
  {
    CHECK(blog_ref("") == "-");
    CHECK(blog_ref("   ") == "-");
    CHECK(blog_ref("my blog") == "-");
    CHECK(blog_ref("ana@example.org") == "-");
    CHECK(blog_ref("localhost") == "-");
  }

  TEST_CASE("normalised URL refs ignore scheme, www, case of the host and trailing slashes")
  {
    CHECK(normalised_url_ref("http://Example.com/") == "url:example.com");
    CHECK(normalised_url_ref("https://www.example.com") == "url:example.com");
    CHECK(normalised_url_ref("example.com/a/b/?x=1#top") == "url:example.com/a/b?x=1");
    CHECK(normalised_url_ref("http://127.0.0.1:8080/x/") == "url:127.0.0.1:8080/x");
    CHECK_FALSE(normalised_url_ref("not a url").has_value());
  }
}
