// hf.author_datasets and hf.author_spaces: an author's datasets and Spaces, a JSON array per
// page (the Hub's short listing form with the expanded fields, see hf_urls.cpp), paged by
// the Link header as /api/models is. A dataset is evidence of data work (pre-training,
// preference data, evaluation sets); a Space is the demo of application and agents work.

#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/json_body.hpp"
#include "crawler/json_fields.hpp"

#include <utility>

namespace scout::crawler::hf {

namespace {

// What datasets and Spaces share: `id` is required (the Hub gives every repository one);
// `author` falls back to the id's "org/" prefix; `likes` and `tags` are asked for, but a
// missing one reads as none rather than failing a listing over a field scout only counts.
template<class Record>
void read_repo_fields(const JsonFields& fields, Record& record)
{
  record.id = fields.string("id");
  record.author = fields.optional_string("author");
  if (record.author.empty()) {
    record.author = hf_author_of(record.id);
  }
  record.tags = fields.optional_strings("tags");
  record.likes = fields.optional_integer("likes").value_or(0);
  record.created_at = fields.optional_string("createdAt");
  record.last_modified = fields.optional_string("lastModified");
}

void read_entry(const JsonFields& fields, model::HfDatasetRecord& record)
{
  read_repo_fields(fields, record);
  record.downloads = fields.optional_integer("downloads");
  record.downloads_all_time = fields.optional_integer("downloadsAllTime");
}

void read_entry(const JsonFields& fields, model::HfSpaceRecord& record)
{
  read_repo_fields(fields, record);
  record.sdk = fields.optional_string("sdk");
}

// Reads every entry of a listing page into `records`, then queues its next page. `what`
// names the entries in messages ("dataset 2", "a JSON array of datasets").
template<class Record>
ParseOutput parse_listing(const model::Task& task, const FetchedPage& page, const char* what,
                          std::vector<Record> model::RecordBatch::*records)
{
  const std::string url = page_url(task, page);
  rapidjson::Document document;
  if (std::string error = parse_json_body(page, document); !error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (!document.IsArray()) {
    return parse_failure(url + ": expected a JSON array of " + what + "s, got " + json_type_name(document));
  }
  ParseOutput output;
  std::string error;
  for (rapidjson::SizeType i = 0; i < document.Size(); ++i) {
    Record record;
    read_entry(JsonFields(document[i], error, std::string(what) + " " + std::to_string(i)), record);
    if (!error.empty()) {
      return parse_failure(url + ": " + error);
    }
    // An entry without an owner ("squad", a canonical dataset) is nobody's work.
    if (!record.author.empty()) {
      (output.records.*records).push_back(std::move(record));
    }
  }
  add_next_page(output, task, page);
  return output;
}

}  // namespace

ParseOutput parse_hf_dataset_list(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  return parse_listing(task, page, "dataset", &model::RecordBatch::hf_datasets);
}

ParseOutput parse_hf_space_list(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  return parse_listing(task, page, "Space", &model::RecordBatch::hf_spaces);
}

}  // namespace scout::crawler::hf
