#include "crawler/arxiv_id_match.hpp"
#include "crawler/github/hf_url.hpp"
#include "crawler/github/profile_evidence.hpp"
#include "crawler/github/readme_links.hpp"

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

// "huggingface:alice", "hf:model/org/name" or "-".
std::string hf(std::string_view path)
{
  const std::optional<LinkTarget> target = hf_target(path);
  if (!target) {
    return "-";
  }
  return target->to_source.empty() ? target->to_ref : target->to_source + ":" + target->to_handle;
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

TEST_SUITE("crawler::github::hf_url")
{
  TEST_CASE("Hub paths name accounts, models, datasets, spaces and papers")
  {
    CHECK(hf("alice") == "huggingface:alice");
    CHECK(hf("alice/") == "huggingface:alice");
    CHECK(hf("meta-llama/Llama-3.1-8B") == "hf:model/meta-llama/Llama-3.1-8B");
    CHECK(hf("org/model/resolve/main/config.json") == "hf:model/org/model");
    CHECK(hf("datasets/HuggingFaceH4/ultrafeedback_binarized") == "hf:dataset/HuggingFaceH4/ultrafeedback_binarized");
    CHECK(hf("datasets/squad") == "hf:dataset/squad");
    CHECK(hf("spaces/org/demo") == "hf:space/org/demo");
    CHECK(hf("papers/2305.18290") == "arxiv:2305.18290");
  }

  TEST_CASE("site pages and invalid names are not accounts")
  {
    CHECK(hf("") == "-");
    CHECK(hf("docs/transformers") == "-");
    CHECK(hf("blog") == "-");
    CHECK(hf("models") == "-");
    CHECK(hf("spaces") == "-");
    CHECK(hf("spaces/only-owner") == "-");
    CHECK(hf("papers/not-an-id") == "-");
    CHECK(hf(".hidden") == "-");
  }
}

TEST_SUITE("crawler::github::readme_links")
{
  TEST_CASE("a repeated target is reported once, with its first mention")
  {
    const auto links = find_readme_links("see arxiv.org/abs/2305.18290v1, arXiv: 2305.18290 and ARXIV:2305.18290");
    REQUIRE(links.size() == 1);
    CHECK(links[0].target.to_ref == "arxiv:2305.18290");
    CHECK(links[0].matched == "arxiv.org/abs/2305.18290v1");
  }

  TEST_CASE("DOIs, html pages and hf.co links count; other hosts and bare numbers do not")
  {
    const auto links = find_readme_links(
      "doi:10.48550/arXiv.2401.00001 https://arxiv.org/html/2402.01234v1 https://hf.co/bob "
      "https://cdn-uploads.huggingface.co/production/x.png https://www.huggingface.co/carol 2403.05678 "
      "notarxiv:2404.00001");
    REQUIRE(links.size() == 4);
    CHECK(links[0].target.to_ref == "arxiv:2401.00001");
    CHECK(links[1].target.to_ref == "arxiv:2402.01234");
    CHECK(links[2].target.to_handle == "bob");
    CHECK(links[3].target.to_handle == "carol");
  }

  TEST_CASE("markdown punctuation ends a Hub path")
  {
    const auto links = find_readme_links("[model](https://huggingface.co/org/name), `huggingface.co/alice`.");
    REQUIRE(links.size() == 2);
    CHECK(links[0].target.to_ref == "hf:model/org/name");
    CHECK(links[1].target.to_handle == "alice");
  }

  TEST_CASE("text without links gives nothing")
  {
    CHECK(find_readme_links("").empty());
    CHECK(find_readme_links("# A project\n\nNo papers here, 2305.18290 is just a number.").empty());
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
