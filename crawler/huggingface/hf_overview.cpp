// hf.user_overview and hf.org_overview: one account's profile counts.

#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/json_body.hpp"
#include "crawler/json_fields.hpp"

namespace scout::crawler::hf {

namespace {

// Fields users and organisations share. Every one may be absent.
void read_counts(const JsonFields& fields, model::HfAuthorRecord& record)
{
  record.fullname = fields.optional_string("fullname");
  record.is_pro = fields.optional_bool("isPro");
  record.num_models = fields.optional_integer("numModels");
  record.num_datasets = fields.optional_integer("numDatasets");
  record.num_spaces = fields.optional_integer("numSpaces");
  record.num_papers = fields.optional_integer("numPapers");
  record.num_followers = fields.optional_integer("numFollowers");
}

// orgs[] of {name, ...}; entries without a string name are skipped.
void read_orgs(const JsonFields& fields, model::HfAuthorRecord& record)
{
  const rapidjson::Value* orgs = fields.optional_array("orgs");
  if (orgs == nullptr) {
    return;
  }
  for (const rapidjson::Value& org : orgs->GetArray()) {
    if (std::optional<std::string> name = string_member(org, "name")) {
      record.orgs.push_back(std::move(*name));
    }
  }
}

// Reads an overview whose account name is in `name_field` ("user" or "name"), falling
// back to the name in the URL.
ParseOutput parse_overview(const model::Task& task, const FetchedPage& page, const char* kind, const char* name_field)
{
  const std::string url = page_url(task, page);
  rapidjson::Document document;
  if (std::string error = parse_json_body(page, document); !error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (!document.IsObject()) {
    return parse_failure(url + ": expected a JSON object (an overview), got " + json_type_name(document));
  }
  model::HfAuthorRecord record;
  record.kind = kind;
  std::string error;
  const JsonFields fields(document, error);
  record.name = fields.optional_string(name_field);
  read_counts(fields, record);
  read_orgs(fields, record);
  if (!error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (record.name.empty()) {
    record.name = hf_name_from_overview_url(url).value_or("");
  }
  if (record.name.empty()) {
    return parse_failure(url + ": field '" + name_field + "': expected string, got nothing");
  }
  ParseOutput output;
  output.records.hf_authors.push_back(std::move(record));
  return output;
}

}  // namespace

ParseOutput parse_hf_user_overview(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  return parse_overview(task, page, "user", "user");
}

ParseOutput parse_hf_org_overview(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  return parse_overview(task, page, "org", "name");
}

ParseOutput parse_hf_missing_user(std::string_view api, const model::Task& task, const FetchedPage& page)
{
  // Model ids start with a user or an organisation name; the user endpoint knows only users.
  ParseOutput output;
  if (const std::optional<std::string> name = hf_name_from_overview_url(page_url(task, page))) {
    add_task(output, task, api, k_hf_org_overview, *name);
  }
  return output;
}

}  // namespace scout::crawler::hf
