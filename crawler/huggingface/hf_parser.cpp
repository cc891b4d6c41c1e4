#include "crawler/huggingface/hf_parser.hpp"

#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"

#include <utility>

namespace scout::crawler {

namespace {

using namespace hf;  // the kind parsers and their helpers

using KindParser = ParseOutput (*)(std::string_view, const model::Task&, const FetchedPage&);

// One row per task kind: how to read a present page and what an absent one (404/410)
// means. A null `on_absent` gives an empty output.
struct KindRow {
  std::string_view kind;
  KindParser on_present;
  KindParser on_absent;
};

constexpr KindRow k_kinds[] = {
  {k_hf_author_models, parse_hf_model_list, nullptr},
  {k_hf_model_search, parse_hf_model_list, nullptr},
  {k_hf_model, parse_hf_model, nullptr},
  {k_hf_model_card, parse_hf_model_card, nullptr},
  {k_hf_user_overview, parse_hf_user_overview, parse_hf_missing_user},
  {k_hf_org_overview, parse_hf_org_overview, nullptr},
  {k_hf_paper, parse_hf_paper, nullptr},
  {k_hf_author_datasets, parse_hf_dataset_list, nullptr},
  {k_hf_author_spaces, parse_hf_space_list, nullptr},
};

const KindRow* find_kind(std::string_view kind)
{
  for (const KindRow& row : k_kinds) {
    if (row.kind == kind) {
      return &row;
    }
  }
  return nullptr;
}

bool is_present(long status) { return (status >= 200 && status < 300) || status == 304; }

bool is_absent(long status) { return status == 404 || status == 410; }

// Follow-ups of kinds this configuration does not fetch are left out.
void drop_disabled(const HfParserOptions& options, ParseOutput& output)
{
  std::erase_if(output.new_tasks, [&](const model::NewTask& task) {
    return (!options.datasets && task.kind == k_hf_author_datasets)
           || (!options.spaces && task.kind == k_hf_author_spaces);
  });
}

}  // namespace

HfParser::HfParser(HfParserOptions options) : m_options(std::move(options)) {}

ParseOutput HfParser::parse(const model::Task& task, const FetchedPage& page) const
{
  const KindRow* row = find_kind(task.kind);
  if (row == nullptr) {
    return parse_failure(page_url(task, page) + ": unknown Hugging Face task kind '" + task.kind + "'");
  }
  if (is_absent(page.status)) {
    return row->on_absent != nullptr ? row->on_absent(m_options.api_url, task, page) : ParseOutput{};
  }
  if (!is_present(page.status)) {
    return parse_failure(page_url(task, page) + ": unexpected HTTP status " + std::to_string(page.status));
  }
  ParseOutput output = row->on_present(m_options.api_url, task, page);
  drop_disabled(m_options, output);
  return output;
}

}  // namespace scout::crawler
