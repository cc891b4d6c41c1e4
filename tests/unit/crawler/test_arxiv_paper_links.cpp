// What a paper keeps of the links in its abstract and comment (the links themselves are
// found by crawler/links, tested in test_link_extractor.cpp).
#include "crawler/arxiv/paper_links.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using scout::crawler::paper_link_evidence;

namespace {

std::vector<std::string> refs_in(const std::string& abstract)
{
  scout::model::ArxivPaperRecord paper;
  paper.id = "2401.01234";
  paper.abstract = abstract;
  std::vector<std::string> out;
  for (const auto& record : paper_link_evidence(paper, "u")) {
    out.push_back(record.kind + " " + record.to_ref);
  }
  return out;
}

}  // namespace

TEST_SUITE("crawler::arxiv::PaperLinks")
{
  TEST_CASE("repositories are code links, Hub models, datasets and spaces with an owner are hf links")
  {
    CHECK(refs_in("https://github.com/o/r/tree/main, https://huggingface.co/org/model-7b; "
                  "huggingface.co/datasets/org/set. https://huggingface.co/spaces/org/demo")
          == std::vector<std::string>{"paper_code_link github:o/r", "paper_hf_link hf:model/org/model-7b",
                                      "paper_hf_link hf:dataset/org/set", "paper_hf_link hf:space/org/demo"});
  }

  TEST_CASE("accounts, other papers and ownerless datasets credit no one and are left out")
  {
    CHECK(refs_in("https://github.com/someone https://huggingface.co/org https://huggingface.co/datasets/squad "
                  "https://huggingface.co/papers/2305.18290 arXiv:2305.18290")
            .empty());
  }

  TEST_CASE("evidence comes from abstract and comment, once per ref, from the paper")
  {
    scout::model::ArxivPaperRecord paper;
    paper.id = "2401.01234";
    paper.abstract = "Code at https://github.com/a/b.git.";
    paper.comment = "github.com/A/B and https://huggingface.co/a/m";
    const auto evidence = paper_link_evidence(paper, "https://export.arxiv.org/api/query?id_list=2401.01234");
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].from_source == "arxiv");
    CHECK(evidence[0].from_handle == "paper:2401.01234");
    CHECK(evidence[0].to_ref == "github:a/b");
    CHECK(evidence[0].kind == "paper_code_link");
    CHECK(evidence[0].detail == "github.com/a/b");
    CHECK(evidence[0].confidence == doctest::Approx(0.6));
    CHECK(evidence[0].source_url == "https://export.arxiv.org/api/query?id_list=2401.01234");
    CHECK(evidence[1].to_ref == "hf:model/a/m");
    CHECK(evidence[1].kind == "paper_hf_link");
  }
}
