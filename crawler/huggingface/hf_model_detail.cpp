// hf.model: the full object of one model, with cardData and model-index.

#include "crawler/huggingface/hf_model_json.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/json_body.hpp"

namespace scout::crawler::hf {

ParseOutput parse_hf_model(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  const std::string url = page_url(task, page);
  rapidjson::Document document;
  if (std::string error = parse_json_body(page, document); !error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (!document.IsObject()) {
    return parse_failure(url + ": expected a JSON object (a model), got " + json_type_name(document));
  }
  // The body's id is canonical: after a rename (307) it is the new name, not the URL's.
  ParseOutput output;
  model::HfModelRecord record;
  if (std::string problem = read_hf_model(document, url, "", record, output.notes); !problem.empty()) {
    return parse_failure(url + ": " + problem);
  }
  output.records.hf_models.push_back(std::move(record));
  return output;
}

}  // namespace scout::crawler::hf
