#include "crawler/huggingface/hf_model_card.hpp"
#include "test_hf_support.hpp"

#include <doctest/doctest.h>

using namespace scout::crawler::hf;
using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::parse_hf;

namespace {

const std::string k_card_url = "https://huggingface.co/lumen-lab/lumen-7b-chat/raw/main/README.md";

scout::crawler::ParseOutput parse_card(const std::string& body, const std::string& url = k_card_url)
{
  return parse_hf(HfPage{"hf.model_card", url, body});
}

using Sections = std::vector<std::string>;

}  // namespace

TEST_SUITE("crawler::hf::model_card")
{
  TEST_CASE("front matter: normal, none, only front matter, leading blank line, unclosed")
  {
    SUBCASE("normal")
    {
      const CardParts parts = split_front_matter("---\nlicense: mit\n---\n# Title\n");
      CHECK(parts.has_front_matter);
      CHECK(parts.front_matter == "license: mit\n");
      CHECK(parts.body == "# Title\n");
    }
    SUBCASE("none: the whole text is the body")
    {
      const std::string text = hf_fixture("card_no_front_matter.README.md");
      const CardParts parts = split_front_matter(text);
      CHECK_FALSE(parts.has_front_matter);
      CHECK(parts.body == text);
    }
    SUBCASE("only front matter: the body is empty")
    {
      const std::string text = hf_fixture("card_only_front_matter.README.md");
      const CardParts parts = split_front_matter(text);
      CHECK(parts.has_front_matter);
      CHECK(parts.front_matter == "license: mit\n");
      CHECK(parts.body.empty());
    }
    SUBCASE("a blank line (and CRLF) before the opening line")
    {
      const CardParts parts = split_front_matter("\r\n---\r\nlicense: Apache 2.0\r\nthumbnail:\r\n---\r\nBody");
      CHECK(parts.has_front_matter);
      CHECK(parts.front_matter == "license: Apache 2.0\r\nthumbnail:\r\n");
      CHECK(parts.body == "Body");
    }
    SUBCASE("no closing line: no front matter")
    {
      const CardParts parts = split_front_matter("---\nlicense: mit\n# Title\n");
      CHECK_FALSE(parts.has_front_matter);
      CHECK(parts.body == "---\nlicense: mit\n# Title\n");
    }
  }

  TEST_CASE("the record counts body bytes only and names the model from the URL")
  {
    const std::string text = hf_fixture("card_full.README.md");
    const auto output = parse_card(text);
    REQUIRE(output.error.empty());
    REQUIRE(output.records.hf_model_cards.size() == 1);
    const auto& card = output.records.hf_model_cards[0];
    CHECK(card.model_id == "lumen-lab/lumen-7b-chat");
    const std::size_t closing = text.find("---\n", 4) + 4;
    CHECK(card.length == static_cast<std::int64_t>(text.size() - closing));
    CHECK(parse_card(hf_fixture("card_only_front_matter.README.md")).records.hf_model_cards.at(0).length == 0);
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("sections are found from headings, never from code blocks")
  {
    // "## Limitations of this snippet" is inside a ```python block.
    CHECK(card_sections(hf_fixture("card_full.README.md"))
          == Sections{"intended_use", "training_data", "training_procedure", "evaluation", "citation"});
    CHECK(card_sections(hf_fixture("card_hub_template.README.md"))
          == Sections{"intended_use", "training_data", "training_procedure", "evaluation", "limitations", "citation"});
    CHECK(card_sections(hf_fixture("card_trainer_template.README.md"))
          == Sections{"intended_use", "training_data", "training_procedure", "evaluation", "limitations"});
    CHECK(card_sections(hf_fixture("card_messy.README.md")) == Sections{"evaluation", "citation"});
    CHECK(card_sections("# Readme\nJust text.\n") == Sections{});
  }

  TEST_CASE("setext headings count and heading matching ignores case and needs whole words")
  {
    CHECK(card_sections(hf_fixture("card_no_front_matter.README.md")) == Sections{"evaluation", "limitations"});
    CHECK(card_sections("## USES\n## Out-of-Scope Use\n") == Sections{"intended_use"});
    CHECK(card_sections("## Datasets\n## Benchmarks\n") == Sections{"training_data", "evaluation"});
    CHECK(card_sections("## How to use\n## Causes\n## Reproducibility\n") == Sections{});
    CHECK(card_sections("#Not a heading\n####### Nor this\n    ## indented code\n") == Sections{});
    CHECK(card_sections("Intro\n\n- item\n---\n") == Sections{});  // a rule after a list item
  }

  TEST_CASE("template detection: untouched templates yes, filled cards no")
  {
    CHECK(is_template_card(hf_fixture("card_hub_template.README.md")));
    CHECK(is_template_card(hf_fixture("card_trainer_template.README.md")));
    CHECK_FALSE(is_template_card(hf_fixture("card_trainer_filled.README.md")));
    CHECK_FALSE(is_template_card(hf_fixture("card_full.README.md")));
    CHECK_FALSE(is_template_card(hf_fixture("card_messy.README.md")));
    CHECK_FALSE(is_template_card(""));
    CHECK(
      is_template_card("# Model Card for x\n\nThis is the model card of a 🤗 transformers model that has been "
                       "pushed on the Hub. This model card has been automatically generated.\n"));
    // One placeholder left in an otherwise written card is not a template.
    CHECK_FALSE(
      is_template_card("# x\n\nA real description.\n\n## Uses\n\nChat.\n\n## Citation\n\n"
                       "[More Information Needed]\n"));
    // A comment alone is not a placeholder when the card has no template marker.
    CHECK_FALSE(is_template_card("<!-- badges -->\n# x\n\nWritten by hand.\n"));
  }

  TEST_CASE("a card that is only the template counts as empty: no governance sections")
  {
    const auto output = parse_card(hf_fixture("card_hub_template.README.md"));
    REQUIRE(output.records.hf_model_cards.size() == 1);
    CHECK(output.records.hf_model_cards[0].is_template);
    CHECK(output.records.hf_model_cards[0].sections.empty());
    CHECK(output.records.evidence.empty());
  }

  TEST_CASE("arXiv ids and GitHub repos in the body become evidence from the model's namespace")
  {
    const auto output = parse_card(hf_fixture("card_full.README.md"));
    std::vector<std::string> refs;
    for (const auto& evidence : output.records.evidence) {
      CHECK(evidence.from_source == "huggingface");
      CHECK(evidence.from_handle == "lumen-lab");
      CHECK(evidence.detail == "lumen-lab/lumen-7b-chat");
      CHECK(evidence.source_url == k_card_url);
      const bool paper = evidence.to_ref.rfind("arxiv:", 0) == 0;
      CHECK(evidence.kind == (paper ? "hf_card_arxiv" : "hf_card_github"));
      // Citing a paper is not writing it; a linked repository may be upstream code.
      CHECK(evidence.confidence == doctest::Approx(paper ? 0.3 : 0.6));
      refs.push_back(evidence.to_ref);
    }
    // In order of first mention, as every source reports links (cards listed papers first).
    CHECK(refs
          == std::vector<std::string>{"arxiv:2305.18290", "github:lumen-lab/lumen-train", "github:lumen-lab/evals",
                                      "arxiv:2305.14233", "arxiv:2310.16944", "arxiv:2407.01234"});
  }

  TEST_CASE("front matter is not searched and messy cards still parse")
  {
    const std::string url = "https://huggingface.co/kwame-osei/fsmt-de-en/raw/main/README.md";
    const auto output = parse_card(hf_fixture("card_messy.README.md"), url);
    REQUIRE(output.error.empty());
    std::vector<std::string> refs;
    for (const auto& evidence : output.records.evidence) {
      refs.push_back(evidence.to_ref);
    }
    // statmt.org in the front matter is ignored; hep-th/9901001v2 loses its version.
    CHECK(refs
          == std::vector<std::string>{"github:kwame-osei/deep-shallow", "arxiv:2006.10369", "arxiv:hep-th/9901001",
                                      "github:huggingface/transformers"});
  }

  TEST_CASE("a card is Markdown: JSON-looking or empty text is not an error")
  {
    CHECK(parse_card("{ not json").error.empty());
    CHECK(parse_card("").records.hf_model_cards.at(0).length == 0);
  }

  TEST_CASE("legacy ids without a namespace give a card but no evidence")
  {
    const auto output =
      parse_card("See https://arxiv.org/abs/1706.03762.", "https://huggingface.co/gpt2/raw/main/README.md");
    CHECK(output.records.hf_model_cards.at(0).model_id == "gpt2");
    CHECK(output.records.evidence.empty());
  }

  TEST_CASE("a URL that names no model is an error")
  {
    const std::string url = "https://huggingface.co/README.md";
    CHECK(parse_card("# x", url).error == url + ": expected a model card URL ({id}/raw/{revision}/README.md)");
  }
}
