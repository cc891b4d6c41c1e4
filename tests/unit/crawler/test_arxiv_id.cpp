#include "crawler/arxiv/arxiv_id.hpp"
#include "crawler/arxiv_id_match.hpp"

#include <doctest/doctest.h>

using scout::crawler::split_arxiv_id;

TEST_SUITE("crawler::arxiv::ArxivId")
{
  TEST_CASE("abs URLs and bare ids split into id and version")
  {
    struct Row {
      const char* text;
      const char* id;
      int version;
    };
    const Row rows[] = {
      {"http://arxiv.org/abs/2305.18290v3", "2305.18290", 3},
      {"https://arxiv.org/abs/2305.18290v3", "2305.18290", 3},
      {"http://export.arxiv.org/abs/0704.0001v12", "0704.0001", 12},
      {"http://arxiv.org/abs/2305.18290", "2305.18290", 1},
      {"http://arxiv.org/abs/astro-ph/0601001v1", "astro-ph/0601001", 1},
      {"http://arxiv.org/abs/quant-ph/0201082v2", "quant-ph/0201082", 2},
      {"https://arxiv.org/abs/solv-int/9901001", "solv-int/9901001", 1},
      // Old-style ids are archive/YYMMNNN: the subject class is not part of the id, so an
      // entry and a reference to it ("math/0309136" in a README) join on one text.
      {"http://arxiv.org/abs/math.GT/0309136v1", "math/0309136", 1},
      {"math.GT/0309136", "math/0309136", 1},
      {"2401.01234", "2401.01234", 1},
      {"hep-th/9901001v2", "hep-th/9901001", 2},
    };
    for (const Row& row : rows) {
      CAPTURE(row.text);
      const auto id = split_arxiv_id(row.text);
      REQUIRE(id.has_value());
      CHECK(id->id == row.id);
      CHECK(id->version == row.version);
    }
  }

  TEST_CASE("texts that are not arXiv ids are rejected")
  {
    for (const char* text :
         {"", "https://arxiv.org/api/errors#incorrect_id_format_for_abc", "abc", "http://arxiv.org/abs/2305.18290v",
          "http://arxiv.org/abs/2305.18290v0", "http://arxiv.org/abs/23051.8290", "http://arxiv.org/abs/astro-ph/06010",
          "http://arxiv.org/abs/", "2305.18290 ", "1312.12345", "2305.1829"}) {
      CAPTURE(text);
      CHECK_FALSE(split_arxiv_id(text).has_value());
    }
  }

  // The one normaliser: what split_arxiv_id keeps of an entry is what match_arxiv_id reads
  // in free text, for every form of id.
  TEST_CASE("split_arxiv_id and match_arxiv_id agree on every id")
  {
    for (const char* text : {"2305.18290", "0704.0001", "1412.9999", "1501.00001", "astro-ph/0601001",
                             "math.GT/0309136", "cs/0503050", "solv-int/9901001"}) {
      CAPTURE(text);
      const auto split = split_arxiv_id(text);
      const auto match = scout::crawler::match_arxiv_id(text);
      REQUIRE(split.has_value());
      REQUIRE(match.has_value());
      CHECK(split->id == match->id);
    }
  }
}
