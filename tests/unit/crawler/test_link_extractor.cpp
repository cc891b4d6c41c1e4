// One link extractor for every source. GitHub READMEs and profiles, model cards and arXiv
// abstracts had a reader each; where they disagreed on the same text, each case below has
// the one answer all sources now get.
#include "crawler/arxiv/paper_links.hpp"
#include "crawler/links/link_extractor.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace scout::crawler::links;
using Strings = std::vector<std::string>;

namespace {

Strings refs(std::string_view text)
{
  Strings out;
  for (const Link& link : find_links(text)) {
    out.push_back(link.ref());
  }
  return out;
}

Strings matched(std::string_view text)
{
  Strings out;
  for (const Link& link : find_links(text)) {
    out.push_back(link.matched);
  }
  return out;
}

std::string url_ref(std::string_view host, std::string_view path)
{
  const std::optional<Link> link = link_of_url(host, path);
  return link ? link->ref() : "-";
}

}  // namespace

TEST_SUITE("crawler::links::find_links")
{
  TEST_CASE("GitHub accounts and repositories, deep links name their repository")
  {
    CHECK(refs("https://github.com/Owner-1/repo.name.git, http://www.github.com/a_b/c-d. (github.com/x/y) "
               "https://github.com/o/r/tree/main/src https://github.com/zoe-lk and \\url{https://github.com/p/q}.")
          == Strings{"github:Owner-1/repo.name", "github:a_b/c-d", "github:x/y", "github:o/r", "github:zoe-lk",
                     "github:p/q"});
  }

  TEST_CASE("Hugging Face accounts, models, datasets, spaces and papers")
  {
    CHECK(refs("https://huggingface.co/alice huggingface.co/meta-llama/Llama-3.1-8B "
               "hf.co/org/model/resolve/main/config.json huggingface.co/datasets/HuggingFaceH4/ultrafeedback "
               "https://huggingface.co/spaces/org/demo https://huggingface.co/papers/2305.18290 https://hf.co/org2/m2.")
          == Strings{"huggingface:alice", "hf:model/meta-llama/Llama-3.1-8B", "hf:model/org/model",
                     "hf:dataset/HuggingFaceH4/ultrafeedback", "hf:space/org/demo", "arxiv:2305.18290",
                     "hf:model/org2/m2"});
  }

  TEST_CASE("arXiv ids from abs/pdf/html pages, arXiv:, DOIs and BibTeX eprints, versions dropped")
  {
    CHECK(refs("See [paper](https://arxiv.org/abs/2006.10369) and https://ARXIV.org/pdf/2005.11401.pdf,\n"
               "https://arxiv.org/html/2402.03300v2, journal={arXiv:2004.05150}, arXiv: 2110.14168,\n"
               "eprint={2301.00002}, eprint = \"2301.00003\", eprint: 2301.00004, arxiv.org/abs/hep-th/9901001v2,\n"
               "and again https://arxiv.org/abs/2006.10369v2.")
          == Strings{"arxiv:2006.10369", "arxiv:2005.11401", "arxiv:2402.03300", "arxiv:2004.05150", "arxiv:2110.14168",
                     "arxiv:2301.00002", "arxiv:2301.00003", "arxiv:2301.00004", "arxiv:hep-th/9901001"});
  }

  TEST_CASE("the matched text starts at the host or marker and ends with the name")
  {
    CHECK(matched("Code: https://github.com/Owner-1/repo.name.git, arXiv: 2305.18290v2 and "
                  "https://www.HuggingFace.co/org/m/tree/main")
          == Strings{"github.com/Owner-1/repo.name", "arXiv: 2305.18290v2", "HuggingFace.co/org/m"});
  }

  TEST_CASE("site pages, bare hosts, other hosts and near-miss ids are no links")
  {
    CHECK(refs("https://github.com/orgs/acme/people https://github.com/topics/llm github.com/ "
               "https://gist.github.com/someone/abc123 https://notgithub.com/a/b "
               "https://raw.githubusercontent.com/a/b/main/x https://huggingface.co/docs/hub/x "
               "https://huggingface.co/spaces/only-owner https://huggingface.co/papers/not-an-id "
               "arxiv.org/list/cs.CL version 2023.10001 eprint={not-an-id} 2305.18290 is just a number")
            .empty());
  }

  TEST_CASE("text without links gives nothing") { CHECK(find_links("").empty()); }
}

// Each case was answered differently by two of the old readers.
TEST_SUITE("crawler::links::disagreements")
{
  // Code link in an arXiv abstract (a 12-name list), not in a model card (27 names).
  TEST_CASE("github.com/explore/foo is no code link anywhere")
  {
    CHECK(refs("Code: https://github.com/explore/foo").empty());
    scout::model::ArxivPaperRecord paper;
    paper.id = "2401.01234";
    paper.abstract = "Code: https://github.com/explore/foo";
    CHECK(scout::crawler::paper_link_evidence(paper, "u").empty());
    CHECK(refs("https://github.com/explorer/foo") == Strings{"github:explorer/foo"});
  }

  // READMEs required "arXiv:" to start a word; cards did not.
  TEST_CASE("notarxiv:ID is no arXiv id")
  {
    CHECK(refs("notarxiv:2404.00001 xarxiv:2404.00002").empty());
    CHECK(refs("(arXiv:2404.00001)") == Strings{"arxiv:2404.00001"});
  }

  // Cards read arXiv's API mirror; READMEs took "export." for the tail of another host.
  TEST_CASE("export.arxiv.org/abs/ID is an arXiv link")
  {
    CHECK(refs("http://export.arxiv.org/abs/2401.00001v1") == Strings{"arxiv:2401.00001"});
    CHECK(refs("http://notarxiv.org/abs/2401.00001").empty());
  }

  // READMEs read DOIs but not eprints; cards eprints but not DOIs.
  TEST_CASE("a DOI and a BibTeX eprint name an arXiv paper in every text")
  {
    CHECK(refs("doi:10.48550/arXiv.2401.00001 @misc{x, eprint={2402.01234}}")
          == Strings{"arxiv:2401.00001", "arxiv:2402.01234"});
  }

  // Papers took '_' in an owner (GitHub's managed-user logins end in _shortcode); cards stopped at it.
  TEST_CASE("github.com/a_b/c-d names the repository a_b/c-d")
  {
    CHECK(refs("github.com/a_b/c-d") == Strings{"github:a_b/c-d"});
  }

  // Cards and papers compared refs ignoring case; READMEs kept both spellings.
  TEST_CASE("one ref spelled in two cases is one link, the first spelling kept")
  {
    CHECK(
      refs(
        "huggingface.co/Org/Model and huggingface.co/org/model; github.com/Lumen-Lab/Train github.com/lumen-lab/train")
      == Strings{"hf:model/Org/Model", "github:Lumen-Lab/Train"});
  }

  // READMEs read a canonical dataset; papers read nothing there.
  TEST_CASE("huggingface.co/datasets/squad is the dataset squad, which has no owner")
  {
    const std::vector<Link> links = find_links("https://huggingface.co/datasets/squad");
    REQUIRE(links.size() == 1);
    CHECK(links[0].ref() == "hf:dataset/squad");
    CHECK(links[0].owner().empty());
  }

  // Papers refused a host after '@'; READMEs and cards took it.
  TEST_CASE("a host after '@' is part of a mail address, not a link")
  {
    CHECK(refs("mail me@github.com/a/b or me@huggingface.co/x").empty());
  }

  // READMEs skipped the Hub's badge stores; papers and cards would have credited them.
  TEST_CASE("the Hub's badge image stores are no links")
  {
    CHECK(refs("![b](https://huggingface.co/datasets/huggingface/badges/resolve/main/x.svg) "
               "https://huggingface.co/datasets/huggingface/documentation-images/a.png")
            .empty());
  }
}

TEST_SUITE("crawler::links::link_of_url")
{
  TEST_CASE("a Hub or arXiv URL names what find_links would find there")
  {
    CHECK(url_ref("huggingface.co", "/ana-ml") == "huggingface:ana-ml");
    CHECK(url_ref("www.HF.co", "/ana-ml/") == "huggingface:ana-ml");
    CHECK(url_ref("huggingface.co", "/acme/tiny-llm") == "hf:model/acme/tiny-llm");
    CHECK(url_ref("arxiv.org", "/abs/2305.18290v2") == "arxiv:2305.18290");
    CHECK(url_ref("export.arxiv.org", "/pdf/2305.18290") == "arxiv:2305.18290");
  }

  TEST_CASE("site pages and other hosts name nothing")
  {
    CHECK(url_ref("huggingface.co", "/docs") == "-");
    CHECK(url_ref("arxiv.org", "/a/ml_a_1") == "-");
    CHECK(url_ref("example.com", "/ana-ml") == "-");
    CHECK(url_ref("huggingface.co", "/") == "-");
  }
}
