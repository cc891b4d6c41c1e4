// README and model-card structure through CommonMark (cmark) instead of line matching.
#include "common/strings.hpp"
#include "crawler/huggingface/hf_model_card.hpp"
#include "crawler/links/link_extractor.hpp"
#include "crawler/links/markdown_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace scout::crawler;
using Strings = std::vector<std::string>;

namespace {

Strings refs_in_markdown(std::string_view markdown)
{
  Strings out;
  for (const links::Link& link : links::find_links(links::markdown_reader_text(markdown))) {
    out.push_back(link.ref());
  }
  return out;
}

Strings headings(std::string_view markdown)
{
  Strings out;
  for (const hf::CardChunk& chunk : hf::card_chunks(markdown)) {
    out.push_back(std::to_string(chunk.level) + " " + chunk.heading);
  }
  return out;
}

}  // namespace

TEST_SUITE("crawler::links::markdown_text")
{
  TEST_CASE("a heading inside a code block is not a heading")
  {
    const std::string card =
      "# Model\n\n```bash\n# Uses\npython run.py\n```\n\n    # Limitations (indented code)\n\n"
      "~~~\n## Citation\n~~~\n\n## Training data\n\ntext\n";
    CHECK(headings(card) == Strings{"0 ", "1 model", "2 training data"});
    CHECK(hf::card_sections(card) == Strings{"training_data"});
  }

  TEST_CASE("setext headings and closing hashes read as rendered, chunks keep the source between headings")
  {
    const std::string card = "intro\n\nIntended **Uses**\n-----------------\n\nsome text\n\n## Bias ##\nmore\n";
    const std::vector<hf::CardChunk> chunks = hf::card_chunks(card);
    REQUIRE(chunks.size() == 3);
    CHECK(chunks[0].content == "intro\n\n");
    CHECK(chunks[1].heading == "intended uses");
    CHECK(chunks[1].level == 2);
    CHECK(scout::trim(chunks[1].content) == "some text");
    CHECK(chunks[2].heading == "bias");
    CHECK(chunks[2].content == "more\n");
  }

  TEST_CASE("a reference wrapped onto the next line is still one link")
  {
    CHECK(refs_in_markdown("As shown in our paper (arXiv:\n2305.18290), the model\n") == Strings{"arxiv:2305.18290"});
    CHECK(refs_in_markdown("[The model on\nthe Hub](\nhttps://huggingface.co/org/name \"title\")")
          == Strings{"hf:model/org/name"});
  }

  TEST_CASE("escapes and entities are resolved, link destinations, code and HTML are read")
  {
    CHECK(refs_in_markdown("huggingface.co/org/my\\_model and [p][1]\n\n[1]: https://arxiv.org/abs/2401.00001\n")
          == Strings{"hf:model/org/my_model", "arxiv:2401.00001"});
    CHECK(
      refs_in_markdown("```bibtex\n@misc{x, eprint={2402.01234}}\n```\n<a href=\"https://github.com/a/b\">code</a>\n")
      == Strings{"arxiv:2402.01234", "github:a/b"});
  }
}
