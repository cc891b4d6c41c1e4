#include "crawler/huggingface/hf_model_json.hpp"

#include "crawler/huggingface/hf_json.hpp"
#include "crawler/huggingface/hf_tags.hpp"
#include "crawler/huggingface/hf_urls.hpp"

namespace scout::crawler::hf {

namespace {

// gated is false, "auto" or "manual"; absent means false.
void read_gated(const rapidjson::Value& object, JsonFields& fields, std::string& out)
{
  const auto member = object.FindMember("gated");
  if (member == object.MemberEnd() || member->value.IsNull()) {
    return;
  }
  const rapidjson::Value& value = member->value;
  if (value.IsBool()) {
    out = value.GetBool() ? "true" : "false";
  } else if (value.IsString()) {
    out.assign(value.GetString(), value.GetStringLength());
  } else {
    fields.fail("gated", "boolean or string, got " + json_type_name(value));
  }
}

void read_tags(JsonFields& fields, model::HfModelRecord& record)
{
  const rapidjson::Value* tags = fields.optional_array("tags");
  if (tags == nullptr) {
    return;
  }
  for (const rapidjson::Value& tag : tags->GetArray()) {
    if (!tag.IsString()) {
      fields.fail("tags", "array of strings, got " + json_type_name(tag) + " in it");
      return;
    }
    record.tags.push_back(parse_hf_tag(std::string_view(tag.GetString(), tag.GetStringLength())));
  }
}

}  // namespace

std::string read_hf_model(const rapidjson::Value& object, std::string_view url, std::string_view where,
                          model::HfModelRecord& record, std::vector<std::string>& notes)
{
  JsonFields fields(object);
  fields.required_string("id", record.id);
  fields.optional_string("author", record.author);
  fields.optional_string("sha", record.sha);
  fields.optional_string("pipeline_tag", record.pipeline_tag);
  fields.optional_string("library_name", record.library_name);
  fields.optional_string("createdAt", record.created_at);
  fields.optional_string("lastModified", record.last_modified);
  fields.required_int("downloads", record.downloads);
  fields.required_int("likes", record.likes);
  read_gated(object, fields, record.gated);
  read_tags(fields, record);
  if (fields.failed()) {
    return fields.problem(where);
  }
  if (record.author.empty()) {
    record.author = hf_author_of(record.id);
  }
  read_hf_card_data(object, std::string(url) + ": model " + record.id, record, notes);
  return "";
}

}  // namespace scout::crawler::hf
