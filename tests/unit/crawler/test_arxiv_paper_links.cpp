#include "crawler/arxiv/paper_links.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using scout::crawler::find_paper_links;
using scout::crawler::paper_link_evidence;
using scout::crawler::PaperLink;

namespace {

std::vector<std::string> refs(const std::vector<PaperLink>& links)
{
  std::vector<std::string> out;
  for (const PaperLink& link : links) {
    out.push_back(link.to_ref);
  }
  return out;
}

}  // namespace

TEST_SUITE("crawler::arxiv::PaperLinks")
{
  TEST_CASE("GitHub repository URLs lose trailing punctuation and .git")
  {
    const auto links = find_paper_links(
      "Code: https://github.com/Owner-1/repo.name.git, also http://www.github.com/a_b/c-d. "
      "And (github.com/x/y) plus \\url{https://github.com/p/q}.");
    CHECK(refs(links)
          == std::vector<std::string>{"github:Owner-1/repo.name", "github:a_b/c-d", "github:x/y", "github:p/q"});
    CHECK(links[0].url == "https://github.com/Owner-1/repo.name");
    CHECK(links[0].kind == "paper_code_link");
    CHECK(links[1].url == "http://www.github.com/a_b/c-d");
    CHECK(links[2].url == "github.com/x/y");
  }

  TEST_CASE("deep GitHub links name their repository once")
  {
    const auto links = find_paper_links("https://github.com/o/r/tree/main/src and https://GitHub.com/o/r#readme");
    CHECK(refs(links) == std::vector<std::string>{"github:o/r"});
  }

  TEST_CASE("GitHub user pages, site pages and other hosts are not repositories")
  {
    CHECK(find_paper_links("https://github.com/someone and https://github.com/orgs/acme/people").empty());
    CHECK(find_paper_links("https://gist.github.com/someone/abc123 and https://notgithub.com/a/b").empty());
    CHECK(find_paper_links("see https://github.com/topics/llm or github.com/").empty());
  }

  TEST_CASE("Hugging Face models, datasets and spaces get typed refs")
  {
    const auto links = find_paper_links(
      "https://huggingface.co/org/model-7b; huggingface.co/datasets/org/set. "
      "https://huggingface.co/spaces/org/demo and https://hf.co/org2/m2.");
    CHECK(refs(links)
          == std::vector<std::string>{"hf:model/org/model-7b", "hf:dataset/org/set", "hf:space/org/demo",
                                      "hf:model/org2/m2"});
    CHECK(links[0].kind == "paper_hf_link");
    CHECK(links[3].url == "https://hf.co/org2/m2");
  }

  TEST_CASE("Hugging Face site pages and bare accounts are left out")
  {
    CHECK(find_paper_links("https://huggingface.co/papers/2305.18290 https://huggingface.co/docs/hub/x "
                           "https://huggingface.co/org https://huggingface.co/datasets/org")
            .empty());
  }

  TEST_CASE("evidence comes from abstract and comment, once per ref, from the paper")
  {
    scout::model::ArxivPaperRecord paper;
    paper.id = "2401.01234";
    paper.abstract = "Code at https://github.com/a/b.";
    paper.comment = "github.com/a/b and https://huggingface.co/a/m";
    const auto evidence = paper_link_evidence(paper, "https://export.arxiv.org/api/query?id_list=2401.01234");
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].from_source == "arxiv");
    CHECK(evidence[0].from_handle == "paper:2401.01234");
    CHECK(evidence[0].to_ref == "github:a/b");
    CHECK(evidence[0].kind == "paper_code_link");
    CHECK(evidence[0].detail == "https://github.com/a/b");
    CHECK(evidence[0].source_url == "https://export.arxiv.org/api/query?id_list=2401.01234");
    CHECK(evidence[1].to_ref == "hf:model/a/m");
    CHECK(evidence[1].kind == "paper_hf_link");
  }
}
