// hf.model_card: a README.md as Markdown (never parsed as JSON).

#include "crawler/huggingface/hf_card_links.hpp"
#include "crawler/huggingface/hf_card_markdown.hpp"
#include "crawler/huggingface/hf_card_template.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"

namespace scout::crawler::hf {

namespace {

// What the card body points at, credited to the model's namespace (a user or an org).
void add_card_evidence(const model::HfModelCardRecord& card, std::string_view body, const std::string& url,
                       ParseOutput& output)
{
  const std::string author = hf_author_of(card.model_id);
  if (author.empty()) {
    return;  // a legacy id like "gpt2" names no account to credit
  }
  for (const std::string& id : find_arxiv_ids(body)) {
    output.records.evidence.push_back(hf_evidence(author, "arxiv:" + id, "hf_card_arxiv", card.model_id, url));
  }
  for (const std::string& repo : find_github_repos(body)) {
    output.records.evidence.push_back(hf_evidence(author, "github:" + repo, "hf_card_github", card.model_id, url));
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
