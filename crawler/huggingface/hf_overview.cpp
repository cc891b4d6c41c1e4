// hf.user_overview and hf.org_overview: one account's profile counts, bio and age; the links
// in the bio as evidence, and the account's dataset and Space listings as follow-ups.

#include "common/strings.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/json_body.hpp"
#include "crawler/json_fields.hpp"
#include "crawler/links/link_evidence.hpp"
#include "crawler/links/link_extractor.hpp"

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
  record.details = fields.optional_string("details");
  record.created_at = fields.optional_string("createdAt");
}

// The links the account's owner put in their bio (a GitHub profile, a paper, a model), each
// once; a link to the account itself says nothing.
void add_details_evidence(const model::HfAuthorRecord& record, const std::string& url, ParseOutput& output)
{
  const links::EvidenceSource from{"huggingface", record.name, url};
  for (const links::Link& link : links::find_links(record.details)) {
    if (link.target == links::Target::hf_account && iequals(link.name, record.name)) {
      continue;
    }
    output.records.evidence.push_back(links::link_evidence(from, "hf_profile_details", link, link.matched));
  }
}

// The account's datasets and Spaces, unless the overview counts none of them (an absent
// count is asked for: older overviews lack it).
void follow_repositories(std::string_view api, const model::Task& task, const model::HfAuthorRecord& record,
                         ParseOutput& output)
{
  if (record.num_datasets.value_or(1) > 0) {
    add_task(output, task, api, k_hf_author_datasets, record.name);
  }
  if (record.num_spaces.value_or(1) > 0) {
    add_task(output, task, api, k_hf_author_spaces, record.name);
  }
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
ParseOutput parse_overview(std::string_view api, const model::Task& task, const FetchedPage& page, const char* kind,
                           const char* name_field)
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
  add_details_evidence(record, url, output);
  follow_repositories(api, task, record, output);
  output.records.hf_authors.push_back(std::move(record));
  return output;
}

}  // namespace

ParseOutput parse_hf_user_overview(std::string_view api, const model::Task& task, const FetchedPage& page)
{
  return parse_overview(api, task, page, "user", "user");
}

ParseOutput parse_hf_org_overview(std::string_view api, const model::Task& task, const FetchedPage& page)
{
  return parse_overview(api, task, page, "org", "name");
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
