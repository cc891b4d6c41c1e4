#include "crawler/huggingface/hf_card_links.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace scout::crawler::hf;
using Strings = std::vector<std::string>;

TEST_SUITE("crawler::hf::card_links")
{
  TEST_CASE("arXiv ids are read in new and old styles, versions dropped")
  {
    CHECK(read_arxiv_id("2305.18290") == "2305.18290");
    CHECK(read_arxiv_id("2305.18290v3)") == "2305.18290");
    CHECK(read_arxiv_id("1706.03762.pdf") == "1706.03762");
    CHECK(read_arxiv_id("1412.6980") == "1412.6980");       // four digits until 2014
    CHECK(read_arxiv_id("1706.0376.pdf") == std::nullopt);  // five digits from 2015 on
    CHECK(read_arxiv_id("1401.00001") == std::nullopt);     // five digits before 2015
    CHECK(read_arxiv_id("0612.1234") == std::nullopt);      // new style began in 0704
    CHECK(read_arxiv_id("hep-th/9901001v2") == "hep-th/9901001");
    CHECK(read_arxiv_id("math.GT/0309136") == "math/0309136");  // arXiv's canonical id
    CHECK(read_arxiv_id("2313.12345") == std::nullopt);         // month 13
    CHECK(read_arxiv_id("2305.123") == std::nullopt);           // too short
    CHECK(read_arxiv_id("2305.123456") == std::nullopt);        // too long
    CHECK(read_arxiv_id("list") == std::nullopt);
  }

  TEST_CASE("arXiv ids come from abs/pdf/html links, HF paper pages, arXiv: and eprint")
  {
    const std::string text =
      "See [paper](https://arxiv.org/abs/2006.10369) and https://ARXIV.org/pdf/2005.11401.pdf,\n"
      "http://export.arxiv.org/abs/2401.00001v1, https://arxiv.org/html/2402.03300v2,\n"
      "https://huggingface.co/papers/2310.16944, journal={arXiv:2004.05150},\n"
      "arXiv: 2110.14168, eprint={2301.00002}, eprint = \"2301.00003\",\n"
      "eprint: 2301.00004 and again https://arxiv.org/abs/2006.10369v2.\n";
    CHECK(find_arxiv_ids(text)
          == Strings{"2006.10369", "2005.11401", "2401.00001", "2402.03300", "2310.16944", "2004.05150", "2110.14168",
                     "2301.00002", "2301.00003", "2301.00004"});
  }

  TEST_CASE("things that only look like arXiv references are ignored")
  {
    CHECK(find_arxiv_ids("version 2023.10001 of the tool; eprint={not-an-id}; arxiv.org/list/cs.CL").empty());
  }

  TEST_CASE("GitHub repository links: owner/repo, .git and trailing dots dropped, once ignoring case")
  {
    const std::string text =
      "Code: https://github.com/lumen-lab/lumen-train. Also www.github.com/ada-vance/r1.js,\n"
      "`git clone https://github.com/Lumen-Lab/Lumen-Train.git` and (github.com/x/y_z/tree/main).\n";
    CHECK(find_github_repos(text) == Strings{"lumen-lab/lumen-train", "ada-vance/r1.js", "x/y_z"});
  }

  TEST_CASE("gists, other hosts, site pages and bare profiles are not repositories")
  {
    const std::string text =
      "https://gist.github.com/zoe-lk/0123abcd https://notgithub.com/a/b "
      "https://github.com/features/copilot https://github.com/zoe-lk "
      "https://github.com/orgs/lumen-lab/people https://raw.githubusercontent.com/a/b/main/x";
    CHECK(find_github_repos(text).empty());
  }
}
