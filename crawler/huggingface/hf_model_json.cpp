#include "crawler/huggingface/hf_model_json.hpp"

#include "crawler/huggingface/hf_tags.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/json_fields.hpp"

namespace scout::crawler::hf {

namespace {

// gated is false, "auto" or "manual"; absent means false.
std::string read_gated(const JsonFields& fields)
{
  const rapidjson::Value* value = fields.value("gated");
  if (value == nullptr) {
    return "false";
  }
  if (value->IsBool()) {
    return value->GetBool() ? "true" : "false";
  }
  if (!value->IsString()) {
    fields.fail("gated", "boolean or string", value);
    return "false";
  }
  return std::string(value->GetString(), value->GetStringLength());
}

}  // namespace

std::string read_hf_model(const rapidjson::Value& object, std::string_view url, std::string_view where,
                          model::HfModelRecord& record, std::vector<std::string>& notes)
{
  std::string error;
  const JsonFields fields(object, error, std::string(where));
  record.id = fields.string("id");
  record.author = fields.optional_string("author");
  record.sha = fields.optional_string("sha");
  record.pipeline_tag = fields.optional_string("pipeline_tag");
  record.library_name = fields.optional_string("library_name");
  record.created_at = fields.optional_string("createdAt");
  record.last_modified = fields.optional_string("lastModified");
  record.downloads = fields.integer("downloads");
  record.likes = fields.integer("likes");
  record.gated = read_gated(fields);
  for (const std::string& tag : fields.optional_strings("tags")) {
    record.tags.push_back(parse_hf_tag(tag));
  }
  if (!error.empty()) {
    return error;
  }
  if (record.author.empty()) {
    record.author = hf_author_of(record.id);
  }
  read_hf_card_data(object, std::string(url) + ": model " + record.id, record, notes);
  return "";
}

}  // namespace scout::crawler::hf
