// hf.model_card: a README.md as Markdown (never parsed as JSON).

#include "crawler/huggingface/hf_card_markdown.hpp"
#include "crawler/huggingface/hf_card_template.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/links/link_evidence.hpp"
#include "crawler/links/markdown_text.hpp"

namespace scout::crawler::hf {

namespace {

// The evidence kind a card's link gives: papers it cites, GitHub accounts and repositories
// it links (the linker's hf_card_github rule reads both); "" for other links.
std::string_view card_kind(const links::Link& link)
{
  switch (link.target) {
  case links::Target::arxiv_paper: return "hf_card_arxiv";
  case links::Target::github_account:
  case links::Target::github_repo: return "hf_card_github";
  default: return "";
  }
}

// What the card body points at, credited to the model's namespace (a user or an org).
void add_card_evidence(const model::HfModelCardRecord& card, std::string_view body, const std::string& url,
                       ParseOutput& output)
{
  const std::string author = hf_author_of(card.model_id);
  if (author.empty()) {
    return;  // a legacy id like "gpt2" names no account to credit
  }
  const links::EvidenceSource from{"huggingface", author, url};
  for (const links::Link& link : links::find_links(links::markdown_reader_text(body))) {
    if (const std::string_view kind = card_kind(link); !kind.empty()) {
      output.records.evidence.push_back(links::link_evidence(from, std::string(kind), link, card.model_id));
    }
  }
}

}  // namespace

ParseOutput parse_hf_model_card(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  const std::string url = page_url(task, page);
  std::optional<std::string> model_id = hf_model_id_from_card_url(url);
  if (!model_id || model_id->empty()) {
    return parse_failure(url + ": expected a model card URL ({id}/raw/{revision}/README.md)");
  }
  const CardParts parts = split_front_matter(page.body);
  model::HfModelCardRecord card;
  card.model_id = std::move(*model_id);
  card.length = static_cast<std::int64_t>(parts.body.size());
  card.is_template = is_template_card(parts.body);
  // A card that is only the generated template counts as empty: its headings are the
  // template's placeholders, not governance the author wrote.
  if (!card.is_template) {
    card.sections = card_sections(parts.body);
  }
  ParseOutput output;
  add_card_evidence(card, parts.body, url, output);
  output.records.hf_model_cards.push_back(std::move(card));
  return output;
}

}  // namespace scout::crawler::hf
